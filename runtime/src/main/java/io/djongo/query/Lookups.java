package io.djongo.query;

import io.djongo.DjongoException;
import io.djongo.EncodingException;
import io.djongo.FieldError;
import io.djongo.codec.Encoding;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.Relations;
import io.djongo.query.Conversions.Rounding;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django lookup strings ({@code "blog__name__istartswith"}, {@code "-pub_date"}) resolved against
 * the generated metadata into the same typed paths the generated metamodel uses, so a string
 * lookup and a typed one build identical BSON. Nothing is reflected: names are looked up in
 * {@link ModelMeta#fields()}. Values are converted as Django converts them ({@link Conversions});
 * any value that does not fit is a {@link FieldError} saying what was expected.
 */
public final class Lookups {
    private Lookups() {}

    private static final List<String> COMMON = List.of("exact", "iexact", "in", "isnull");
    private static final List<String> ORDERED = List.of("gt", "gte", "lt", "lte", "range");
    private static final List<String> PATTERNS = List.of("contains", "icontains", "startswith", "istartswith", "endswith",
            "iendswith", "regex", "iregex");
    private static final List<String> DATE_PARTS = List.of("date", "year", "iso_year", "month", "day", "week", "week_day",
            "iso_week_day", "quarter", "hour", "minute", "second", "time");
    /** The parts of a calendar day ({@code LocalDate}): Django's {@code DateField} has no time parts. */
    private static final List<String> DAY_PARTS = List.of("year", "iso_year", "month", "day", "week", "week_day",
            "iso_week_day", "quarter");
    private static final List<String> COMPARISONS = List.of("exact", "gt", "gte", "lt", "lte", "in", "range");
    private static final List<String> ARRAYS = List.of("exact", "isnull", "in", "contains", "contained_by", "contains_all",
            "overlap", "len", "isempty");
    private static final List<String> MAPS = List.of("exact", "isnull", "contains", "has_key", "has_keys", "has_any_keys");
    private static final List<String> EMBEDDED = List.of("exact", "isnull", "in");
    /** What a pattern is converted to. */
    private static final FieldType TEXT = FieldType.scalar(FieldKind.STRING, String.class);

    /**
     * A field reached by a lookup: its dotted BSON path and type; {@code mapValue} when it is the
     * value under a map key, whose {@code isnull} is about the key.
     */
    record Target(String bsonPath, FieldType type, String model, String field, boolean mapValue) {}

    /** The filter {@code lookup = value} on {@code meta}'s model: {@code ("rating__gte", 4)}. */
    public static <T> Filter<T> filter(ModelMeta<T> meta, String lookup, Object value) {
        return filter(LookupCache.of(meta), meta, lookup, value);
    }

    /** {@link #filter(ModelMeta, String, Object)} with the table of {@code meta}'s model at hand. */
    static <T> Filter<T> filter(LookupCache lookups, ModelMeta<T> meta, String lookup, Object value) {
        Resolved resolution = lookup == null || lookup.isEmpty() ? new Resolved(null, null, parse(meta, lookup))
                : lookups.filter(lookup, key -> resolve(meta, key));
        if (resolution.hop() != null) {
            return RelationLookups.filter(meta, lookup, resolution.parts(), resolution.hop(), value);
        }
        Parsed parsed = resolution.parsed();
        Object resolved = value;
        if (value instanceof F && ((F<?>) value).unresolvedField() != null) {
            resolved = F.resolved(field(meta, ((F<?>) value).unresolvedField()).bsonPath());
        }
        try {
            Compiled<T> compiled = resolution.compiled(meta);
            return compiled != null ? compiled.filter(resolved) : build(parsed, resolved);
        } catch (FieldError e) {
            // a lookup that does not exist names itself; a value a typed path refuses gets the context
            throw e.getMessage().startsWith("\"") ? e
                    : new FieldError(parsed.context() + " cannot take " + describe(value) + ": " + e.getMessage());
        } catch (EncodingException e) {
            throw e.inQuery(parsed.target.model(), parsed.target.bsonPath());
        } catch (DjongoException e) {
            throw e;
        } catch (RuntimeException e) {
            // a converter's Invalid, or a typed path refusing the value (null where it takes none)
            throw new FieldError(parsed.context() + " cannot take " + describe(value) + ": " + e.getMessage());
        }
    }

    /**
     * {@code value} as a value of the field {@code field} of {@code meta}'s model (a Java name or
     * a path such as {@code "blog__name"}), converted as lookups convert values: a hex string for
     * an {@code ObjectId}, a whole number for an {@code int} when nothing is lost, ...
     *
     * @throws FieldError saying what the field holds, when {@code value} cannot be one
     */
    public static Object value(ModelMeta<?> meta, String field, Object value) {
        Target target = field(meta, field);
        try {
            return convert(target.type(), value, Rounding.NONE);
        } catch (DjongoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FieldError(target.model() + "." + target.field() + " (" + target.type() + ") cannot take "
                    + describe(value) + ": " + e.getMessage());
        }
    }

    /** An ordering key: {@code "pub_date"}, {@code "-pub_date"}, {@code "blog__name"}, {@code "-pk"}. */
    public static <T> Sort<T> sort(ModelMeta<T> meta, String key) {
        return sort(LookupCache.of(meta), meta, key);
    }

    /** {@link #sort(ModelMeta, String)} with the table of {@code meta}'s model at hand. */
    static <T> Sort<T> sort(LookupCache lookups, ModelMeta<T> meta, String key) {
        if (key == null) {
            throw new FieldError(meta.name() + ": an ordering key is null; give a field name such as \"-pub_date\"");
        }
        return lookups.sort(key, k -> resolveSort(meta, k)); // meta's table: keys resolved on meta
    }

    private static <T> Sort<T> resolveSort(ModelMeta<T> meta, String key) {
        boolean descending = key.startsWith("-");
        String name = descending ? key.substring(1) : key;
        RelationLookups.RelatedField related = name.isEmpty() ? null : RelationLookups.related(meta, name, "orderBy");
        if (related != null) {
            return new Sort<>(related.related(), descending);
        }
        Parsed parsed = parse(meta, name);
        if (!parsed.lookups.isEmpty()) {
            throw new FieldError(meta.name() + " cannot be ordered by \"" + key + "\": " + parsed.lookups
                    + " is not a field; order by a field path such as \"-pub_date\" or \"blog__name\"");
        }
        return new Sort<>(parsed.target.bsonPath(), descending);
    }

    /** The BSON path and type of a field path such as {@code "blog__name"} (no lookup allowed). */
    static Target field(ModelMeta<?> meta, String name) {
        return name == null || name.isEmpty() ? resolveField(meta, name)
                : LookupCache.of(meta).field(name, key -> resolveField(meta, key));
    }

    private static Target resolveField(ModelMeta<?> meta, String name) {
        Parsed parsed = parse(meta, name);
        if (!parsed.lookups.isEmpty()) {
            throw new FieldError(meta.name() + " has no field \"" + name + "\": " + parsed.lookups + " is not a field");
        }
        return parsed.target;
    }

    /**
     * A lookup string resolved on a model, which {@link LookupCache} keeps: through a relation
     * ({@code hop}, with the string's {@code parts}), or to a field of the model ({@code parsed}),
     * with what it compiles to when it is one of the common lookups ({@code compiled}, else {@code null}).
     */
    private record Resolved(String[] parts, RelationLookups.Hop hop, Parsed parsed, Compiled<?> compiled) {
        Resolved(String[] parts, RelationLookups.Hop hop, Parsed parsed) {
            this(parts, hop, parsed, parsed == null ? null : compile(parsed));
        }

        /** What the lookup compiles to, building filters of {@code meta}'s model, on which it was resolved. */
        @SuppressWarnings("unchecked") // kept in the table of meta's model
        <T> Compiled<T> compiled(ModelMeta<T> meta) {
            return (Compiled<T>) compiled;
        }
    }

    private static Resolved resolve(ModelMeta<?> meta, String lookup) {
        String[] parts = LookupCache.split(lookup);
        RelationLookups.Hop hop = RelationLookups.find(meta, parts);
        return hop != null ? new Resolved(parts, hop, null) : new Resolved(null, null, parse(meta, lookup));
    }

    /**
     * A lookup on a field with everything about the string decided: its path, its lookup and how
     * values are converted, so a call only converts the value and writes the condition. It builds
     * exactly what {@link #build} does, and hands it the values it does not take.
     */
    private interface Compiled<T> {
        Filter<T> filter(Object value);
    }

    /**
     * What the lookups most programs use compile to, {@code null} for the others: {@code exact}
     * and the comparisons on a single value, and the pattern lookups of a text field with a string.
     * Any other value ({@code null}, {@code F()}, a list, a string on a pattern lookup of
     * another type) goes to {@link #build}, which decides again and says what is wrong.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // values are converted to the field type before use
    private static <T> Compiled<T> compile(Parsed parsed) {
        Target target = parsed.target;
        FieldType type = target.type();
        FieldKind kind = type.kind();
        if (parsed.lookups.size() > 1 || kind == FieldKind.LIST || kind == FieldKind.SET || kind == FieldKind.MAP
                || kind == FieldKind.EMBEDDED) {
            return null;
        }
        String lookup = parsed.lookups.isEmpty() ? "exact" : parsed.lookups.get(0);
        if (!valid(type).contains(lookup) || (kind.isTemporal() && partsOf(kind).contains(lookup))) {
            return null;
        }
        boolean text = kind == FieldKind.STRING || kind == FieldKind.CHAR || kind == FieldKind.ENUM;
        if (text && PATTERNS.contains(lookup)) {
            StringPath<T> path = new StringPath<>(target.bsonPath());
            return value -> value instanceof String ? string(path, lookup, (String) value) : build(parsed, value);
        }
        ComparablePath<T, Object> path = new ComparablePath<>(target.bsonPath(), (ValueCodec) type.codec());
        switch (lookup) {
            case "exact":
                return value -> single(value) ? path.eq(convert(type, value, Rounding.NONE)) : build(parsed, value);
            case "gt":
                return value -> single(value) ? path.gt(convert(type, value, Rounding.FLOOR)) : build(parsed, value);
            case "gte":
                return value -> single(value) ? path.gte(convert(type, value, Rounding.CEILING)) : build(parsed, value);
            case "lt":
                return value -> single(value) ? path.lt(convert(type, value, Rounding.CEILING)) : build(parsed, value);
            case "lte":
                return value -> single(value) ? path.lte(convert(type, value, Rounding.FLOOR)) : build(parsed, value);
            default:
                return null;
        }
    }

    /** Whether {@code value} is one plain value: not {@code null}, not {@code F()}, not a list, map or array. */
    private static boolean single(Object value) {
        return value != null && !(value instanceof F) && !isCollection(value) && !(value instanceof Map);
    }

    private record Parsed(String lookup, Target target, List<String> lookups) {
        /** {@code Entry.rating (int): rating__gt}, the start of every value error. */
        String context() {
            return target.model() + "." + target.field() + " (" + target.type() + "): " + lookup;
        }
    }

    private static Parsed parse(ModelMeta<?> root, String lookup) {
        if (lookup == null || lookup.isEmpty()) {
            throw new FieldError(root.name() + ": a lookup needs a field name, such as \"headline\" or \"rating__gte\"");
        }
        String[] parts = LookupCache.split(lookup);
        FieldType type = null;
        StringBuilder path = new StringBuilder();
        String lastModel = root.name();
        String lastField = null;
        boolean mapValue = false;
        int i = 0;
        for (; i < parts.length; i++) {
            String part = parts[i];
            ModelMeta<?> context = modelOf(type, root);
            if (context != null && type != null && type.kind() != FieldKind.EMBEDDED && LookupCache.isIndex(part)) {
                append(path, part); // authors__0__name: the element at an index of a list of models
                type = type.element();
                mapValue = false;
                continue;
            }
            if (context != null) {
                FieldMeta field = find(context, part, type == null);
                if (field != null) {
                    append(path, field.bsonName());
                    type = field.type();
                    lastModel = context.name();
                    lastField = field.name();
                    mapValue = false;
                    continue;
                }
                if (type == null || !isLookup(part)) {
                    throw unknownField(root, lookup, context, part);
                }
                break;
            }
            if (type.kind() == FieldKind.MAP && !isLookup(part)) {
                String problem = Encoding.mapKeyProblem(part);
                if (problem != null) {
                    throw new FieldError(root.name() + ": \"" + part + "\" in \"" + lookup + "\" is not a valid map key: "
                            + problem);
                }
                append(path, part);
                type = type.element();
                mapValue = true;
                continue;
            }
            if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) && LookupCache.isIndex(part)) {
                append(path, part);
                type = type.element();
                mapValue = false;
                continue;
            }
            break;
        }
        List<String> lookups = List.copyOf(Arrays.asList(parts).subList(i, parts.length));
        return new Parsed(lookup, new Target(path.toString(), type, lastModel, lastField, mapValue), lookups);
    }

    /** The model whose fields the next part names: the root, an embedded model, or the element of a list of models. */
    private static ModelMeta<?> modelOf(FieldType type, ModelMeta<?> root) {
        if (type == null) {
            return root;
        }
        if (type.kind() == FieldKind.EMBEDDED) {
            return type.model();
        }
        if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) && type.element().kind() == FieldKind.EMBEDDED) {
            return type.element().model();
        }
        return null;
    }

    /** The field named {@code part}: by Java name, snake_case name or BSON name; {@code pk} is the id, as in Django. */
    private static FieldMeta find(ModelMeta<?> model, String part, boolean top) {
        FieldMeta byName = model.field(part).orElse(null);
        if (byName != null) {
            return byName;
        }
        for (FieldMeta field : model.fields()) {
            if (field.snakeName().equals(part) || field.bsonName().equals(part)) {
                return field;
            }
        }
        if (top && part.equals("pk")) {
            return model.idField().orElse(null);
        }
        return null;
    }

    private static boolean isLookup(String part) {
        return COMMON.contains(part) || ORDERED.contains(part) || PATTERNS.contains(part) || DATE_PARTS.contains(part)
                || ARRAYS.contains(part) || MAPS.contains(part);
    }

    private static void append(StringBuilder path, String key) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(key);
    }

    // ---- building the filter with the typed paths

    @SuppressWarnings({"unchecked", "rawtypes"}) // values are converted to the field type before use
    private static <T> Filter<T> build(Parsed parsed, Object value) {
        Target target = parsed.target;
        FieldType type = target.type();
        FieldKind kind = type.kind();
        List<String> lookups = parsed.lookups;
        String lookup = lookups.isEmpty() ? "exact" : lookups.get(0);
        if (lookup.equals("isnull")) {
            only(parsed, 1);
            Path<T, Object> path = new Path<>(target.bsonPath(), (ValueCodec) type.codec());
            if (target.mapValue()) {
                path.markMapValue();
            }
            return path.isNull(Conversions.bool(value));
        }
        if (kind.isTemporal() && partsOf(kind).contains(lookup)) {
            String comparison = lookups.size() > 1 ? lookups.get(1) : "exact";
            only(parsed, 2);
            return datePart(parsed, new DatePath<T, Object>(target.bsonPath(), (ValueCodec) type.codec()), lookup,
                    comparison, value);
        }
        if (kind == FieldKind.LIST || kind == FieldKind.SET) {
            return array(parsed, new ArrayPath<T, Object>(target.bsonPath(), (ValueCodec) type.element().codec()), lookup, value);
        }
        if (kind == FieldKind.MAP) {
            only(parsed, 1);
            return map(parsed, lookup, value);
        }
        only(parsed, 1);
        List<String> valid = valid(type);
        if (!valid.contains(lookup)) {
            throw invalidLookup(parsed, lookup, valid);
        }
        if (lookup.equals("iexact") || PATTERNS.contains(lookup)) {
            return pattern(parsed, lookup, value);
        }
        if (value instanceof F) {
            return compareFields(parsed, new ComparablePath<>(target.bsonPath(), (ValueCodec) type.codec()), lookup, (F<T>) value);
        }
        if (ORDERED.contains(lookup)) {
            ComparablePath<T, Object> path = new ComparablePath<>(target.bsonPath(), (ValueCodec) type.codec());
            return ordered(parsed, path, lookup, value, (item, rounding) -> convert(type, item, rounding));
        }
        Path<T, Object> path = new Path<>(target.bsonPath(), (ValueCodec) type.codec());
        Subquery<?> subquery = lookup.equals("in") ? Subquery.of(value, parsed.lookup()) : null;
        if (subquery != null) {
            return path.in(subquery);
        }
        if (lookup.equals("in")) {
            List<Object> converted = new ArrayList<>();
            for (Object item : values(value)) {
                converted.add(convert(type, item, Rounding.NONE));
            }
            return path.in(converted);
        }
        return path.eq(convert(type, value, Rounding.NONE));
    }

    /**
     * {@code iexact} and the pattern lookups. On text the value is matched literally (escaped);
     * against {@code F()} they compare with another field; on other types, as in Django, they match
     * the value's text, and {@code iexact} is plain equality.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // values are converted to the field type before use
    private static <T> Filter<T> pattern(Parsed parsed, String lookup, Object value) {
        Target target = parsed.target;
        FieldKind kind = target.type().kind();
        boolean text = kind == FieldKind.STRING || kind == FieldKind.CHAR || kind == FieldKind.ENUM;
        if (value instanceof F) {
            if (!text) {
                throw new IllegalArgumentException("F() is compared with the pattern lookups of text fields only");
            }
            return patternOf(new StringPath<>(target.bsonPath()), lookup, (F<T>) value);
        }
        if (value == null) {
            if (lookup.equals("iexact")) {
                return new Path<T, Object>(target.bsonPath(), (ValueCodec) target.type().codec()).isNull(true);
            }
            throw new IllegalArgumentException("a pattern cannot be null; use " + target.field() + "__isnull to find missing values");
        }
        String pattern = (String) Conversions.convert(TEXT, value, Rounding.NONE);
        if (text) {
            return string(new StringPath<>(target.bsonPath()), lookup, pattern);
        }
        if (lookup.equals("iexact")) {
            return new Path<T, Object>(target.bsonPath(), (ValueCodec) target.type().codec())
                    .eq(convert(target.type(), value, Rounding.NONE));
        }
        boolean ignoreCase = lookup.startsWith("i");
        String escaped = lookup.endsWith("regex") ? pattern : StringPath.escape(pattern, lookup);
        String anchored = lookup.endsWith("startswith") ? "^" + escaped : lookup.endsWith("endswith") ? escaped + "\\z" : escaped;
        return StringPath.textOf(target.bsonPath(), anchored, ignoreCase ? "i" : "");
    }

    private static <T> Filter<T> string(StringPath<T> path, String lookup, String value) {
        switch (lookup) {
            case "iexact":
                return path.iExact(value);
            case "contains":
                return path.contains(value);
            case "icontains":
                return path.iContains(value);
            case "startswith":
                return path.startsWith(value);
            case "istartswith":
                return path.iStartsWith(value);
            case "endswith":
                return path.endsWith(value);
            case "iendswith":
                return path.iEndsWith(value);
            case "regex":
                return path.regex(value);
            default:
                return path.iRegex(value);
        }
    }

    private static <T> Filter<T> patternOf(StringPath<T> path, String lookup, F<T> other) {
        switch (lookup) {
            case "iexact":
                return path.iExact(other);
            case "contains":
                return path.contains(other);
            case "icontains":
                return path.iContains(other);
            case "startswith":
                return path.startsWith(other);
            case "istartswith":
                return path.iStartsWith(other);
            case "endswith":
                return path.endsWith(other);
            case "iendswith":
                return path.iEndsWith(other);
            case "regex":
                return path.regex(other);
            default:
                return path.iRegex(other);
        }
    }

    private static <T> Filter<T> array(Parsed parsed, ArrayPath<T, Object> path, String lookup, Object value) {
        FieldType element = parsed.target.type().element();
        if (!lookup.equals("len")) {
            only(parsed, 1);
        }
        switch (lookup) {
            case "exact":
                return value == null ? path.isNull(true) : path.eq(convertAll(element, value));
            case "contains":
                return isCollection(value) ? path.containsAll(convertAll(element, value))
                        : path.contains(convert(element, requireValue(value), Rounding.NONE));
            case "contained_by":
                return path.containedBy(convertAll(element, value));
            case "contains_all":
                return path.containsAll(convertAll(element, value));
            case "overlap":
                return path.overlap(convertAll(element, value));
            case "in": {
                List<Object> items = values(value);
                if (!items.isEmpty() && items.stream().allMatch(item -> item == null || isCollection(item))) {
                    // Django: each value is a whole array, and the field equals one of them
                    List<List<Object>> lists = new ArrayList<>();
                    for (Object item : items) {
                        if (item != null) {
                            lists.add(convertAll(element, item));
                        }
                    }
                    return path.in(lists);
                }
                // a flat list: some element is one of the values, the same as overlap
                return path.overlap(convertAll(element, value));
            }
            case "len": {
                only(parsed, 2);
                String comparison = parsed.lookups.size() > 1 ? parsed.lookups.get(1) : "exact";
                if (!COMPARISONS.contains(comparison)) {
                    throw invalidLookup(parsed, comparison, COMPARISONS);
                }
                return ordered(parsed, path.length(), comparison, value, (item, rounding) -> count(item));
            }
            case "isempty":
                return Conversions.bool(value) ? path.isEmpty() : path.isNotEmpty();
            default:
                throw invalidLookup(parsed, lookup, ARRAYS);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // values are converted to the map's value type before use
    private static <T> Filter<T> map(Parsed parsed, String lookup, Object value) {
        Target target = parsed.target;
        FieldType valueType = target.type().element();
        MapPath<T, Object, Object> path = new MapPath<>(target.bsonPath(), (ValueCodec) valueType.codec(), key -> key);
        switch (lookup) {
            case "exact": {
                if (value == null) {
                    return path.isNull(true);
                }
                Map<String, Object> converted = convertMap(valueType, value);
                return Filters.operator(target.bsonPath(), "$eq", ((ValueCodec) target.type().codec()).toBsonValue(converted));
            }
            case "contains":
                return path.contains(convertMap(valueType, value));
            case "has_key":
                return path.hasKey(key(value));
            case "has_keys":
            case "has_any_keys": {
                List<String> keys = new ArrayList<>();
                for (Object item : values(value)) {
                    keys.add(key(item));
                }
                return lookup.equals("has_keys") ? path.hasKeys(keys) : path.hasAnyKeys(keys);
            }
            default:
                throw invalidLookup(parsed, lookup, MAPS);
        }
    }

    private static <T> Filter<T> datePart(Parsed parsed, DatePath<T, Object> path, String part, String comparison,
            Object value) {
        if (!COMPARISONS.contains(comparison)) {
            throw invalidLookup(parsed, comparison, COMPARISONS);
        }
        if (value instanceof F) {
            throw new IllegalArgumentException("F() is compared with whole fields, not with their " + part);
        }
        switch (part) {
            case "date":
                return ordered(parsed, path.date(), comparison, value, (item, rounding) -> day(item));
            case "time":
                return ordered(parsed, path.time(), comparison, value, (item, rounding) -> time(item));
            default:
                break;
        }
        DatePartPath<T> datePart;
        switch (part) {
            case "year":
                datePart = path.year();
                break;
            case "iso_year":
                datePart = path.isoYear();
                break;
            case "month":
                datePart = path.month();
                break;
            case "day":
                datePart = path.day();
                break;
            case "week":
                datePart = path.week();
                break;
            case "week_day":
                datePart = path.weekDay();
                break;
            case "iso_week_day":
                datePart = path.isoWeekDay();
                break;
            case "quarter":
                datePart = path.quarter();
                break;
            case "hour":
                datePart = path.hour();
                break;
            case "minute":
                datePart = path.minute();
                break;
            default:
                datePart = path.second();
                break;
        }
        // a part is a whole number by nature: "month 1.5" is a mistake, not a value to round
        return ordered(parsed, datePart, comparison, value, (item, rounding) -> count(item));
    }

    /** A converter of one value, told how a whole-number field rounds a fraction for this comparison. */
    private interface Converter<V> {
        V convert(Object value, Rounding rounding);
    }

    /** {@code lookup} ({@code exact}, {@code gt}, ..., {@code range}, {@code in}) on any ordered path. */
    private static <T, V> Filter<T> ordered(Parsed parsed, OrderedPath<T, V> path, String lookup, Object value,
            Converter<V> convert) {
        switch (lookup) {
            case "exact":
                return path.eq(convert.convert(requireValue(value), Rounding.NONE));
            case "gt":
                return path.gt(convert.convert(requireValue(value), Rounding.FLOOR));
            case "gte":
                return path.gte(convert.convert(requireValue(value), Rounding.CEILING));
            case "lt":
                return path.lt(convert.convert(requireValue(value), Rounding.CEILING));
            case "lte":
                return path.lte(convert.convert(requireValue(value), Rounding.FLOOR));
            case "range": {
                List<Object> bounds = values(value);
                if (bounds.size() != 2) {
                    throw new Conversions.Invalid("expected two bounds, [from, to]");
                }
                return path.range(convert.convert(requireValue(bounds.get(0)), Rounding.CEILING),
                        convert.convert(requireValue(bounds.get(1)), Rounding.FLOOR));
            }
            default: {
                List<V> converted = new ArrayList<>();
                for (Object item : values(value)) {
                    if (item != null) {
                        converted.add(convert.convert(item, Rounding.NONE));
                    }
                }
                return path.in(converted);
            }
        }
    }

    private static <T> Filter<T> compareFields(Parsed parsed, ComparablePath<T, Object> path, String lookup, F<T> other) {
        switch (lookup) {
            case "gt":
                return path.gt(other);
            case "gte":
                return path.gte(other);
            case "lt":
                return path.lt(other);
            case "lte":
                return path.lte(other);
            case "exact":
                return F.<T>resolved(parsed.target.bsonPath()).eq(other);
            default:
                throw new IllegalArgumentException("F() is compared with exact, gt, gte, lt, lte and the pattern lookups, not "
                        + lookup);
        }
    }

    // ---- values

    /** The lookups of a field of each kind, computed once. */
    private static final Map<FieldKind, List<String>> VALID = validByKind();

    private static Map<FieldKind, List<String>> validByKind() {
        Map<FieldKind, List<String>> valid = new java.util.EnumMap<>(FieldKind.class);
        for (FieldKind kind : FieldKind.values()) {
            valid.put(kind, List.copyOf(valid(kind)));
        }
        return valid;
    }

    private static List<String> valid(FieldType type) {
        return VALID.get(type.kind());
    }

    private static List<String> valid(FieldKind kind) {
        List<String> valid = new ArrayList<>();
        if (kind == FieldKind.EMBEDDED) {
            return EMBEDDED;
        }
        valid.addAll(COMMON);
        if (kind.isNumeric() || kind.isTemporal() || kind == FieldKind.STRING || kind == FieldKind.OBJECT_ID
                || kind == FieldKind.CHAR) {
            valid.addAll(ORDERED);
        }
        if (kind != FieldKind.BINARY) {
            valid.addAll(PATTERNS);
        }
        if (kind.isTemporal()) {
            valid.addAll(partsOf(kind));
        }
        return valid;
    }

    private static List<String> partsOf(FieldKind kind) {
        return kind == FieldKind.LOCAL_DATE ? DAY_PARTS : DATE_PARTS;
    }

    /** {@code value} as the field's Java type, as Django converts it; otherwise {@link Conversions.Invalid}. */
    private static Object convert(FieldType type, Object value, Rounding rounding) {
        if (value instanceof Collection || value instanceof Map || (value != null && value.getClass().isArray()
                && !(value instanceof byte[]))) {
            throw new Conversions.Invalid("expected a single " + type + " value, not a " + kindOf(value)
                    + " (a value is never an operator or a list, except for in and range)");
        }
        return Conversions.convert(type, value, rounding);
    }

    private static List<Object> convertAll(FieldType element, Object values) {
        List<Object> converted = new ArrayList<>();
        for (Object item : values(values)) {
            converted.add(convert(element, item, Rounding.NONE));
        }
        return converted;
    }

    private static Map<String, Object> convertMap(FieldType valueType, Object value) {
        if (!(value instanceof Map)) {
            throw new Conversions.Invalid("expected a map of keys to " + valueType + " values");
        }
        Map<String, Object> converted = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            converted.put(key(entry.getKey()), convert(valueType, entry.getValue(), Rounding.NONE));
        }
        return converted;
    }

    private static String key(Object key) {
        if (!(key instanceof String)) {
            throw new Conversions.Invalid("expected a key as text, not " + describe(key));
        }
        String problem = Encoding.mapKeyProblem((String) key);
        if (problem != null) {
            throw new Conversions.Invalid("\"" + key + "\" is not a valid map key: " + problem);
        }
        return (String) key;
    }

    /** A count or a date part: a whole number, never rounded. */
    private static int count(Object value) {
        return (int) Conversions.whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, Rounding.NONE);
    }

    private static LocalDate day(Object value) {
        return Conversions.localDate(value);
    }

    private static LocalTime time(Object value) {
        return Conversions.localTime(value);
    }

    private static Object requireValue(Object value) {
        if (value == null) {
            throw new Conversions.Invalid("null matches nothing here; use isnull to find missing values");
        }
        return value;
    }

    private static void only(Parsed parsed, int parts) {
        if (parsed.lookups.size() > parts) {
            throw invalidLookup(parsed, parsed.lookups.get(parts), List.of());
        }
    }

    private static boolean isCollection(Object value) {
        return value instanceof Collection || (value != null && value.getClass().isArray() && !(value instanceof byte[]));
    }

    /** A collection, an array, or a single value, as a list. */
    static List<Object> values(Object value) {
        if (value instanceof Collection) {
            return new ArrayList<>((Collection<?>) value);
        }
        if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        throw new Conversions.Invalid("expected a list or an array of values");
    }

    private static String kindOf(Object value) {
        return value instanceof Map ? "map" : value instanceof Set ? "set" : "list";
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text;
        try {
            text = value.getClass().isArray() && !(value instanceof byte[]) ? values(value).toString()
                    : value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        } catch (RuntimeException e) {
            text = "(" + e.getClass().getSimpleName() + " from toString)";
        }
        String type = value instanceof List ? "List" : value instanceof Set ? "Set"
                : value instanceof Map ? "Map" : value.getClass().isArray() ? "array" : value.getClass().getSimpleName();
        return type + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    // ---- errors

    private static FieldError unknownField(ModelMeta<?> root, String lookup, ModelMeta<?> model, String part) {
        List<String> names = new ArrayList<>();
        for (FieldMeta field : model.fields()) {
            names.add(field.snakeName());
        }
        if (model == root) {
            for (Relations.Reverse reverse : Relations.to(root)) {
                names.add(reverse.name());
            }
        }
        String suggestion = Suggestions.closest(part, names);
        return new FieldError("cannot resolve \"" + part + "\" in \"" + lookup + "\": " + model.name() + " has no such "
                + "field" + (suggestion == null ? "." : "; did you mean \"" + suggestion + "\"?")
                + " Choices are: " + String.join(", ", names)
                + (model == root ? "" : " (fields of " + model.name() + " inside " + root.name() + ")"));
    }

    private static FieldError invalidLookup(Parsed parsed, String lookup, List<String> valid) {
        String suggestion = Suggestions.closest(lookup, valid);
        String field = parsed.target.model() + "." + parsed.target.field();
        return new FieldError("\"" + lookup + "\" in \"" + parsed.lookup + "\" is not a lookup of " + field + " ("
                + parsed.target.type() + ")" + (suggestion == null ? "." : "; did you mean \"" + suggestion + "\"?")
                + (valid.isEmpty() ? "" : " Lookups for this field: " + String.join(", ", new LinkedHashSet<>(valid))));
    }
}
