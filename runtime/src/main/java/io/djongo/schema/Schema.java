package io.djongo.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The collections of a database as migrations see them, by name: what the models declare (read
 * from their schema snapshots) or what the migrations applied so far have built (Django's
 * {@code ProjectState}). Immutable: each change makes a new schema.
 */
public final class Schema {
    private static final Schema EMPTY = new Schema(new TreeMap<>());

    private final Map<String, CollectionSchema> collections;

    private Schema(Map<String, CollectionSchema> collections) {
        this.collections = Collections.unmodifiableMap(collections);
    }

    public static Schema empty() {
        return EMPTY;
    }

    /** The schema made of {@code collections}. */
    public static Schema of(Collection<CollectionSchema> collections) {
        Schema schema = EMPTY;
        for (CollectionSchema collection : collections) {
            schema = schema.with(collection);
        }
        return schema;
    }

    /** Every collection, by name, in name order. */
    public Map<String, CollectionSchema> collections() {
        return collections;
    }

    public Optional<CollectionSchema> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    /** This schema with {@code collection} added or replaced. */
    public Schema with(CollectionSchema collection) {
        Map<String, CollectionSchema> changed = new TreeMap<>(collections);
        changed.put(collection.name(), collection);
        return new Schema(changed);
    }

    /** This schema without the collection {@code name}. */
    public Schema without(String name) {
        Map<String, CollectionSchema> changed = new TreeMap<>(collections);
        changed.remove(name);
        return new Schema(changed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schema && ((Schema) other).collections.equals(collections);
    }

    @Override
    public int hashCode() {
        return collections.hashCode();
    }

    @Override
    public String toString() {
        return "Schema" + collections.keySet();
    }
}
