package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record stored as a sub-document inside another model (Djongo's
 * {@code EmbeddedField}). It has no collection and no id of its own; it may be used as a single
 * value, in a {@code List}/{@code Set}, or as a {@code Map} value, and may contain itself.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EmbeddedModel {
}
