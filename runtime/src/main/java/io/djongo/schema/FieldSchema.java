package io.djongo.schema;

import java.util.Objects;
import org.bson.BsonValue;

/**
 * One field as migrations see it: its key in the document, its Java name (for messages and
 * names of migrations), its stored type, and the default that fills documents created before it.
 *
 * @param key the key in the document
 * @param name the Java field name
 * @param type the stored type
 * @param defaultValue the {@code @Field(defaultValue)} as BSON, or {@code null}
 */
public record FieldSchema(String key, String name, TypeSchema type, BsonValue defaultValue) {
    public FieldSchema {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static FieldSchema of(String key, String name, TypeSchema type) {
        return new FieldSchema(key, name, type, null);
    }

    public FieldSchema withDefault(BsonValue defaultValue) {
        return new FieldSchema(key, name, type, defaultValue);
    }

    public FieldSchema withKey(String key) {
        return new FieldSchema(key, name, type, defaultValue);
    }

    public FieldSchema withType(TypeSchema type) {
        return new FieldSchema(key, name, type, defaultValue);
    }
}
