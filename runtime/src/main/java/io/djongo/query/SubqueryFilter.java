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
 * {@link #aggregated}, as a flag computed over an array that a {@code $lookup} stage gathers;
 * otherwise by running the subquery and listing its values in {@code $in}. Both ways keep the
 * subquery's order and slice, drop its null values (SQL's {@code IN} never matches NULL), and
 * flatten array values, as {@code $in} and {@code distinct} do.
 */
final class SubqueryFilter<R> extends Filters.LazyFilter<R> {
    /** The aggregation being rendered on this thread, if any. */
    private static final ThreadLocal<Context> CONTEXT = new ThreadLocal<>();
    /** The connection of the query being rendered outside an aggregation, if not the default. */
    private static final ThreadLocal<String> ALIAS = new ThreadLocal<>();

    /** The stages and field names of one level of an aggregation: {@code __subquery0}, {@code __subquery1}, ... */
    private static final class Context {
        final String prefix;
        final List<BsonDocument> stages = new ArrayList<>();
        final List<String> aliases = new ArrayList<>();

        Context(String prefix) {
            this.prefix = prefix;
        }
    }

    /**
     * The stages a filter with subqueries needs inside an aggregation: a {@code $lookup} and an
     * {@code $addFields} per subquery, then the {@code $match}; {@code aliases} are the fields they
     * add, for the caller to remove.
     */
    record Rendered(List<BsonDocument> stages, List<String> aliases) {}

    private final String path;
    private final Subquery<?> subquery;

    SubqueryFilter(String path, Subquery<?> subquery) {
        super(null, true);
        this.path = path;
        this.subquery = subquery;
    }

    @Override
    public BsonDocument toBsonDocument() {
        Context context = CONTEXT.get();
        if (context == null || subquery.empty()) {
            BsonArray values = new BsonArray();
            if (!subquery.empty()) {
                values.addAll(subquery.bsonValues());
            }
            return new BsonDocument(path, new BsonDocument("$in", values));
        }
        String as = context.prefix + context.aliases.size();
        context.aliases.add(as);
        // the subquery's own subqueries nest inside its pipeline, named after it: __subquery0_0, ...
        context.stages.add(subquery.lookup(as));
        // The value, or some element of it when it is an array, is among the looked-up values: the
        // aggregation form of {path: {$in: [...]}}, computed into a flag that the $match tests, so
        // the condition can sit anywhere in the filter ($or, $nor) as a plain field test.
        BsonValue field = new BsonString("$" + path);
        BsonValue values = new BsonString("$" + as + ".v");
        BsonDocument anyElement = new BsonDocument("$gt", new BsonArray(List.of(
                new BsonDocument("$size", new BsonDocument("$setIntersection", new BsonArray(List.of(field, values)))),
                new BsonInt32(0))));
        BsonDocument value = new BsonDocument("$in", new BsonArray(List.of(field, values)));
        context.stages.add(new BsonDocument("$addFields", new BsonDocument(as, new BsonDocument("$cond", new BsonArray(List.of(
                new BsonDocument("$isArray", field), anyElement, value))))));
        return new BsonDocument(as, BsonBoolean.TRUE);
    }

    /**
     * Renders {@code filter} for an aggregation level whose added fields start with {@code prefix}:
     * returns the stages its subqueries need followed by the {@code $match} stage. A level may be
     * rendered inside another (a subquery inside a subquery); each has its own names.
     */
    static Rendered aggregated(String prefix, Supplier<BsonDocument> filter) {
        Context previous = CONTEXT.get();
        Context context = new Context(prefix);
        CONTEXT.set(context);
        try {
            BsonDocument match = filter.get();
            context.stages.add(new BsonDocument("$match", match));
            return new Rendered(context.stages, context.aliases);
        } finally {
            if (previous == null) {
                CONTEXT.remove();
            } else {
                CONTEXT.set(previous);
            }
        }
    }

    /**
     * Renders {@code filter} outside any aggregation being built on this thread: the fallback form,
     * where subqueries run first and feed {@code $in}.
     */
    static BsonDocument standalone(String alias, Supplier<BsonDocument> filter) {
        Context previous = CONTEXT.get();
        String previousAlias = ALIAS.get();
        CONTEXT.remove();
        ALIAS.set(alias);
        try {
            return filter.get();
        } finally {
            if (previous != null) {
                CONTEXT.set(previous);
            }
            ALIAS.set(previousAlias);
        }
    }

    /**
     * The connection of the query whose filter is being rendered on this thread, which a subquery
     * without a connection of its own runs on, as Django runs a subquery on the outer query's database.
     */
    static String outerAlias() {
        return ALIAS.get();
    }

    @Override
    public String toString() {
        return path + " in " + subquery;
    }
}
