package io.djongo.meta;

import io.djongo.annotations.OnDelete;
import java.util.Objects;

/**
 * How a reference field relates its model to another (Django's {@code ForeignKey},
 * {@code OneToOneField}, {@code ManyToManyField}): read from {@code @ForeignKey},
 * {@code @OneToOne} or {@code @ManyToMany} at compile time. The target is the field type's
 * {@link FieldType#model()}.
 *
 * @param kind the cardinality
 * @param onDelete what deleting a target does to the referring documents; {@code null} for many-to-many,
 *     whose ids are removed from the arrays
 * @param relatedName the reverse relation's name on the target (its accessor, path and lookup), or
 *     empty for the default: the referring model's name in lower case ({@code entry}, Django's
 *     {@code related_query_name})
 */
public record RelationMeta(Kind kind, OnDelete onDelete, String relatedName) {

    /** The cardinality of a relation. */
    public enum Kind {
        /** Many of this model refer to one target ({@code Ref<T>}). */
        FOREIGN_KEY,
        /** One of this model refers to one target, uniquely ({@code Ref<T>}). */
        ONE_TO_ONE,
        /** Each of this model refers to many targets ({@code RefList<T>}). */
        MANY_TO_MANY
    }

    public RelationMeta {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relatedName, "relatedName");
        if ((kind == Kind.MANY_TO_MANY) != (onDelete == null)) {
            throw new IllegalArgumentException(kind + (onDelete == null ? " needs" : " has no") + " onDelete");
        }
    }

    public static RelationMeta foreignKey(OnDelete onDelete, String relatedName) {
        return new RelationMeta(Kind.FOREIGN_KEY, onDelete, relatedName);
    }

    public static RelationMeta oneToOne(OnDelete onDelete, String relatedName) {
        return new RelationMeta(Kind.ONE_TO_ONE, onDelete, relatedName);
    }

    public static RelationMeta manyToMany(String relatedName) {
        return new RelationMeta(Kind.MANY_TO_MANY, null, relatedName);
    }
}
