package io.djongo.query;

import com.mongodb.MongoClientSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

/**
 * Builds filter documents. A condition on a field, an {@code and} and a {@code not} keep what they
 * say and write their document only when it is asked for, as the driver's own builders do: the
 * query a chain sends is written once, in one pass, into a new document ({@link #copyOf}), and
 * nothing is copied on the way. Other filters hold their finished document, and
 * {@link Filter#toBsonDocument()} hands out a copy. Either way filters are immutable.
 */
final class Filters {
    private Filters() {}

    private static final DocumentFilter<?> ALL = new DocumentFilter<>(new BsonDocument());

    @SuppressWarnings("unchecked") // the empty filter matches documents of every model
    static <R> Filter<R> all() {
        return (Filter<R>) ALL;
    }

    /** The items, or an exception naming the one that is null. */
    static <V> List<V> nonNull(String method, V[] items) {
        Objects.requireNonNull(items, () -> method + "(): the argument array is null");
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                throw new NullPointerException(method + "(): argument " + i + " is null");
            }
        }
        return List.of(items);
    }

    /**
     * All of the conditions of one {@code filter(...)} call, {@code null} when there are none, or
     * an exception that names the argument that is null.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    static <R> Filter<R> and(String method, Filter<R>... conditions) {
        if (conditions != null && conditions.length == 1 && conditions[0] != null) {
            return conditions[0]; // the usual call, without a list
        }
        List<Filter<R>> all = nonNull(method, conditions);
        return all.isEmpty() ? null : and(all);
    }

    /** {@code {path: value}}. */
    static <R> Filter<R> field(String path, BsonValue value) {
        return new FieldFilter<>(path, null, value, null, null);
    }

    /** {@code {path: {operator: value}}}. */
    static <R> Filter<R> operator(String path, String operator, BsonValue value) {
        return new FieldFilter<>(path, operator, value, null, null);
    }

    /** {@code {path: {operator: value, operator2: value2}}}: a range, or a pattern with its options. */
    static <R> Filter<R> operators(String path, String operator, BsonValue value, String operator2, BsonValue value2) {
        return new FieldFilter<>(path, operator, value, Objects.requireNonNull(operator2, "operator2"),
                Objects.requireNonNull(value2, "value2"));
    }

    /**
     * {@code {$expr: {operator: [left, right]}}}: a comparison between computed values, used only
     * where plain query operators cannot express it (a field against another field, date parts).
     */
    static <R> Filter<R> expr(String operator, BsonValue left, BsonValue right) {
        BsonArray operands = new BsonArray();
        operands.add(left);
        operands.add(right);
        return new DocumentFilter<>(new BsonDocument("$expr", new BsonDocument(operator, operands)));
    }

    static <R> Filter<R> raw(Bson bson) {
        Objects.requireNonNull(bson, "bson");
        return new DocumentFilter<>(bson.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry()));
    }

    /**
     * All of {@code filters}. Conditions on different fields merge into one document, which is
     * what a person would write and what the query planner matches to indexes; a field that
     * appears twice falls back to {@code $and}, which keeps both conditions.
     */
    static <R> Filter<R> and(List<? extends Filter<R>> filters) {
        if (filters.size() == 1) {
            return filters.get(0);
        }
        if (anyLazy(filters)) {
            return new LazyFilter<>(() -> document(and(resolve(filters))), anySubquery(filters));
        }
        return new AndFilter<>(List.copyOf(filters));
    }

    /**
     * A new document of all of {@code filters}, the one {@code and(filters).toBsonDocument()} gives,
     * built in one pass: each condition is copied straight into the result instead of being merged
     * and then copied. Subqueries in lazy filters run now, outside any enclosing query, on
     * connection {@code alias} unless they name their own.
     */
    static BsonDocument copyOf(String alias, List<? extends Filter<?>> filters) {
        if (filters.isEmpty()) {
            return new BsonDocument();
        }
        if (anyLazy(filters)) {
            return SubqueryFilter.standalone(alias, () -> andDocument(filters));
        }
        BsonDocument merged = new BsonDocument();
        for (int i = 0; i < filters.size(); i++) {
            if (!addTo(filters.get(i), merged)) {
                return andDocument(filters); // a field twice: an $and keeps both
            }
        }
        return merged;
    }

    /**
     * Adds the conditions of {@code filter} (its document's keys) to {@code target}, as copies;
     * {@code false}, with {@code target} partly written, when one of its keys is there already.
     */
    private static boolean addTo(Filter<?> filter, BsonDocument target) {
        if (filter instanceof Built) {
            return ((Built<?>) filter).addTo(target);
        }
        for (Map.Entry<String, BsonValue> condition : document(filter).entrySet()) {
            if (target.containsKey(condition.getKey())) {
                return false;
            }
            target.put(condition.getKey(), copy(condition.getValue()));
        }
        return true;
    }

    /** A new document of {@code filter} that the caller may keep and change. */
    private static BsonDocument fresh(Filter<?> filter) {
        return filter instanceof DocumentFilter ? ((DocumentFilter<?>) filter).document.clone() : filter.toBsonDocument();
    }

    /** Whether {@code filter} is no condition at all: its document is empty. */
    static boolean isEmpty(Filter<?> filter) {
        return filter instanceof Built ? ((Built<?>) filter).isEmpty() : document(filter).isEmpty();
    }

    /** The keys of {@code filter}'s document, in order, without writing the document when it can say them. */
    static java.util.Collection<String> keys(Filter<?> filter) {
        return filter instanceof Built ? ((Built<?>) filter).keys() : document(filter).keySet();
    }

    /** A copy of {@code value} that shares nothing mutable with it, as {@link BsonDocument#clone()} copies values. */
    private static BsonValue copy(BsonValue value) {
        switch (value.getBsonType()) {
            case DOCUMENT:
                return value.asDocument().clone();
            case ARRAY:
                return value.asArray().clone();
            case BINARY:
            case JAVASCRIPT_WITH_SCOPE:
                return new BsonDocument("v", value).clone().get("v");
            default:
                return value; // immutable
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // filters of one query are filters of its model
    private static BsonDocument andDocument(List<? extends Filter<?>> filters) {
        return and((List<Filter<Object>>) (List) filters).toBsonDocument();
    }

    /**
     * Any of {@code filters}. As Django's {@code Q() | Q(a)}, an empty filter among them is no
     * condition and is left out; only an empty list matches nothing.
     */
    static <R> Filter<R> or(List<? extends Filter<R>> filters) {
        if (anyLazy(filters)) {
            return new LazyFilter<>(() -> document(or(resolve(filters))), anySubquery(filters));
        }
        if (filters.isEmpty()) {
            // MongoDB rejects an empty $or; no _id is in the empty list, so nothing matches.
            return new DocumentFilter<>(new BsonDocument("_id", new BsonDocument("$in", new BsonArray())));
        }
        List<Filter<R>> conditions = new ArrayList<>(filters.size());
        for (Filter<R> filter : filters) {
            if (!isEmpty(filter)) {
                conditions.add(filter);
            }
        }
        if (conditions.isEmpty()) {
            return all();
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        return new DocumentFilter<>(new BsonDocument("$or", clauses(conditions)));
    }

    /**
     * Matches what {@code filter} does not, including documents missing the field. The empty filter
     * is no condition, and so is its negation (Django's {@code ~Q()}).
     */
    static <R> Filter<R> not(Filter<R> filter) {
        if (filter instanceof LazyFilter) {
            return new LazyFilter<>(() -> document(not(resolve(List.of(filter)).get(0))), anySubquery(List.of(filter)));
        }
        if (isEmpty(filter)) {
            return all();
        }
        return new NotFilter<>(filter);
    }

    private static <R> BsonArray clauses(List<? extends Filter<R>> filters) {
        BsonArray clauses = new BsonArray(filters.size());
        for (Filter<R> filter : filters) {
            clauses.add(document(filter));
        }
        return clauses;
    }

    /**
     * A filter whose document is computed each time it is used, because it depends on the data:
     * {@code in(subquery)} runs the subquery when the outer query runs, as Django does.
     */
    static <R> Filter<R> lazy(java.util.function.Supplier<BsonDocument> document) {
        return new LazyFilter<>(document, false);
    }

    /** Whether any of {@code filters} contains a subquery, which can make the query an aggregation. */
    static boolean anySubquery(List<? extends Filter<?>> filters) {
        for (int i = 0; i < filters.size(); i++) { // an index, not an iterator: called on every query
            Filter<?> filter = filters.get(i);
            if (filter instanceof LazyFilter && ((LazyFilter<?>) filter).containsSubquery()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLazy(List<? extends Filter<?>> filters) {
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i) instanceof LazyFilter) {
                return true;
            }
        }
        return false;
    }

    /** The filters with lazy ones computed now. */
    private static <R> List<Filter<R>> resolve(List<? extends Filter<R>> filters) {
        List<Filter<R>> resolved = new ArrayList<>(filters.size());
        for (Filter<R> filter : filters) {
            resolved.add(filter instanceof LazyFilter ? new DocumentFilter<>(filter.toBsonDocument()) : filter);
        }
        return resolved;
    }

    /** The filter's document without copying it, for composing; never handed to users. */
    static BsonDocument document(Filter<?> filter) {
        return filter instanceof DocumentFilter ? ((DocumentFilter<?>) filter).document : filter.toBsonDocument();
    }

    /** A filter computed when used. */
    static class LazyFilter<R> implements Filter<R> {
        private final java.util.function.Supplier<BsonDocument> document;
        private final boolean containsSubquery;

        LazyFilter(java.util.function.Supplier<BsonDocument> document, boolean containsSubquery) {
            this.document = document;
            this.containsSubquery = containsSubquery;
        }

        boolean containsSubquery() {
            return containsSubquery;
        }

        @Override
        public BsonDocument toBsonDocument() {
            return document.get();
        }

        @Override
        public String toString() {
            return "(computed when the query runs)";
        }
    }

    /**
     * A filter that writes its document when asked, each time a new one: the conditions of typed
     * paths, and {@code and} and {@code not} of filters. Equal to any filter with an equal document.
     */
    abstract static class Built<R> implements Filter<R> {
        /**
         * Adds this filter's conditions (its document's keys) to {@code target}, each value a new
         * copy; {@code false} when a key was there already, and then {@code target} is partly
         * written (a value may be replaced) and the caller drops it.
         */
        abstract boolean addTo(BsonDocument target);

        /** The keys of this filter's document, in order. */
        abstract List<String> keys();

        /** Whether this filter is no condition: its document is empty. */
        abstract boolean isEmpty();

        @Override
        public BsonDocument toBsonDocument() {
            BsonDocument document = new BsonDocument();
            addTo(document);
            return document;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Filter && !(other instanceof LazyFilter)
                    && toBsonDocument().equals(document((Filter<?>) other));
        }

        @Override
        public int hashCode() {
            return toBsonDocument().hashCode();
        }

        @Override
        public String toString() {
            return toBsonDocument().toJson();
        }
    }

    /** {@code {path: value}}, {@code {path: {operator: value}}} or {@code {path: {operator: value, operator2: value2}}}. */
    static final class FieldFilter<R> extends Built<R> {
        private final String path;
        private final String operator;
        private final BsonValue value;
        private final String operator2;
        private final BsonValue value2;

        FieldFilter(String path, String operator, BsonValue value, String operator2, BsonValue value2) {
            this.path = Objects.requireNonNull(path, "path");
            this.operator = operator;
            this.value = Objects.requireNonNull(value, "value");
            this.operator2 = operator2;
            this.value2 = value2;
        }

        @Override
        boolean addTo(BsonDocument target) {
            BsonValue condition;
            if (operator == null) {
                condition = copy(value);
            } else {
                BsonDocument operators = new BsonDocument(operator, copy(value));
                if (operator2 != null) {
                    operators.put(operator2, copy(value2));
                }
                condition = operators;
            }
            return target.put(path, condition) == null; // a key there already: the caller drops target
        }

        @Override
        List<String> keys() {
            return List.of(path);
        }

        @Override
        boolean isEmpty() {
            return false;
        }
    }

    /**
     * All of some filters: their conditions in one document, or, when a field appears twice,
     * {@code {$and: [...]}} of their documents, which keeps both conditions.
     */
    static final class AndFilter<R> extends Built<R> {
        private final List<Filter<R>> filters;
        /** The keys of the merged document, or {@code null} when a key repeats and the document is an {@code $and}. */
        private final List<String> merged;

        AndFilter(List<Filter<R>> filters) {
            this.filters = filters;
            List<String> keys = new ArrayList<>();
            for (Filter<R> filter : filters) {
                for (String key : Filters.keys(filter)) {
                    if (keys.contains(key)) {
                        keys = null;
                        break;
                    }
                    keys.add(key);
                }
                if (keys == null) {
                    break;
                }
            }
            this.merged = keys;
        }

        @Override
        boolean addTo(BsonDocument target) {
            if (merged == null) {
                if (target.containsKey("$and")) {
                    return false;
                }
                BsonArray clauses = new BsonArray(filters.size());
                for (Filter<R> filter : filters) {
                    if (!Filters.isEmpty(filter)) {
                        clauses.add(fresh(filter));
                    }
                }
                target.put("$and", clauses);
                return true;
            }
            for (Filter<R> filter : filters) {
                if (!Filters.addTo(filter, target)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        List<String> keys() {
            return merged == null ? List.of("$and") : merged;
        }

        @Override
        boolean isEmpty() {
            return merged != null && merged.isEmpty();
        }
    }

    /** {@code {$nor: [filter]}}: documents the filter does not match. */
    static final class NotFilter<R> extends Built<R> {
        private final Filter<R> filter;

        NotFilter(Filter<R> filter) {
            this.filter = filter;
        }

        @Override
        boolean addTo(BsonDocument target) {
            BsonArray clauses = new BsonArray(1);
            clauses.add(fresh(filter));
            return target.put("$nor", clauses) == null; // a $nor there already: the caller drops target
        }

        @Override
        List<String> keys() {
            return List.of("$nor");
        }

        @Override
        boolean isEmpty() {
            return false;
        }
    }

    /** A filter that is its document. */
    static final class DocumentFilter<R> implements Filter<R> {
        private final BsonDocument document;

        DocumentFilter(BsonDocument document) {
            this.document = document;
        }

        @Override
        public BsonDocument toBsonDocument() {
            return document.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Filter && !(other instanceof LazyFilter) && document.equals(document((Filter<?>) other));
        }

        @Override
        public int hashCode() {
            return document.hashCode();
        }

        @Override
        public String toString() {
            return document.toJson();
        }
    }
}
