package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface of declared queries on one {@link Model}, which the processor implements at
 * compile time as {@code FooQueries_}: every abstract method is a query, written as Django lookups
 * ({@link Filter}, {@link Exclude}, {@link OrderBy}, {@link Update}), as a Spring Data style method
 * name ({@code findByBlogNameStartsWithOrderByPubDateDesc}), or as MongoDB JSON with named
 * parameters ({@code @Filter("{rating: {$gte: :min}}")}, {@link Aggregate}).
 *
 * <pre>{@code
 * @Queries(Entry.class)
 * public interface EntryQueries {
 *     @Filter("blog__name__istartswith = :prefix, rating__gte = :min")
 *     @OrderBy("-pub_date")
 *     List<Entry> byBlog(String prefix, int min);
 *
 *     long countByTagsContains(String tag);
 * }
 *
 * EntryQueries queries = Djongo.queries(EntryQueries.class);   // or EntryQueries_.INSTANCE
 * }</pre>
 *
 * <p>Every lookup, field, parameter and return type is checked when the interface compiles, and
 * each query's filter, order, update or pipeline is turned into BSON then: at run time a call only
 * encodes its arguments into that BSON. Default methods are left as written, so they can combine
 * queries.
 *
 * <p>Why an interface and not an abstract class: an interface has no state and no constructor to
 * get wrong, default methods can still compose queries, and the generated class can implement it
 * without the user's class hierarchy in the way.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Queries {
    /** The {@link Model} the queries run on. */
    Class<?> value();

    /**
     * The connection alias the generated {@code INSTANCE} uses; empty for the default connection.
     * {@code FooQueries_.INSTANCE.using(alias)} and {@code Djongo.queries(FooQueries.class, alias)}
     * give the queries on another connection.
     */
    String using() default "";
}
