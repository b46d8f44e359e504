package io.djongo.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The aggregation form of a QuerySet's rows, used when a {@code find} cannot express the query:
 * subqueries on a server with {@code $lookup} pipelines, and ordering by computed keys (an
 * expression, or nulls placed where the server does not put them). Values, counts and subqueries
 * build on the same stages, so every form of a query selects the same rows.
 */
final class Pipeline {
    /** The names of the fields subquery lookups add at the top level. */
    static final String SUBQUERY_PREFIX = "__subquery";

    private Pipeline() {}

    /**
     * The sort stage, the {@code $addFields} its computed keys need (empty when there are none) and
     * the {@code $lookup}s that join the related documents of related keys, which come first.
     */
    record Order(List<BsonDocument> joins, BsonDocument computed, BsonDocument sort) {}

    /**
     * The stages that select {@code query}'s rows: the match (with subquery lookups where the
     * server runs them), the order when {@code ordered}, skip and limit ({@code cap} lowers the
     * limit when positive). Fields the stages add are appended to {@code helpers}.
     */
    static List<BsonDocument> rows(QuerySet<?> query, String prefix, int cap, List<String> helpers, boolean ordered) {
        List<BsonDocument> stages = new ArrayList<>(match(query, prefix, helpers));
        Query<?> state = query.query;
        if (ordered && !state.sorts().isEmpty()) {
            Order order = order(state.sorts());
            for (BsonDocument join : order.joins()) {
                stages.add(join);
                if (join.containsKey("$lookup")) {
                    helpers.add(join.getDocument("$lookup").getString("as").getValue());
                }
            }
            if (!order.computed().isEmpty()) {
                stages.add(new BsonDocument("$addFields", order.computed()));
                helpers.addAll(order.computed().keySet());
            }
            stages.add(new BsonDocument("$sort", order.sort()));
        }
        if (state.offset() > 0) {
            stages.add(new BsonDocument("$skip", new BsonInt32(state.offset())));
        }
        int limit = cap > 0 ? (state.limit() >= 0 ? Math.min(cap, state.limit()) : cap) : state.limit();
        if (limit > 0) {
            stages.add(new BsonDocument("$limit", new BsonInt32(limit)));
        }
        return stages;
    }

    /**
     * The whole aggregation of model rows: {@link #rows} then a projection of the query's fields
     * ({@code only}/{@code defer}) without the helper fields.
     */
    static List<BsonDocument> models(QuerySet<?> query, int cap) {
        return models(query, cap, List.of(), List.of());
    }

    /**
     * The rows of {@code query} as an aggregation of whole documents, with {@code joins} (the
     * {@code $lookup}s of {@code selectRelated}) after the slice, so they join only the rows
     * returned; the fields they add ({@code joined}) survive an inclusion projection.
     */
    static List<BsonDocument> models(QuerySet<?> query, int cap, List<BsonDocument> joins, List<String> joined) {
        List<String> helpers = new ArrayList<>();
        List<BsonDocument> stages = rows(query, SUBQUERY_PREFIX, cap, helpers, true);
        stages.addAll(joins);
        BsonDocument projection = query.query.projection() == null ? new BsonDocument() : query.query.projection().clone();
        boolean inclusion = projection.values().stream().anyMatch(value -> value.isNumber() && value.asNumber().intValue() == 1);
        if (!inclusion) {
            for (String helper : helpers) {
                projection.append(helper, new BsonInt32(0));
            }
        } else {
            for (String field : joined) {
                projection.append(field, new BsonInt32(1));
            }
        }
        if (!projection.isEmpty()) {
            stages.add(new BsonDocument("$project", projection));
        }
        return stages;
    }

    /** The match stages: plain conditions first, so an index serves them before any lookup runs. */
    private static List<BsonDocument> match(QuerySet<?> query, String prefix, List<String> helpers) {
        List<BsonDocument> stages = new ArrayList<>();
        List<? extends Filter<?>> filters = query.query.filters();
        if (!Filters.anySubquery(filters) || !query.connection().supportsLookupPipelines()) {
            BsonDocument filter = query.filterDocument();
            if (!filter.isEmpty()) {
                stages.add(new BsonDocument("$match", filter));
            }
            return stages;
        }
        List<Filter<Object>> plain = new ArrayList<>();
        List<Filter<Object>> withSubqueries = new ArrayList<>();
        for (Filter<?> filter : filters) {
            @SuppressWarnings("unchecked") // the filters of one query are all of its model
            Filter<Object> typed = (Filter<Object>) filter;
            (Filters.anySubquery(List.of(filter)) ? withSubqueries : plain).add(typed);
        }
        if (!plain.isEmpty()) {
            stages.add(new BsonDocument("$match", Filters.and(plain).toBsonDocument()));
        }
        SubqueryFilter.Rendered rendered = SubqueryFilter.aggregated(prefix, () -> Filters.and(withSubqueries).toBsonDocument());
        stages.addAll(rendered.stages());
        helpers.addAll(rendered.aliases());
        return stages;
    }

    private static final BsonInt32 ASCENDING = new BsonInt32(1);
    private static final BsonInt32 DESCENDING = new BsonInt32(-1);

    /** The sort document of {@code sorts}: {@code order(sorts).sort()}, written directly when every key is a plain field. */
    static BsonDocument sort(List<? extends Sort<?>> sorts) {
        BsonDocument sort = new BsonDocument();
        for (int i = 0; i < sorts.size(); i++) {
            Sort<?> key = sorts.get(i);
            if (!key.plain()) {
                return order(sorts).sort();
            }
            sort.append(key.path(), key.descending() ? DESCENDING : ASCENDING);
        }
        return sort;
    }

    /**
     * The sort document of {@code sorts}, with the keys a plain sort cannot express computed first:
     * {@code __order<i>} for an expression, and {@code __nulls<i>} (true for null or missing) sorted
     * ahead of a key whose nulls go where the server does not put them.
     */
    static Order order(List<? extends Sort<?>> sorts) {
        List<BsonDocument> joins = new ArrayList<>();
        BsonDocument computed = new BsonDocument();
        BsonDocument sort = new BsonDocument();
        for (int i = 0; i < sorts.size(); i++) {
            Sort<?> key = sorts.get(i);
            BsonInt32 direction = key.descending() ? DESCENDING : ASCENDING;
            String name = key.path();
            BsonValue value = key.expression();
            if (key.related() != null) {
                value = related(key.related(), "__related" + i, joins);
            }
            if (value != null) {
                name = "__order" + i;
                computed.append(name, value);
            } else if (key.movesNulls()) {
                value = new BsonString("$" + name);
            }
            if (key.movesNulls()) {
                String nulls = "__nulls" + i;
                // $lte null holds for null and missing values alike; sorting the flag in the key's
                // direction puts them last when ascending, first when descending
                computed.append(nulls, new BsonDocument("$lte", new BsonArray(List.of(value, BsonNull.VALUE))));
                sort.append(nulls, direction);
            }
            sort.append(name, direction);
        }
        return new Order(joins, computed, sort);
    }

    /**
     * Appends to {@code joins} the {@code $lookup}s that follow {@code related}'s references, each
     * into {@code <prefix>_<step>} and unwound to the one document an id finds (kept when none),
     * and returns the field in the last related document: missing when a reference is null or
     * dangles, which orders as null.
     */
    static BsonValue related(Sort.Related related, String prefix, List<BsonDocument> joins) {
        String from = "";
        String as = null;
        for (int step = 0; step < related.steps().size(); step++) {
            Sort.Step hop = related.steps().get(step);
            as = prefix + "_" + step;
            joins.add(new BsonDocument("$lookup", new BsonDocument("from", new BsonString(hop.collection()))
                    .append("localField", new BsonString(from + hop.reference()))
                    .append("foreignField", new BsonString("_id"))
                    .append("as", new BsonString(as))));
            joins.add(new BsonDocument("$unwind", new BsonDocument("path", new BsonString("$" + as))
                    .append("preserveNullAndEmptyArrays", BsonBoolean.TRUE)));
            from = as + ".";
        }
        return new BsonString("$" + as + "." + related.field());
    }
}
