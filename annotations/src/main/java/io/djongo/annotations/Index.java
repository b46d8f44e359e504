package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index of a {@link Model}, declared in {@code @Model(indexes = ...)} and created by
 * migrations, never at start-up. Field paths are checked at compile time.
 *
 * <pre>{@code
 * @Model(indexes = {
 *     @Index(fields = {"blog.name", "-pubDate"}),
 *     @Index(fields = "slug", unique = true),
 *     @Index(fields = {"headline", "bodyText"}, type = IndexType.TEXT, weights = {"headline=10"})
 * })
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Index {
    /**
     * The indexed fields, in order: Java field names, with dots into embedded models and array
     * elements ({@code "authors.email"}), a leading {@code "-"} for descending. A
     * {@link IndexType#WILDCARD} index takes {@code "$**"} or {@code "attributes.$**"}.
     */
    String[] fields();

    /** The index name; by default MongoDB's, from the keys ({@code blog.name_1_pub_date_-1}). */
    String name() default "";

    /** Whether no two documents may have the same values (Django's {@code UniqueConstraint}). */
    boolean unique() default false;

    /** Whether documents without the indexed fields are left out of the index. */
    boolean sparse() default false;

    /**
     * Index only the documents matching this filter, in MongoDB's JSON syntax
     * ({@code "{rating: {$gt: 3}}"}); empty for all documents. With {@code unique}, this is
     * Django's conditional {@code UniqueConstraint}.
     */
    String partialFilter() default "";

    /** Delete documents this many seconds after the date in the (single) indexed field; {@code -1} for never (a TTL index). */
    long expireAfterSeconds() default -1;

    /** The collation, in MongoDB's JSON syntax ({@code "{locale: 'en', strength: 2}"}); empty for the collection's. */
    String collation() default "";

    /** What kind of index: ordered (the default), text, 2dsphere, hashed or wildcard. */
    IndexType type() default IndexType.ORDERED;

    /** For a text index: relative weights of fields, {@code "headline=10"}; fields not named weigh 1. */
    String[] weights() default {};

    /** For a text index: the default language for stemming and stop words ({@code "english"}); empty for MongoDB's. */
    String defaultLanguage() default "";
}
