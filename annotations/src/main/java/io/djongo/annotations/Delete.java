package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a declared query delete every document it matches, with what the relations to them ask
 * for, as Django's {@code QuerySet.delete()}; it returns the number deleted ({@code long},
 * {@code int}), what was deleted per model ({@code Deleted}), or nothing ({@code void}).
 *
 * <pre>{@code
 * @Filter("rating__lt = :min") @Delete
 * long purge(int min);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {}
