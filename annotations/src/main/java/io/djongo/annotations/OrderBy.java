package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order of a declared query's results (Django's {@code order_by()}): field paths, {@code "-"}
 * first for descending, {@code "pk"} for the id: {@code @OrderBy({"-pub_date", "blog__name"})}. It
 * replaces the model's {@code @Model(ordering)}; {@code @OrderBy({})} asks for no order at all.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OrderBy {
    /** The ordering keys, most significant first. */
    String[] value();
}
