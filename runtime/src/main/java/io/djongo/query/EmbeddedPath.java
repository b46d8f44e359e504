package io.djongo.query;

import io.djongo.codec.ValueCodec;

/**
 * A single embedded model. Generated subclasses ({@code Blog_}) add one path per field of
 * the embedded model, so {@code Entry_.blog.name} reaches {@code blog.name}.
 */
public class EmbeddedPath<R, V> extends Path<R, V> {

    protected EmbeddedPath(String name, ValueCodec<V> codec) {
        super(name, codec);
    }
}
