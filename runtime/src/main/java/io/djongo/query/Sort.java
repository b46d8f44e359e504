package io.djongo.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bson.BsonValue;

/**
 * One ordering key of model {@code R}: {@code Entry_.pubDate.desc()}, optionally with the place of
 * null values ({@code Entry_.rating.desc().nullsLast()}, Django's {@code F("rating").desc(nulls_last=True)}),
 * a computed value ({@code F.of(Entry_.rating).plus(1).desc()}), or a field of a related object
 * ({@code orderBy("blog__name")}).
 *
 * @param path the BSON path, or {@code null} when the key is a computed {@code expression} or {@code related}
 * @param descending whether larger values come first
 * @param nulls where null and missing values go
 * @param expression the aggregation expression ordered by, or {@code null}
 * @param related the field of a related object ordered by, or {@code null}
 */
public record Sort<R>(String path, boolean descending, Nulls nulls, BsonValue expression, Related related) {

    /**
     * A field reached by following references from the model ({@code "blog__owner__name"}):
     * ordered by joining the related documents with {@code $lookup}, or, on a server without it,
     * by reading the related values with one query per reference and ordering in memory.
     *
     * @param lookup the path as written, for messages
     * @param steps the references followed, in order
     * @param field the field's BSON path in the last related document
     */
    public record Related(String lookup, List<Step> steps, String field) {
        public Related {
            Objects.requireNonNull(lookup, "lookup");
            steps = List.copyOf(steps);
            Objects.requireNonNull(field, "field");
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a related key follows at least one reference");
            }
        }
    }

    /**
     * One reference followed.
     *
     * @param collection the referenced model's collection
     * @param reference the reference's BSON path in the document it is read from ({@code blog_id})
     */
    public record Step(String collection, String reference) {
        public Step {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(reference, "reference");
        }
    }

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
        if ((path != null ? 1 : 0) + (expression != null ? 1 : 0) + (related != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("a sort key needs exactly one of a path, an expression or a related field");
        }
    }

    /** A key on the field at {@code path} or on a computed {@code expression} (the other {@code null}). */
    public Sort(String path, boolean descending, Nulls nulls, BsonValue expression) {
        this(path, descending, nulls, expression, null);
    }

    /** A key on the field at {@code path}, nulls where the server puts them. */
    public Sort(String path, boolean descending) {
        this(Objects.requireNonNull(path, "path"), descending, Nulls.DEFAULT, null, null);
    }

    /** A key on a field of a related object, nulls where the server puts them. */
    public Sort(Related related, boolean descending) {
        this(null, descending, Nulls.DEFAULT, null, Objects.requireNonNull(related, "related"));
    }

    /** The same key in the other direction; an explicit null placement is kept, as Django's {@code reverse()} does. */
    public Sort<R> reversed() {
        Nulls flipped = nulls == Nulls.FIRST ? Nulls.LAST : nulls == Nulls.LAST ? Nulls.FIRST : Nulls.DEFAULT;
        return new Sort<>(path, !descending, flipped, expression, related);
    }

    /** Null and missing values before every value (Django's {@code nulls_first=True}). */
    public Sort<R> nullsFirst() {
        return new Sort<>(path, descending, Nulls.FIRST, expression, related);
    }

    /** Null and missing values after every value (Django's {@code nulls_last=True}). */
    public Sort<R> nullsLast() {
        return new Sort<>(path, descending, Nulls.LAST, expression, related);
    }

    /** What is ordered by: the path, the expression or the related field; two keys on the same thing are the same key. */
    Object key() {
        return expression != null ? expression : related != null ? related : path;
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
        return expression == null && related == null && !movesNulls();
    }

    @Override
    public String toString() {
        String key = (descending ? "-" : "") + (expression != null ? expression.toString()
                : related != null ? related.lookup() : path);
        return nulls == Nulls.DEFAULT ? key : key + " nulls " + nulls.name().toLowerCase(Locale.ROOT);
    }
}
