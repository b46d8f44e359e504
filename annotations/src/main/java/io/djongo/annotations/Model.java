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
 * {@code delete()}, {@code refreshFromDb()} and {@code fullClean()}. Exactly one field must carry
 * {@link Id}. The other members are Django's {@code Meta} options.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
    /** The collection name; by default the class name in snake_case ({@code BlogPost} → {@code blog_post}). */
    String collection() default "";

    /**
     * The default order of query results (Django's {@code Meta.ordering}): field paths as in
     * {@code orderBy}, {@code "-"} for descending: {@code {"-pubDate", "headline"}}. Used when a
     * query has no {@code orderBy}, including by {@code first()} and {@code last()}.
     */
    String[] ordering() default {};

    /** Indexes over one or more fields (Django's {@code Meta.indexes} and unique constraints); migrations create them. */
    Index[] indexes() default {};

    /**
     * Whether migrations also install a {@code $jsonSchema} validator, derived from the fields,
     * so the server itself rejects documents of the wrong shape. Off by default: not every server
     * has validators (FerretDB 1.x does not), and the runtime validates before it writes.
     */
    boolean serverValidation() default false;

    /** A human-readable name of one object (Django's {@code verbose_name}); by default derived from the class name. */
    String label() default "";

    /** A human-readable name of several objects (Django's {@code verbose_name_plural}); by default the label plus "s". */
    String labelPlural() default "";

    /**
     * Which members of a replica set answer this model's queries: {@code "primary"},
     * {@code "primaryPreferred"}, {@code "secondary"}, {@code "secondaryPreferred"} or
     * {@code "nearest"}; by default the connection's ({@code ?readPreference=} in its URI). A
     * QuerySet's {@code withReadPreference(...)} overrides it.
     */
    String readPreference() default "";

    /**
     * The read concern of this model's queries: {@code "local"}, {@code "available"},
     * {@code "majority"}, {@code "linearizable"} or {@code "snapshot"}; by default the connection's
     * ({@code ?readConcernLevel=}). A QuerySet's {@code withReadConcern(...)} overrides it.
     */
    String readConcern() default "";

    /**
     * The write concern of this model's writes: {@code "majority"}, or how many members must
     * acknowledge each write ({@code "1"}, {@code "2"}, ...); by default the connection's
     * ({@code ?w=}). Unacknowledged writes ({@code "0"}) are refused: they would hide duplicate keys
     * and stale versions. A QuerySet's {@code withWriteConcern(...)} overrides it.
     */
    String writeConcern() default "";
}
