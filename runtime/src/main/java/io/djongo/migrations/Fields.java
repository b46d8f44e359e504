package io.djongo.migrations;

import io.djongo.meta.FieldKind;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.TypeSchema;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The spelling of fields and stored types in migration files, imported statically:
 *
 * <pre>{@code
 * CreateCollection.named("entry")
 *         .field("_id", "id", OBJECT_ID)
 *         .field("blog", embedded("com.example.blog.Blog", field("name", STRING), field("tagline", STRING)))
 *         .field("authors", listOf(embedded("com.example.blog.Author", field("name", STRING))))
 *         .field(field("rating", INT).withDefault(new BsonInt32(0)))
 * }</pre>
 *
 * <p>Types say how values are stored, not how Java declares them: every date type is a BSON date,
 * every enum a string, and so on.
 */
public final class Fields {
    public static final TypeSchema STRING = TypeSchema.of(FieldKind.STRING);
    public static final TypeSchema BOOLEAN = TypeSchema.of(FieldKind.BOOLEAN);
    public static final TypeSchema INT = TypeSchema.of(FieldKind.INT);
    public static final TypeSchema LONG = TypeSchema.of(FieldKind.LONG);
    public static final TypeSchema DOUBLE = TypeSchema.of(FieldKind.DOUBLE);
    public static final TypeSchema FLOAT = TypeSchema.of(FieldKind.FLOAT);
    public static final TypeSchema SHORT = TypeSchema.of(FieldKind.SHORT);
    public static final TypeSchema BYTE = TypeSchema.of(FieldKind.BYTE);
    public static final TypeSchema CHAR = TypeSchema.of(FieldKind.CHAR);
    public static final TypeSchema OBJECT_ID = TypeSchema.of(FieldKind.OBJECT_ID);
    public static final TypeSchema INSTANT = TypeSchema.of(FieldKind.INSTANT);
    public static final TypeSchema DATE = TypeSchema.of(FieldKind.DATE);
    public static final TypeSchema LOCAL_DATE = TypeSchema.of(FieldKind.LOCAL_DATE);
    public static final TypeSchema LOCAL_DATE_TIME = TypeSchema.of(FieldKind.LOCAL_DATE_TIME);
    public static final TypeSchema DECIMAL = TypeSchema.of(FieldKind.DECIMAL);
    public static final TypeSchema UUID = TypeSchema.of(FieldKind.UUID);
    public static final TypeSchema BINARY = TypeSchema.of(FieldKind.BINARY);
    public static final TypeSchema ENUM = TypeSchema.of(FieldKind.ENUM);

    private Fields() {}

    /** A field whose Java name is its key. */
    public static FieldSchema field(String key, TypeSchema type) {
        return FieldSchema.of(key, key, type);
    }

    /** A field stored under {@code key} whose Java name is {@code name} ({@code field("_id", "id", OBJECT_ID)}). */
    public static FieldSchema field(String key, String name, TypeSchema type) {
        return FieldSchema.of(key, name, type);
    }

    /** A {@code List} of {@code element}s: a BSON array. */
    public static TypeSchema listOf(TypeSchema element) {
        return TypeSchema.list(element);
    }

    /** A {@code Set} of {@code element}s: a BSON array. */
    public static TypeSchema setOf(TypeSchema element) {
        return TypeSchema.set(element);
    }

    /** A {@code Map<String, V>} of {@code value}s: a sub-document. */
    public static TypeSchema mapOf(TypeSchema value) {
        return TypeSchema.map(value);
    }

    /** An embedded model (the binary class name, for the reader) with its fields: a sub-document. */
    public static TypeSchema embedded(String model, FieldSchema... fields) {
        return TypeSchema.embedded(model, List.of(fields));
    }

    /** An embedded model that contains itself, whose fields are those given further up. */
    public static TypeSchema recursive(String model) {
        return TypeSchema.recursive(model);
    }

    /**
     * One BSON value in MongoDB's extended JSON, for defaults that have no Java literal:
     * {@code bson("{\"$date\": \"2024-01-01T00:00:00Z\"}")}.
     */
    public static BsonValue bson(String json) {
        return BsonDocument.parse("{\"v\": " + json + "}").get("v");
    }
}
