package io.djongo.query;

import java.util.List;
import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * A query condition on documents of model {@code R}, built from generated paths
 * ({@code Entry_.rating.gte(4)}) and combined with {@link #and}, {@link #or} and {@link #not}.
 *
 * <p>A filter is immutable and is a driver {@link Bson}, so it can be handed to any
 * {@code MongoCollection} method; {@link #raw(Bson)} goes the other way.
 */
public interface Filter<R> extends Bson {

    /** A fresh copy of the filter document, e.g. {@code {"rating": {"$gte": 4}}}. */
    BsonDocument toBsonDocument();

    @Override
    default <D> BsonDocument toBsonDocument(Class<D> documentClass, CodecRegistry codecRegistry) {
        return toBsonDocument();
    }

    /** Both this and {@code other}. */
    default Filter<R> and(Filter<R> other) {
        return Filters.and(List.of(this, java.util.Objects.requireNonNull(other, "and(): other is null")));
    }

    /** This or {@code other}. */
    default Filter<R> or(Filter<R> other) {
        return Filters.or(List.of(this, java.util.Objects.requireNonNull(other, "or(): other is null")));
    }

    /**
     * Documents this filter does not match, including those where the field is missing or
     * {@code null} — Django's {@code ~Q(...)} ({@code $nor}).
     */
    default Filter<R> not() {
        return Filters.not(this);
    }

    /** Every document. */
    static <R> Filter<R> all() {
        return Filters.all();
    }

    /** All of {@code filters}; empty means every document. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    static <R> Filter<R> allOf(Filter<R>... filters) {
        return Filters.and(Filters.nonNull("allOf", filters));
    }

    /** Any of {@code filters}; empty means no document. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    static <R> Filter<R> anyOf(Filter<R>... filters) {
        return Filters.or(Filters.nonNull("anyOf", filters));
    }

    /**
     * A driver filter (for example {@code com.mongodb.client.model.Filters.text("jazz")}) used as
     * a filter of model {@code R}. It is rendered with the driver's default codec registry.
     */
    static <R> Filter<R> raw(Bson bson) {
        return Filters.raw(bson);
    }
}
