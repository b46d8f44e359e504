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
 * the outer one does, and its values feed {@code $in}. Either way the subquery's ordering and
 * slice hold: {@code in(Entry_.objects().orderBy(Entry_.id.desc()).limit(1).subquery(Entry_.id))}
 * is the newest id only, for a {@code delete()} as for a {@code list()}.
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

    /**
     * The stored values, as BSON so they compare exactly as stored: each value once, arrays
     * flattened, nulls left out, from the rows the query's order and slice select.
     */
    List<BsonValue> bsonValues() {
        return query.subqueryValues(field);
    }

    /**
     * The {@code $lookup} stage that gathers this query's values into the array field {@code as},
     * as documents {@code {v: value}}: the query's rows in its order and slice, one document per
     * non-null value ({@code $unwind} flattens arrays and drops nulls). Subqueries of this query
     * nest inside the pipeline, with names that start with {@code as}.
     */
    BsonDocument lookup(String as) {
        List<BsonDocument> stages = Pipeline.rows(query, as + "_", -1, new ArrayList<>(), true);
        stages.add(new BsonDocument("$project", new BsonDocument("_id", new BsonInt32(0))
                .append("v", new BsonString("$" + field))));
        stages.add(new BsonDocument("$unwind", new BsonString("$v")));
        return new BsonDocument("$lookup", new BsonDocument("from", new BsonString(query.meta.collection()))
                .append("pipeline", new BsonArray(new ArrayList<>(stages)))
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
