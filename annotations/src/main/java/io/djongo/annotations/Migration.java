package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a schema migration, a class implementing {@code io.djongo.migrations.Operations} that
 * {@code djongo makemigrations} writes into the application's source tree. The processor
 * registers it in the model index at compile time, so {@code djongo migrate} finds it without
 * scanning the class path. Migrations are grouped by package; the package's last name before
 * {@code .migrations} is the app label ({@code com.example.blog.migrations} → {@code blog}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Migration {
    /** The simple class names of the migrations of the same package that must be applied first. */
    String[] dependsOn() default {};
}
