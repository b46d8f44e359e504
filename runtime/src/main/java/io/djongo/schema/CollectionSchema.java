package io.djongo.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.BsonDocument;

/**
 * One collection as migrations see it: its fields, its indexes (besides {@code _id_}) and its
 * validator. The schema snapshot the processor writes for each {@code @Model}, and the state
 * migrations rebuild by replaying their operations, are both made of these.
 *
 * @param name the collection name
 * @param model the class name of the {@code @Model} stored in it, or {@code null} when unknown
 * @param fields the top-level fields in declaration order
 * @param indexes the declared indexes
 * @param validator the {@code $jsonSchema} validator document, or {@code null}
 */
public record CollectionSchema(String name, String model, List<FieldSchema> fields, List<IndexSpec> indexes,
        BsonDocument validator) {

    public CollectionSchema {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
    }

    /** The field with key {@code key}, if any. */
    public Optional<FieldSchema> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** The index named {@code name}, if any. */
    public Optional<IndexSpec> index(String name) {
        return indexes.stream().filter(index -> index.name().equals(name)).findFirst();
    }

    public CollectionSchema withName(String name) {
        return new CollectionSchema(name, model, fields, indexes, validator);
    }

    public CollectionSchema withFields(List<FieldSchema> fields) {
        return new CollectionSchema(name, model, fields, indexes, validator);
    }

    public CollectionSchema withIndexes(List<IndexSpec> indexes) {
        return new CollectionSchema(name, model, fields, indexes, validator);
    }

    public CollectionSchema withIndex(IndexSpec index) {
        List<IndexSpec> more = new ArrayList<>(indexes);
        more.add(index);
        return withIndexes(more);
    }

    public CollectionSchema withoutIndex(String indexName) {
        List<IndexSpec> fewer = new ArrayList<>(indexes);
        fewer.removeIf(index -> index.name().equals(indexName));
        return withIndexes(fewer);
    }

    public CollectionSchema withValidator(BsonDocument validator) {
        return new CollectionSchema(name, model, fields, indexes, validator);
    }
}
