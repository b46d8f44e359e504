package io.djongo.query;

import com.mongodb.client.AggregateIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.DriverErrors;
import io.djongo.MultipleObjectsReturned;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A lazy, immutable query over one model's collection, as Django's QuerySet: every refining call
 * returns a new QuerySet and nothing is sent to the server until a result is asked for
 * ({@link #list()}, {@link #first()}, {@link #count()}, {@link #exists()}, {@link #get}).
 *
 * <pre>{@code
 * Entry.objects().filter(Entry_.blog.name.startsWith("Beatles"))
 *                .exclude(Entry_.rating.lt(3))
 *                .orderBy(Entry_.pubDate.desc())
 *                .limit(10)
 *                .list();
 * }</pre>
 */
public class QuerySet<T> {
    final ModelMeta<T> meta;
    private final String alias;
    private final List<Filter<T>> filters;
    private final List<Sort<T>> sorts;
    private final int offset;
    private final int limit;

    QuerySet(ModelMeta<T> meta, String alias, List<Filter<T>> filters, List<Sort<T>> sorts, int offset, int limit) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.alias = alias;
        this.filters = filters;
        this.sorts = sorts;
        this.offset = offset;
        this.limit = limit;
    }

    private QuerySet<T> with(String alias, List<Filter<T>> filters, List<Sort<T>> sorts, int offset, int limit) {
        return new QuerySet<>(meta, alias, filters, sorts, offset, limit);
    }

    // ---- refining: each returns a new QuerySet

    /** This query, unchanged (Django's {@code all()}). */
    public QuerySet<T> all() {
        return with(alias, filters, sorts, offset, limit);
    }

    /** Documents matching all of {@code conditions} as well. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> filter(Filter<T>... conditions) {
        return with(alias, append(filters, Filters.and(List.of(conditions))), sorts, offset, limit);
    }

    /**
     * Documents not matching all of {@code conditions} together: {@code exclude(a, b)} removes
     * documents matching both {@code a} and {@code b}, as in Django. Documents where a field is
     * missing or {@code null} do not match a condition on it, so they are kept.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> exclude(Filter<T>... conditions) {
        if (conditions.length == 0) {
            return all();
        }
        return with(alias, append(filters, Filters.not(Filters.and(List.of(conditions)))), sorts, offset, limit);
    }

    /** Orders by {@code keys}, replacing any earlier order. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> orderBy(Sort<T>... keys) {
        return with(alias, filters, List.copyOf(Arrays.asList(keys)), offset, limit);
    }

    /** At most {@code count} results; {@code limit(0)} matches nothing, as Django's {@code qs[:0]}. */
    public QuerySet<T> limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit(" + count + "): the limit must be zero or more");
        }
        return with(alias, filters, sorts, offset, count);
    }

    /** Skips the first {@code count} results. */
    public QuerySet<T> offset(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset(" + count + "): the offset must be zero or more");
        }
        return with(alias, filters, sorts, count, limit);
    }

    /** The same query on connection {@code alias}. */
    public QuerySet<T> using(String alias) {
        Objects.requireNonNull(alias, "alias");
        return with(alias, filters, sorts, offset, limit);
    }

    // ---- evaluating

    /** All matching model instances, in order. */
    public List<T> list() {
        if (limit == 0) {
            return new ArrayList<>();
        }
        return DriverErrors.call("find on " + meta.collection(), () -> find().into(new ArrayList<>()));
    }

    /** The first result, if any. */
    public Optional<T> first() {
        if (limit == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(DriverErrors.call("find on " + meta.collection(), () -> find().limit(1).first()));
    }

    /**
     * The single document matching this query and {@code conditions}.
     *
     * @throws DoesNotExist when none matches
     * @throws MultipleObjectsReturned when more than one matches
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final T get(Filter<T>... conditions) {
        QuerySet<T> query = conditions.length == 0 ? this : filter(conditions);
        List<T> found = DriverErrors.call("find on " + meta.collection(),
                () -> query.find().limit(2).into(new ArrayList<>(2)));
        if (found.isEmpty()) {
            throw new DoesNotExist(meta.name() + " matching query does not exist: " + query.filterDocument().toJson());
        }
        if (found.size() > 1) {
            throw new MultipleObjectsReturned("get() returned more than one " + meta.name() + " for "
                    + query.filterDocument().toJson() + "; narrow the filter or use first()");
        }
        return found.get(0);
    }

    /** The number of matching documents, counted by the server ({@code countDocuments}). */
    public long count() {
        if (limit == 0) {
            return 0;
        }
        CountOptions options = new CountOptions();
        if (offset > 0) {
            options.skip(offset);
        }
        if (limit > 0) {
            options.limit(limit);
        }
        return DriverErrors.call("count on " + meta.collection(),
                () -> collection().countDocuments(filterDocument(), options));
    }

    /** Whether any document matches; reads at most one id. */
    public boolean exists() {
        if (limit == 0) {
            return false;
        }
        return DriverErrors.call("find on " + meta.collection(), () -> collection().find(filterDocument(), BsonDocument.class)
                .projection(new BsonDocument("_id", new BsonInt32(1))).skip(offset).limit(1).first() != null);
    }

    /**
     * Deletes every matching document and returns how many were deleted (Django's
     * {@code QuerySet.delete()}). Ordering, offset and limit cannot be combined with it, since
     * MongoDB deletes by filter only.
     */
    public long delete() {
        if (offset > 0 || limit >= 0) {
            throw new DjongoException("delete() deletes by filter only; remove limit()/offset() from "
                    + this + ", or delete the instances you listed one by one");
        }
        return DriverErrors.call("delete on " + meta.collection(),
                () -> collection().deleteMany(filterDocument()).getDeletedCount());
    }

    // ---- inspecting

    /** The filter document of this query. */
    public BsonDocument filterDocument() {
        return filters.isEmpty() ? new BsonDocument() : Filters.and(filters).toBsonDocument();
    }

    /** The sort document, empty when unordered. */
    public BsonDocument sortDocument() {
        BsonDocument sort = new BsonDocument();
        for (Sort<T> key : sorts) {
            sort.append(key.path(), new BsonInt32(key.descending() ? -1 : 1));
        }
        return sort;
    }

    /**
     * The exact query this chain sends, as a {@code find} command:
     * {@code {"find": "entry", "filter": {...}, "sort": {...}, "skip": 10, "limit": 5}}
     * (parts that are not set are left out).
     */
    public BsonDocument toBson() {
        BsonDocument command = new BsonDocument("find", new BsonString(meta.collection()));
        command.append("filter", filterDocument());
        if (!sorts.isEmpty()) {
            command.append("sort", sortDocument());
        }
        if (offset > 0) {
            command.append("skip", new BsonInt32(offset));
        }
        if (limit >= 0) {
            command.append("limit", new BsonInt32(limit));
        }
        return command;
    }

    /** The model's metadata. */
    public final ModelMeta<T> meta() {
        return meta;
    }

    // ---- the driver, one call away

    /** The typed driver collection on this query's connection. */
    public MongoCollection<T> collection() {
        return connection().collection(meta);
    }

    /** The same collection as plain {@link Document}s, for results that are not model instances. */
    public MongoCollection<Document> rawCollection() {
        return connection().database().getCollection(meta.collection());
    }

    /**
     * Runs an aggregation pipeline through the driver and reads the results as model instances
     * (Djongo's {@code mongo_aggregate}). This QuerySet's filter is not applied; use
     * {@code Aggregates.match(filter)} in the pipeline.
     */
    public AggregateIterable<T> mongoAggregate(List<? extends Bson> pipeline) {
        return collection().aggregate(pipeline);
    }

    final Djongo connection() {
        return alias == null ? Djongo.connection() : Djongo.connection(alias);
    }

    private FindIterable<T> find() {
        FindIterable<T> find = collection().find(filterDocument());
        if (!sorts.isEmpty()) {
            find.sort(sortDocument());
        }
        if (offset > 0) {
            find.skip(offset);
        }
        if (limit > 0) {
            find.limit(limit);
        }
        return find;
    }

    private static <E> List<E> append(List<E> list, E item) {
        List<E> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta.name() + ">" + toBson().toJson();
    }
}
