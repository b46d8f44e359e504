package io.djongo.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Combines {@link Update}s into what the driver sends: one update document
 * ({@code {"$set": {...}, "$inc": {...}}}), or an update pipeline when a value is computed from
 * fields, plus the array filters of positional updates.
 */
final class Updates {
    private Updates() {}

    /** The update to send: {@link #document} or {@link #pipeline}, and array filters. */
    record Compiled(BsonDocument document, List<BsonDocument> pipeline, List<BsonDocument> arrayFilters) {
        boolean isPipeline() {
            return pipeline != null;
        }

        /** The update as BSON: the document, or the pipeline's array of stages. */
        BsonValue toBson() {
            return isPipeline() ? new BsonArray(new ArrayList<>(pipeline)) : document;
        }
    }

    static Compiled compile(List<? extends Update<?>> updates) {
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("update() needs at least one change, such as Entry_.rating.inc(1)");
        }
        Map<String, Update<?>> byPath = new LinkedHashMap<>();
        List<BsonDocument> arrayFilters = new ArrayList<>();
        boolean pipeline = false;
        int identifiers = 0;
        for (Update<?> given : updates) {
            Update<?> update = given;
            if (update.path().contains(Positional.MARKER)) {
                String identifier = "e" + identifiers++;
                List<BsonDocument> filters = new ArrayList<>();
                for (BsonDocument condition : update.arrayFilters()) {
                    filters.add(Positional.arrayFilter(condition, identifier));
                }
                update = update.resolved(update.path().replace(Positional.MARKER, "$[" + identifier + "]"), filters);
            }
            Update<?> previous = byPath.put(update.path(), update);
            if (previous != null) {
                throw new IllegalArgumentException("update() changes " + update.path() + " twice (" + previous + " and "
                        + update + "); MongoDB applies one change per path in one update");
            }
            for (String other : byPath.keySet()) {
                if (!other.equals(update.path()) && (other.startsWith(update.path() + ".")
                        || update.path().startsWith(other + "."))) {
                    throw new IllegalArgumentException("update() changes both " + other + " and " + update.path()
                            + ", which overlap; MongoDB rejects conflicting paths in one update");
                }
            }
            arrayFilters.addAll(update.arrayFilters());
            pipeline |= update.operator() == null;
        }
        if (pipeline) {
            return new Compiled(null, pipeline(byPath.values()), arrayFilters);
        }
        BsonDocument document = new BsonDocument();
        for (Update<?> update : byPath.values()) {
            BsonValue operator = document.get(update.operator());
            BsonDocument fields = operator == null ? new BsonDocument() : operator.asDocument();
            fields.append(update.path(), update.value());
            document.put(update.operator(), fields);
        }
        return new Compiled(document, null, arrayFilters);
    }

    /** One {@code $set} stage with every change as an expression, and an {@code $unset} stage for removals. */
    private static List<BsonDocument> pipeline(Iterable<Update<?>> updates) {
        BsonDocument set = new BsonDocument();
        BsonArray unset = new BsonArray();
        for (Update<?> update : updates) {
            if ("$unset".equals(update.operator())) {
                unset.add(new BsonString(update.path()));
            } else if (update.pipelineValue() != null) {
                set.append(update.path(), update.pipelineValue());
            } else {
                throw new IllegalArgumentException(update + " cannot be combined with a value computed from fields "
                        + "(F) in one update(); call update() once for each");
            }
            if (!update.arrayFilters().isEmpty()) {
                throw new IllegalArgumentException(update + " updates matching array elements, which an update "
                        + "pipeline cannot do; call update() separately for it");
            }
        }
        List<BsonDocument> stages = new ArrayList<>();
        if (!set.isEmpty()) {
            stages.add(new BsonDocument("$set", set));
        }
        if (!unset.isEmpty()) {
            stages.add(new BsonDocument("$unset", unset));
        }
        return stages;
    }
}
