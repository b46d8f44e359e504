package io.djongo.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * The number of elements of an array field, as Django's {@code tags__len__lte=2}:
 * {@code Entry_.tags.length().lte(2)}. MongoDB's {@code $size} only tests equality, so the other
 * comparisons test whether an index exists: more than 2 elements means {@code tags.2} exists. That
 * needs no {@code $expr}, so it works on every server. A field that is null or missing has no length,
 * and matches none of the comparisons, as Django's NULL does not.
 */
public final class ArrayLengthPath<R> implements OrderedPath<R, Integer> {
    private final String field;

    ArrayLengthPath(String field) {
        this.field = field;
    }

    @Override
    public Filter<R> eq(Integer length) {
        int n = require(length);
        return n < 0 ? nothing() : Filters.operator(field, "$size", new BsonInt32(n));
    }

    @Override
    public Filter<R> gt(Integer length) {
        int n = require(length);
        return n < 0 ? isArray() : Filters.operator(field + "." + n, "$exists", BsonBoolean.TRUE);
    }

    @Override
    public Filter<R> gte(Integer length) {
        int n = require(length);
        return n <= 0 ? isArray() : gt(n - 1);
    }

    @Override
    public Filter<R> lt(Integer length) {
        int n = require(length);
        return n <= 0 ? nothing() : lte(n - 1);
    }

    @Override
    public Filter<R> lte(Integer length) {
        int n = require(length);
        if (n < 0) {
            return nothing();
        }
        return Filters.and(List.of(isArray(), Filters.operator(field + "." + n, "$exists", BsonBoolean.FALSE)));
    }

    @Override
    public Filter<R> range(Integer from, Integer to) {
        return gte(from).and(lte(to));
    }

    @Override
    public Filter<R> in(Collection<? extends Integer> lengths) {
        List<Filter<R>> any = new ArrayList<>();
        for (int length : Path.withoutNulls(lengths)) {
            any.add(eq(length));
        }
        return Filters.or(any);
    }

    public Filter<R> in(Integer... lengths) {
        return in(Arrays.asList(lengths));
    }

    private Filter<R> isArray() {
        return Filters.operator(field, "$type", new BsonString("array"));
    }

    private static <R> Filter<R> nothing() {
        return Filters.or(List.of());
    }

    private int require(Integer length) {
        if (length == null) {
            throw new NullPointerException(field + " length: null matches nothing; use isNull(true) to find missing arrays");
        }
        return length;
    }

    @Override
    public String toString() {
        return field + "__len";
    }
}
