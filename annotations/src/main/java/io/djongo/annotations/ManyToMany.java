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
 * updates ({@code $addToSet}, {@code $pull}). Deleting a target removes its id from the arrays.
 * The annotation is optional.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface ManyToMany {
    /** The name of the reverse relation on the target; by default the model's name, {@code entrySet()}/{@code "entry"}. */
    String relatedName() default "";
}
