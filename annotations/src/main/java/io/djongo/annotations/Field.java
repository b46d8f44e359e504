package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of one model field, as Django's field options. All are recorded in the generated
 * model metadata, which validation, the admin and migrations read.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Field {
    /** The key in the BSON document; by default the Java name. May not contain {@code $} or {@code .}. */
    String name() default "";

    /** The largest number of characters a {@code String} value may have; {@code -1} for no limit. */
    int maxLength() default -1;

    /** Whether {@code null} may be stored (Django's {@code null}). */
    boolean nullable() default true;

    /** Whether an empty value is allowed in forms such as the admin (Django's {@code blank}). */
    boolean blank() default true;

    /** The allowed values; empty for any value (Django's {@code choices}). */
    String[] choices() default {};

    /** Whether values must be unique across the collection (backed by a unique index). */
    boolean unique() default false;

    /** Whether the field is indexed (Django's {@code db_index}). */
    boolean index() default false;
}
