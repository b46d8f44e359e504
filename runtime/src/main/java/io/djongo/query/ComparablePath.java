package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Objects;
import org.bson.BsonDocument;

/** A field whose values are ordered: numbers, strings, dates, ObjectIds. */
public class ComparablePath<R, V> extends Path<R, V> implements OrderedPath<R, V> {

    public ComparablePath(String name, ValueCodec<V> codec) {
        super(name, codec);
    }

    /** Greater than {@code value}. */
    @Override
    public Filter<R> gt(V value) {
        return Filters.operator(bsonPath(), "$gt", encode(require(value, "gt")));
    }

    /** Greater than or equal to {@code value}. */
    @Override
    public Filter<R> gte(V value) {
        return Filters.operator(bsonPath(), "$gte", encode(require(value, "gte")));
    }

    /** Less than {@code value}. */
    @Override
    public Filter<R> lt(V value) {
        return Filters.operator(bsonPath(), "$lt", encode(require(value, "lt")));
    }

    /** Less than or equal to {@code value}. */
    @Override
    public Filter<R> lte(V value) {
        return Filters.operator(bsonPath(), "$lte", encode(require(value, "lte")));
    }

    /** Greater than the computed value {@code other}: {@code Entry_.rating.gt(F.of(Entry_.views))}. */
    public Filter<R> gt(F<R> other) {
        return F.of(this).gt(other);
    }

    /** Greater than or equal to the computed value {@code other}. */
    public Filter<R> gte(F<R> other) {
        return F.of(this).gte(other);
    }

    /** Less than the computed value {@code other}. */
    public Filter<R> lt(F<R> other) {
        return F.of(this).lt(other);
    }

    /** Less than or equal to the computed value {@code other}. */
    public Filter<R> lte(F<R> other) {
        return F.of(this).lte(other);
    }

    /** Between {@code from} and {@code to}, both included (Django's {@code range}). */
    @Override
    public Filter<R> range(V from, V to) {
        return Filters.operators(bsonPath(), "$gte", encode(require(from, "range")), "$lte", encode(require(to, "range")));
    }

    /** Sets the field to {@code value} when that is smaller than the stored value, or the field is missing ({@code $min}). */
    public Update<R> min(V value) {
        return bound("$min", value);
    }

    /** Sets the field to {@code value} when that is larger than the stored value, or the field is missing ({@code $max}). */
    public Update<R> max(V value) {
        return bound("$max", value);
    }

    private Update<R> bound(String operator, V value) {
        org.bson.BsonValue encoded = encode(require(value, operator.substring(1)));
        org.bson.BsonArray operands = new org.bson.BsonArray();
        operands.add(fieldExpression());
        operands.add(new BsonDocument("$literal", encoded));
        return new Update<>(operator, bsonPath(), encoded, new BsonDocument(operator, operands));
    }

    private V require(V value, String lookup) {
        // MongoDB compares null only with null, so "rating > null" would silently match nothing.
        return Objects.requireNonNull(value, () -> bsonPath() + "." + lookup + "(null) matches nothing; use isNull(true) to find missing values");
    }
}
