package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of one model field, as Django's field options. The processor checks them at compile
 * time and compiles them into the generated metadata: {@code save()} and {@code fullClean()}
 * validate them, migrations create the indexes they ask for, and the admin builds its forms
 * from them.
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

    /**
     * Whether an empty value (an empty or blank string, an empty list, set or map) is allowed
     * (Django's {@code blank}).
     */
    boolean blank() default true;

    /** The allowed values, written as the field's values are; empty for any value (Django's {@code choices}). */
    String[] choices() default {};

    /** Whether values must be unique across the collection (backed by a unique index that migrations create). */
    boolean unique() default false;

    /** Whether the field is indexed (Django's {@code db_index}); migrations create the index. */
    boolean index() default false;

    /**
     * The value of the field when a stored document does not have it, and the value migrations
     * write into existing documents when the field is added (Django's {@code default}). At most
     * one literal, written in the field's type: {@code "42"}, {@code "true"}, {@code "DRAFT"} for
     * an enum, {@code "2024-01-31T10:00:00Z"} for an {@code Instant}, {@code "[]"} for an empty
     * list or set, {@code "{}"} for an empty map. Checked at compile time. Empty for no default.
     */
    String[] defaultValue() default {};

    /** Whether forms such as the admin show the field for editing (Django's {@code editable}). */
    boolean editable() default true;

    /**
     * Sets the field to the current time on every {@code save()} (Django's {@code auto_now});
     * for {@code Instant}, {@code Date}, {@code LocalDate} and {@code LocalDateTime} fields
     * (UTC). The field is then not editable.
     */
    boolean autoNow() default false;

    /**
     * Sets the field to the current time when the object is first inserted (Django's
     * {@code auto_now_add}); same types as {@link #autoNow()}. The field is then not editable.
     */
    boolean autoNowAdd() default false;

    /** A human-readable name for forms and messages (Django's {@code verbose_name}); by default derived from the name. */
    String label() default "";

    /** Extra help shown next to the field in forms (Django's {@code help_text}). */
    String helpText() default "";
}
