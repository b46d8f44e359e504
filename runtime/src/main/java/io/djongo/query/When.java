package io.djongo.query;

import java.util.Objects;

/**
 * One branch of a {@link Case}: a condition, written as a filter, and the value where it holds,
 * as Django's {@code When(rating__gte=4, then=Value("good"))}.
 *
 * @param <R> the model
 */
public final class When<R> {
    private final Filter<R> condition;
    private final F<R> then;

    private When(Filter<R> condition, F<R> then) {
        this.condition = Objects.requireNonNull(condition, "condition");
        this.then = Objects.requireNonNull(then, "then");
    }

    /** {@code then} where {@code condition} holds: {@code When.of(Entry_.rating.gte(4), Value.of("good"))}. */
    public static <R> When<R> of(Filter<R> condition, F<R> then) {
        return new When<>(condition, then);
    }

    Filter<R> condition() {
        return condition;
    }

    F<R> then() {
        return then;
    }
}
