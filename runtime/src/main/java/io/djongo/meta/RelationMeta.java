package io.djongo.meta;

import io.djongo.annotations.OnDelete;
import java.util.Objects;
import java.util.function.Supplier;

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
 * @param through the model whose documents hold the pairs of a many-to-many relation (Django's
 *     {@code through}), or {@code null} when the ids are stored in the referring documents
 */
public record RelationMeta(Kind kind, OnDelete onDelete, String relatedName, Supplier<ModelMeta<?>> through) {

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
        if (through != null && kind != Kind.MANY_TO_MANY) {
            throw new IllegalArgumentException("only a many-to-many relation goes through another model");
        }
    }

    public RelationMeta(Kind kind, OnDelete onDelete, String relatedName) {
        this(kind, onDelete, relatedName, null);
    }

    /** The through model's metadata, or {@code null} when the relation is stored in the referring documents. */
    public ModelMeta<?> throughModel() {
        return through == null ? null : through.get();
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

    /** A many-to-many relation whose pairs are documents of {@code through}'s model. */
    public static RelationMeta manyToManyThrough(String relatedName, Supplier<ModelMeta<?>> through) {
        return new RelationMeta(Kind.MANY_TO_MANY, null, relatedName, Objects.requireNonNull(through, "through"));
    }
}
