package io.djongo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * {@code path in subquery}. Rendered one of two ways, decided by the query that runs it: inside
 * {@link #aggregated}, as an {@code $expr} over an array gathered by a {@code $lookup} stage;
 * otherwise by running the subquery and listing its values in {@code $in}.
 */
final class SubqueryFilter<R> extends Filters.LazyFilter<R> {
    /** The {@code $lookup} stages of the aggregation being rendered on this thread, if any. */
    private static final ThreadLocal<List<BsonDocument>> LOOKUPS = new ThreadLocal<>();

    private final String path;
    private final Subquery<?> subquery;

    SubqueryFilter(String path, Subquery<?> subquery) {
        super(null, true);
        this.path = path;
        this.subquery = subquery;
    }

    @Override
    public BsonDocument toBsonDocument() {
        List<BsonDocument> lookups = LOOKUPS.get();
        if (lookups == null || subquery.empty()) {
            BsonArray values = new BsonArray();
            if (!subquery.empty()) {
                values.addAll(subquery.bsonValues());
            }
            return new BsonDocument(path, new BsonDocument("$in", values));
        }
        String as = "__subquery" + lookups.size() / 2;
        lookups.add(subquery.lookup(as));
        // The value, or some element of it when it is an array, is among the looked-up values: the
        // aggregation form of {path: {$in: [...]}}, computed into a flag that the $match tests, so
        // the condition can sit anywhere in the filter ($or, $nor) as a plain field test.
        BsonValue field = new BsonString("$" + path);
        BsonValue values = new BsonString("$" + as + ".v");
        BsonDocument anyElement = new BsonDocument("$gt", new BsonArray(List.of(
                new BsonDocument("$size", new BsonDocument("$setIntersection", new BsonArray(List.of(field, values)))),
                new BsonInt32(0))));
        BsonDocument value = new BsonDocument("$in", new BsonArray(List.of(field, values)));
        lookups.add(new BsonDocument("$addFields", new BsonDocument(as, new BsonDocument("$cond", new BsonArray(List.of(
                new BsonDocument("$isArray", field), anyElement, value))))));
        return new BsonDocument(as, BsonBoolean.TRUE);
    }

    /**
     * Renders {@code filter} for an aggregation: returns the stages its subqueries need (a
     * {@code $lookup} and an {@code $addFields} each, named {@code __subquery0}, {@code __subquery1},
     * ...), followed by the {@code $match} stage.
     */
    static List<BsonDocument> aggregated(Supplier<BsonDocument> filter) {
        List<BsonDocument> stages = new ArrayList<>();
        LOOKUPS.set(stages);
        try {
            BsonDocument match = filter.get();
            stages.add(new BsonDocument("$match", match));
            return stages;
        } finally {
            LOOKUPS.remove();
        }
    }

    @Override
    public String toString() {
        return path + " in " + subquery;
    }
}
