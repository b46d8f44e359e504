package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@code Map<String, V>}, stored as a sub-document keyed by the map's keys. {@link #get}
 * gives the path of one value, of the same kind a field of type {@code V} has:
 * {@code Entry_.votes.get("up").gte(3)}, {@code Entry_.blogs.get("main").name.startsWith("B")}.
 *
 * @param <R> the model
 * @param <V> the map's value type
 * @param <P> the path of one value
 */
public class MapPath<R, V, P> extends AbstractPath<R> {
    private final ValueCodec<V> value;
    private final Function<String, P> valuePath;

    /** @param valuePath creates the path of the value under a dotted name */
    public MapPath(String name, ValueCodec<V> value, Function<String, P> valuePath) {
        super(name);
        this.value = Objects.requireNonNull(value, "value");
        this.valuePath = Objects.requireNonNull(valuePath, "valuePath");
    }

    @Override
    public ValueCodec<?> valueCodec() {
        return io.djongo.codec.ValueCodecs.mapOf(value);
    }

    /**
     * The value under {@code key}. The key must be a plain field name, since {@code $} and
     * {@code .} would change the query's meaning.
     */
    public P get(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.startsWith("$") || key.indexOf('.') >= 0) {
            throw new IllegalArgumentException("the map key \"" + key + "\" of " + bsonPath()
                    + " is not a plain field name: keys may not be empty, start with '$' or contain '.'");
        }
        return valuePath.apply(child(key));
    }

    /** Has an entry under {@code key}, even a null one ({@code $exists}). */
    public Filter<R> containsKey(String key) {
        get(key);
        return Filters.operator(child(key), "$exists", org.bson.BsonBoolean.TRUE);
    }

    /** Replaces the whole map ({@code $set}). */
    public Update<R> set(Map<String, ? extends V> map) {
        org.bson.BsonValue encoded = map == null ? org.bson.BsonNull.VALUE : mapCodec().toBsonValue(map);
        return new Update<>("$set", bsonPath(), encoded, new org.bson.BsonDocument("$literal", encoded));
    }

    @SuppressWarnings("unchecked") // a Map<String, ? extends V> is read-only here, so it is a Map<String, V>
    private ValueCodec<Map<String, ? extends V>> mapCodec() {
        return (ValueCodec<Map<String, ? extends V>>) (ValueCodec<?>) io.djongo.codec.ValueCodecs.mapOf(value);
    }
}
