package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Objects;

/** A {@code Map<String, V>}, stored as a sub-document keyed by the map's keys. */
public class MapPath<R, V> extends AbstractPath<R> {
    private final ValueCodec<V> value;

    public MapPath(String name, ValueCodec<V> value) {
        super(name);
        this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public ValueCodec<?> valueCodec() {
        return io.djongo.codec.ValueCodecs.mapOf(value);
    }

    /**
     * The value under {@code key}: {@code Entry_.scores.get("math").eq(3)}. The key must be a
     * plain field name, since {@code $} and {@code .} would change the query's meaning.
     */
    public Path<R, V> get(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.startsWith("$") || key.indexOf('.') >= 0) {
            throw new IllegalArgumentException("the map key \"" + key + "\" of " + bsonPath()
                    + " is not a plain field name: keys may not be empty, start with '$' or contain '.'");
        }
        return new Path<>(child(key), value);
    }
}
