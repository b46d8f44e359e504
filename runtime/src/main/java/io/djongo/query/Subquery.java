package io.djongo.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The values of one field over another query, used as the right side of {@code in}: made by
 * {@link QuerySet#subquery(Path)}. When the server runs {@code $lookup} pipelines the outer query
 * becomes one aggregation that looks the values up; otherwise this query runs first, each time
 * the outer one does, and its values feed {@code $in}.
 *
 * @param <V> the field's type
 */
public final class Subquery<V> {
    private final QuerySet<?> query;
    private final String field;

    Subquery(QuerySet<?> query, String field) {
        this.query = query;
        this.field = field;
    }

    /** The distinct stored values, as BSON, so they compare exactly as stored. */
    List<BsonValue> bsonValues() {
        return query.distinctBson(field, new ArrayList<>());
    }

    /**
     * The {@code $lookup} stage that gathers this query's values into the array field {@code as},
     * as documents {@code {v: value}}.
     */
    BsonDocument lookup(String as) {
        BsonArray pipeline = new BsonArray();
        pipeline.add(new BsonDocument("$match", query.filterDocument()));
        Query<?> state = query.query;
        if (!state.sorts().isEmpty()) {
            pipeline.add(new BsonDocument("$sort", query.sortDocument()));
        }
        if (state.offset() > 0) {
            pipeline.add(new BsonDocument("$skip", new BsonInt32(state.offset())));
        }
        if (state.limit() > 0) {
            pipeline.add(new BsonDocument("$limit", new BsonInt32(state.limit())));
        }
        pipeline.add(new BsonDocument("$project", new BsonDocument("_id", new BsonInt32(0))
                .append("v", new BsonString("$" + field))));
        return new BsonDocument("$lookup", new BsonDocument("from", new BsonString(query.meta.collection()))
                .append("pipeline", pipeline)
                .append("as", new BsonString(as)));
    }

    /** Whether this query matches nothing without asking the server. */
    boolean empty() {
        return query.query.empty();
    }

    @Override
    public String toString() {
        return "values of " + field + " in " + query;
    }
}
