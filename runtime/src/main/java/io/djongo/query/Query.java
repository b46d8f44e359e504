package io.djongo.query;

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
 * @param batchSize the cursor batch size, or {@code 0} for the driver's default
 */
record Query<T>(String alias, List<Filter<T>> filters, List<Sort<T>> sorts, int offset, int limit, boolean none,
        BsonDocument projection, int batchSize) {

    static <T> Query<T> initial(String alias) {
        return new Query<>(alias, List.of(), List.of(), 0, -1, false, null, 0);
    }

    Query<T> withAlias(String alias) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize);
    }

    Query<T> withFilter(Filter<T> filter) {
        List<Filter<T>> all = new ArrayList<>(filters.size() + 1);
        all.addAll(filters);
        all.add(filter);
        return new Query<>(alias, List.copyOf(all), sorts, offset, limit, none, projection, batchSize);
    }

    Query<T> withSorts(List<Sort<T>> sorts) {
        return new Query<>(alias, filters, List.copyOf(sorts), offset, limit, none, projection, batchSize);
    }

    Query<T> withOffset(int offset) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize);
    }

    Query<T> withLimit(int limit) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize);
    }

    Query<T> withNone() {
        return new Query<>(alias, filters, sorts, offset, limit, true, projection, batchSize);
    }

    Query<T> withProjection(BsonDocument projection) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize);
    }

    Query<T> withBatchSize(int batchSize) {
        return new Query<>(alias, filters, sorts, offset, limit, none, projection, batchSize);
    }

    /** Whether no document can match: {@code none()} or {@code limit(0)}. */
    boolean empty() {
        return none || limit == 0;
    }

    boolean sliced() {
        return offset > 0 || limit >= 0;
    }
}
