package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of a {@link Model} instance, for optimistic locking: a {@code long} or {@code int}
 * field that the runtime sets to 1 on insert and increments on every {@code save()}. Saving (or
 * deleting) an instance whose document has been changed since it was loaded fails with
 * {@code StaleObjectError} and writes nothing, so concurrent read-modify-write cycles never
 * silently overwrite each other.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Version {
}
