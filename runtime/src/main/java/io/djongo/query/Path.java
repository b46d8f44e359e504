package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonValue;

/**
 * A field of model {@code R} holding values of type {@code V}: equality and membership. Values
 * are encoded with the field's own codec, so a filter compares exactly what the codec stores,
 * and a value is always data, never an operator.
 */
public class Path<R, V> extends AbstractPath<R> {
    private final ValueCodec<V> codec;

    public Path(String name, ValueCodec<V> codec) {
        super(name);
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The codec that encodes this field's values. */
    public final ValueCodec<V> codec() {
        return codec;
    }

    @Override
    public ValueCodec<?> valueCodec() {
        return codec;
    }

    /**
     * The BSON form of {@code value} as this field stores it.
     *
     * @throws io.djongo.EncodingException naming this path when the value cannot be written
     */
    protected final BsonValue encode(V value) {
        try {
            return codec.toBsonValueNullable(value);
        } catch (io.djongo.EncodingException e) {
            throw e.model() == null && e.path() == null ? e.ofValue(bsonPath()) : e;
        }
    }

    /**
     * Equal to {@code value}; {@code eq(null)} is {@link #isNull(boolean) isNull(true)}. Document
     * values are wrapped in {@code $eq} so that their keys can never be read as operators.
     */
    public Filter<R> eq(V value) {
        BsonValue encoded = encode(value);
        return encoded.isDocument() ? Filters.operator(bsonPath(), "$eq", encoded) : Filters.field(bsonPath(), encoded);
    }

    /** Not equal to {@code value}; like Django's {@code exclude(f=v)}, documents missing the field match. */
    public Filter<R> ne(V value) {
        return Filters.operator(bsonPath(), "$ne", encode(value));
    }

    /**
     * Equal to one of the values of another query, which runs when this one does (Django's
     * {@code filter(name__in=other.values_list("name"))}).
     */
    public Filter<R> in(Subquery<? extends V> values) {
        return new SubqueryFilter<>(bsonPath(), Objects.requireNonNull(values, "values"));
    }

    /**
     * Equal to one of {@code values}. A {@code null} among them is left out, as Django does: SQL's
     * {@code IN} never matches NULL (use {@code isNull(true)} for that), so {@code in(null)} matches nothing.
     */
    public Filter<R> in(Collection<? extends V> values) {
        return Filters.operator(bsonPath(), "$in", array(withoutNulls(values)));
    }

    /** Equal to one of {@code values}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Filter<R> in(V... values) {
        return in(Arrays.asList(values));
    }

    /**
     * Equal to none of {@code values}; {@code null} among them is left out, as for {@link #in}, so
     * documents where the field is null or missing match, as with Django's {@code exclude(f__in=...)}.
     */
    public Filter<R> notIn(Collection<? extends V> values) {
        return Filters.operator(bsonPath(), "$nin", array(withoutNulls(values)));
    }

    /** Equal to none of {@code values}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Filter<R> notIn(V... values) {
        return notIn(Arrays.asList(values));
    }

    // ---- updates

    /** Sets the field to {@code value}, or to BSON null ({@code $set}). */
    public Update<R> set(V value) {
        BsonValue encoded = encode(value);
        return new Update<>("$set", bsonPath(), encoded, new org.bson.BsonDocument("$literal", encoded));
    }

    /**
     * Sets the field to a value computed from fields of the same document (Django's
     * {@code update(rating=F('views') * 2)}), sent as an update pipeline.
     */
    public Update<R> setFrom(F<R> value) {
        return new Update<>(null, bsonPath(), null, value.expression());
    }

    /** The field as an aggregation expression, {@code "$rating"}. */
    final BsonValue fieldExpression() {
        return new org.bson.BsonString("$" + bsonPath());
    }

    private BsonArray array(Collection<? extends V> values) {
        try {
            return codec.toBsonArray(Objects.requireNonNull(values, "values"));
        } catch (io.djongo.EncodingException e) {
            throw e.model() == null && e.path() == null ? e.ofValue(bsonPath()) : e;
        }
    }

    static <V> java.util.List<V> withoutNulls(Collection<? extends V> values) {
        java.util.List<V> kept = new java.util.ArrayList<>(Objects.requireNonNull(values, "values").size());
        for (V value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return kept;
    }
}
