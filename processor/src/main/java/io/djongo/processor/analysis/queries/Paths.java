package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.ValueKind;
import io.djongo.processor.model.queries.TypedFilter.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves the field part of a Django lookup ({@code blog__name} of {@code blog__name__istartswith})
 * against the models, as the runtime's {@code Lookups} does: fields by Java name, snake_case name or
 * document key ({@code pk} for the id), through embedded models, elements of arrays of models
 * ({@code authors__name}), indexes ({@code tags__0}, {@code authors__0__name}) and map keys
 * ({@code votes__up}); a reference ({@code Ref}, {@code RefList}) leads into its target as a
 * relation. What follows the fields is the lookup.
 */
final class Paths {
    static final List<String> COMMON = List.of("exact", "iexact", "in", "isnull");
    static final List<String> ORDERED = List.of("gt", "gte", "lt", "lte", "range");
    static final List<String> PATTERNS = List.of("contains", "icontains", "startswith", "istartswith", "endswith",
            "iendswith", "regex", "iregex");
    static final List<String> DATE_PARTS = List.of("date", "year", "iso_year", "month", "day", "week", "week_day",
            "iso_week_day", "quarter", "hour", "minute", "second", "time");
    static final List<String> DAY_PARTS = List.of("year", "iso_year", "month", "day", "week", "week_day", "iso_week_day",
            "quarter");
    static final List<String> COMPARISONS = List.of("exact", "gt", "gte", "lt", "lte", "in", "range");
    static final List<String> ARRAYS = List.of("exact", "isnull", "in", "contains", "contained_by", "contains_all",
            "overlap", "len", "isempty");
    static final List<String> MAPS = List.of("exact", "isnull", "contains", "has_key", "has_keys", "has_any_keys");
    static final List<String> EMBEDDED = List.of("exact", "isnull", "in");
    static final List<String> REFERENCES = List.of("exact", "isnull", "in");

    private final Function<ClassName, List<FieldModel>> fieldsOf;

    Paths(Function<ClassName, List<FieldModel>> fieldsOf) {
        this.fieldsOf = fieldsOf;
    }

    List<FieldModel> fields(ClassName model) {
        return fieldsOf.apply(model);
    }

    /**
     * A field reached by a lookup.
     *
     * @param bsonPath its dotted path in the document
     * @param type its type
     * @param model the simple name of the model that declares it
     * @param field its Java name
     * @param mapValue whether it is the value under a map key, whose {@code isnull} is about the key
     * @param root the companion of the queried model, where typed paths start
     * @param steps the typed path from the root
     */
    record Target(String bsonPath, FieldType type, String model, String field, boolean mapValue, ClassName root,
            List<Step> steps) {}

    /**
     * A lookup split into the field it reaches and what follows.
     *
     * @param target the field
     * @param lookups the lookup parts after the field ({@code ["year", "gte"]})
     * @param lookupAt the position of each lookup part
     * @param relation the rest of the lookup when it continues into a reference's target, else {@code null}
     */
    record Parsed(String lookup, Target target, List<String> lookups, List<Integer> lookupAt, Relation relation) {
        /** {@code Entry.rating (int)}, for messages. */
        String field() {
            return target.model() + "." + target.field() + " (" + simpleType(target.type()) + ")";
        }
    }

    /** A lookup that continues through a reference field into its target: {@code category__name__startswith}. */
    record Relation(Target reference, String rest, int restAt) {}

    /**
     * {@code lookup}, starting at {@code at} in the text it comes from, resolved on {@code root}.
     *
     * @throws Problem for a field that does not exist, naming the closest one
     */
    Parsed parse(ClassName root, String lookup, int at, String where) {
        String[] parts = lookup.split("__", -1);
        int[] starts = new int[parts.length];
        for (int i = 0, offset = at; i < parts.length; i++) {
            starts[i] = offset;
            offset += parts[i].length() + 2;
        }
        FieldType type = null;
        StringBuilder path = new StringBuilder();
        String lastModel = root.simpleName();
        String lastField = null;
        boolean mapValue = false;
        List<Step> steps = new ArrayList<>();
        ClassName companion = GeneratedNames.companion(root);
        int i = 0;
        for (; i < parts.length; i++) {
            String part = parts[i];
            ClassName context = modelOf(type, root);
            if (context != null && type != null && type.kind() != ValueKind.EMBEDDED && part.matches("\\d+")) {
                append(path, part);
                steps.add(Step.method("at", part));
                type = type.element();
                mapValue = false;
                continue;
            }
            if (context != null) {
                FieldModel field = find(fields(context), part, type == null);
                if (field != null) {
                    if (type != null && type.kind() != ValueKind.EMBEDDED) {
                        steps.add(Step.method("any"));
                    }
                    append(path, field.bsonName());
                    steps.add(field.pathIsMethod() ? Step.method(field.name()) : Step.field(field.name()));
                    type = field.type();
                    lastModel = context.simpleName();
                    lastField = field.name();
                    mapValue = false;
                    continue;
                }
                if (type == null || !isLookup(part)) {
                    throw unknownField(where, part, starts[i], context, lookup);
                }
                break;
            }
            if (type.kind() == ValueKind.MAP && !isLookup(part)) {
                String problem = io.djongo.processor.analysis.Names.invalidKeyReason(part);
                if (problem != null) {
                    throw new Problem(Diagnostic.QUERY_SYNTAX, starts[i], Math.max(1, part.length()), where,
                            "\"" + part + "\" is not a valid map key: " + problem, "Write a plain key, such as votes__up");
                }
                append(path, part);
                steps.add(Step.method("get", "\"" + part + "\""));
                type = type.element();
                mapValue = true;
                continue;
            }
            if ((type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET) && part.matches("\\d+")) {
                append(path, part);
                steps.add(Step.method("index", part));
                type = type.element();
                mapValue = false;
                continue;
            }
            if (type.kind().isReference() && !isLookup(part)) {
                Target reference = new Target(path.toString(), type, lastModel, lastField, false, companion, steps);
                String rest = lookup.substring(starts[i] - at);
                return new Parsed(lookup, reference, List.of(), List.of(), new Relation(reference, rest, starts[i]));
            }
            break;
        }
        List<String> lookups = new ArrayList<>();
        List<Integer> lookupAt = new ArrayList<>();
        for (int j = i; j < parts.length; j++) {
            lookups.add(parts[j]);
            lookupAt.add(starts[j]);
        }
        return new Parsed(lookup, new Target(path.toString(), type, lastModel, lastField, mapValue, companion, steps),
                lookups, lookupAt, null);
    }

    /** A field path without lookups, for ordering and projections: {@code blog__name}, {@code pk}. */
    Target field(ClassName root, String name, int at, String where) {
        Parsed parsed = parse(root, name, at, where);
        if (parsed.relation() != null) {
            throw new Problem(Diagnostic.QUERY_SYNTAX, parsed.relation().restAt(), parsed.relation().rest().length(), where,
                    "\"" + parsed.relation().rest() + "\" is a field of the model " + parsed.target().field()
                            + " refers to, not of " + root.simpleName(), "Name a field of " + root.simpleName()
                            + " itself, such as " + parsed.target().field());
        }
        if (!parsed.lookups().isEmpty()) {
            int start = parsed.lookupAt().get(0);
            throw new Problem(Diagnostic.QUERY_SYNTAX, start, at + name.length() - start, where,
                    "\"" + String.join("__", parsed.lookups()) + "\" is a lookup, not a field of " + parsed.field(),
                    "Name a field path, such as pub_date or blog__name");
        }
        return parsed.target();
    }

    /** The model whose fields the next part names: the root, an embedded model, or the element model of an array. */
    private static ClassName modelOf(FieldType type, ClassName root) {
        if (type == null) {
            return root;
        }
        if (type.kind() == ValueKind.EMBEDDED) {
            return type.modelClass();
        }
        if ((type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET) && type.element().kind() == ValueKind.EMBEDDED) {
            return type.element().modelClass();
        }
        return null;
    }

    /** The field named {@code part}: by Java name, snake_case name or document key; {@code pk} is the id. */
    static FieldModel find(List<FieldModel> fields, String part, boolean top) {
        for (FieldModel field : fields) {
            if (field.name().equals(part)) {
                return field;
            }
        }
        for (FieldModel field : fields) {
            if (snakeCase(field.name()).equals(part) || field.bsonName().equals(part)) {
                return field;
            }
        }
        if (top && part.equals("pk")) {
            for (FieldModel field : fields) {
                if (field.id()) {
                    return field;
                }
            }
        }
        return null;
    }

    static boolean isLookup(String part) {
        return COMMON.contains(part) || ORDERED.contains(part) || PATTERNS.contains(part) || DATE_PARTS.contains(part)
                || ARRAYS.contains(part) || MAPS.contains(part);
    }

    private Problem unknownField(String where, String part, int at, ClassName model, String lookup) {
        List<String> names = new ArrayList<>();
        for (FieldModel field : fields(model)) {
            names.add(snakeCase(field.name()));
        }
        return new Problem(Diagnostic.UNKNOWN_FIELD, at, part.length(), where, part, model.simpleName(),
                Closest.suggestion(part, names), String.join(", ", names));
    }

    private static void append(StringBuilder path, String key) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(key);
    }

    /** {@code pubDate} → {@code pub_date}, as Django spells field names (and the runtime's lookups accept them). */
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

    /** A field type as people write it: {@code int}, {@code List<String>}, {@code Blog}. */
    static String simpleType(FieldType type) {
        return JavaType.simple(type.typeName());
    }
}
