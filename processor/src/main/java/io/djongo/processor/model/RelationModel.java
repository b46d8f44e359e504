package io.djongo.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * A relation declared by a reference field: {@code @ForeignKey}, {@code @OneToOne} or
 * {@code @ManyToMany}.
 *
 * @param kind {@code FOREIGN_KEY}, {@code ONE_TO_ONE} or {@code MANY_TO_MANY}, as the runtime's {@code RelationMeta.Kind}
 * @param target the referenced {@code @Model}
 * @param onDelete the {@code OnDelete} constant's name; {@code null} for many-to-many
 * @param relatedName the declared related name, or empty for the default
 * @param through the {@code @Model} that holds the pairs of a many-to-many relation, or {@code null}
 *     when the ids are stored in the source's documents
 */
public record RelationModel(String kind, ClassName target, String onDelete, String relatedName, ClassName through) {
    public RelationModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relatedName, "relatedName");
    }

    public RelationModel(String kind, ClassName target, String onDelete, String relatedName) {
        this(kind, target, onDelete, relatedName, null);
    }

    /** Whether the relation is stored in a through model's collection, not in the source's documents. */
    public boolean stored() {
        return through == null;
    }

    public boolean oneToOne() {
        return kind.equals("ONE_TO_ONE");
    }

    public boolean manyToMany() {
        return kind.equals("MANY_TO_MANY");
    }

    /**
     * The name of the reverse relation in lookups (Django's {@code related_query_name}): the
     * declared related name, or the referring model's name in lower case ({@code entry}).
     */
    public String queryName(ClassName source) {
        return relatedName.isEmpty() ? lowerFirst(source.simpleName()) : relatedName;
    }

    /**
     * The name of the reverse accessor and path on the target: the declared related name, or
     * {@code entrySet} ({@code entry} for a one-to-one), as Django's {@code entry_set}.
     */
    public String accessorName(ClassName source) {
        if (!relatedName.isEmpty()) {
            return relatedName;
        }
        return lowerFirst(source.simpleName()) + (oneToOne() ? "" : "Set");
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
