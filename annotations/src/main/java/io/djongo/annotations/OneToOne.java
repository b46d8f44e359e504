package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation (Django's {@code OneToOneField}) on a field of type
 * {@code io.djongo.relation.Ref<Target>}: a {@link ForeignKey} whose id is unique, so the reverse
 * accessor on the target is one object ({@code user.profile()}) rather than a query.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface OneToOne {
    /** What deleting the target does to the object that refers to it. */
    OnDelete onDelete();

    /** The name of the reverse relation on the target; by default the model's name ({@code profile}). */
    String relatedName() default "";
}
