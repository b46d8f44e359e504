package io.djongo.meta;

import java.util.List;
import java.util.Objects;

/**
 * One persistent field of a model, as declared: its Java name, its key in the document, its
 * type and its {@code @Field} options. Generated once per model; string lookups, the admin and
 * migrations read it.
 *
 * @param name the Java field or record component name
 * @param bsonName the key in the BSON document ({@code _id} for the id)
 * @param type the field type
 * @param id whether this is the {@code @Id} field
 * @param maxLength the largest allowed string length, or {@code -1}
 * @param nullable whether {@code null} may be stored
 * @param blank whether an empty value is allowed in forms
 * @param choices the allowed values, or empty for any
 * @param unique whether values are unique across the collection
 * @param indexed whether the field is indexed
 */
public record FieldMeta(String name, String bsonName, FieldType type, boolean id, int maxLength, boolean nullable,
        boolean blank, List<String> choices, boolean unique, boolean indexed) {

    public FieldMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bsonName, "bsonName");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    /** A field with the default options: nullable unless primitive, blank allowed, no limits. */
    public static FieldMeta of(String name, String bsonName, FieldType type) {
        return new FieldMeta(name, bsonName, type, false, -1, !type.isPrimitive(), true, List.of(), false, false);
    }

    /** This field as the model's {@code @Id}. */
    public FieldMeta asId() {
        return new FieldMeta(name, bsonName, type, true, maxLength, nullable, blank, choices, unique, indexed);
    }

    public FieldMeta withMaxLength(int maxLength) {
        return new FieldMeta(name, bsonName, type, id, maxLength, nullable, blank, choices, unique, indexed);
    }

    public FieldMeta withNullable(boolean nullable) {
        return new FieldMeta(name, bsonName, type, id, maxLength, nullable, blank, choices, unique, indexed);
    }

    public FieldMeta withBlank(boolean blank) {
        return new FieldMeta(name, bsonName, type, id, maxLength, nullable, blank, choices, unique, indexed);
    }

    public FieldMeta withChoices(List<String> choices) {
        return new FieldMeta(name, bsonName, type, id, maxLength, nullable, blank, choices, unique, indexed);
    }

    public FieldMeta withUnique(boolean unique) {
        return new FieldMeta(name, bsonName, type, id, maxLength, nullable, blank, choices, unique, indexed);
    }

    public FieldMeta withIndexed(boolean indexed) {
        return new FieldMeta(name, bsonName, type, id, maxLength, nullable, blank, choices, unique, indexed);
    }
}
