package io.djongo.admin.changelist;

import io.djongo.FieldError;
import io.djongo.admin.AdminPath;
import io.djongo.admin.forms.Signer;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.meta.FieldKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Lookups;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * The query a changelist URL asks for, as Django's {@code ChangeList} reads it: the search words
 * ({@code q}), the filters (lookup strings such as {@code rating__exact=5}, allowed only on the
 * {@code listFilter} and {@code dateHierarchy} fields), the ordering ({@code o=-2.1}, column
 * numbers) and the position ({@code p}, the page, or {@code after}, a signed position past the
 * count cap). Anything else in the URL is a 400 that says what is wrong.
 */
public final class ChangeListQuery {
    /** The parameters that are not filters. */
    public static final Set<String> CONTROL = Set.of("q", "o", "p", "after");
    /** The lookups a filter parameter may use. */
    private static final Set<String> FILTER_LOOKUPS = Set.of("exact", "isnull", "gte", "lt", "lte", "gt", "year", "month",
            "day");
    private static final int MAX_WORDS = 20;

    /**
     * What the changelist shows.
     *
     * @param columns the columns, in {@code listDisplay} order ({@code null} path for {@code __str__})
     * @param searchFields the search fields as written ({@code ^blog__name})
     * @param filterFields the {@code listFilter} paths
     * @param ordering the default order keys
     * @param perPage rows per page
     * @param countCap the largest count a filtered list computes
     * @param dateHierarchy the date field to drill into, or {@code null}
     */
    public record Options(List<AdminPath> columns, List<String> searchFields, List<AdminPath> filterFields,
            List<String> ordering, int perPage, int countCap, AdminPath dateHierarchy) {}

    private final ModelMeta<?> meta;
    private final Options options;
    private final Params params;
    private final BsonDocument filter;
    private final BsonDocument sort;
    private final List<SortKey> sortKeys;
    private final int page;
    private final BsonDocument after;

    /** One key of the order: a BSON path and its direction. */
    public record SortKey(String path, boolean descending) {}

    public ChangeListQuery(ModelMeta<?> meta, Options options, Params params, Signer signer) {
        this.meta = meta;
        this.options = options;
        this.params = params;
        this.sortKeys = computeSortKeys();
        this.sort = new BsonDocument();
        for (SortKey key : sortKeys) {
            sort.put(key.path(), new BsonInt32(key.descending() ? -1 : 1));
        }
        this.filter = filter();
        this.page = parsePage();
        this.after = after(signer);
    }

    public Params params() {
        return params;
    }

    /** The filter of search, list filters and date hierarchy together. */
    public BsonDocument filterDocument() {
        return filter;
    }

    /** Whether the list shows every object, so the collection's own count is the total. */
    public boolean unfiltered() {
        return filter.isEmpty();
    }

    public BsonDocument sortDocument() {
        return sort;
    }

    public List<SortKey> sortKeys() {
        return sortKeys;
    }

    /** The 1-based page, within the count cap. */
    public int page() {
        return page;
    }

    private int parsePage() {
        String text = params.get("p");
        if (text == null) {
            return 1;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw HttpError.notFound("Invalid page (" + shorten(text) + "): that page number is not an integer");
        }
        int last = Math.max(1, (options.countCap() + options.perPage() - 1) / options.perPage());
        if (value < 1 || value > last) {
            throw HttpError.notFound("Invalid page (" + value + "): pages go from 1 to " + last
                    + " here; further rows are reached with the Next link");
        }
        return value;
    }

    /** The position after which a page past the cap starts: the sort values and id of the last row before it. */
    public BsonDocument after() {
        return after;
    }

    private BsonDocument after(Signer signer) {
        String token = params.get("after");
        if (token == null) {
            return null;
        }
        String json = signer.unsign("changelist-after:" + meta.collection(), token);
        try {
            BsonDocument position = BsonDocument.parse(json);
            if (!position.containsKey("v") || !position.get("v").isArray()
                    || position.getArray("v").size() != sortKeys.size()) {
                throw HttpError.badRequest("the Next link does not fit this ordering; start from the first page");
            }
            return position;
        } catch (JsonParseException | org.bson.BSONException e) {
            throw HttpError.badRequest("the Next link is malformed; start from the first page");
        }
    }

    /** The signed position after {@code row}, for the next Next link. */
    public String positionAfter(BsonDocument row, Signer signer) {
        BsonArray values = new BsonArray();
        for (SortKey key : sortKeys) {
            BsonValue value = Values.one(row, key.path());
            values.add(value == null || value.isArray() ? BsonNull.VALUE : value);
        }
        return signer.sign("changelist-after:" + meta.collection(), new BsonDocument("v", values).toJson());
    }

    /**
     * The condition "after {@link #after()} in this order": for keys k1..kn,
     * {@code k1 > v1 or (k1 = v1 and k2 > v2) ...}, with nulls first in ascending order as MongoDB
     * sorts them.
     */
    public BsonDocument keysetFilter() {
        if (after == null) {
            return new BsonDocument();
        }
        BsonArray values = after.getArray("v");
        BsonArray any = new BsonArray();
        for (int i = 0; i < sortKeys.size(); i++) {
            BsonArray all = new BsonArray();
            for (int j = 0; j < i; j++) {
                all.add(new BsonDocument(sortKeys.get(j).path(), new BsonDocument("$eq", values.get(j))));
            }
            SortKey key = sortKeys.get(i);
            BsonValue value = values.get(i);
            BsonDocument beyond = beyond(key, value);
            if (beyond == null) {
                continue;
            }
            all.add(beyond);
            any.add(all.size() == 1 ? all.get(0) : new BsonDocument("$and", all));
        }
        return any.isEmpty() ? new BsonDocument("_id", new BsonDocument("$exists", org.bson.BsonBoolean.FALSE))
                : new BsonDocument("$or", any);
    }

    private static BsonDocument beyond(SortKey key, BsonValue value) {
        if (value.isNull()) {
            // nulls sort first: ascending, everything not null comes after; descending, nothing does
            return key.descending() ? null : new BsonDocument(key.path(), new BsonDocument("$ne", BsonNull.VALUE));
        }
        if (key.descending()) {
            return new BsonDocument("$or", new BsonArray(List.of(
                    new BsonDocument(key.path(), new BsonDocument("$lt", value)),
                    new BsonDocument(key.path(), new BsonDocument("$eq", BsonNull.VALUE)))));
        }
        return new BsonDocument(key.path(), new BsonDocument("$gt", value));
    }

    /** The column numbers of the ordering in the URL ({@code o=-2.1}): 1-based, negative for descending. */
    public List<Integer> orderColumns() {
        String text = params.get("o");
        List<Integer> columns = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return columns;
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (String part : text.split("\\.", -1)) {
            int column;
            try {
                column = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("the ordering o=" + shorten(text) + " is not a list of column numbers");
            }
            int index = Math.abs(column);
            if (index < 1 || index > options.columns().size() || options.columns().get(index - 1) == null) {
                throw HttpError.badRequest("the ordering o=" + shorten(text) + " names column " + column
                        + ", which cannot be sorted");
            }
            if (seen.add(index)) {
                columns.add(column);
            }
        }
        return columns;
    }

    private List<SortKey> computeSortKeys() {
        List<SortKey> keys = new ArrayList<>();
        List<Integer> columns = orderColumns();
        if (!columns.isEmpty()) {
            for (int column : columns) {
                AdminPath path = options.columns().get(Math.abs(column) - 1);
                keys.add(new SortKey(path.bsonPath(), column < 0));
            }
        } else {
            List<String> defaults = options.ordering().isEmpty() ? meta.ordering() : options.ordering();
            for (String key : defaults) {
                boolean descending = key.startsWith("-");
                String name = descending ? key.substring(1) : key;
                String path;
                try {
                    path = AdminPath.resolve(meta, name).bsonPath();
                } catch (IllegalArgumentException e) {
                    path = name; // the model's ordering is written in BSON paths
                }
                keys.add(new SortKey(path, descending));
            }
        }
        boolean hasId = keys.stream().anyMatch(key -> key.path().equals("_id"));
        if (!hasId) {
            // Django orders by -pk last, so every row has one place and pages neither repeat nor skip rows
            keys.add(new SortKey("_id", keys.isEmpty() || keys.get(keys.size() - 1).descending()));
        }
        return keys;
    }

    private BsonDocument filter() {
        BsonArray all = new BsonArray();
        BsonDocument search = search(params.get("q"));
        if (search != null) {
            all.add(search);
        }
        for (String name : params.names()) {
            if (CONTROL.contains(name)) {
                continue;
            }
            all.add(listFilter(name, params.get(name)));
        }
        if (all.isEmpty()) {
            return new BsonDocument();
        }
        return all.size() == 1 ? all.get(0).asDocument() : new BsonDocument("$and", all);
    }

    /** Django's {@code get_search_results}: every word must match one of the search fields. */
    private BsonDocument search(String q) {
        if (q == null || q.isBlank() || options.searchFields().isEmpty()) {
            return null;
        }
        if (q.length() > 1000) {
            throw HttpError.badRequest("the search is longer than 1000 characters");
        }
        List<String> words = words(q);
        BsonArray every = new BsonArray();
        for (String word : words) {
            BsonArray any = new BsonArray();
            for (String field : options.searchFields()) {
                String lookup;
                String name;
                if (field.startsWith("^")) {
                    lookup = "istartswith";
                    name = field.substring(1);
                } else if (field.startsWith("=")) {
                    lookup = "iexact";
                    name = field.substring(1);
                } else {
                    lookup = "icontains";
                    name = field;
                }
                AdminPath path = AdminPath.resolve(meta, name);
                if (!searchable(path.last().type().kind(), path)) {
                    continue;
                }
                any.add(Lookups.filter(meta, name + "__" + lookup, word).toBsonDocument());
            }
            if (!any.isEmpty()) {
                every.add(any.size() == 1 ? any.get(0) : new BsonDocument("$or", any));
            }
        }
        if (every.isEmpty()) {
            return null;
        }
        return every.size() == 1 ? every.get(0).asDocument() : new BsonDocument("$and", every);
    }

    private static boolean searchable(FieldKind kind, AdminPath path) {
        return kind == FieldKind.STRING || kind == FieldKind.ENUM || kind == FieldKind.CHAR
                || (kind == FieldKind.LIST || kind == FieldKind.SET)
                && path.last().type().element().kind() == FieldKind.STRING;
    }

    /** Words as Django's {@code smart_split}: spaces separate, quotes keep a phrase together. */
    static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(q);
        while (matcher.find() && words.size() < MAX_WORDS) {
            String word = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** One filter parameter, {@code path__lookup=value}, allowed on the list filter and date hierarchy fields. */
    private BsonDocument listFilter(String name, String value) {
        int split = name.lastIndexOf("__");
        String fieldName = split < 0 ? name : name.substring(0, split);
        String lookup = split < 0 ? "exact" : name.substring(split + 2);
        AdminPath path = allowed(fieldName);
        if (path == null || !FILTER_LOOKUPS.contains(lookup)) {
            throw HttpError.badRequest("Filtering by " + shorten(name) + " is not allowed here; the list filters by "
                    + filterNames());
        }
        try {
            Object converted = value;
            if ("isnull".equals(lookup)) {
                converted = switch (value) {
                    case "True", "true", "1" -> Boolean.TRUE;
                    case "False", "false", "0" -> Boolean.FALSE;
                    default -> throw HttpError.badRequest("Filtering by " + shorten(name) + " takes True or False");
                };
            } else if (path.last().type().kind() == FieldKind.BOOLEAN) {
                converted = switch (value) {
                    case "True", "true", "1" -> Boolean.TRUE;
                    case "False", "false", "0" -> Boolean.FALSE;
                    default -> throw HttpError.badRequest("Filtering by " + shorten(name) + " takes True or False");
                };
            } else if (List.of("year", "month", "day").contains(lookup)) {
                try {
                    converted = Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw HttpError.badRequest("Filtering by " + shorten(name) + " takes a number");
                }
            }
            return Lookups.filter(meta, fieldName + "__" + lookup, converted).toBsonDocument();
        } catch (FieldError | IllegalArgumentException e) {
            throw HttpError.badRequest("Filtering by " + shorten(name) + "=" + shorten(value) + " is not possible: "
                    + e.getMessage());
        }
    }

    private AdminPath allowed(String fieldName) {
        for (AdminPath path : options.filterFields()) {
            if (path.name().equals(fieldName)) {
                return path;
            }
        }
        if (options.dateHierarchy() != null && options.dateHierarchy().name().equals(fieldName)) {
            return options.dateHierarchy();
        }
        return null;
    }

    private List<String> filterNames() {
        List<String> names = new ArrayList<>();
        options.filterFields().forEach(path -> names.add(path.name()));
        if (options.dateHierarchy() != null) {
            names.add(options.dateHierarchy().name());
        }
        return names;
    }

    static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
