package io.djongo.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a deletion deleted (Django's {@code (count, {model: count})}): the number of documents in
 * all, and per model, including the objects deleted by {@code onDelete = CASCADE}.
 *
 * @param count the number of documents deleted
 * @param perModel the number deleted per model, by the model's name, in the order deleted
 */
public record Deleted(long count, Map<String, Long> perModel) {

    public Deleted {
        perModel = Collections.unmodifiableMap(new LinkedHashMap<>(perModel));
    }

    /** Nothing deleted. */
    public static Deleted none() {
        return new Deleted(0, Map.of());
    }

    /** {@code count} documents of one model. */
    public static Deleted of(String model, long count) {
        return new Deleted(count, count == 0 ? Map.of() : Map.of(model, count));
    }

    /** The number of {@code model}'s documents deleted; 0 when none. */
    public long of(String model) {
        return perModel.getOrDefault(model, 0L);
    }

    @Override
    public String toString() {
        return "(" + count + ", " + perModel + ")";
    }
}
