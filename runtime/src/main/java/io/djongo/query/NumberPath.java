package io.djongo.query;

import io.djongo.codec.ValueCodec;

/** A numeric field. */
public class NumberPath<R, V extends Number> extends ComparablePath<R, V> {

    public NumberPath(String name, ValueCodec<V> codec) {
        super(name, codec);
    }
}
