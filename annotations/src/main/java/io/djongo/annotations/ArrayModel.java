package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record stored as an element of an array of sub-documents (Djongo's
 * {@code ArrayField} of a model). It may only be used as the element type of a {@code List}
 * or {@code Set}; queries reach its fields through any element or through {@code elemMatch}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ArrayModel {
}
