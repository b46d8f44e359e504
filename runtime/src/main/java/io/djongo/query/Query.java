package io.djongo.query;

import io.djongo.CollectionOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;

/**
 * The immutable state of a QuerySet: everything a refining call can change. Each refining call
 * makes a new one, so QuerySets can be shared and reused freely.
 *
 * @param alias the connection, or {@code null} for the default one
 * @param filters conditions that must all hold
 * @param sorts the ordering, empty when unordered
 * @param offset how many results to skip
 * @param limit how many results at most, or {@code -1} for no limit
 * @param none whether the query matches nothing without asking the server ({@code none()})
 * @param projection the fields to load ({@code only}/{@code defer}), or {@code null} for all
 * @param batchSize the cursor batch size, or {@code 0} for the connection's
 * @param related the relations to load with the results, and whether others may load themselves
 * @param maxTimeMillis how long each command of the query may take ({@code maxTime}), or {@code 0} for no limit
 * @param options the read preference and concerns chosen for this query, over the model's and the connection's
 */
record Query<T>(String alias, List<Filter<T>> filters, List<Sort<T>> sorts, int offset, int limit, boolean none,
        BsonDocument projection, int batchSize, Related related, long maxTimeMillis, CollectionOptions options) {

    /**
     * What {@code selectRelated}, {@code prefetchRelated} and {@code strict} asked for.
     *
     * @param select relation paths to join in the same query ({@code "blog"}, {@code "blog__owner"})
     * @param prefetch relation paths to load with one more query each ({@code "tags"}, {@code "entries"})
     * @param strict whether references the query did not load refuse to load themselves
     */
    record Related(List<String> select, List<String> prefetch, boolean strict) {
        static final Related NONE = new Related(List.of(), List.of(), false);

        boolean any() {
            return !select.isEmpty() || !prefetch.isEmpty() || strict;
        }
    }

    static <T> Query<T> initial(String alias) {
        return new Query<>(alias, List.of(), List.of(), 0, -1, false, null, 0, Related.NONE, 0, CollectionOptions.NONE);
    }

    Query<T> withRelated(Related related) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    Query<T> withAlias(String alias) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of this query's filters
    Query<T> withFilter(Filter<T> filter) {
        Filter<T>[] all = filters.toArray(new Filter[filters.size() + 1]);
        all[filters.size()] = java.util.Objects.requireNonNull(filter, "filter");
        return new Query<>(alias, List.of(all), sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis,
                options);
    }

    /** The ordering {@code sorts}; a path named twice keeps its first key, which is the one that decides. */
    Query<T> withSorts(List<Sort<T>> sorts) {
        if (sorts.size() < 2) {
            return new Query<>(alias, filters, List.copyOf(sorts), offset, limit, none, projection, batchSize, related,
                    maxTimeMillis, options);
        }
        List<Sort<T>> distinct = new ArrayList<>(sorts.size());
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (Sort<T> sort : sorts) {
            if (seen.add(sort.key())) {
                distinct.add(sort);
            }
        }
        return new Query<>(alias, filters, List.copyOf(distinct), offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    /**
     * Skips {@code count} more rows of this query's rows, as Python's {@code rows[count:]}: an
     * offset adds to the offset already taken, and shortens a limit already set.
     */
    Query<T> withOffset(int count) {
        int newOffset = (int) Math.min(Integer.MAX_VALUE, (long) offset + count);
        int newLimit = limit < 0 ? -1 : Math.max(0, limit - count);
        return new Query<>(alias, filters, sorts, newOffset, newLimit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    /** At most {@code count} of this query's rows, as Python's {@code rows[:count]}: a limit narrows, never widens. */
    Query<T> withLimit(int count) {
        int newLimit = limit < 0 ? count : Math.min(limit, count);
        return new Query<>(alias, filters, sorts, offset, newLimit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    /** This query without its order and slice, for reading rows already chosen and ordered elsewhere. */
    Query<T> withoutOrderAndSlice() {
        return new Query<>(alias, filters, List.of(), 0, -1, none, projection, batchSize, related, maxTimeMillis, options);
    }

    Query<T> withOptions(CollectionOptions options) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    Query<T> withNone() {
        return new Query<>(alias, filters, sorts, offset, limit, true, projection, batchSize, related, maxTimeMillis, options);
    }

    Query<T> withProjection(BsonDocument projection) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    Query<T> withBatchSize(int batchSize) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    Query<T> withMaxTime(long maxTimeMillis) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize, related, maxTimeMillis, options);
    }

    /** Whether no document can match: {@code none()} or {@code limit(0)}. */
    boolean empty() {
        return none || limit == 0;
    }

    /** Whether a slice has been taken (Django's {@code is_sliced}): an offset above 0, or a limit. */
    boolean sliced() {
        return offset > 0 || limit >= 0;
    }
}
