package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Objects;
import org.bson.BsonDocument;

/** A field whose values are ordered: numbers, strings, dates, ObjectIds. */
public class ComparablePath<R, V> extends Path<R, V> {

    public ComparablePath(String name, ValueCodec<V> codec) {
        super(name, codec);
    }

    /** Greater than {@code value}. */
    public Filter<R> gt(V value) {
        return Filters.operator(bsonPath(), "$gt", encode(require(value, "gt")));
    }

    /** Greater than or equal to {@code value}. */
    public Filter<R> gte(V value) {
        return Filters.operator(bsonPath(), "$gte", encode(require(value, "gte")));
    }

    /** Less than {@code value}. */
    public Filter<R> lt(V value) {
        return Filters.operator(bsonPath(), "$lt", encode(require(value, "lt")));
    }

    /** Less than or equal to {@code value}. */
    public Filter<R> lte(V value) {
        return Filters.operator(bsonPath(), "$lte", encode(require(value, "lte")));
    }

    /** Between {@code from} and {@code to}, both included (Django's {@code range}). */
    public Filter<R> range(V from, V to) {
        BsonDocument bounds = new BsonDocument("$gte", encode(require(from, "range")))
                .append("$lte", encode(require(to, "range")));
        return Filters.field(bsonPath(), bounds);
    }

    private V require(V value, String lookup) {
        // MongoDB compares null only with null, so "rating > null" would silently match nothing.
        return Objects.requireNonNull(value, () -> bsonPath() + "." + lookup + "(null) matches nothing; use isNull(true) to find missing values");
    }
}
