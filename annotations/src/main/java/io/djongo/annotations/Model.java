package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record stored as documents of one MongoDB collection.
 *
 * <p>The processor generates {@code Foo_} beside {@code Foo}: the typed query paths
 * ({@code Foo_.name.eq("x")}), the manager ({@code Foo_.objects()}) and, for classes that
 * declare {@code class Foo extends Foo_}, the active-record methods {@code save()},
 * {@code delete()} and {@code refreshFromDb()}. Exactly one field must carry {@link Id}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
    /** The collection name; by default the class name in snake_case ({@code BlogPost} → {@code blog_post}). */
    String collection() default "";
}
