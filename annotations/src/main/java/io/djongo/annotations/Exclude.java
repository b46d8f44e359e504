package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a declared query leaves out (Django's {@code exclude()}): those matching all of the
 * lookups together, written as for {@link Filter}. Documents where a field is missing or
 * {@code null} do not match a condition on it, so they are kept, as in Django.
 *
 * <pre>{@code
 * @Filter("rating__gte = :min") @Exclude("tags__contains = 'draft'")
 * List<Entry> published(int min);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Exclude {
    /** The lookups, or a JSON query document (text starting with <code>{</code>). */
    String value();
}
