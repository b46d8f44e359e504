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
     * The value under {@code key}. The key must be one a map can store: {@code $}, {@code .}, NUL or
     * an empty key would change the query's meaning or could not be sent, and saving refuses them too.
     */
    public P get(String key) {
        Objects.requireNonNull(key, "key");
        String problem = io.djongo.codec.Encoding.mapKeyProblem(key);
        if (problem != null) {
            throw new IllegalArgumentException("the map key \"" + key + "\" of " + bsonPath() + " is not a plain field name: "
                    + problem);
        }
        P path = valuePath.apply(child(key));
        if (path instanceof AbstractPath) {
            ((AbstractPath<?>) path).markMapValue();
        }
        return path;
    }

    /** Has an entry under {@code key}, even a null one ({@code $exists}). */
    public Filter<R> containsKey(String key) {
        get(key);
        return Filters.operator(child(key), "$exists", org.bson.BsonBoolean.TRUE);
    }

    /** Has an entry under {@code key}, even a null one: Django's JSON {@code has_key}, the same as {@link #containsKey}. */
    public Filter<R> hasKey(String key) {
        return containsKey(key);
    }

    /** Has an entry under every one of {@code keys} (Django's {@code has_keys}). */
    public Filter<R> hasKeys(java.util.Collection<String> keys) {
        java.util.List<Filter<R>> all = new java.util.ArrayList<>();
        for (String key : Objects.requireNonNull(keys, "keys")) {
            all.add(containsKey(key));
        }
        return Filters.and(all);
    }

    /** Has an entry under every one of {@code keys}. */
    public Filter<R> hasKeys(String... keys) {
        return hasKeys(java.util.Arrays.asList(keys));
    }

    /** Has an entry under at least one of {@code keys} (Django's {@code has_any_keys}). */
    public Filter<R> hasAnyKeys(java.util.Collection<String> keys) {
        java.util.List<Filter<R>> any = new java.util.ArrayList<>();
        for (String key : Objects.requireNonNull(keys, "keys")) {
            any.add(containsKey(key));
        }
        return Filters.or(any);
    }

    /** Has an entry under at least one of {@code keys}. */
    public Filter<R> hasAnyKeys(String... keys) {
        return hasAnyKeys(java.util.Arrays.asList(keys));
    }

    /**
     * Holds every entry of {@code entries}, with equal values (Django's JSON {@code contains}):
     * {@code Entry_.votes.contains(Map.of("up", 3))}.
     */
    public Filter<R> contains(Map<String, ? extends V> entries) {
        java.util.List<Filter<R>> all = new java.util.ArrayList<>();
        for (Map.Entry<String, ? extends V> entry : Objects.requireNonNull(entries, "entries").entrySet()) {
            get(entry.getKey());
            org.bson.BsonValue encoded = value.toBsonValueNullable(entry.getValue());
            all.add(encoded.isDocument() ? Filters.operator(child(entry.getKey()), "$eq", encoded)
                    : Filters.field(child(entry.getKey()), encoded));
        }
        return Filters.and(all);
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
