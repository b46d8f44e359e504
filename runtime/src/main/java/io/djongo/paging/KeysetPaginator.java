package io.djongo.paging;

import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldPath;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Filter;
import io.djongo.query.QuerySet;
import io.djongo.query.Sort;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;

/**
 * Keyset pagination ("seek" paging) for large collections: each page starts after the ordering
 * key of the last object of the page before, with a range filter an index serves, so page 10,000
 * costs what page 1 does, and objects added or removed meanwhile neither repeat nor skip others,
 * which {@code skip}-based pages cannot promise.
 *
 * <pre>{@code
 * KeysetPaginator<Entry> pages = new KeysetPaginator<>(Entry.objects().orderBy(Entry_.pubDate.desc()), 20);
 * KeysetPage<Entry> page = pages.first();
 * ...
 * KeysetPage<Entry> next = pages.after(page.nextCursor());       // the cursor goes in the "next" link
 * KeysetPage<Entry> back = pages.before(next.previousCursor());
 * }</pre>
 *
 * <p>The query's ordering must end in a unique key, so every object has a place of its own: the
 * id is added as the last key when the ordering does not already hold it (an index for the
 * ordering should end with {@code _id} too). Keys are stored fields of a plain value each: not
 * lists, maps or embedded documents, and not computed {@code F()} expressions. Null and missing
 * values have the place the ordering gives them ({@code nullsFirst()}/{@code nullsLast()}, else
 * first ascending and last descending, as MongoDB sorts them). For a key ordering
 * {@code (k1, k2, _id)}, the page after {@code (v1, v2, id)} is
 * {@code k1 > v1 or (k1 = v1 and k2 > v2) or (k1 = v1 and k2 = v2 and _id > id)}, with
 * {@code <} for descending keys; {@link #rowsAfter} gives that query.
 *
 * <p>Cursors are opaque text (URL-safe Base64 of the keys and their values); one that was not
 * made by a paginator with the same ordering is refused with {@link InvalidCursor}.
 *
 * @param <T> the model
 */
public final class KeysetPaginator<T> {
    /** A cursor longer than this is not one of ours. */
    private static final int MAX_CURSOR = 16 * 1024;
    private static final Set<FieldKind> KEY_KINDS = EnumSet.of(FieldKind.STRING, FieldKind.BOOLEAN, FieldKind.INT,
            FieldKind.LONG, FieldKind.DOUBLE, FieldKind.FLOAT, FieldKind.SHORT, FieldKind.BYTE, FieldKind.CHAR,
            FieldKind.OBJECT_ID, FieldKind.INSTANT, FieldKind.DATE, FieldKind.LOCAL_DATE, FieldKind.LOCAL_DATE_TIME,
            FieldKind.DECIMAL, FieldKind.UUID, FieldKind.ENUM, FieldKind.REFERENCE);

    /** One ordering key: where its values are, in which direction, and where nulls go. */
    private record Key<T>(Sort<T> sort, String path, boolean descending, boolean nullsFirst, ValueCodec<?> codec) {
        Key<T> reversed() {
            return new Key<>(sort.reversed(), path, !descending, !nullsFirst, codec);
        }
    }

    private final QuerySet<T> query;
    private final int perPage;
    private final List<Key<T>> keys;
    private final List<Sort<T>> ordering;
    private final BsonArray fingerprint;

    /**
     * Pages of {@code perPage} objects of {@code query}, in its order with the id as the last key.
     *
     * @throws IllegalArgumentException when the query is sliced, or orders by something that cannot be a key
     */
    public KeysetPaginator(QuerySet<T> query, int perPage) {
        this.query = Objects.requireNonNull(query, "KeysetPaginator: query is null");
        if (perPage < 1) {
            throw new IllegalArgumentException("KeysetPaginator: perPage is " + perPage + ", but a page holds at least one object");
        }
        if (query.sliced()) {
            throw new IllegalArgumentException("KeysetPaginator pages through a whole query, but " + query.meta().name()
                    + "'s query has a slice (limit/offset); give the paginator the query before limit() and offset()");
        }
        this.perPage = perPage;
        List<Key<T>> found = new ArrayList<>();
        List<Sort<T>> sorts = new ArrayList<>();
        for (Sort<T> sort : query.ordering()) {
            found.add(key(query.meta(), sort));
            sorts.add(sort);
            if (sort.path().equals("_id")) {
                break; // the id decides: later keys never matter
            }
        }
        if (found.isEmpty() || !found.get(found.size() - 1).path().equals("_id")) {
            Sort<T> byId = new Sort<>("_id", false);
            found.add(key(query.meta(), byId));
            sorts.add(byId);
        }
        this.keys = List.copyOf(found);
        this.ordering = List.copyOf(sorts);
        this.fingerprint = new BsonArray();
        for (Sort<T> sort : ordering) {
            fingerprint.add(new BsonString(sort.toString()));
        }
    }

    private static <T> Key<T> key(ModelMeta<T> meta, Sort<T> sort) {
        if (sort.expression() != null) {
            throw new IllegalArgumentException("KeysetPaginator orders by stored fields, but " + meta.name()
                    + "'s query orders by the expression " + sort + "; order by fields, or page with Paginator");
        }
        FieldPath path = FieldPath.resolve(meta, sort.path()).orElseThrow(() -> new IllegalArgumentException(
                "KeysetPaginator: " + meta.name() + " has no field at \"" + sort.path() + "\" to order by"));
        List<FieldMeta> fields = path.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldKind kind = fields.get(i).type().kind();
            boolean last = i == fields.size() - 1;
            if (last ? !KEY_KINDS.contains(kind) : kind != FieldKind.EMBEDDED) {
                throw new IllegalArgumentException("KeysetPaginator: " + meta.name() + "." + path.javaPath() + " cannot be "
                        + "a key of the ordering: " + fields.get(i).name() + " holds " + (kind == FieldKind.LIST
                        || kind == FieldKind.SET || kind == FieldKind.REFERENCES ? "many values" : kind == FieldKind.MAP
                        ? "a map" : kind == FieldKind.EMBEDDED ? "a whole sub-document" : "binary data")
                        + ", which has no single place in the order. Order by fields of one plain value each");
            }
        }
        boolean nullsFirst = sort.nulls() == Sort.Nulls.FIRST || sort.nulls() == Sort.Nulls.DEFAULT && !sort.descending();
        return new Key<>(sort, sort.path(), sort.descending(), nullsFirst, path.last().type().codec());
    }

    /** The most objects a page holds. */
    public int perPage() {
        return perPage;
    }

    /** The keys pages are ordered and cut by: the query's ordering, ending in the id. */
    public List<Sort<T>> ordering() {
        return ordering;
    }

    // ---- pages

    /** The first page. */
    public KeysetPage<T> first() {
        List<T> fetched = fetch(null, false);
        boolean more = fetched.size() > perPage;
        return page(trim(fetched), false, more);
    }

    /** The last page: the last {@code perPage} objects, in the query's order. */
    public KeysetPage<T> last() {
        List<T> fetched = fetch(null, true);
        boolean more = fetched.size() > perPage;
        List<T> objects = new ArrayList<>(trim(fetched));
        Collections.reverse(objects);
        return page(objects, more, false);
    }

    /**
     * The page after the position {@code cursor} names (a page's {@link KeysetPage#nextCursor()}).
     *
     * @throws InvalidCursor when the cursor was not made by a paginator with this ordering
     */
    public KeysetPage<T> after(String cursor) {
        return afterValues(decode(Objects.requireNonNull(cursor, "after(): cursor is null; first() gives the first page")));
    }

    /**
     * The page before the position {@code cursor} names (a page's {@link KeysetPage#previousCursor()}).
     *
     * @throws InvalidCursor when the cursor was not made by a paginator with this ordering
     */
    public KeysetPage<T> before(String cursor) {
        return beforeValues(decode(Objects.requireNonNull(cursor, "before(): cursor is null; last() gives the last page")));
    }

    /** The page of the objects that come after {@code object} in this order. */
    public KeysetPage<T> after(T object) {
        return afterValues(values(Objects.requireNonNull(object, "after(): object is null")));
    }

    /** The page of the objects that come before {@code object} in this order. */
    public KeysetPage<T> before(T object) {
        return beforeValues(values(Objects.requireNonNull(object, "before(): object is null")));
    }

    private KeysetPage<T> afterValues(List<BsonValue> position) {
        List<T> fetched = fetch(position, false);
        boolean more = fetched.size() > perPage;
        boolean earlier = exists(position, true);
        return page(trim(fetched), earlier, more, position);
    }

    private KeysetPage<T> beforeValues(List<BsonValue> position) {
        List<T> fetched = fetch(position, true);
        boolean more = fetched.size() > perPage;
        List<T> objects = new ArrayList<>(trim(fetched));
        Collections.reverse(objects);
        boolean later = exists(position, false);
        return page(objects, more, later, position);
    }

    private List<T> trim(List<T> fetched) {
        return fetched.size() > perPage ? fetched.subList(0, perPage) : fetched;
    }

    private KeysetPage<T> page(List<T> objects, boolean hasPrevious, boolean hasNext) {
        return page(objects, hasPrevious, hasNext, null);
    }

    /** A page; when it is empty, {@code position} is where it is, for its cursors. */
    private KeysetPage<T> page(List<T> objects, boolean hasPrevious, boolean hasNext, List<BsonValue> position) {
        String previous = !hasPrevious ? null : objects.isEmpty() ? encode(position) : cursor(objects.get(0));
        String next = !hasNext ? null : objects.isEmpty() ? encode(position) : cursor(objects.get(objects.size() - 1));
        return new KeysetPage<>(this, List.copyOf(objects), hasPrevious, hasNext, previous, next);
    }

    /** At most {@code perPage + 1} objects after {@code position} (from the start when null), backwards when {@code reversed}. */
    private List<T> fetch(List<BsonValue> position, boolean reversed) {
        QuerySet<T> rows = position == null ? ordered(reversed) : range(position, reversed);
        return rows.limit(perPage == Integer.MAX_VALUE ? perPage : perPage + 1).list();
    }

    /** Whether any object lies at or before {@code position} ({@code before}), or at or after it. */
    private boolean exists(List<BsonValue> position, boolean before) {
        BsonDocument strictly = rangeFilter(position, !before);
        if (strictly == null) {
            return query.exists();
        }
        return query.filter(Filter.<T>raw(new BsonDocument("$nor", new BsonArray(List.of(strictly))))).exists();
    }

    @SuppressWarnings("unchecked") // an array of the query's own keys
    private QuerySet<T> ordered(boolean reversed) {
        List<Sort<T>> sorts = new ArrayList<>();
        for (Sort<T> sort : ordering) {
            sorts.add(reversed ? sort.reversed() : sort);
        }
        return query.orderBy((Sort<T>[]) sorts.toArray(new Sort<?>[0]));
    }

    /**
     * The objects of the query strictly after {@code object} in this paginator's order (the id breaking
     * ties), ordered and not sliced: the query of the page after it, to narrow or limit further.
     */
    public QuerySet<T> rowsAfter(T object) {
        return range(values(Objects.requireNonNull(object, "rowsAfter(): object is null")), false);
    }

    /** The objects of the query strictly before {@code object}, in reverse order: the query of the page before it. */
    public QuerySet<T> rowsBefore(T object) {
        return range(values(Objects.requireNonNull(object, "rowsBefore(): object is null")), true);
    }

    private QuerySet<T> range(List<BsonValue> position, boolean reversed) {
        BsonDocument filter = rangeFilter(position, reversed);
        QuerySet<T> rows = ordered(reversed);
        return filter == null ? rows.none() : rows.filter(Filter.<T>raw(filter));
    }

    /**
     * {@code k1 > v1 or (k1 = v1 and k2 > v2) or ...}, {@code <} for descending keys and the other way
     * round when {@code reversed}; {@code null} when nothing can come after.
     */
    private BsonDocument rangeFilter(List<BsonValue> position, boolean reversed) {
        BsonArray branches = new BsonArray();
        for (int i = 0; i < keys.size(); i++) {
            Key<T> key = reversed ? keys.get(i).reversed() : keys.get(i);
            BsonDocument after = strictlyAfter(key, position.get(i));
            if (after == null) {
                continue;
            }
            BsonArray all = new BsonArray();
            for (int j = 0; j < i; j++) {
                all.add(equal(keys.get(j), position.get(j)));
            }
            all.add(after);
            branches.add(all.size() == 1 ? after : new BsonDocument("$and", all));
        }
        if (branches.isEmpty()) {
            return null;
        }
        return branches.size() == 1 ? branches.get(0).asDocument() : new BsonDocument("$or", branches);
    }

    /** The values of {@code key} that come after {@code value}; {@code null} when none can. */
    private static BsonDocument strictlyAfter(Key<?> key, BsonValue value) {
        if (value.isNull()) {
            return key.nullsFirst() ? new BsonDocument(key.path(), new BsonDocument("$ne", BsonNull.VALUE)) : null;
        }
        BsonDocument beyond = new BsonDocument(key.path(), new BsonDocument(key.descending() ? "$lt" : "$gt", value));
        if (key.nullsFirst()) {
            return beyond;
        }
        return new BsonDocument("$or", new BsonArray(List.of(beyond, new BsonDocument(key.path(), BsonNull.VALUE))));
    }

    private static BsonDocument equal(Key<?> key, BsonValue value) {
        return new BsonDocument(key.path(), value.isNull() ? BsonNull.VALUE : new BsonDocument("$eq", value));
    }

    // ---- positions and cursors

    /** The key values of {@code object}: null for null and missing values. */
    private List<BsonValue> values(T object) {
        BsonDocument document = query.meta().codec().toBsonValue(object);
        List<BsonValue> values = new ArrayList<>();
        for (Key<T> key : keys) {
            BsonValue value = document;
            for (String part : key.path().split("\\.")) {
                value = value != null && value.isDocument() ? value.asDocument().get(part) : null;
            }
            values.add(value == null ? BsonNull.VALUE : value);
        }
        if (values.get(values.size() - 1).isNull()) {
            throw new IllegalArgumentException("KeysetPaginator: this " + query.meta().name() + " has no id; only saved "
                    + "objects have a place in the order");
        }
        return values;
    }

    /** The cursor of the position of {@code object}, for the page after or before it. */
    public String cursor(T object) {
        return encode(values(Objects.requireNonNull(object, "cursor(): object is null")));
    }

    private String encode(List<BsonValue> values) {
        BsonDocument cursor = new BsonDocument("o", fingerprint).append("v", new BsonArray(values));
        RawBsonDocument raw = new RawBsonDocument(cursor, new BsonDocumentCodec());
        ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The position {@code cursor} names, each value checked against its field. */
    private List<BsonValue> decode(String cursor) {
        if (cursor.length() > MAX_CURSOR) {
            throw new InvalidCursor("not a cursor of this paginator: " + cursor.length() + " characters, more than a cursor has");
        }
        BsonDocument document;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.strip());
            try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
                document = new BsonDocumentCodec().decode(reader, DecoderContext.builder().build());
                if (reader.getBsonInput().getPosition() != bytes.length) {
                    throw new IllegalArgumentException("bytes after the cursor");
                }
            }
        } catch (RuntimeException e) {
            throw new InvalidCursor("\"" + abbreviated(cursor) + "\" is not a cursor of this paginator: " + e.getMessage()
                    + ". Use the nextCursor() or previousCursor() of a page, unchanged", e);
        }
        BsonValue order = document.get("o");
        BsonValue values = document.get("v");
        if (!fingerprint.equals(order) || values == null || !values.isArray()) {
            throw new InvalidCursor("the cursor was made for the ordering " + describe(order) + ", but this paginator "
                    + "orders " + query.meta().name() + " by " + describe(fingerprint) + "; a cursor works only with the "
                    + "paginator of the same query order");
        }
        BsonArray array = values.asArray();
        if (array.size() != keys.size()) {
            throw new InvalidCursor("the cursor holds " + array.size() + " values, but the ordering has " + keys.size() + " keys");
        }
        List<BsonValue> position = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            position.add(checked(keys.get(i), array.get(i), i == keys.size() - 1));
        }
        return position;
    }

    /** {@code value} as the field of {@code key} stores it, or an {@link InvalidCursor} saying why it cannot be. */
    private BsonValue checked(Key<T> key, BsonValue value, boolean id) {
        if (value.isNull()) {
            if (id) {
                throw new InvalidCursor("the cursor has no id, which every position has");
            }
            return BsonNull.VALUE;
        }
        try {
            return normalized(key.codec(), value);
        } catch (RuntimeException e) {
            String json = new BsonDocument("v", value).toJson();
            throw new InvalidCursor("the cursor's value for " + key.path() + " (" + value.getBsonType() + " "
                    + abbreviated(json.substring(6, json.length() - 1)) + ") is not one " + query.meta().name()
                    + " stores there: " + e.getMessage(), e);
        }
    }

    private static <V> BsonValue normalized(ValueCodec<V> codec, BsonValue value) {
        V decoded = codec.fromBsonValue(value);
        if (decoded == null) {
            return BsonNull.VALUE;
        }
        return codec.toBsonValue(decoded);
    }

    /** An ordering as a cursor records it: {@code [-rating, _id]}. */
    private static String describe(BsonValue order) {
        if (order == null || !order.isArray()) {
            return "(none)";
        }
        List<String> keys = new ArrayList<>();
        for (BsonValue key : order.asArray()) {
            keys.add(key.isString() ? key.asString().getValue() : key.toString());
        }
        return keys.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    @Override
    public String toString() {
        return "KeysetPaginator[" + query.meta().name() + " by " + ordering + ", " + perPage + " per page]";
    }
}
