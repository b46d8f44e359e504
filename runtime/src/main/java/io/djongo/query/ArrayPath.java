package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonNull;
import org.bson.BsonValue;

/** A {@code List} or {@code Set} of scalar values, stored as a BSON array. */
public class ArrayPath<R, E> extends AbstractPath<R> {
    private final ValueCodec<E> element;

    public ArrayPath(String name, ValueCodec<E> element) {
        super(name);
        this.element = Objects.requireNonNull(element, "element");
    }

    /** The codec of one element. */
    public final ValueCodec<E> elementCodec() {
        return element;
    }

    /** Some element equals {@code value} (MongoDB matches arrays element-wise). */
    public Filter<R> contains(E value) {
        return Filters.field(bsonPath(), encodeElement(value));
    }

    /** The whole array equals {@code values}, in order. */
    public Filter<R> eq(Collection<? extends E> values) {
        return values == null ? isNull(true) : Filters.operator(bsonPath(), "$eq", array(values));
    }

    protected final BsonValue encodeElement(E value) {
        return value == null ? BsonNull.VALUE : element.toBsonValue(value);
    }

    protected final BsonArray array(Collection<? extends E> values) {
        BsonArray array = new BsonArray(new ArrayList<>(values.size()));
        for (E value : values) {
            array.add(encodeElement(value));
        }
        return array;
    }
}
