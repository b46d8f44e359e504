package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of a many-to-many relation (Django's {@code ManyToManyField}), a field of type
 * {@code io.djongo.relation.RefList<Target>}: the document stores the targets' ids as an array
 * under the field's name (Djongo's {@code ArrayReferenceField}); adding and removing are partial
 * updates ({@code $addToSet}, {@code $pullAll}). Deleting a target removes its id from the arrays.
 * The annotation is optional.
 *
 * <p>With {@link #through}, the relation is stored as Django stores it: one document of the
 * through model per pair, in its own collection, which can carry more fields (a membership's
 * role, a date). The field then only declares the relation: nothing is stored in this model's
 * documents, and {@code owner.field()} (the generated manager), lookups ({@code "bands__name"})
 * and {@code prefetchRelated} go through the through model's two references.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface ManyToMany {
    /** The name of the reverse relation on the target; by default the model's name, {@code entrySet()}/{@code "entry"}. */
    String relatedName() default "";

    /**
     * A {@code @Model} that holds the pairs, with one {@code @ForeignKey} {@code Ref} to this model
     * and one to the target (Django's {@code through}); {@code void.class}, the default, stores the
     * ids in this model's documents instead.
     */
    Class<?> through() default void.class;
}
