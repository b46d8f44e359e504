package io.djongo.query;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.DriverErrors;
import io.djongo.IntegrityError;
import io.djongo.MultipleObjectsReturned;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * A lazy, immutable query over one model's collection, as Django's QuerySet: every refining call
 * returns a new QuerySet and nothing is sent to the server until a result is asked for
 * ({@link #list()}, {@link #first()}, {@link #count()}, {@link #exists()}, {@link #get}, ...).
 * Once {@link #list()} has run, the QuerySet keeps its results, as Django's does, and later
 * {@code list()}, {@code count()}, {@code exists()} and {@code first()} calls answer from them.
 *
 * <pre>{@code
 * Entry.objects().filter(Entry_.blog.name.startsWith("Beatles"))
 *                .exclude(Entry_.rating.lt(3))
 *                .orderBy(Entry_.pubDate.desc())
 *                .limit(10)
 *                .list();
 * }</pre>
 */
public class QuerySet<T> implements MongoDelegates<T> {
    final ModelMeta<T> meta;
    final Query<T> query;
    private volatile List<T> results;

    QuerySet(ModelMeta<T> meta, Query<T> query) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.query = Objects.requireNonNull(query, "query");
    }

    QuerySet<T> with(Query<T> query) {
        return new QuerySet<>(meta, query);
    }

    // ---- refining: each returns a new QuerySet

    /** This query, without its cached results (Django's {@code all()}). */
    public QuerySet<T> all() {
        return with(query);
    }

    /** Documents matching all of {@code conditions} as well. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> filter(Filter<T>... conditions) {
        return conditions.length == 0 ? all() : with(query.withFilter(Filters.and(List.of(conditions))));
    }

    /**
     * Documents matching a Django lookup: {@code filter("blog__name__istartswith", "beat")},
     * {@code filter("pub_date__year", 2024)}, {@code filter("rating__gt", F.field("views"))}.
     *
     * @throws io.djongo.FieldError for an unknown field or lookup, or a value that does not fit
     */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Lookups.filter(meta, lookup, value));
    }

    /**
     * Documents not matching all of {@code conditions} together: {@code exclude(a, b)} removes
     * documents matching both {@code a} and {@code b}, as in Django. Documents where a field is
     * missing or {@code null} do not match a condition on it, so they are kept.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> exclude(Filter<T>... conditions) {
        return conditions.length == 0 ? all() : with(query.withFilter(Filters.not(Filters.and(List.of(conditions)))));
    }

    /** Documents not matching a Django lookup: {@code exclude("rating__lt", 3)}. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return exclude(Lookups.filter(meta, lookup, value));
    }

    /** Orders by {@code keys}, replacing any earlier order. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> orderBy(Sort<T>... keys) {
        return with(query.withSorts(Arrays.asList(keys)));
    }

    /** Orders by Django keys: {@code orderBy("-pub_date", "headline")}. */
    public QuerySet<T> orderBy(String... keys) {
        List<Sort<T>> sorts = new ArrayList<>();
        for (String key : keys) {
            sorts.add(Lookups.sort(meta, key));
        }
        return with(query.withSorts(sorts));
    }

    /** The same order reversed; an unordered query stays unordered, as in Django. */
    public QuerySet<T> reverse() {
        List<Sort<T>> reversed = new ArrayList<>();
        for (Sort<T> sort : query.sorts()) {
            reversed.add(sort.reversed());
        }
        return with(query.withSorts(reversed));
    }

    /** At most {@code count} results; {@code limit(0)} matches nothing, as Django's {@code qs[:0]}. */
    public QuerySet<T> limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit(" + count + "): the limit must be zero or more");
        }
        return with(query.withLimit(count));
    }

    /** Skips the first {@code count} results. */
    public QuerySet<T> offset(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset(" + count + "): the offset must be zero or more");
        }
        return with(query.withOffset(count));
    }

    /** The same query on connection {@code alias}. */
    public QuerySet<T> using(String alias) {
        return with(query.withAlias(Objects.requireNonNull(alias, "alias")));
    }

    /** A query that matches nothing and never asks the server (Django's {@code none()}). */
    public QuerySet<T> none() {
        return with(query.withNone());
    }

    /** How many documents the server sends per batch to {@link #iterator()} and {@link #stream()}. */
    public QuerySet<T> batchSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("batchSize(" + size + "): a batch holds at least one document");
        }
        return with(query.withBatchSize(size));
    }

    /**
     * Loads only {@code fields} (and the id); the other fields of the results keep their Java
     * defaults, so do not save such partial instances back (Django's {@code only()}).
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> only(AbstractPath<T>... fields) {
        BsonDocument projection = new BsonDocument();
        for (AbstractPath<T> field : fields) {
            projection.append(field.bsonPath(), new BsonInt32(1));
        }
        return with(query.withProjection(projection));
    }

    /** Loads every field but {@code fields}, which keep their Java defaults (Django's {@code defer()}). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> defer(AbstractPath<T>... fields) {
        BsonDocument projection = new BsonDocument();
        for (AbstractPath<T> field : fields) {
            if (field.bsonPath().equals("_id")) {
                throw new IllegalArgumentException("defer() cannot leave out the id: instances without it cannot be saved");
            }
            projection.append(field.bsonPath(), new BsonInt32(0));
        }
        return with(query.withProjection(projection));
    }

    // ---- evaluating

    /** All matching model instances, in order; kept, so asking again does not query again. */
    public List<T> list() {
        List<T> cached = results;
        if (cached != null) {
            return new ArrayList<>(cached);
        }
        List<T> fetched = fetchAll();
        if (!(this instanceof Manager)) { // a Manager is shared by everyone: it never keeps results
            results = java.util.Collections.unmodifiableList(new ArrayList<>(fetched));
        }
        return fetched;
    }

    /** Every result from the server, into a new list the caller owns. */
    private List<T> fetchAll() {
        if (query.empty()) {
            return new ArrayList<>();
        }
        return DriverErrors.call("find on " + meta.collection(), () -> fetch(-1).into(new ArrayList<>()));
    }

    /**
     * The results one by one from a server cursor, in batches, without keeping them (Django's
     * {@code iterator()}); close it, ideally with try-with-resources.
     */
    public QueryCursor<T> iterator() {
        if (query.empty()) {
            return QueryCursor.empty();
        }
        return new QueryCursor<>(DriverErrors.call("find on " + meta.collection(), () -> fetch(-1).iterator()));
    }

    /** The results as a stream over a server cursor; close the stream to close the cursor. */
    public Stream<T> stream() {
        QueryCursor<T> cursor = iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /** The first result, if any; ordered by id when the query is unordered, as Django's {@code first()}. */
    public Optional<T> first() {
        if (results != null) {
            return results.stream().findFirst();
        }
        if (query.empty()) {
            return Optional.empty();
        }
        QuerySet<T> ordered = query.sorts().isEmpty() ? with(query.withSorts(List.of(new Sort<>("_id", false)))) : this;
        return Optional.ofNullable(DriverErrors.call("find on " + meta.collection(), () -> ordered.fetch(1).first()));
    }

    /** The last result, if any: the first of the reversed order, by id when unordered. */
    public Optional<T> last() {
        List<Sort<T>> sorts = query.sorts().isEmpty() ? List.of(new Sort<>("_id", false)) : query.sorts();
        QuerySet<T> ordered = with(query.withSorts(sorts)).reverse();
        if (query.sliced()) {
            List<T> all = with(query.withSorts(sorts)).list();
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        return ordered.first();
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
        QuerySet<T> matching = filter(conditions);
        List<T> found = matching.query.empty() ? List.of() : DriverErrors.call("find on " + meta.collection(),
                () -> matching.fetch(2).into(new ArrayList<>(2)));
        if (found.isEmpty()) {
            throw new DoesNotExist(meta.name() + " matching query does not exist: " + matching.filterDocument().toJson());
        }
        if (found.size() > 1) {
            throw new MultipleObjectsReturned("get() returned more than one " + meta.name() + " for "
                    + matching.filterDocument().toJson() + "; narrow the filter or use first()");
        }
        return found.get(0);
    }

    /** The single document matching a Django lookup: {@code get("headline", "Abbey Road")}. */
    public T get(String lookup, Object value) {
        return get(Lookups.filter(meta, lookup, value));
    }

    /** The number of matching documents, counted by the server ({@code countDocuments}). */
    public long count() {
        if (results != null) {
            return results.size();
        }
        if (query.empty()) {
            return 0;
        }
        if (aggregated()) {
            List<BsonDocument> pipeline = new ArrayList<>(pipeline(-1));
            pipeline.add(new BsonDocument("$count", new BsonString("n")));
            BsonDocument counted = DriverErrors.call("count on " + meta.collection(),
                    () -> bsonCollection().aggregate(pipeline).first());
            return counted == null ? 0 : counted.getNumber("n").longValue();
        }
        CountOptions options = new CountOptions();
        if (query.offset() > 0) {
            options.skip(query.offset());
        }
        if (query.limit() > 0) {
            options.limit(query.limit());
        }
        return DriverErrors.call("count on " + meta.collection(),
                () -> collection().countDocuments(filterDocument(), options));
    }

    /** Whether any document matches; reads at most one id. */
    public boolean exists() {
        if (results != null) {
            return !results.isEmpty();
        }
        if (query.empty()) {
            return false;
        }
        if (aggregated()) {
            return DriverErrors.call("aggregate on " + meta.collection(), () -> fetch(1).first() != null);
        }
        return DriverErrors.call("find on " + meta.collection(), () -> bsonCollection().find(filterDocument())
                .projection(new BsonDocument("_id", new BsonInt32(1))).skip(query.offset()).limit(1).first() != null);
    }

    /**
     * How the server would run this query ({@code explain} with {@code queryPlanner} verbosity), to
     * check which index serves it.
     */
    public Document explain() {
        return DriverErrors.call("explain on " + meta.collection(), () -> find().explain(ExplainVerbosity.QUERY_PLANNER));
    }

    // ---- values, distinct, aggregation

    /** The values of {@code field} in order, typed by the path: {@code valuesList(Entry_.headline)} is a {@code List<String>}. */
    @SuppressWarnings("unchecked") // read with the path's own codec
    public <V> List<V> valuesList(Path<T, V> field) {
        List<V> values = new ArrayList<>();
        boolean scalar = !Collection.class.isAssignableFrom(field.codec().getEncoderClass());
        for (BsonDocument document : projected(List.of(field.bsonPath()))) {
            BsonValue value = Documents.valueAt(document, field.bsonPath());
            if (scalar && value != null && value.isArray()) {
                // a path through an array of models (authors.name): one value per element, as
                // Django's values_list over a to-many relation gives one row per related object
                for (BsonValue element : value.asArray()) {
                    values.add((V) Documents.read(field.codec(), element));
                }
            } else {
                values.add((V) Documents.read(field.codec(), value));
            }
        }
        return values;
    }

    /** The arrays of a list or set field in order: {@code valuesList(Entry_.tags)} is a {@code List<List<String>>}. */
    @SuppressWarnings("unchecked") // read with the path's own list codec
    public <E> List<List<E>> valuesList(AbstractArrayPath<T, E> field) {
        return (List<List<E>>) (List<?>) column(field);
    }

    /** The maps of a map field in order: {@code valuesList(Entry_.votes)} is a {@code List<Map<String, Integer>>}. */
    @SuppressWarnings("unchecked") // read with the path's own map codec
    public <V> List<Map<String, V>> valuesList(MapPath<T, V, ?> field) {
        return (List<Map<String, V>>) (List<?>) column(field);
    }

    private List<Object> column(AbstractPath<T> field) {
        List<Object> values = new ArrayList<>();
        for (BsonDocument document : projected(List.of(field.bsonPath()))) {
            values.add(Documents.read(field.valueCodec(), Documents.valueAt(document, field.bsonPath())));
        }
        return values;
    }

    /** The values of several fields per document, as rows read by position or by path (Django's tuples). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final List<Row<T>> valuesList(AbstractPath<T>... fields) {
        return values(fields).list();
    }

    /** The values of {@code fields} per document, as rows keyed by BSON path (Django's {@code values()}). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Values<T> values(AbstractPath<T>... fields) {
        List<Values.Column> columns = new ArrayList<>();
        for (AbstractPath<T> field : fields) {
            columns.add(new Values.Column(field.bsonPath(), field.bsonPath(), field.valueCodec()));
        }
        return new Values<>(this, columns);
    }

    /** Every field of each document, as rows keyed by Java field name (Django's {@code values()} with no fields). */
    public Values<T> values() {
        List<Values.Column> columns = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            columns.add(new Values.Column(field.name(), field.bsonName(), field.type().codec()));
        }
        return new Values<>(this, columns);
    }

    /** The values of the fields named by Django lookups ({@code "blog__name"}), keyed by those names. */
    public Values<T> values(String... fields) {
        List<Values.Column> columns = new ArrayList<>();
        for (String name : fields) {
            Lookups.Target target = Lookups.field(meta, name);
            columns.add(new Values.Column(name, target.bsonPath(), target.type().codec()));
        }
        return new Values<>(this, columns);
    }

    /** The distinct values of {@code field} among the matches (Django's {@code distinct()} on one field). */
    @SuppressWarnings("unchecked") // read with the path's own codec
    public <V> List<V> distinct(Path<T, V> field) {
        List<V> values = new ArrayList<>();
        for (BsonValue value : distinctBson(field.bsonPath(), new ArrayList<>())) {
            values.add((V) Documents.read(field.codec(), value));
        }
        return values;
    }

    /**
     * The values of {@code field} in this query, to be used with {@code in} by another query, which
     * runs this one when it runs: {@code Entry_.blog.name.in(Blog.objects().filter(...).subquery(Blog_.name))}.
     */
    public <V> Subquery<V> subquery(Path<T, V> field) {
        return new Subquery<>(this, field.bsonPath());
    }

    List<BsonValue> distinctBson(String field, List<BsonValue> into) {
        if (query.empty()) {
            return into;
        }
        return DriverErrors.call("distinct on " + meta.collection(),
                () -> bsonCollection().distinct(field, filterDocument(), BsonValue.class).into(into));
    }

    /**
     * Summaries over all matches in one round trip (Django's {@code aggregate()}):
     * {@code Row<Entry> r = objects().aggregate(avg(Entry_.rating), max(Entry_.pubDate)); r.get(avg)}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Row<T> aggregate(Aggregation<T, ?>... aggregations) {
        return new Values<>(this, List.of()).annotateAll(List.of(aggregations)).stream().findFirst()
                .orElseGet(() -> Values.emptyAggregate(List.of(aggregations)));
    }

    // ---- creating, updating and deleting many

    /**
     * The object matching {@code lookup}, or a new one from {@code create}, inserted (Django's
     * {@code get_or_create}). Two callers racing on a unique key both end up with the same object.
     */
    public Obtained<T> getOrCreate(Filter<T> lookup, Supplier<T> create) {
        try {
            return new Obtained<>(get(lookup), false);
        } catch (DoesNotExist missing) {
            try {
                return new Obtained<>(Writes.insert(this, create.get()), true);
            } catch (IntegrityError race) {
                return new Obtained<>(get(lookup), false);
            }
        }
    }

    /**
     * The object matching {@code lookup} changed by {@code update} and saved, or a new one from
     * {@code create} (Django's {@code update_or_create}).
     */
    public Obtained<T> updateOrCreate(Filter<T> lookup, UnaryOperator<T> update, Supplier<T> create) {
        Optional<T> found = filter(lookup).first();
        if (found.isPresent()) {
            return new Obtained<>(Writes.save(this, update.apply(found.get())), false);
        }
        return getOrCreate(lookup, create);
    }

    /**
     * Inserts {@code objects} in one request, in order, generating missing {@code ObjectId} ids;
     * returns the inserted instances (copies for records). Stops at the first duplicate key.
     */
    public List<T> bulkCreate(Collection<? extends T> objects) {
        List<T> inserted = Writes.forInsertAll(meta, Objects.requireNonNull(objects, "objects"));
        if (!inserted.isEmpty()) {
            DriverErrors.call("bulk insert of " + meta.name(), () -> collection().insertMany(inserted));
        }
        return inserted;
    }

    /**
     * Writes {@code fields} of each of {@code objects} to its document, all in one bulk write
     * (Django's {@code bulk_update}); with no fields, replaces the whole documents. Returns how
     * many documents matched.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final long bulkUpdate(Collection<? extends T> objects, AbstractPath<T>... fields) {
        List<T> all = new ArrayList<>(Objects.requireNonNull(objects, "objects"));
        Writes.validateAll(meta, all);
        boolean versioned = meta.versionField().isPresent();
        List<WriteModel<BsonDocument>> writes = new ArrayList<>(all.size());
        List<Long> loaded = new ArrayList<>(all.size());
        for (T object : all) {
            BsonValue id = meta.idValue(object);
            if (id == null) {
                throw new DjongoException("bulkUpdate() got a " + meta.name() + " without an id; save it first");
            }
            long version = versioned ? meta.version(object) : 0;
            loaded.add(version);
            BsonDocument document = meta.codec().toBsonValue(object);
            BsonDocument filter = versioned ? Writes.versionFilter(meta, id, version) : new BsonDocument("_id", id);
            String versionKey = versioned ? meta.versionField().get().bsonName() : null;
            if (versioned) {
                document.put(versionKey, new org.bson.BsonInt64(version + 1));
            }
            if (fields.length == 0) {
                writes.add(new ReplaceOneModel<>(filter, document));
                continue;
            }
            BsonDocument set = new BsonDocument();
            for (AbstractPath<T> field : fields) {
                BsonValue value = Documents.valueAt(document, field.bsonPath());
                set.append(field.bsonPath(), value == null ? org.bson.BsonNull.VALUE : value);
            }
            if (versioned) {
                set.put(versionKey, document.get(versionKey));
            }
            writes.add(new UpdateOneModel<>(filter, new BsonDocument("$set", set)));
        }
        if (writes.isEmpty()) {
            return 0;
        }
        if (versioned) {
            Writes.checkVersions(this, all, loaded);
        }
        long matched = DriverErrors.call("bulk update of " + meta.name(),
                () -> bsonCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount());
        if (versioned) {
            Writes.afterVersionedBulkUpdate(this, all, loaded, matched);
        }
        return matched;
    }

    /**
     * The instances with the given ids, by id (Django's {@code in_bulk}); ids that match nothing
     * are absent from the map.
     */
    @SuppressWarnings("unchecked") // the keys are the stored ids, read with the id field's codec
    public <K> Map<K, T> inBulk(Collection<K> ids) {
        FieldMeta idField = meta.idField().orElseThrow(() -> new DjongoException(meta.name() + " has no id"));
        List<Object> values = new ArrayList<>(ids);
        Filter<T> byIds = new Path<T, Object>("_id", (io.djongo.codec.ValueCodec<Object>) idField.type().codec()).in(values);
        Map<K, T> found = new LinkedHashMap<>();
        for (T object : filter(byIds).list()) {
            found.put((K) Documents.read(idField.type().codec(), meta.idValue(object)), object);
        }
        return found;
    }

    /**
     * Deletes every matching document and returns how many were deleted (Django's
     * {@code QuerySet.delete()}). Ordering, offset and limit cannot be combined with it, since
     * MongoDB deletes by filter only.
     */
    public long delete() {
        if (query.sliced()) {
            throw new DjongoException("delete() deletes by filter only; remove limit()/offset() from "
                    + this + ", or delete the instances you listed one by one");
        }
        if (query.none()) {
            return 0;
        }
        return DriverErrors.call("delete on " + meta.collection(),
                () -> collection().deleteMany(filterDocument()).getDeletedCount());
    }

    /**
     * Applies {@code changes} to every matching document, in one request, and returns how many
     * documents matched (Django's {@code update()}): {@code Entry.objects().filter(Entry_.rating.gte(4))
     * .update(Entry_.rating.inc(1), Entry_.tags.push("top"))}. Only the named paths change.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final long update(Update<T>... changes) {
        if (query.sliced()) {
            throw new DjongoException("update() updates by filter only; remove limit()/offset() from " + this);
        }
        Updates.Compiled update = Updates.compile(List.of(changes));
        if (!update.isPipeline() && update.document().containsKey("$set")) {
            Writes.validateSets(meta, update.document().getDocument("$set"));
        }
        if (query.none()) {
            return 0;
        }
        UpdateOptions options = new UpdateOptions();
        if (!update.arrayFilters().isEmpty()) {
            options.arrayFilters(update.arrayFilters());
        }
        return DriverErrors.call("update on " + meta.collection(), () -> (update.isPipeline()
                ? collection().updateMany(filterDocument(), update.pipeline(), options)
                : collection().updateMany(filterDocument(), update.document(), options)).getMatchedCount());
    }

    // ---- inspecting

    /** The filter document of this query. */
    public BsonDocument filterDocument() {
        return query.filters().isEmpty() ? new BsonDocument() : Filters.and(query.filters()).toBsonDocument();
    }

    /** The sort document, empty when unordered. */
    public BsonDocument sortDocument() {
        BsonDocument sort = new BsonDocument();
        for (Sort<T> key : query.sorts()) {
            sort.append(key.path(), new BsonInt32(key.descending() ? -1 : 1));
        }
        return sort;
    }

    /**
     * The exact query this chain sends, as a {@code find} command:
     * {@code {"find": "entry", "filter": {...}, "sort": {...}, "projection": {...}, "skip": 10, "limit": 5}}
     * (parts that are not set are left out).
     */
    public BsonDocument toBson() {
        if (aggregated()) {
            return new BsonDocument("aggregate", new BsonString(meta.collection()))
                    .append("pipeline", new BsonArray(new ArrayList<>(pipeline(-1))));
        }
        BsonDocument command = new BsonDocument("find", new BsonString(meta.collection()));
        command.append("filter", filterDocument());
        if (!query.sorts().isEmpty()) {
            command.append("sort", sortDocument());
        }
        if (query.projection() != null) {
            command.append("projection", query.projection().clone());
        }
        if (query.offset() > 0) {
            command.append("skip", new BsonInt32(query.offset()));
        }
        if (query.limit() >= 0) {
            command.append("limit", new BsonInt32(query.limit()));
        }
        return command;
    }

    /**
     * The update command {@link #update} would send:
     * {@code {"update": "entry", "updates": [{"q": {...}, "u": {...}, "multi": true, "arrayFilters": [...]}]}}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final BsonDocument updateBson(Update<T>... changes) {
        Updates.Compiled update = Updates.compile(List.of(changes));
        BsonDocument statement = new BsonDocument("q", filterDocument())
                .append("u", update.toBson())
                .append("multi", org.bson.BsonBoolean.TRUE);
        if (!update.arrayFilters().isEmpty()) {
            statement.append("arrayFilters", new BsonArray(new ArrayList<>(update.arrayFilters())));
        }
        return new BsonDocument("update", new BsonString(meta.collection()))
                .append("updates", new BsonArray(List.of(statement)));
    }

    /** The model's metadata. */
    public final ModelMeta<T> meta() {
        return meta;
    }

    // ---- the driver, one call away

    /** The typed driver collection on this query's connection. */
    @Override
    public MongoCollection<T> collection() {
        return connection().collection(meta);
    }

    /** The same collection as plain {@link Document}s, for results that are not model instances. */
    public MongoCollection<Document> rawCollection() {
        return connection().database().getCollection(meta.collection());
    }

    /**
     * Runs an aggregation pipeline and reads its results as model instances (the stages must
     * keep the documents' shape); {@code mongoAggregate} gives the driver's iterable instead.
     */
    public List<T> rawAggregate(List<? extends org.bson.conversions.Bson> pipeline) {
        return DriverErrors.call("aggregate on " + meta.collection(),
                () -> collection().aggregate(pipeline).into(new ArrayList<>()));
    }

    final MongoCollection<BsonDocument> bsonCollection() {
        return connection().database().getCollection(meta.collection(), BsonDocument.class);
    }

    final Djongo connection() {
        return query.alias() == null ? Djongo.connection() : Djongo.connection(query.alias());
    }

    /**
     * The results, at most {@code cap} of them when positive: a {@code find}, or an aggregation
     * when a subquery can run inside it on this server.
     */
    private com.mongodb.client.MongoIterable<T> fetch(int cap) {
        if (aggregated()) {
            com.mongodb.client.AggregateIterable<T> aggregate = collection().aggregate(pipeline(cap));
            if (query.batchSize() > 0) {
                aggregate.batchSize(query.batchSize());
            }
            return aggregate;
        }
        FindIterable<T> find = find();
        return cap > 0 ? find.limit(limitWithin(cap)) : find;
    }

    private int limitWithin(int cap) {
        return query.limit() > 0 ? Math.min(cap, query.limit()) : cap;
    }

    /** Whether this query runs as one aggregation: it has a subquery and the server runs {@code $lookup} pipelines. */
    private boolean aggregated() {
        return !query.empty() && Filters.anySubquery(query.filters()) && connection().supportsLookupPipelines();
    }

    /**
     * The aggregation form of this query: the subqueries' {@code $lookup}s, the {@code $match},
     * the order and slice, then a projection that drops the looked-up arrays.
     */
    private List<BsonDocument> pipeline(int cap) {
        // Conditions without subqueries come first, so an index serves them before any lookup runs.
        List<Filter<T>> plain = new ArrayList<>();
        List<Filter<T>> withSubqueries = new ArrayList<>();
        for (Filter<T> filter : query.filters()) {
            (Filters.anySubquery(List.of(filter)) ? withSubqueries : plain).add(filter);
        }
        List<BsonDocument> stages = new ArrayList<>();
        if (!plain.isEmpty()) {
            stages.add(new BsonDocument("$match", Filters.and(plain).toBsonDocument()));
        }
        List<BsonDocument> lookedUp = SubqueryFilter.aggregated(() -> Filters.and(withSubqueries).toBsonDocument());
        stages.addAll(lookedUp);
        int lookups = (lookedUp.size() - 1) / 2;
        if (!query.sorts().isEmpty()) {
            stages.add(new BsonDocument("$sort", sortDocument()));
        }
        if (query.offset() > 0) {
            stages.add(new BsonDocument("$skip", new BsonInt32(query.offset())));
        }
        int limit = cap > 0 ? limitWithin(cap) : query.limit();
        if (limit > 0) {
            stages.add(new BsonDocument("$limit", new BsonInt32(limit)));
        }
        BsonDocument projection = query.projection() == null ? new BsonDocument() : query.projection().clone();
        boolean inclusion = projection.values().stream().anyMatch(value -> value.isNumber() && value.asNumber().intValue() == 1);
        if (!inclusion) {
            for (int i = 0; i < lookups; i++) {
                projection.append("__subquery" + i, new BsonInt32(0));
            }
        }
        if (!projection.isEmpty()) {
            stages.add(new BsonDocument("$project", projection));
        }
        return stages;
    }

    private FindIterable<T> find() {
        return configure(collection().find(filterDocument()));
    }

    /** The documents of this query with only {@code paths}, as BSON. */
    final List<BsonDocument> projected(List<String> paths) {
        if (query.empty()) {
            return List.of();
        }
        BsonDocument projection = new BsonDocument();
        for (String path : paths) {
            projection.append(path, new BsonInt32(1));
        }
        if (!paths.contains("_id")) {
            projection.append("_id", new BsonInt32(0));
        }
        return DriverErrors.call("find on " + meta.collection(), () -> configure(bsonCollection().find(filterDocument()))
                .projection(projection).into(new ArrayList<>()));
    }

    private <D> FindIterable<D> configure(FindIterable<D> find) {
        if (!query.sorts().isEmpty()) {
            find.sort(sortDocument());
        }
        if (query.projection() != null) {
            find.projection(query.projection());
        }
        if (query.offset() > 0) {
            find.skip(query.offset());
        }
        if (query.limit() > 0) {
            find.limit(query.limit());
        }
        if (query.batchSize() > 0) {
            find.batchSize(query.batchSize());
        }
        return find;
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta.name() + ">" + toBson().toJson();
    }
}
