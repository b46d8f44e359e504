package io.djongo.query;

import io.djongo.FieldError;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Django lookup strings ({@code "blog__name__istartswith"}, {@code "-pub_date"}) resolved against
 * the generated metadata into the same typed paths the generated metamodel uses, so a string
 * lookup and a typed one build identical BSON. Nothing is reflected: names are looked up in
 * {@link ModelMeta#fields()}.
 */
public final class Lookups {
    private Lookups() {}

    private static final List<String> COMMON = List.of("exact", "in", "isnull");
    private static final List<String> ORDERED = List.of("gt", "gte", "lt", "lte", "range");
    private static final List<String> STRINGS = List.of("iexact", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "regex", "iregex");
    private static final List<String> DATE_PARTS = List.of("date", "year", "month", "day", "week_day", "hour", "minute");
    private static final List<String> ARRAYS = List.of("contains", "contains_all", "overlap", "len", "isempty");

    /** A field reached by a lookup: its dotted BSON path and type. */
    record Target(String bsonPath, FieldType type, String model, String field) {}

    /** The filter {@code lookup = value} on {@code meta}'s model: {@code ("rating__gte", 4)}. */
    public static <T> Filter<T> filter(ModelMeta<T> meta, String lookup, Object value) {
        Parsed parsed = parse(meta, lookup);
        Object resolved = value;
        if (value instanceof F && ((F<?>) value).unresolvedField() != null) {
            resolved = F.resolved(field(meta, ((F<?>) value).unresolvedField()).bsonPath());
        }
        try {
            return build(parsed, resolved);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw new FieldError(meta.name() + ": " + lookup + " cannot take " + describe(value) + ": " + e.getMessage());
        }
    }

    /** An ordering key: {@code "pub_date"}, {@code "-pub_date"}, {@code "blog__name"}. */
    public static <T> Sort<T> sort(ModelMeta<T> meta, String key) {
        boolean descending = key.startsWith("-");
        String name = descending ? key.substring(1) : key;
        Parsed parsed = parse(meta, name);
        if (!parsed.lookups.isEmpty()) {
            throw new FieldError(meta.name() + " cannot be ordered by \"" + key + "\": " + parsed.lookups
                    + " is not a field; order by a field path such as \"-pub_date\" or \"blog__name\"");
        }
        return new Sort<>(parsed.target.bsonPath(), descending);
    }

    /** The BSON path and type of a field path such as {@code "blog__name"} (no lookup allowed). */
    static Target field(ModelMeta<?> meta, String name) {
        Parsed parsed = parse(meta, name);
        if (!parsed.lookups.isEmpty()) {
            throw new FieldError(meta.name() + " has no field \"" + name + "\": " + parsed.lookups + " is not a field");
        }
        return parsed.target;
    }

    private record Parsed(String lookup, Target target, List<String> lookups) {}

    private static Parsed parse(ModelMeta<?> root, String lookup) {
        if (lookup == null || lookup.isEmpty()) {
            throw new FieldError(root.name() + ": a lookup needs a field name, such as \"headline\" or \"rating__gte\"");
        }
        String[] parts = lookup.split("__", -1);
        ModelMeta<?> model = root;
        FieldType type = null;
        StringBuilder path = new StringBuilder();
        String lastModel = root.name();
        String lastField = null;
        int i = 0;
        for (; i < parts.length; i++) {
            String part = parts[i];
            ModelMeta<?> context = modelOf(type, root);
            if (context != null && type != null && type.kind() != FieldKind.EMBEDDED && part.matches("\\d+")) {
                append(path, part); // authors__0__name: the element at an index of a list of models
                type = type.element();
                continue;
            }
            if (context != null) {
                FieldMeta field = find(context, part);
                if (field != null) {
                    append(path, field.bsonName());
                    type = field.type();
                    lastModel = context.name();
                    lastField = field.name();
                    continue;
                }
                if (type == null) {
                    throw unknownField(root, lookup, context, part);
                }
                if (!isLookup(part)) {
                    throw unknownField(root, lookup, context, part);
                }
                break;
            }
            if (type.kind() == FieldKind.MAP && !isLookup(part)) {
                if (part.isEmpty() || part.startsWith("$") || part.contains(".")) {
                    throw new FieldError(root.name() + ": \"" + part + "\" in \"" + lookup + "\" is not a valid map key");
                }
                append(path, part);
                type = type.element();
                continue;
            }
            if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) && part.matches("\\d+")) {
                append(path, part);
                type = type.element();
                continue;
            }
            break;
        }
        List<String> lookups = List.copyOf(Arrays.asList(parts).subList(i, parts.length));
        return new Parsed(lookup, new Target(path.toString(), type, lastModel, lastField), lookups);
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

    private static FieldMeta find(ModelMeta<?> model, String part) {
        FieldMeta byName = model.field(part).orElse(null);
        if (byName != null) {
            return byName;
        }
        for (FieldMeta field : model.fields()) {
            if (snakeCase(field.name()).equals(part) || field.bsonName().equals(part)) {
                return field;
            }
        }
        return null;
    }

    private static boolean isLookup(String part) {
        return COMMON.contains(part) || ORDERED.contains(part) || STRINGS.contains(part) || DATE_PARTS.contains(part)
                || ARRAYS.contains(part);
    }

    private static void append(StringBuilder path, String key) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(key);
    }

    // ---- building the filter with the typed paths

    @SuppressWarnings({"unchecked", "rawtypes"}) // values are checked against the field type before use
    private static <T> Filter<T> build(Parsed parsed, Object value) {
        Target target = parsed.target;
        FieldType type = target.type();
        List<String> lookups = parsed.lookups;
        String lookup = lookups.isEmpty() ? "exact" : lookups.get(0);
        if (type.kind().isTemporal() && DATE_PARTS.contains(lookup)) {
            String comparison = lookups.size() > 1 ? lookups.get(1) : "exact";
            if (lookups.size() > 2) {
                throw invalidLookup(parsed, lookups.get(2), List.of());
            }
            return datePart(parsed, new DatePath<T, Object>(target.bsonPath(), (ValueCodec) type.codec()), lookup,
                    comparison, value);
        }
        if (lookups.size() > 1) {
            throw invalidLookup(parsed, lookups.get(1), List.of());
        }
        if (lookup.equals("isnull")) {
            return new Path<T, Object>(target.bsonPath(), (ValueCodec) type.codec()).isNull(bool(value));
        }
        if (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) {
            return array(parsed, new ArrayPath<T, Object>(target.bsonPath(), (ValueCodec) type.element().codec()),
                    lookup, value);
        }
        if (!valid(type).contains(lookup)) {
            throw invalidLookup(parsed, lookup, valid(type));
        }
        if (type.kind() == FieldKind.STRING && STRINGS.contains(lookup)) {
            return string(new StringPath<>(target.bsonPath()), lookup, (String) convert(parsed, type, value));
        }
        if (ORDERED.contains(lookup)) {
            ComparablePath<T, Object> path = new ComparablePath<>(target.bsonPath(), (ValueCodec) type.codec());
            if (value instanceof F) {
                return compareFields(parsed, path, lookup, (F<T>) value);
            }
            return ordered(parsed, path, lookup, value, item -> convert(parsed, type, item));
        }
        Path<T, Object> path = new Path<>(target.bsonPath(), (ValueCodec) type.codec());
        if (lookup.equals("in") && value instanceof Subquery) {
            return path.in((Subquery<?>) value);
        }
        if (lookup.equals("in")) {
            List<Object> converted = new ArrayList<>();
            for (Object item : values(value)) {
                converted.add(convert(parsed, type, item));
            }
            return path.in(converted);
        }
        if (value instanceof F) {
            return compareFields(parsed, new ComparablePath<>(target.bsonPath(), (ValueCodec) type.codec()), "exact",
                    (F<T>) value);
        }
        return path.eq(convert(parsed, type, value));
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

    private static <T> Filter<T> array(Parsed parsed, ArrayPath<T, Object> path, String lookup, Object value) {
        FieldType element = parsed.target.type().element();
        switch (lookup) {
            case "exact":
                return value == null ? path.isNull(true) : path.eq(convertAll(parsed, element, value));
            case "contains":
                return value instanceof Collection || (value != null && value.getClass().isArray())
                        ? path.containsAll(convertAll(parsed, element, value))
                        : path.contains(convert(parsed, element, value));
            case "contains_all":
                return path.containsAll(convertAll(parsed, element, value));
            case "overlap":
            case "in":
                return path.overlap(convertAll(parsed, element, value));
            case "len":
                return path.size(((Number) requireValue(parsed, value)).intValue());
            case "isempty":
                return bool(value) ? path.isEmpty() : path.isNotEmpty();
            default:
                throw invalidLookup(parsed, lookup, List.of("exact", "isnull", "contains", "contains_all", "overlap",
                        "in", "len", "isempty"));
        }
    }

    private static <T> Filter<T> datePart(Parsed parsed, DatePath<T, Object> path, String part, String comparison,
            Object value) {
        if (!List.of("exact", "gt", "gte", "lt", "lte", "in", "range").contains(comparison)) {
            throw invalidLookup(parsed, comparison, List.of("exact", "gt", "gte", "lt", "lte", "in", "range"));
        }
        if (part.equals("date")) {
            return ordered(parsed, path.date(), comparison, value, item -> localDate(parsed, item));
        }
        DatePartPath<T> datePart;
        switch (part) {
            case "year":
                datePart = path.year();
                break;
            case "month":
                datePart = path.month();
                break;
            case "day":
                datePart = path.day();
                break;
            case "week_day":
                datePart = path.weekDay();
                break;
            case "hour":
                datePart = path.hour();
                break;
            default:
                datePart = path.minute();
                break;
        }
        return ordered(parsed, datePart, comparison, value, item -> integer(parsed, item));
    }

    /** {@code lookup} ({@code exact}, {@code gt}, ..., {@code range}, {@code in}) on any ordered path. */
    private static <T, V> Filter<T> ordered(Parsed parsed, OrderedPath<T, V> path, String lookup, Object value,
            java.util.function.Function<Object, V> convert) {
        switch (lookup) {
            case "exact":
                return path.eq(convert.apply(value));
            case "gt":
                return path.gt(convert.apply(value));
            case "gte":
                return path.gte(convert.apply(value));
            case "lt":
                return path.lt(convert.apply(value));
            case "lte":
                return path.lte(convert.apply(value));
            case "range": {
                List<Object> bounds = values(value);
                if (bounds.size() != 2) {
                    throw new FieldError(parsed.lookup + " takes two bounds, [from, to], not " + describe(value));
                }
                return path.range(convert.apply(bounds.get(0)), convert.apply(bounds.get(1)));
            }
            default: {
                List<V> converted = new ArrayList<>();
                for (Object item : values(value)) {
                    converted.add(convert.apply(item));
                }
                return path.in(converted);
            }
        }
    }

    private static <T> Filter<T> compareFields(Parsed parsed, ComparablePath<T, Object> path, String lookup, F<T> other) {
        F<T> resolved = other;
        switch (lookup) {
            case "gt":
                return path.gt(resolved);
            case "gte":
                return path.gte(resolved);
            case "lt":
                return path.lt(resolved);
            case "lte":
                return path.lte(resolved);
            default:
                return F.<T>resolved(parsed.target.bsonPath()).eq(resolved);
        }
    }

    // ---- values

    private static List<String> valid(FieldType type) {
        List<String> valid = new ArrayList<>(COMMON);
        FieldKind kind = type.kind();
        if (kind.isNumeric() || kind.isTemporal() || kind == FieldKind.STRING || kind == FieldKind.OBJECT_ID
                || kind == FieldKind.CHAR) {
            valid.addAll(ORDERED);
        }
        if (kind == FieldKind.STRING) {
            valid.addAll(STRINGS);
        }
        if (kind.isTemporal()) {
            valid.addAll(DATE_PARTS);
        }
        return valid;
    }

    /**
     * {@code value} as the field's Java type: the value itself when it has that type, a number
     * converted without loss, or text parsed for the admin's URL filters; otherwise an error.
     */
    private static Object convert(Parsed parsed, FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        Class<?> target = boxed(type.javaType());
        if (target.isInstance(value)) {
            return value;
        }
        try {
            Object converted = Conversions.convert(type, value);
            if (converted != null) {
                return converted;
            }
        } catch (RuntimeException e) {
            throw new FieldError(parsed.target.model() + "." + parsed.target.field() + " (" + type + "): "
                    + parsed.lookup + " cannot take " + describe(value) + ": " + e.getMessage());
        }
        throw new FieldError(parsed.target.model() + "." + parsed.target.field() + " holds " + type + " values; "
                + parsed.lookup + " cannot take " + describe(value));
    }

    private static List<Object> convertAll(Parsed parsed, FieldType element, Object values) {
        List<Object> converted = new ArrayList<>();
        for (Object item : values(values)) {
            converted.add(convert(parsed, element, item));
        }
        return converted;
    }

    private static Object requireValue(Parsed parsed, Object value) {
        if (value == null) {
            throw new FieldError(parsed.lookup + " needs a value, not null");
        }
        return value;
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String && Set.of("true", "false", "1", "0").contains(((String) value).toLowerCase(Locale.ROOT))) {
            String text = ((String) value).toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("1");
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static int integer(Parsed parsed, Object value) {
        Object converted = Conversions.convert(FieldType.scalar(FieldKind.INT, int.class), requireValue(parsed, value));
        return (Integer) converted;
    }

    private static LocalDate localDate(Parsed parsed, Object value) {
        if (requireValue(parsed, value) instanceof LocalDate) {
            return (LocalDate) value;
        }
        Object converted = Conversions.convert(FieldType.scalar(FieldKind.LOCAL_DATE, LocalDate.class), value);
        if (converted == null) {
            throw new IllegalArgumentException("expected a LocalDate or text such as 2024-03-01");
        }
        return (LocalDate) converted;
    }

    /** A collection, an array, or a single value, as a list. */
    static List<Object> values(Object value) {
        if (value instanceof Collection) {
            return new ArrayList<>((Collection<?>) value);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        throw new IllegalArgumentException("expected a collection or an array");
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        String type = value instanceof List ? "List" : value instanceof Set ? "Set"
                : value instanceof java.util.Map ? "Map" : value.getClass().getSimpleName();
        return type + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    // ---- errors

    private static FieldError unknownField(ModelMeta<?> root, String lookup, ModelMeta<?> model, String part) {
        List<String> names = new ArrayList<>();
        for (FieldMeta field : model.fields()) {
            names.add(snakeCase(field.name()));
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
                + (valid.isEmpty() ? "" : " Lookups for this field: " + String.join(", ", valid)));
    }

    /** {@code pubDate} → {@code pub_date}, as Django spells field names. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
