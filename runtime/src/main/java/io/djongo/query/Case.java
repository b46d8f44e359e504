package io.djongo.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * A value chosen per document by conditions, as Django's {@code Case}/{@code When}: the value of the
 * first {@link When} whose condition holds, else the default.
 *
 * <pre>{@code
 * F<Entry> label = Case.of(
 *         When.of(Entry_.rating.gte(4), Value.<Entry>of("good")),
 *         When.of(Entry_.rating.gte(2), Value.<Entry>of("fair")))
 *     .otherwise(Value.of("poor"));
 * Entry.objects().orderBy(label.asc());
 * }</pre>
 *
 * Compiled to nested {@code $cond} expressions (what every server with aggregation expressions
 * runs, unlike {@code $switch}); conditions keep their query meaning (see {@link When}).
 *
 * @param <R> the model
 */
public final class Case<R> {
    private final List<When<R>> branches;

    private Case(List<When<R>> branches) {
        this.branches = List.copyOf(branches);
    }

    /** The branches, tried in order. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public static <R> Case<R> of(When<R>... branches) {
        Objects.requireNonNull(branches, "branches");
        if (branches.length == 0) {
            throw new IllegalArgumentException("Case.of() needs at least one When");
        }
        List<When<R>> list = new ArrayList<>(Arrays.asList(branches));
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), "Case.of(): branch " + i + " is null");
        }
        return new Case<>(list);
    }

    /** The value: a branch's, or {@code otherwise} where no condition holds (Django's {@code default}). */
    public F<R> otherwise(F<R> otherwise) {
        return F.computed(build(Objects.requireNonNull(otherwise, "otherwise").expression()));
    }

    /** The value: a branch's, or null where no condition holds (Django's default {@code default=None}). */
    public F<R> end() {
        return F.computed(build(BsonNull.VALUE));
    }

    private BsonValue build(BsonValue otherwise) {
        BsonValue result = otherwise;
        for (int i = branches.size() - 1; i >= 0; i--) {
            When<R> branch = branches.get(i);
            BsonValue condition = Expressions.condition(Filters.document(branch.condition()));
            result = new BsonDocument("$cond", new BsonArray(List.of(condition, branch.then().expression(), result)));
        }
        return result;
    }
}
