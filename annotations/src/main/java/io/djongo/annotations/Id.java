package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The primary key of a {@link Model}, stored as {@code _id}. An {@code ObjectId} id left
 * {@code null} is generated on insert; {@code String}, {@code long}/{@code Long},
 * {@code int}/{@code Integer} and {@code UUID} ids are supplied by the application.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Id {
}
