package io.djongo.query;

import io.djongo.meta.ModelMeta;
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
        String outer = SubqueryFilter.outerAlias();
        QuerySet<?> onConnection = query.query.alias() == null && outer != null ? query.using(outer) : query;
        return onConnection.subqueryValues(field);
    }

    /**
     * The {@code $lookup} stage that gathers this query's values into the array field {@code as},
     * as documents {@code {v: value}}: the query's rows in its order and slice, one document per
     * non-null value ({@code $unwind} flattens arrays and drops nulls). Subqueries of this query
     * nest inside the pipeline, with names that start with {@code as}.
     */
    BsonDocument lookup(String as) {
        // the order matters only to choose a slice's rows, as Django drops it from an __in subquery
        List<BsonDocument> stages = Pipeline.rows(query, as + "_", -1, new ArrayList<>(), query.query.sliced());
        stages.add(new BsonDocument("$project", new BsonDocument("_id", new BsonInt32(0))
                .append("v", new BsonString("$" + field))));
        stages.add(new BsonDocument("$unwind", new BsonString("$v")));
        return new BsonDocument("$lookup", new BsonDocument("from", new BsonString(query.meta.collection()))
                .append("pipeline", new BsonArray(new ArrayList<>(stages)))
                .append("as", new BsonString(as)));
    }

    /**
     * A query given as the value of an {@code __in} lookup, as its subquery, as Django reads it: a
     * query set stands for its objects' ids ({@code blog__in=Blog.objects.filter(...)}), a
     * {@code values()} of one field for that field ({@code blog__name__in=....values("name")}), a
     * {@code Subquery} for itself; {@code null} for any other value.
     *
     * @throws io.djongo.FieldError for a {@code values()} of other than one stored field
     */
    static Subquery<?> of(Object value, String lookup) {
        if (value instanceof Subquery) {
            return (Subquery<?>) value;
        }
        if (value instanceof QuerySet) {
            return new Subquery<>((QuerySet<?>) value, "_id");
        }
        if (value instanceof Values) {
            return ((Values<?>) value).subquery(lookup);
        }
        return null;
    }

    /** The model whose query this is. */
    ModelMeta<?> model() {
        return query.meta;
    }

    /** Whether the values are the ids of that model's objects. */
    boolean ofIds() {
        return field.equals("_id");
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
