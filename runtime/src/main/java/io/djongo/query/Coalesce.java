package io.djongo.query;

import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The first of several values that is not null, as Django's {@code Coalesce}:
 * {@code Coalesce.of(F.of(Entry_.rating), Value.of(0))} ({@code $ifNull}).
 */
public final class Coalesce {
    private Coalesce() {}

    /** The first of {@code values} that is not null (or missing), else null. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public static <R> F<R> of(F<R>... values) {
        Objects.requireNonNull(values, "values");
        if (values.length < 2) {
            throw new IllegalArgumentException("Coalesce.of() takes at least two values, as Django's Coalesce does");
        }
        BsonValue result = Objects.requireNonNull(values[values.length - 1], "Coalesce.of(): a value is null").expression();
        for (int i = values.length - 2; i >= 0; i--) {
            BsonValue value = Objects.requireNonNull(values[i], "Coalesce.of(): a value is null").expression();
            // the two-argument form, which every server with $ifNull runs
            result = new BsonDocument("$ifNull", new BsonArray(List.of(value, result)));
        }
        return F.computed(result);
    }
}
