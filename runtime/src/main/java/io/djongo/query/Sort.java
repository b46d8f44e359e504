package io.djongo.query;

import java.util.Objects;
import org.bson.BsonValue;

/**
 * One ordering key of model {@code R}: {@code Entry_.pubDate.desc()}, optionally with the place of
 * null values ({@code Entry_.rating.desc().nullsLast()}, Django's {@code F("rating").desc(nulls_last=True)}),
 * or a computed value ({@code F.of(Entry_.rating).plus(1).desc()}).
 *
 * @param path the BSON path, or {@code null} when the key is a computed {@code expression}
 * @param descending whether larger values come first
 * @param nulls where null and missing values go
 * @param expression the aggregation expression ordered by, or {@code null} for a field
 */
public record Sort<R>(String path, boolean descending, Nulls nulls, BsonValue expression) {

    /**
     * Where null and missing values go. MongoDB puts them first in ascending order and last in
     * descending order ({@link #DEFAULT}); the other placements run the query as an aggregation.
     */
    public enum Nulls {
        /** The server's order: nulls first when ascending, last when descending. */
        DEFAULT,
        /** Nulls before every value. */
        FIRST,
        /** Nulls after every value. */
        LAST
    }

    public Sort {
        Objects.requireNonNull(nulls, "nulls");
        if (path == null && expression == null) {
            throw new NullPointerException("a sort key needs a path or an expression");
        }
    }

    /** A key on the field at {@code path}, nulls where the server puts them. */
    public Sort(String path, boolean descending) {
        this(Objects.requireNonNull(path, "path"), descending, Nulls.DEFAULT, null);
    }

    /** The same key in the other direction; an explicit null placement is kept, as Django's {@code reverse()} does. */
    public Sort<R> reversed() {
        Nulls flipped = nulls == Nulls.FIRST ? Nulls.LAST : nulls == Nulls.LAST ? Nulls.FIRST : Nulls.DEFAULT;
        return new Sort<>(path, !descending, flipped, expression);
    }

    /** Null and missing values before every value (Django's {@code nulls_first=True}). */
    public Sort<R> nullsFirst() {
        return new Sort<>(path, descending, Nulls.FIRST, expression);
    }

    /** Null and missing values after every value (Django's {@code nulls_last=True}). */
    public Sort<R> nullsLast() {
        return new Sort<>(path, descending, Nulls.LAST, expression);
    }

    /** What is ordered by: the path or the expression; two keys on the same thing are the same key. */
    Object key() {
        return expression != null ? expression : path;
    }

    /**
     * Whether the server's own order of nulls differs from the one asked for, so a helper key
     * must sort them: ascending puts nulls first, descending last.
     */
    boolean movesNulls() {
        return (nulls == Nulls.LAST && !descending) || (nulls == Nulls.FIRST && descending);
    }

    /** Whether a plain {@code sort} document can express this key: a field, nulls where the server puts them. */
    boolean plain() {
        return expression == null && !movesNulls();
    }

    @Override
    public String toString() {
        String key = (descending ? "-" : "") + (expression != null ? expression.toString() : path);
        return nulls == Nulls.DEFAULT ? key : key + " nulls " + nulls.name().toLowerCase(java.util.Locale.ROOT);
    }
}
