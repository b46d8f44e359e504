package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.ConstraintModel;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.IndexModel;
import io.djongo.processor.model.Literal;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ValueKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Generates the schema snapshot of a {@code @Model}, the JSON resource
 * {@code META-INF/djongo/schema/<class>.json} that {@code makemigrations} compares with the state
 * of the migrations: the collection, each field's key and stored type (embedded models inline,
 * to any depth), defaults, indexes, and the {@code $jsonSchema} validator when the model asks for
 * server validation. The runtime's {@code io.djongo.schema.SchemaSnapshot} reads this format.
 */
public final class SchemaGenerator {
    /** The format version; the runtime's {@code SchemaSnapshot.FORMAT}. */
    static final int FORMAT = 1;

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true)
            .build();

    private final Function<ClassName, List<FieldModel>> fieldsOf;

    /** @param fieldsOf the fields of any embedded model, from this compilation or an earlier one */
    public SchemaGenerator(Function<ClassName, List<FieldModel>> fieldsOf) {
        this.fieldsOf = fieldsOf;
    }

    /** The path of the resource, relative to the class output. */
    public static String resource(ModelClass model) {
        return "META-INF/djongo/schema/" + model.className().reflectionName() + ".json";
    }

    /** The snapshot of {@code model}, as indented JSON. */
    public String generate(ModelClass model) {
        Set<ClassName> enclosing = new HashSet<>(List.of(model.className()));
        BsonDocument snapshot = new BsonDocument("format", new BsonInt32(FORMAT))
                .append("model", new BsonString(model.className().reflectionName()))
                .append("collection", new BsonString(model.collection()))
                .append("fields", fields(model.fields(), enclosing));
        BsonArray indexes = new BsonArray();
        for (IndexModel index : model.options().indexes()) {
            indexes.add(index(index));
        }
        snapshot.append("indexes", indexes);
        if (model.options().serverValidation()) {
            snapshot.append("validator", new BsonDocument("$jsonSchema",
                    object(model.fields(), new HashSet<>(List.of(model.className())))));
        }
        return snapshot.toJson(JSON) + "\n";
    }

    // ---- fields

    private BsonArray fields(List<FieldModel> fields, Set<ClassName> enclosing) {
        BsonArray array = new BsonArray();
        for (FieldModel field : fields) {
            BsonDocument document = new BsonDocument("key", new BsonString(field.bsonName()))
                    .append("name", new BsonString(field.name()))
                    .append("type", type(field.type(), enclosing));
            Literal defaultValue = field.options().defaultValue();
            if (defaultValue != null) {
                document.append("default", defaultValue.bson());
            }
            array.add(document);
        }
        return array;
    }

    private BsonDocument type(FieldType type, Set<ClassName> enclosing) {
        if (type.kind().isReference()) {
            // stored as the target's id, or an array of them
            BsonDocument id = type(idType(type.modelClass()), enclosing);
            return type.kind() == ValueKind.REFERENCES
                    ? new BsonDocument("kind", new BsonString("LIST")).append("element", id) : id;
        }
        BsonDocument document = new BsonDocument("kind", new BsonString(type.kind().name()));
        if (type.element() != null) {
            document.append("element", type(type.element(), enclosing));
        }
        if (type.kind() == ValueKind.EMBEDDED) {
            ClassName model = type.modelClass();
            document.append("model", new BsonString(model.reflectionName()));
            if (!enclosing.add(model)) {
                document.append("recursive", BsonBoolean.TRUE);
            } else {
                document.append("fields", fields(fieldsOf.apply(model), enclosing));
                enclosing.remove(model);
            }
        }
        return document;
    }

    /** The id type of the {@code @Model} {@code model}; an {@code ObjectId} when it is not known. */
    private FieldType idType(ClassName model) {
        for (FieldModel field : fieldsOf.apply(model)) {
            if (field.id()) {
                return field.type();
            }
        }
        return FieldType.scalar(ValueKind.OBJECT_ID, ClassName.get("org.bson.types", "ObjectId"));
    }

    // ---- indexes

    /** The index as {@code createIndexes} takes it. */
    private static BsonDocument index(IndexModel index) {
        BsonDocument key = new BsonDocument();
        for (IndexModel.Key entry : index.keys()) {
            key.append(entry.path(), entry.value() instanceof String ? new BsonString((String) entry.value())
                    : new BsonInt32((Integer) entry.value()));
        }
        BsonDocument spec = new BsonDocument("key", key).append("name", new BsonString(index.effectiveName()));
        if (index.unique()) {
            spec.append("unique", BsonBoolean.TRUE);
        }
        if (index.sparse()) {
            spec.append("sparse", BsonBoolean.TRUE);
        }
        if (index.partialFilter() != null) {
            spec.append("partialFilterExpression", BsonDocument.parse(index.partialFilter()));
        }
        if (index.expireAfterSeconds() >= 0) {
            spec.append("expireAfterSeconds", new BsonInt64(index.expireAfterSeconds()));
        }
        if (index.collation() != null) {
            spec.append("collation", BsonDocument.parse(index.collation()));
        }
        if (index.weights() != null) {
            spec.append("weights", BsonDocument.parse(index.weights()));
        }
        if (index.defaultLanguage() != null) {
            spec.append("default_language", new BsonString(index.defaultLanguage()));
        }
        return spec;
    }

    // ---- the $jsonSchema validator

    /** {@code {bsonType: "object", properties: {...}}} of a model's fields; other keys are allowed. */
    private BsonDocument object(List<FieldModel> fields, Set<ClassName> enclosing) {
        BsonDocument properties = new BsonDocument();
        for (FieldModel field : fields) {
            BsonDocument schema = schema(field.type(), enclosing);
            if (!field.type().isPrimitive() && field.options().nullable() && !field.id()) {
                schema.put("bsonType", new BsonArray(List.of(schema.get("bsonType"), new BsonString("null"))));
            }
            FieldType valueType = field.type().kind() == ValueKind.LIST || field.type().kind() == ValueKind.SET
                    ? field.type().element() : field.type();
            BsonDocument rules = valueType == field.type() ? schema
                    : schema.getDocument("items", new BsonDocument());
            if (field.options().maxLength() >= 0) {
                rules.append("maxLength", new BsonInt32(field.options().maxLength()));
            }
            if (!field.options().choices().isEmpty()) {
                BsonArray choices = new BsonArray();
                for (String choice : field.options().choices()) {
                    choices.add(Literal.parse(valueType, choice).bson());
                }
                rules.append("enum", choices);
            }
            for (ConstraintModel constraint : field.options().constraints()) {
                constrain(schema, field.type(), constraint);
            }
            properties.append(field.bsonName(), schema);
        }
        return new BsonDocument("bsonType", new BsonString("object")).append("properties", properties);
    }

    private BsonDocument schema(FieldType type, Set<ClassName> enclosing) {
        switch (type.kind()) {
            case REFERENCE:
                return schema(idType(type.modelClass()), enclosing);
            case REFERENCES:
                return new BsonDocument("bsonType", new BsonString("array"))
                        .append("items", schema(idType(type.modelClass()), enclosing));
            case EMBEDDED: {
                ClassName model = type.modelClass();
                if (!enclosing.add(model)) {
                    return new BsonDocument("bsonType", new BsonString("object"));
                }
                BsonDocument object = object(fieldsOf.apply(model), enclosing);
                enclosing.remove(model);
                return object;
            }
            case LIST:
            case SET:
                return new BsonDocument("bsonType", new BsonString("array"))
                        .append("items", schema(type.element(), enclosing));
            case MAP:
                return new BsonDocument("bsonType", new BsonString("object"))
                        .append("additionalProperties", schema(type.element(), enclosing));
            case ENUM: {
                BsonArray constants = new BsonArray();
                for (String constant : type.enumConstants()) {
                    constants.add(new BsonString(constant));
                }
                return new BsonDocument("bsonType", new BsonString("string")).append("enum", constants);
            }
            default:
                return new BsonDocument("bsonType", new BsonString(bsonType(type.kind())));
        }
    }

    private static String bsonType(ValueKind kind) {
        switch (kind) {
            case STRING:
            case CHAR:
                return "string";
            case INT:
            case SHORT:
            case BYTE:
                return "int";
            case LONG:
                return "long";
            case DOUBLE:
            case FLOAT:
                return "double";
            case BOOLEAN:
                return "bool";
            case OBJECT_ID:
                return "objectId";
            case DECIMAL:
                return "decimal";
            case UUID:
            case BINARY:
                return "binData";
            default:
                return "date";
        }
    }

    /** The Bean Validation constraints that {@code $jsonSchema} can express; the runtime checks all of them anyway. */
    private static void constrain(BsonDocument schema, FieldType type, ConstraintModel constraint) {
        boolean array = type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET;
        switch (constraint.factory()) {
            case "size":
                if (type.kind() == ValueKind.STRING) {
                    schema.append("minLength", new BsonInt32((Integer) constraint.argument(0)))
                            .append("maxLength", new BsonInt32((Integer) constraint.argument(1)));
                } else if (array) {
                    schema.append("minItems", new BsonInt32((Integer) constraint.argument(0)))
                            .append("maxItems", new BsonInt32((Integer) constraint.argument(1)));
                }
                break;
            case "min":
                schema.append("minimum", number(constraint.argument(0)));
                break;
            case "max":
                schema.append("maximum", number(constraint.argument(0)));
                break;
            case "pattern":
                schema.append("pattern", new BsonString((String) constraint.argument(0)));
                break;
            default:
                break;
        }
    }

    private static BsonValue number(Object value) {
        return new BsonInt64((Long) value);
    }
}
