package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor, or static factory method, that builds a model from the values read from
 * a document, when the processor cannot pick it alone: a class with several constructors that
 * take its fields, or a factory such as Lombok's {@code @Value(staticConstructor = "of")}.
 *
 * <p>Models with final fields need no annotation when one constructor takes those fields: the
 * processor matches its parameters to the fields by name, as it does a record's components.
 * Parameters are named after the fields they set; fields that are not parameters are set
 * afterwards through their setters, so every final field must be one.
 *
 * <pre>{@code
 * @Model
 * public final class Book extends Book_ {
 *     @Id private final ObjectId id;
 *     private final String title;
 *
 *     @Creator
 *     public Book(ObjectId id, String title) { this.id = id; this.title = title; }
 *
 *     public Book(String title) { this(null, title); }
 *     ...
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.CONSTRUCTOR, ElementType.METHOD})
public @interface Creator {}
