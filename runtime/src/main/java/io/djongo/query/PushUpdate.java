package io.djongo.query;

import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

/**
 * {@code $push} of one or more elements with its modifiers: {@code Entry_.tags.pushAll(List.of("a",
 * "b")).sortAscending().slice(-10)} keeps the ten largest tags.
 */
public final class PushUpdate<R> extends Update<R> {
    private final BsonDocument modifiers;

    PushUpdate(String path, BsonArray each) {
        this(path, new BsonDocument("$each", each));
    }

    private PushUpdate(String path, BsonDocument modifiers) {
        super("$push", path, plainWhenPossible(modifiers), null);
        this.modifiers = modifiers;
    }

    /** One element and no modifiers is written as MongoDB users write it: {@code {"$push": {"tags": "a"}}}. */
    private static org.bson.BsonValue plainWhenPossible(BsonDocument modifiers) {
        BsonArray each = modifiers.getArray("$each");
        return modifiers.size() == 1 && each.size() == 1 ? each.get(0) : modifiers;
    }

    private PushUpdate<R> with(String modifier, org.bson.BsonValue value) {
        BsonDocument copy = modifiers.clone();
        copy.put(modifier, value);
        return new PushUpdate<>(path(), copy);
    }

    /** Keeps the first {@code count} elements after pushing, or the last ones when negative ({@code $slice}). */
    public PushUpdate<R> slice(int count) {
        return with("$slice", new BsonInt32(count));
    }

    /** Inserts at {@code index} instead of appending; negative counts from the end ({@code $position}). */
    public PushUpdate<R> position(int index) {
        return with("$position", new BsonInt32(index));
    }

    /** Sorts the array of scalars ascending after pushing ({@code $sort: 1}). */
    public PushUpdate<R> sortAscending() {
        return with("$sort", new BsonInt32(1));
    }

    /** Sorts the array of scalars descending after pushing ({@code $sort: -1}). */
    public PushUpdate<R> sortDescending() {
        return with("$sort", new BsonInt32(-1));
    }

    /**
     * Sorts an array of models by fields of the element after pushing:
     * {@code sortBy(Author_.at("").name.asc())}, typically from {@code elementPaths()}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final PushUpdate<R> sortBy(Sort<?>... keys) {
        BsonDocument sort = new BsonDocument();
        for (Sort<?> key : keys) {
            Objects.requireNonNull(key, "key");
            sort.append(key.path(), new BsonInt32(key.descending() ? -1 : 1));
        }
        return with("$sort", sort);
    }
}
