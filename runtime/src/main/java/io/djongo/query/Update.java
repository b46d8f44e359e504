package io.djongo.query;

import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One change to documents of model {@code R}, made by a path: {@code Entry_.rating.inc(1)},
 * {@code Entry_.tags.push("jazz")}, {@code Entry_.blog.name.set("Beatles")}. Passed to
 * {@link QuerySet#update}, which sends them together as one partial update: only the named
 * paths change, arrays are never rewritten whole.
 *
 * @param <R> the model
 */
public class Update<R> {
    private final String operator;
    private final String path;
    private final BsonValue value;
    private final BsonValue pipelineValue;
    private final List<BsonDocument> arrayFilters;

    /**
     * @param operator the update operator ({@code $set}, {@code $inc}, ...), or {@code null} for
     *     a change that only an update pipeline can express (a value computed from fields)
     * @param pipelineValue the same change as a {@code $set} stage expression, or {@code null}
     *     when it has none (array operators)
     */
    Update(String operator, String path, BsonValue value, BsonValue pipelineValue, List<BsonDocument> arrayFilters) {
        this.operator = operator;
        this.path = Objects.requireNonNull(path, "path");
        this.value = value;
        this.pipelineValue = pipelineValue;
        this.arrayFilters = List.copyOf(arrayFilters);
    }

    Update(String operator, String path, BsonValue value, BsonValue pipelineValue) {
        this(operator, path, value, pipelineValue, List.of());
    }

    /** The operator, or {@code null} when only a pipeline expresses this change. */
    final String operator() {
        return operator;
    }

    /** The dotted path that changes. */
    public final String path() {
        return path;
    }

    final BsonValue value() {
        return value;
    }

    /** The value of the field after the change, as an aggregation expression; {@code null} when there is none. */
    final BsonValue pipelineValue() {
        return pipelineValue;
    }

    /** The array filters that bind the {@code $[identifier]} placeholders in the path. */
    public final List<BsonDocument> arrayFilters() {
        return arrayFilters;
    }

    /** This change with array filters added, for updates inside matching array elements. */
    Update<R> withArrayFilters(List<BsonDocument> filters) {
        List<BsonDocument> all = new java.util.ArrayList<>(arrayFilters);
        all.addAll(filters);
        return new Update<>(operator, path, value, pipelineValue, all);
    }

    /** This change at {@code path} with exactly {@code filters}, once placeholders are named. */
    Update<R> resolved(String path, List<BsonDocument> filters) {
        return new Update<>(operator, path, value, pipelineValue, filters);
    }

    @Override
    public String toString() {
        return operator == null ? "{\"$set\": {\"" + path + "\": " + pipelineValue + "}} (pipeline)"
                : new BsonDocument(operator, new BsonDocument(path, value)).toJson();
    }
}
