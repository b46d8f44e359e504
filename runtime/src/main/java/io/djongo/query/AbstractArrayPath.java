package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Collection;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;

/** What every {@code List} or {@code Set} field has, whatever its elements: array conditions and updates. */
public abstract class AbstractArrayPath<R, E> extends AbstractPath<R> {
    private final ValueCodec<E> element;

    protected AbstractArrayPath(String name, ValueCodec<E> element) {
        super(name);
        this.element = Objects.requireNonNull(element, "element");
    }

    @Override
    public ValueCodec<?> valueCodec() {
        return io.djongo.codec.ValueCodecs.listOf(element);
    }

    /** The codec of one element. */
    public final ValueCodec<E> elementCodec() {
        return element;
    }

    /** Some element equals {@code value} (MongoDB matches arrays element-wise). */
    public Filter<R> contains(E value) {
        BsonValue encoded = encodeElement(value);
        // A sub-document is compared whole with $eq: bare, some servers would match it partially.
        return encoded.isDocument() ? Filters.operator(bsonPath(), "$eq", encoded) : Filters.field(bsonPath(), encoded);
    }

    /** The whole array equals {@code values}, in order. */
    public Filter<R> eq(Collection<? extends E> values) {
        return values == null ? isNull(true) : Filters.operator(bsonPath(), "$eq", array(values));
    }

    /** Contains every one of {@code values} ({@code $all}). */
    public Filter<R> containsAll(Collection<? extends E> values) {
        return Filters.operator(bsonPath(), "$all", array(Objects.requireNonNull(values, "values")));
    }

    /** Contains at least one of {@code values} (an overlap of the two sets). */
    public Filter<R> overlap(Collection<? extends E> values) {
        return Filters.operator(bsonPath(), "$in", array(Objects.requireNonNull(values, "values")));
    }

    /**
     * Every element is one of {@code values} (Django's {@code contained_by}): the array is a
     * subset; an empty array is contained by anything, a null or missing one by nothing.
     */
    public Filter<R> containedBy(Collection<? extends E> values) {
        BsonArray allowed = array(Objects.requireNonNull(values, "values"));
        return Filters.field(bsonPath(), new org.bson.BsonDocument("$type", new org.bson.BsonString("array"))
                .append("$not", new org.bson.BsonDocument("$elemMatch", new org.bson.BsonDocument("$nin", allowed))));
    }

    /**
     * The whole array equals one of {@code lists}, in order (Django's {@code in} on an array
     * field: each value is an array).
     */
    public Filter<R> in(Collection<? extends Collection<? extends E>> lists) {
        BsonArray any = new BsonArray();
        for (Collection<? extends E> list : Path.withoutNulls(Objects.requireNonNull(lists, "lists"))) {
            any.add(array(list));
        }
        return Filters.operator(bsonPath(), "$in", any);
    }

    /** The number of elements, for comparisons: {@code Entry_.tags.length().lte(2)} ({@code tags__len__lte}). */
    public ArrayLengthPath<R> length() {
        return new ArrayLengthPath<>(bsonPath());
    }

    /** Has exactly {@code size} elements ({@code $size}). */
    public Filter<R> size(int size) {
        if (size < 0) {
            throw new IllegalArgumentException(bsonPath() + ".size(" + size + "): a size is zero or more");
        }
        return Filters.operator(bsonPath(), "$size", new BsonInt32(size));
    }

    /** Is an empty array; documents where the field is missing or {@code null} do not match. */
    public Filter<R> isEmpty() {
        return size(0);
    }

    /** Has at least one element; documents where the field is missing or {@code null} do not match. */
    public Filter<R> isNotEmpty() {
        return Filters.operator(child("0"), "$exists", org.bson.BsonBoolean.TRUE);
    }

    /** The element at {@code index}, counted from 0 ({@code tags__0}). */
    public Path<R, E> index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException(bsonPath() + ".index(" + index + "): an index is zero or more");
        }
        return new Path<>(child(Integer.toString(index)), element);
    }

    // ---- updates: partial changes to the array, never a rewrite of the whole array

    /** Replaces the whole array with {@code values}, or BSON null ({@code $set}). */
    public Update<R> set(Collection<? extends E> values) {
        BsonValue encoded = values == null ? BsonNull.VALUE : array(values);
        return new Update<>("$set", bsonPath(), encoded, new org.bson.BsonDocument("$literal", encoded));
    }

    /** Appends {@code value} ({@code $push}). */
    public PushUpdate<R> push(E value) {
        BsonArray each = new BsonArray();
        each.add(encodeElement(value));
        return new PushUpdate<>(bsonPath(), each);
    }

    /** Appends {@code values}, in order ({@code $push} with {@code $each}); modifiers follow on the result. */
    public PushUpdate<R> pushAll(Collection<? extends E> values) {
        return new PushUpdate<>(bsonPath(), array(Objects.requireNonNull(values, "values")));
    }

    /** Appends {@code value} unless the array already contains it ({@code $addToSet}). */
    public Update<R> addToSet(E value) {
        return new Update<>("$addToSet", bsonPath(), encodeElement(value), null);
    }

    /** Appends each of {@code values} the array does not contain yet ({@code $addToSet} with {@code $each}). */
    public Update<R> addToSetAll(Collection<? extends E> values) {
        return new Update<>("$addToSet", bsonPath(),
                new org.bson.BsonDocument("$each", array(Objects.requireNonNull(values, "values"))), null);
    }

    /** Removes every element equal to {@code value} ({@code $pull}). */
    public Update<R> pull(E value) {
        BsonValue encoded = encodeElement(value);
        // A document value is wrapped in $eq: its keys must never be read as a condition.
        return new Update<>("$pull", bsonPath(), encoded.isDocument() ? new org.bson.BsonDocument("$eq", encoded)
                : encoded, null);
    }

    /** Removes every element equal to one of {@code values} ({@code $pullAll}). */
    public Update<R> pullAll(Collection<? extends E> values) {
        return new Update<>("$pullAll", bsonPath(), array(Objects.requireNonNull(values, "values")), null);
    }

    /** Removes the first element ({@code $pop: -1}). */
    public Update<R> popFirst() {
        return new Update<>("$pop", bsonPath(), new BsonInt32(-1), null);
    }

    /** Removes the last element ({@code $pop: 1}). */
    public Update<R> popLast() {
        return new Update<>("$pop", bsonPath(), new BsonInt32(1), null);
    }

    protected final BsonValue encodeElement(E value) {
        return element.toBsonValueNullable(value);
    }

    protected final BsonArray array(Collection<? extends E> values) {
        return element.toBsonArray(values);
    }
}
