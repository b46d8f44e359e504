package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A slice of a declared query's results, as Django's {@code [offset:offset + limit]}:
 * {@code @Limit(10)} is the first ten, {@code @Limit(value = 10, offset = 20)} the third ten.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Limit {
    /** How many results at most; 0 or more. */
    int value();

    /** How many results to skip first; 0 or more. */
    int offset() default 0;
}
