package io.djongo.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.djongo.annotations.Model;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.IndexModel;
import io.djongo.processor.model.Literal;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import org.bson.BsonDocument;
import org.bson.json.JsonParseException;

/**
 * Resolves the parts of a {@code @Model} whose paths go through other models: the default
 * ordering ({@code @Model(ordering)}) and the indexes ({@code @Model(indexes)} and the
 * {@code index}/{@code unique} options of its fields and of the fields of the models it embeds).
 * Runs once every model of the round is analysed, so paths into embedded models resolve; each
 * problem is reported on the annotation value that holds it.
 */
public final class SchemaAnalyzer {
    private static final String MODEL = Model.class.getCanonicalName();

    private final Elements elements;
    private final Reporter reporter;
    private final Function<ClassName, List<FieldModel>> fieldsOf;

    /** @param fieldsOf the fields of any model class, from this compilation or an earlier one */
    public SchemaAnalyzer(Elements elements, Reporter reporter, Function<ClassName, List<FieldModel>> fieldsOf) {
        this.elements = elements;
        this.reporter = reporter;
        this.fieldsOf = fieldsOf;
    }

    /** {@code model} with its ordering and indexes resolved, or {@code null} when they have errors (reported). */
    public ModelClass resolve(ModelClass model) {
        if (model.kind() != ModelKind.MODEL) {
            return model;
        }
        int errors = reporter.errorCount();
        model = referenceDefaults(model);
        AnnotationMirror annotation = Annotations.find(model.element(), MODEL).orElseThrow();
        List<String> ordering = ordering(model, annotation);
        List<IndexModel> indexes = new ArrayList<>();
        fieldIndexes(model, model.fields(), "", new HashSet<>(List.of(model.className())), indexes);
        declaredIndexes(model, annotation, indexes);
        List<IndexModel> unique = deduplicate(model, annotation, indexes);
        if (reporter.errorCount() > errors) {
            return null;
        }
        return model.withOptions(model.options().withIndexesAndOrdering(unique, ordering));
    }

    // ---- defaults of references

    /**
     * A reference's {@code @Field(defaultValue)} is an id of the target, so it is checked against
     * the target's id type, known once the target is analysed.
     */
    private ModelClass referenceDefaults(ModelClass model) {
        List<FieldModel> fields = new ArrayList<>();
        boolean changed = false;
        for (FieldModel field : model.fields()) {
            Literal literal = field.options().defaultValue();
            if (literal == null || field.type().kind() != ValueKind.REFERENCE) {
                fields.add(field);
                continue;
            }
            FieldType idType = null;
            for (FieldModel candidate : fieldsOf.apply(field.type().modelClass())) {
                if (candidate.id()) {
                    idType = candidate.type();
                }
            }
            if (idType == null) {
                fields.add(field);
                continue;
            }
            try {
                Literal parsed = Literal.parse(idType, literal.text());
                fields.add(field.withOptions(field.options().withDefaultValue(parsed)));
                changed = true;
            } catch (IllegalArgumentException e) {
                reporter.report(Diagnostic.BAD_DEFAULT, field.element(), literal.text(), field.name(),
                        "an id of " + field.type().modelClass().simpleName() + " (" + Reporter.simpleNames(
                                idType.typeName().toString()) + ")", e.getMessage());
            }
        }
        return changed ? model.withFields(fields) : model;
    }

    // ---- ordering

    private List<String> ordering(ModelClass model, AnnotationMirror annotation) {
        AnnotationValue value = Annotations.value(elements, annotation, "ordering");
        List<String> keys = new ArrayList<>();
        for (AnnotationValue entry : Annotations.array(value)) {
            String key = ((String) entry.getValue()).trim();
            boolean descending = key.startsWith("-");
            String path = descending ? key.substring(1) : key;
            if (path.isEmpty() || path.equals("?")) {
                reporter.report(Diagnostic.BAD_PATH, model.element(), annotation, entry, "@Model(ordering)", key,
                        model.className().simpleName(), path.equals("?") ? "random order is not supported"
                                : "it names no field", "Write a field path such as \"-pubDate\" or \"blog.name\"");
                continue;
            }
            Resolved resolved = resolve(model, annotation, entry, "@Model(ordering)", path, false);
            if (resolved != null) {
                keys.add((descending ? "-" : "") + resolved.bsonPath);
            }
        }
        return keys;
    }

    // ---- indexes of fields

    /** {@code @Field(index = true)} and {@code @Field(unique = true)}, through embedded models and arrays of them. */
    private void fieldIndexes(ModelClass model, List<FieldModel> fields, String prefix, Set<ClassName> seen,
            List<IndexModel> into) {
        for (FieldModel field : fields) {
            String path = prefix + field.bsonName();
            // A reference is indexed, as Django indexes a ForeignKey; a one-to-one uniquely.
            boolean reference = field.type().kind().isReference();
            boolean unique = field.options().unique() || (field.relation() != null && field.relation().oneToOne());
            if (unique || field.options().index() || reference) {
                if (field.id()) {
                    continue; // _id is always indexed, and unique
                }
                into.add(new IndexModel(List.of(new IndexModel.Key(path, 1)), null, unique, false, null, -1,
                        null, null, null));
            }
            FieldType type = field.type();
            FieldType modelType = type.kind() == ValueKind.EMBEDDED ? type
                    : type.isModelArray() ? type.element() : null;
            if (modelType != null && seen.add(modelType.modelClass())) {
                fieldIndexes(model, fieldsOf.apply(modelType.modelClass()), path + ".", seen, into);
                seen.remove(modelType.modelClass());
            }
        }
    }

    // ---- @Model(indexes)

    private void declaredIndexes(ModelClass model, AnnotationMirror annotation, List<IndexModel> into) {
        for (AnnotationValue value : Annotations.array(Annotations.value(elements, annotation, "indexes"))) {
            IndexModel index = index(model, annotation, (AnnotationMirror) value.getValue());
            if (index != null) {
                into.add(index);
            }
        }
    }

    private IndexModel index(ModelClass model, AnnotationMirror modelAnnotation, AnnotationMirror index) {
        String modelName = model.className().simpleName();
        AnnotationValue fieldsValue = Annotations.value(elements, index, "fields");
        List<? extends AnnotationValue> fields = Annotations.array(fieldsValue);
        String type = ((VariableElement) Annotations.value(elements, index, "type").getValue()).getSimpleName().toString();
        boolean unique = (Boolean) Annotations.value(elements, index, "unique").getValue();
        boolean sparse = (Boolean) Annotations.value(elements, index, "sparse").getValue();
        long ttl = (Long) Annotations.value(elements, index, "expireAfterSeconds").getValue();
        String name = (String) Annotations.value(elements, index, "name").getValue();
        String partialFilter = json(model, modelAnnotation, index, "partialFilter");
        String collation = json(model, modelAnnotation, index, "collation");
        String language = (String) Annotations.value(elements, index, "defaultLanguage").getValue();
        if (fields.isEmpty()) {
            bad(model, modelAnnotation, fieldsValue, "fields is empty", "Name at least one field");
            return null;
        }
        if (partialFilter == BAD_JSON || collation == BAD_JSON) {
            return null;
        }
        if (collation != null && !BsonDocument.parse(collation).containsKey("locale")) {
            bad(model, modelAnnotation, Annotations.explicit(index, "collation"), "the collation has no locale",
                    "Give at least {locale: 'en'}");
            return null;
        }
        List<IndexModel.Key> keys = new ArrayList<>();
        Map<String, FieldType> keyTypes = new LinkedHashMap<>();
        for (AnnotationValue entry : fields) {
            String written = ((String) entry.getValue()).trim();
            boolean descending = written.startsWith("-");
            String path = descending ? written.substring(1) : written;
            if (type.equals("WILDCARD")) {
                String resolved = wildcard(model, modelAnnotation, entry, path);
                if (resolved == null) {
                    return null;
                }
                keys.add(new IndexModel.Key(resolved, 1));
                continue;
            }
            Resolved resolved = resolve(model, modelAnnotation, entry, "@Index(fields)", path, true);
            if (resolved == null) {
                return null;
            }
            if (resolved.bsonPath.equals("_id") && fields.size() == 1 && type.equals("ORDERED")) {
                bad(model, modelAnnotation, entry, "the id is always indexed, by the index _id_", "Remove this index");
                return null;
            }
            if (descending && !type.equals("ORDERED")) {
                bad(model, modelAnnotation, entry, "\"-\" orders a key, but " + type + " indexes have no order",
                        "Remove the \"-\"");
                return null;
            }
            Object value = switch (type) {
                case "TEXT" -> "text";
                case "GEO_2DSPHERE" -> "2dsphere";
                case "HASHED" -> "hashed";
                default -> descending ? -1 : 1;
            };
            if (keyTypes.put(resolved.bsonPath, resolved.type) != null) {
                bad(model, modelAnnotation, entry, "the field " + path + " is named twice", "Name each field once");
                return null;
            }
            keys.add(new IndexModel.Key(resolved.bsonPath, value));
        }
        AnnotationValue where = fieldsValue;
        if (type.equals("HASHED") || type.equals("WILDCARD")) {
            if (keys.size() != 1) {
                bad(model, modelAnnotation, where, type + " indexes have exactly one field", "Name one field");
                return null;
            }
            if (unique) {
                bad(model, modelAnnotation, where, type + " indexes cannot be unique", "Remove unique");
                return null;
            }
        }
        if (type.equals("TEXT")) {
            for (Map.Entry<String, FieldType> key : keyTypes.entrySet()) {
                FieldType keyType = key.getValue();
                boolean text = keyType.kind() == ValueKind.STRING
                        || (keyType.element() != null && keyType.element().kind() == ValueKind.STRING);
                if (!text) {
                    bad(model, modelAnnotation, where, "the text index names " + key.getKey() + ", which holds "
                            + Reporter.simpleNames(keyType.typeName().toString()) + ", not text", "Index only String fields, or lists of them, for text");
                    return null;
                }
            }
        }
        String weights = weights(model, modelAnnotation, index, type, keys);
        if (weights == BAD_JSON) {
            return null;
        }
        if (!language.isEmpty() && !type.equals("TEXT")) {
            bad(model, modelAnnotation, Annotations.explicit(index, "defaultLanguage"),
                    "defaultLanguage is set on a " + type + " index", "Remove it, or make the index type = TEXT");
            return null;
        }
        if (ttl != -1) {
            AnnotationValue ttlValue = Annotations.explicit(index, "expireAfterSeconds");
            FieldType keyType = keyTypes.isEmpty() ? null : keyTypes.values().iterator().next();
            if (ttl < 0) {
                bad(model, modelAnnotation, ttlValue, "expireAfterSeconds = " + ttl + " is negative",
                        "Use 0 or more seconds, or -1 for no expiry");
                return null;
            }
            if (keys.size() != 1 || keyType == null || !isDate(keyType)) {
                bad(model, modelAnnotation, ttlValue, "a TTL index expires documents by the date in its one field",
                        "Index exactly one Instant, Date, LocalDate or LocalDateTime field");
                return null;
            }
        }
        return new IndexModel(keys, name.isEmpty() ? null : name, unique, sparse, partialFilter, ttl, collation, weights,
                language.isEmpty() ? null : language);
    }

    /** Marks JSON that failed to parse; compared by identity. */
    private static final String BAD_JSON = new String("(bad json)");

    /** A JSON member of {@code @Index}, parsed to check it; {@code null} when empty, {@link #BAD_JSON} when reported. */
    private String json(ModelClass model, AnnotationMirror modelAnnotation, AnnotationMirror index, String member) {
        String text = ((String) Annotations.value(elements, index, member).getValue()).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return BsonDocument.parse(text).toJson();
        } catch (JsonParseException | org.bson.BsonInvalidOperationException e) {
            bad(model, modelAnnotation, Annotations.explicit(index, member), member + " = \"" + text
                    + "\" is not a JSON document (" + e.getMessage() + ")",
                    "Write it in MongoDB's JSON syntax, such as \"{rating: {$gt: 3}}\"");
            return BAD_JSON;
        }
    }

    private String weights(ModelClass model, AnnotationMirror modelAnnotation, AnnotationMirror index, String type,
            List<IndexModel.Key> keys) {
        AnnotationValue value = Annotations.value(elements, index, "weights");
        List<? extends AnnotationValue> entries = Annotations.array(value);
        if (entries.isEmpty()) {
            return null;
        }
        if (!type.equals("TEXT")) {
            bad(model, modelAnnotation, value, "weights are set on a " + type + " index",
                    "Remove them, or make the index type = TEXT");
            return BAD_JSON;
        }
        BsonDocument weights = new BsonDocument();
        for (AnnotationValue entry : entries) {
            String text = (String) entry.getValue();
            int equals = text.indexOf('=');
            String field = equals < 0 ? "" : text.substring(0, equals).trim();
            Integer weight = null;
            try {
                weight = equals < 0 ? null : Integer.valueOf(text.substring(equals + 1).trim());
            } catch (NumberFormatException e) {
                weight = null;
            }
            Resolved resolved = weight == null || weight < 1 ? null
                    : resolve(model, modelAnnotation, entry, "@Index(weights)", field, true);
            if (weight == null || weight < 1) {
                bad(model, modelAnnotation, entry, "\"" + text + "\" is not field=weight", "Write a field and a whole "
                        + "number of 1 or more, such as \"headline=10\"");
                return BAD_JSON;
            }
            if (resolved == null) {
                return BAD_JSON;
            }
            if (keys.stream().noneMatch(key -> key.path().equals(resolved.bsonPath))) {
                bad(model, modelAnnotation, entry, "the weight of " + field + " names a field the index does not have",
                        "Add it to fields, or remove its weight");
                return BAD_JSON;
            }
            weights.append(resolved.bsonPath, new org.bson.BsonInt32(weight));
        }
        return weights.toJson();
    }

    private String wildcard(ModelClass model, AnnotationMirror modelAnnotation, AnnotationValue entry, String path) {
        if (path.equals("$**")) {
            return path;
        }
        if (!path.endsWith(".$**")) {
            bad(model, modelAnnotation, entry, "a wildcard index takes \"$**\" or a path ending in \".$**\", not \"" + path
                    + "\"", "Write \"$**\" for every field, or \"attributes.$**\" for one sub-document");
            return null;
        }
        Resolved resolved = resolve(model, modelAnnotation, entry, "@Index(fields)",
                path.substring(0, path.length() - 4), true);
        return resolved == null ? null : resolved.bsonPath + ".$**";
    }

    /** Indexes with one name once; an index asked for twice the same way is kept once. */
    private List<IndexModel> deduplicate(ModelClass model, AnnotationMirror annotation, List<IndexModel> indexes) {
        Map<String, IndexModel> byName = new LinkedHashMap<>();
        for (IndexModel index : indexes) {
            IndexModel previous = byName.putIfAbsent(index.effectiveName(), index);
            if (previous != null && !previous.equals(index)) {
                reporter.report(Diagnostic.DUPLICATE_INDEX, model.element(), annotation, null,
                        model.className().simpleName(), index.effectiveName());
            }
        }
        return new ArrayList<>(byName.values());
    }

    private void bad(ModelClass model, AnnotationMirror annotation, AnnotationValue value, String problem, String fix) {
        reporter.report(Diagnostic.BAD_INDEX, model.element(), annotation, value, model.className().simpleName(), problem, fix);
    }

    private static boolean isDate(FieldType type) {
        return type.kind() == ValueKind.INSTANT || type.kind() == ValueKind.DATE || type.kind() == ValueKind.LOCAL_DATE
                || type.kind() == ValueKind.LOCAL_DATE_TIME;
    }

    // ---- paths

    private record Resolved(String bsonPath, FieldType type) {}

    /**
     * The BSON path of a field path written with dots or Django's {@code __}, naming fields by
     * their Java name, snake_case name or document key; through embedded models, list elements
     * ({@code authors.email}) and, when {@code mapKeys}, map keys ({@code votes.up}).
     */
    private Resolved resolve(ModelClass model, AnnotationMirror annotation, AnnotationValue value, String where,
            String written, boolean mapKeys) {
        String[] parts = written.replace("__", ".").split("\\.", -1);
        List<FieldModel> fields = model.fields();
        String owner = model.className().simpleName();
        StringBuilder path = new StringBuilder();
        FieldType type = null;
        for (String part : parts) {
            if (type != null && type.kind() == ValueKind.MAP && mapKeys) {
                if (Names.invalidKeyReason(part) != null) {
                    reporter.report(Diagnostic.BAD_PATH, model.element(), annotation, value, where, written, owner,
                            "\"" + part + "\" cannot be a key: " + Names.invalidKeyReason(part), "Write a plain key");
                    return null;
                }
                path.append('.').append(part);
                type = type.element();
                continue;
            }
            if (fields == null) {
                reporter.report(Diagnostic.BAD_PATH, model.element(), annotation, value, where, written, owner,
                        path + " holds " + Reporter.simpleNames(type.typeName().toString()) + ", which has no fields",
                        "End the path at " + path);
                return null;
            }
            FieldModel field = find(fields, part);
            if (field == null) {
                List<String> names = new ArrayList<>();
                for (FieldModel candidate : fields) {
                    names.add(candidate.name());
                }
                String suggestion = Suggestions.closest(part, names);
                reporter.report(Diagnostic.UNKNOWN_PATH, model.element(), annotation, value, where, written, owner, part,
                        suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?", String.join(", ", names));
                return null;
            }
            path.append(path.length() == 0 ? "" : ".").append(field.bsonName());
            type = field.type();
            FieldType modelType = type.kind() == ValueKind.EMBEDDED ? type : type.isModelArray() ? type.element() : null;
            if (modelType != null) {
                owner = modelType.modelClass().simpleName();
                fields = fieldsOf.apply(modelType.modelClass());
            } else {
                fields = null;
            }
        }
        return new Resolved(path.toString(), type);
    }

    private static FieldModel find(List<FieldModel> fields, String part) {
        for (FieldModel field : fields) {
            if (field.name().equals(part)) {
                return field;
            }
        }
        for (FieldModel field : fields) {
            if (Names.snakeCase(field.name()).equals(part) || field.bsonName().equals(part)) {
                return field;
            }
        }
        return null;
    }
}
