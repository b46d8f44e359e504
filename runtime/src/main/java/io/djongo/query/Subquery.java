package io.djongo.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonValue;

/**
 * The values of one field over another query, used as the right side of {@code in}: made by
 * {@link QuerySet#subquery(Path)} and run each time the query that uses it runs.
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

    @Override
    public String toString() {
        return "values of " + field + " in " + query;
    }
}
