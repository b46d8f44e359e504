package io.djongo.query;

import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;

/**
 * Whether another query has rows, as a condition, as Django's {@code Exists()}. Correlated, it
 * holds for each document for which the other query has a row whose field equals the document's
 * field, Django's {@code Exists(Topic.objects.filter(site_name=OuterRef("site__name")))}: that is a
 * semi-join, compiled as {@code in(subquery)}, so it runs as one aggregation where the server has
 * {@code $lookup} pipelines and as {@code $in} elsewhere. Negated with {@code not()}, it is Django's
 * {@code ~Exists(...)}: documents with no such row, including those whose field is null.
 */
public final class Exists {
    private Exists() {}

    /**
     * Documents for which {@code query} has a row whose {@code inner} field equals their
     * {@code outer} field: {@code Exists.of(Topic_.objects().filter(Topic_.hot.eq(true)), Topic_.siteName, Post_.site.name)}.
     * The query keeps its own order and slice.
     */
    public static <R, T, V> Filter<R> of(QuerySet<T> query, Path<T, ? extends V> inner, Path<R, V> outer) {
        Objects.requireNonNull(query, "Exists.of(): query is null");
        Objects.requireNonNull(inner, "Exists.of(): inner is null");
        return Objects.requireNonNull(outer, "Exists.of(): outer is null").in(query.subquery(inner));
    }

    /**
     * Every document when {@code query} has a row, none otherwise (an {@code Exists} without
     * {@code OuterRef}); the query runs each time the filter is used.
     */
    public static <R> Filter<R> of(QuerySet<?> query) {
        Objects.requireNonNull(query, "Exists.of(): query is null");
        // a condition every document meets, rather than the empty filter, so that not() matches none
        return Filters.lazy(() -> query.exists() ? new BsonDocument("_id", new BsonDocument("$exists", BsonBoolean.TRUE))
                : new BsonDocument("_id", new BsonDocument("$in", new BsonArray())));
    }
}
