package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a declared query change every document it matches (Django's {@code update()}), in one
 * request, and return how many matched ({@code long}, {@code int} or {@code void}). The changes are
 * {@code path__operation = value}, separated by {@code ,}: {@code set} (the default, so
 * {@code headline = :h}), {@code unset}, {@code inc}, {@code mul}, {@code min}, {@code max},
 * {@code rename}, and on arrays {@code push}, {@code push_all}, {@code add_to_set},
 * {@code add_to_set_all}, {@code pull}, {@code pull_all}, {@code pop_first}, {@code pop_last};
 * {@code rating = F(views) * 2} computes a value from fields (an update pipeline).
 *
 * <pre>{@code
 * @Filter("id = :id") @Update("rating__inc = :by, tags__add_to_set = 'edited'")
 * long bump(ObjectId id, int by);
 * }</pre>
 *
 * <p>A MongoDB update document or pipeline in relaxed JSON works too:
 * {@code @Update("{$inc: {rating: :by}}")}. Values set on fields are validated as
 * {@code QuerySet.update} validates them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Update {
    /** The changes, or a JSON update document (<code>{</code>) or pipeline ({@code [}). */
    String value();
}
