package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The condition of a declared query (Django's {@code filter()}), checked at compile time against
 * the model, in one of two forms.
 *
 * <p>Django lookups, each {@code lookup = value}, where a value is a method parameter
 * ({@code :name}), a literal ({@code 3}, {@code 'text'}, {@code true}, {@code null},
 * {@code [1, 2]}) or a field ({@code F(views)}, {@code F(views) * 2}); {@code ,} or {@code &} is
 * and, {@code |} is or, {@code ~} is not, with parentheses as for Django's {@code Q} objects:
 * <pre>{@code
 * @Filter("blog__name__istartswith = :prefix, rating__gte = :min")
 * @Filter("tags__contains = :tag | ~(rating__lt = 3)")
 * @Filter("pub_date__year = :year, rating__gt = F(views)")
 * }</pre>
 * As in Django, the conditions through one array of models refer to the same element.
 *
 * <p>A MongoDB query document in relaxed JSON (single quotes and unquoted keys allowed), with
 * parameters as values: {@code @Filter("{rating: {$gte: :min}, tags: {$in: :tags}}")}. A parameter
 * under a field is encoded as that field's values are.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Filter {
    /** The lookups, or a JSON query document (text starting with <code>{</code>). */
    String value();
}
