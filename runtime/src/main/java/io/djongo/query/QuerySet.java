package io.djongo.query;

import com.mongodb.ExplainVerbosity;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoIterable;
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
import io.djongo.codec.Encoding;
import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.Dangling;
import io.djongo.relation.Deletion;
import io.djongo.relation.DeletionPreview;
import io.djongo.relation.Relations;
import io.djongo.signals.Signals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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
    /** The lookup strings resolved on the model, handed from QuerySet to QuerySet. */
    final LookupCache lookups;
    private volatile List<T> results;

    QuerySet(ModelMeta<T> meta, Query<T> query, LookupCache lookups) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.query = Objects.requireNonNull(query, "query");
        this.lookups = lookups;
    }

    QuerySet<T> with(Query<T> query) {
        return new QuerySet<>(meta, query, lookups);
    }

    // ---- refining: each returns a new QuerySet

    /** This query, without its cached results (Django's {@code all()}). */
    public QuerySet<T> all() {
        return with(query);
    }

    /**
     * Documents matching all of {@code conditions} as well. As in Django, conditions of one call that
     * go through the same array of models refer to the same element ({@code $elemMatch}):
     * {@code filter(Entry_.authors.any().name.eq("Ann"), Entry_.authors.any().email.endsWith(".org"))}
     * finds entries with one author who is both; two {@code filter()} calls may match two authors.
     *
     * @throws IllegalStateException once a slice has been taken ({@code limit}/{@code offset}), as in Django
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> filter(Filter<T>... conditions) {
        Filter<T> all = Filters.and("filter", conditions);
        if (all == null) {
            return all();
        }
        requireUnsliced("Cannot filter a query once a slice has been taken; call filter() before limit()/offset()");
        return with(query.withFilter(SameElement.group(meta, all)));
    }

    /** Documents matching {@code condition} as well: {@link #filter(Filter[])} with one condition. */
    public QuerySet<T> filter(Filter<T> condition) {
        Objects.requireNonNull(condition, "filter(): argument 0 is null");
        requireUnsliced("Cannot filter a query once a slice has been taken; call filter() before limit()/offset()");
        return with(query.withFilter(SameElement.group(meta, condition)));
    }

    /**
     * Documents matching {@code lookup}, Django's {@code Q} for lookup strings:
     * {@code filter(Lookup.of("authors__name", "Ann").and(Lookup.of("authors__email__endswith", ".org")))}.
     * Lookups through the same array of models refer to the same element, as with {@link #filter(Filter[])}.
     */
    public QuerySet<T> filter(Lookup lookup) {
        return filter(Objects.requireNonNull(lookup, "filter(): lookup is null").toFilter(meta));
    }

    /**
     * Documents matching all of {@code lookups} in one call, as Django's
     * {@code filter(authors__name="Ann", authors__email__endswith=".org")}: the conditions through one
     * array of models refer to the same element, those through one many-to-many or reverse
     * relation ({@code entries__rating}, {@code entries__headline}) to the same related object.
     * The map's order is the conditions' order.
     */
    public QuerySet<T> filter(Map<String, ?> lookups) {
        return filter(Lookup.of(lookups));
    }

    /**
     * Documents matching a Django lookup: {@code filter("blog__name__istartswith", "beat")},
     * {@code filter("pub_date__year", 2024)}, {@code filter("rating__gt", F.field("views"))}.
     *
     * @throws io.djongo.FieldError for an unknown field or lookup, or a value that does not fit
     */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Lookups.filter(lookups, meta, lookup, value));
    }

    /**
     * Documents not matching all of {@code conditions} together: {@code exclude(a, b)} removes
     * documents matching both {@code a} and {@code b}, as in Django. Documents where a field is
     * missing or {@code null} do not match a condition on it, so they are kept.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> exclude(Filter<T>... conditions) {
        Filter<T> all = Filters.and("exclude", conditions);
        if (all == null) {
            return all();
        }
        requireUnsliced("Cannot filter a query once a slice has been taken; call exclude() before limit()/offset()");
        return with(query.withFilter(Filters.not(all)));
    }

    /** Documents not matching {@code condition}: {@link #exclude(Filter[])} with one condition. */
    public QuerySet<T> exclude(Filter<T> condition) {
        Objects.requireNonNull(condition, "exclude(): argument 0 is null");
        requireUnsliced("Cannot filter a query once a slice has been taken; call exclude() before limit()/offset()");
        return with(query.withFilter(Filters.not(condition)));
    }

    /** Documents not matching a Django lookup: {@code exclude("rating__lt", 3)}. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return exclude(Lookups.filter(lookups, meta, lookup, value));
    }

    /** Documents not matching {@code lookup} (Django's {@code exclude(Q(...))}). */
    public QuerySet<T> exclude(Lookup lookup) {
        return exclude(Objects.requireNonNull(lookup, "exclude(): lookup is null").toExcludedFilter(meta));
    }

    /**
     * Documents not matching all of {@code lookups} together, as Django's {@code exclude(a=1, b=2)};
     * as in Django, conditions through an array of models or a many-to-many or reverse relation
     * may be met by different elements or related objects.
     */
    public QuerySet<T> exclude(Map<String, ?> lookups) {
        return exclude(Lookup.of(lookups));
    }

    /**
     * Orders by {@code keys}, replacing any earlier order and the model's default
     * {@code @Model(ordering)}; a field named twice is ordered by its first key, which is the one
     * that decides.
     *
     * @throws IllegalStateException once a slice has been taken, as in Django
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> orderBy(Sort<T>... keys) {
        Objects.requireNonNull(keys, "orderBy(): keys is null");
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                throw new NullPointerException("orderBy(): key " + i + " is null");
            }
        }
        requireUnsliced("Cannot reorder a query once a slice has been taken; call orderBy() before limit()/offset()");
        return with(query.withSorts(List.of(keys)));
    }

    /** Orders by {@code key}: {@link #orderBy(Sort[])} with one key. */
    public QuerySet<T> orderBy(Sort<T> key) {
        Objects.requireNonNull(key, "orderBy(): key 0 is null");
        requireUnsliced("Cannot reorder a query once a slice has been taken; call orderBy() before limit()/offset()");
        return with(query.withSorts(List.of(key)));
    }

    /**
     * No order at all, not even the model's default {@code @Model(ordering)} (Django's
     * {@code order_by()} with no fields): the server returns documents as it finds them.
     *
     * @throws IllegalStateException once a slice has been taken, as in Django
     */
    public QuerySet<T> orderBy() {
        requireUnsliced("Cannot reorder a query once a slice has been taken; call orderBy() before limit()/offset()");
        return with(query.withSorts(List.of()));
    }

    /** Orders by Django keys: {@code orderBy("-pub_date", "headline")}. */
    public QuerySet<T> orderBy(String... keys) {
        Objects.requireNonNull(keys, "orderBy(): keys is null");
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of this query's keys
        Sort<T>[] sorts = new Sort[keys.length];
        for (int i = 0; i < keys.length; i++) {
            sorts[i] = Lookups.sort(lookups, meta, keys[i]);
        }
        requireUnsliced("Cannot reorder a query once a slice has been taken; call orderBy() before limit()/offset()");
        return with(query.withSorts(List.of(sorts)));
    }

    /**
     * The same order reversed; an unordered query stays unordered, as in Django.
     *
     * @throws IllegalStateException once a slice has been taken, as in Django
     */
    public QuerySet<T> reverse() {
        requireUnsliced("Cannot reverse a query once a slice has been taken; call reverse() before limit()/offset()");
        return reversed();
    }

    private QuerySet<T> reversed() {
        List<Sort<T>> reversed = new ArrayList<>();
        for (Sort<T> sort : query.sorts()) {
            reversed.add(sort.reversed());
        }
        return with(query.withSorts(reversed));
    }

    /**
     * At most {@code count} of this query's results, as Python's {@code rows[:count]}: on a slice it
     * narrows, never widens ({@code offset(2).limit(5).limit(3)} is rows 2 to 4), and
     * {@code limit(0)} matches nothing, as Django's {@code qs[:0]}.
     */
    public QuerySet<T> limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit(" + count + "): the limit must be zero or more");
        }
        return with(query.withLimit(count));
    }

    /**
     * Skips the first {@code count} of this query's results, as Python's {@code rows[count:]}: on a
     * slice it moves further in ({@code limit(5).offset(4)} is row 4 only), and a slice of an empty
     * slice stays empty.
     */
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

    /**
     * The same query read with {@code readPreference}, as Spring Data's {@code Query.withReadPreference}
     * and the driver's {@code MongoCollection.withReadPreference}: {@code ReadPreference.secondaryPreferred()}
     * lets replica-set secondaries answer. It overrides the model's {@code @Model(readPreference)} and the
     * connection's ({@code ?readPreference=} in its URI). Inside an atomic block the transaction's read
     * preference applies, and MongoDB requires it to be primary.
     */
    public QuerySet<T> withReadPreference(ReadPreference readPreference) {
        Objects.requireNonNull(readPreference, "withReadPreference(): readPreference is null");
        return with(query.withOptions(query.options().withReadPreference(readPreference)));
    }

    /**
     * The same query read with {@code readConcern} ({@code ReadConcern.MAJORITY}: only data a majority of
     * the replica set acknowledged), over the model's {@code @Model(readConcern)} and the connection's.
     * Inside an atomic block the transaction's read concern applies.
     */
    public QuerySet<T> withReadConcern(ReadConcern readConcern) {
        Objects.requireNonNull(readConcern, "withReadConcern(): readConcern is null");
        return with(query.withOptions(query.options().withReadConcern(readConcern)));
    }

    /**
     * The same query writing ({@code update}, {@code delete}, {@code bulkCreate}, and the manager's
     * {@code save}/{@code create}/{@code delete}) with {@code writeConcern} ({@code WriteConcern.MAJORITY}),
     * over the model's {@code @Model(writeConcern)} and the connection's. Inside an atomic block the
     * transaction's write concern applies, at commit.
     *
     * @throws IllegalArgumentException for an unacknowledged write concern ({@code w: 0}), which would
     *     hide duplicate keys, stale versions and how many documents a write changed
     */
    public QuerySet<T> withWriteConcern(WriteConcern writeConcern) {
        return with(query.withOptions(query.options().withWriteConcern(acknowledged(writeConcern))));
    }

    static WriteConcern acknowledged(WriteConcern writeConcern) {
        Objects.requireNonNull(writeConcern, "withWriteConcern(): writeConcern is null");
        if (!writeConcern.isAcknowledged()) {
            throw new IllegalArgumentException("withWriteConcern(" + writeConcern.asDocument().toJson() + "): an "
                    + "unacknowledged write concern reports nothing back, so duplicate keys, stale versions and counts "
                    + "of changed documents would go unseen; use WriteConcern.W1 or more, or WriteConcern.MAJORITY");
        }
        return writeConcern;
    }

    /** A query that matches nothing and never asks the server (Django's {@code none()}). */
    public QuerySet<T> none() {
        return with(query.withNone());
    }

    /**
     * How many documents the server sends per batch to this query's reads ({@link #list()},
     * {@link #iterator()}, {@link #stream()}, values); without it, the connection's
     * {@link Djongo#batchSize()}, {@value Djongo#DEFAULT_BATCH_SIZE} unless changed.
     */
    public QuerySet<T> batchSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("batchSize(" + size + "): a batch holds at least one document");
        }
        return with(query.withBatchSize(size));
    }

    /**
     * The longest each command of this query may run: the driver sends it to the server as
     * {@code maxTimeMS}, so the server stops a query that would scan too much, and the driver also
     * stops waiting for the answer then (its client-side operation timeout). A command that runs
     * out of time fails with a {@link io.djongo.DatabaseError} whose cause is the driver's
     * {@link com.mongodb.MongoOperationTimeoutException} (or {@link com.mongodb.MongoExecutionTimeoutException}).
     * A cursor ({@link #iterator()}, {@link #stream()}) has the time for its whole life. Applies
     * to everything this QuerySet sends: reads, counts, {@code update()}, {@code delete()} and the
     * {@code mongo...} delegates. Not in Django, whose databases take a statement timeout in their
     * settings instead.
     *
     * @param limit more than zero; {@link Duration#ZERO} removes the limit
     */
    public QuerySet<T> maxTime(java.time.Duration limit) {
        Objects.requireNonNull(limit, "maxTime(): limit is null");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("maxTime(" + limit + "): the limit must be zero (none) or more");
        }
        long millis = limit.isZero() ? 0 : Math.max(1, limit.toMillis());
        return with(query.withMaxTime(millis));
    }

    /**
     * The number of documents in the whole collection from its metadata
     * ({@code estimatedDocumentCount}), without reading them: instant on any size, but it ignores
     * this QuerySet's filters and may be off after an unclean shutdown or during orphaned-document
     * clean-up on a sharded cluster. Use {@link #count()} for an exact count of matching documents.
     */
    public long estimatedCount() {
        return DriverErrors.call("count on " + meta.collection(), () -> collection().estimatedDocumentCount());
    }

    /**
     * Loads only {@code fields} (and the id); the other fields of the results keep their Java
     * defaults, so do not save such partial instances back (Django's {@code only()}).
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> only(AbstractPath<T>... fields) {
        BsonDocument projection = new BsonDocument();
        for (AbstractPath<T> field : conditions("only", fields)) {
            projection.append(field.bsonPath(), new BsonInt32(1));
        }
        return with(query.withProjection(projection));
    }

    /** Loads every field but {@code fields}, which keep their Java defaults (Django's {@code defer()}). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> defer(AbstractPath<T>... fields) {
        BsonDocument projection = new BsonDocument();
        for (AbstractPath<T> field : conditions("defer", fields)) {
            if (field.bsonPath().equals("_id")) {
                throw new IllegalArgumentException("defer() cannot leave out the id: instances without it cannot be saved");
            }
            projection.append(field.bsonPath(), new BsonInt32(0));
        }
        return with(query.withProjection(projection));
    }

    /**
     * Loads the objects that the results refer to in the same query (Django's
     * {@code select_related}): one aggregation that joins each path ({@code "blog"},
     * {@code "blog__owner"}) with {@code $lookup}, keeping results whose reference is empty or
     * dangles, so that {@code entry.blog.get()} sends no query. On a server without
     * {@code $lookup}, one more query of ids per relation gives the same results. Forward
     * references only; many-to-many and reverse relations are {@link #prefetchRelated}'s.
     *
     * @throws io.djongo.FieldError for a path that is not a reference of the model
     */
    public QuerySet<T> selectRelated(String... paths) {
        List<String> select = relationPaths("selectRelated", paths);
        Loading.check(meta, select, false);
        Query.Related related = query.related();
        List<String> all = new ArrayList<>(related.select());
        all.addAll(select);
        return with(query.withRelated(new Query.Related(List.copyOf(all), related.prefetch(), related.strict())));
    }

    /**
     * Loads, after the results, the objects each relation path leads to with one {@code $in}
     * query per relation for all the results (Django's {@code prefetch_related}): references
     * ({@code "blog"}), many-to-many lists ({@code "tags"}) and reverse relations
     * ({@code "entries"}, kept for the model's accessor, so the model must extend its companion),
     * to any depth ({@code "entries__tags"}).
     *
     * @throws io.djongo.FieldError for a path that is not a relation of the model
     */
    public QuerySet<T> prefetchRelated(String... paths) {
        List<String> prefetch = relationPaths("prefetchRelated", paths);
        Loading.check(meta, prefetch, true);
        Query.Related related = query.related();
        List<String> all = new ArrayList<>(related.prefetch());
        all.addAll(prefetch);
        return with(query.withRelated(new Query.Related(related.select(), List.copyOf(all), related.strict())));
    }

    /**
     * Makes the references of the results refuse to load themselves ({@code LazyLoadError}), so
     * that a relation not loaded by {@link #selectRelated} or {@link #prefetchRelated} cannot send
     * a hidden query per object: tests use it to prove a page has no N+1 queries.
     */
    public QuerySet<T> strict() {
        Query.Related related = query.related();
        return with(query.withRelated(new Query.Related(related.select(), related.prefetch(), true)));
    }

    private static List<String> relationPaths(String method, String... paths) {
        Objects.requireNonNull(paths, () -> method + "(): paths is null");
        List<String> checked = new ArrayList<>();
        for (String path : paths) {
            checked.add(Objects.requireNonNull(path, () -> method + "(): a path is null"));
        }
        return checked;
    }

    /**
     * The references held by the matching documents whose targets do not exist (deleted without
     * their references, or by another program), per reference field; empty when every reference
     * resolves. A few queries per reference field, whatever the number of documents.
     */
    public List<Dangling> checkReferences() {
        if (query.empty()) {
            return List.of();
        }
        return Relations.check(meta, filterDocument(), query.alias());
    }

    /** This query with {@code results} as its results, as if it had run: for relations loaded by {@code prefetchRelated}. */
    QuerySet<T> withResults(List<T> loaded) {
        QuerySet<T> copy = with(query);
        copy.results = java.util.Collections.unmodifiableList(new ArrayList<>(loaded));
        return copy;
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

    /** Every result from the server, into a new list the caller owns, with the relations it asked for loaded. */
    private List<T> fetchAll() {
        if (query.empty()) {
            return new ArrayList<>();
        }
        return loadRelations(QueryCursor.readAll(fetch(-1), operation()));
    }

    /**
     * Loads what {@code prefetchRelated} asks for into {@code objects}, and what
     * {@code selectRelated} asks for where the server could not join it: one query per relation.
     */
    private List<T> loadRelations(List<T> objects) {
        Query.Related related = query.related();
        if (!related.select().isEmpty() && !joins()) {
            Loading.load(this, objects, related.select(), false);
        }
        if (!related.prefetch().isEmpty()) {
            Loading.load(this, objects, related.prefetch(), true);
        }
        return objects;
    }

    /** Whether {@code selectRelated} runs as a join in the query itself. */
    private boolean joins() {
        return !query.related().select().isEmpty() && connection().supportsLookupPipelines();
    }

    /** Whether results need their relations loaded after they are read. */
    private boolean loadsAfterFetch() {
        return !query.related().prefetch().isEmpty() || (!query.related().select().isEmpty() && !joins());
    }

    /**
     * The results one by one from a server cursor, in batches, without keeping them (Django's
     * {@code iterator()}); close it, ideally with try-with-resources. Driver failures are
     * {@link io.djongo.DatabaseError}s; a document that cannot be read closes the server cursor
     * and throws its {@link io.djongo.DecodingException}.
     */
    public QueryCursor<T> iterator() {
        if (query.empty()) {
            return QueryCursor.empty();
        }
        if (loadsAfterFetch()) {
            // prefetchRelated loads each relation for all the results at once, so they are read first
            return QueryCursor.over(fetchAll());
        }
        return QueryCursor.open(fetch(-1), operation());
    }

    /** The results as a stream over a server cursor; close the stream to close the cursor. */
    public Stream<T> stream() {
        return QueryCursor.stream(iterator());
    }

    /**
     * The first result, if any; ordered by id when the query is unordered, as Django's
     * {@code first()}. On a slice it is the slice's first row: an unordered slice is not reordered,
     * since that would change which rows it holds.
     */
    public Optional<T> first() {
        if (results != null) {
            return results.stream().findFirst();
        }
        if (query.empty()) {
            return Optional.empty();
        }
        QuerySet<T> ordered = query.sorts().isEmpty() && !query.sliced() ? with(query.withSorts(List.of(byId()))) : this;
        T first = DriverErrors.call(operation(), () -> ordered.fetch(1).first());
        if (first != null && loadsAfterFetch()) {
            loadRelations(new ArrayList<>(List.of(first)));
        }
        return Optional.ofNullable(first);
    }

    /**
     * The last result, if any: the first of the reversed order, by id when unordered.
     *
     * @throws IllegalStateException on a slice, as in Django, which cannot reverse a slice
     */
    public Optional<T> last() {
        requireUnsliced("Cannot reverse a query once a slice has been taken; call last() before limit()/offset(), "
                + "or take the last element of list()");
        List<Sort<T>> sorts = query.sorts().isEmpty() ? List.of(byId()) : query.sorts();
        return with(query.withSorts(sorts)).reversed().first();
    }

    private static <T> Sort<T> byId() {
        return new Sort<>("_id", false);
    }

    /**
     * The first object in the order of {@code field} and {@code more} (Django's {@code earliest()}):
     * {@code earliest(Entry_.pubDate)}.
     *
     * @throws DoesNotExist when nothing matches
     * @throws IllegalStateException on a slice, as in Django
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final T earliest(AbstractPath<T> field, AbstractPath<T>... more) {
        return firstBy(ascending(field, more), false);
    }

    /** The first object in the order of {@code key} and {@code more}: {@code earliest(Entry_.rating.desc(), Entry_.id.asc())}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final T earliest(Sort<T> key, Sort<T>... more) {
        return firstBy(keys(key, more), false);
    }

    /** The first object in the order of Django keys: {@code earliest("pub_date")}, {@code earliest("-rating", "pub_date")}. */
    public T earliest(String field, String... more) {
        return firstBy(keys(field, more), false);
    }

    /**
     * The last object in the order of {@code field} and {@code more} (Django's {@code latest()}):
     * {@code latest(Entry_.pubDate)} is the newest entry.
     *
     * @throws DoesNotExist when nothing matches
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final T latest(AbstractPath<T> field, AbstractPath<T>... more) {
        return firstBy(ascending(field, more), true);
    }

    /** The last object in the order of {@code key} and {@code more}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final T latest(Sort<T> key, Sort<T>... more) {
        return firstBy(keys(key, more), true);
    }

    /** The last object in the order of Django keys: {@code latest("pub_date")} is the newest. */
    public T latest(String field, String... more) {
        return firstBy(keys(field, more), true);
    }

    private T firstBy(List<Sort<T>> keys, boolean reversed) {
        requireUnsliced("Cannot change a query once a slice has been taken; call earliest()/latest() before limit()/offset()");
        List<Sort<T>> order = new ArrayList<>();
        for (Sort<T> key : keys) {
            order.add(reversed ? key.reversed() : key);
        }
        return with(query.withSorts(order)).limit(1).get();
    }

    private List<Sort<T>> ascending(AbstractPath<T> field, AbstractPath<T>[] more) {
        List<Sort<T>> keys = new ArrayList<>();
        keys.add(Objects.requireNonNull(field, "field is null").asc());
        for (AbstractPath<T> path : conditions("earliest/latest", more)) {
            keys.add(path.asc());
        }
        return keys;
    }

    private List<Sort<T>> keys(Sort<T> key, Sort<T>[] more) {
        List<Sort<T>> keys = new ArrayList<>();
        keys.add(Objects.requireNonNull(key, "key is null"));
        keys.addAll(conditions("earliest/latest", more));
        return keys;
    }

    private List<Sort<T>> keys(String field, String[] more) {
        List<Sort<T>> keys = new ArrayList<>();
        keys.add(Lookups.sort(meta, field));
        for (String name : Objects.requireNonNull(more, "more is null")) {
            keys.add(Lookups.sort(meta, name));
        }
        return keys;
    }

    // ---- combining QuerySets

    /**
     * The documents of this query or of {@code other} (Django's {@code qs1 | qs2}): their conditions
     * joined by or; the order is {@code other}'s, or this one's when {@code other} is unordered.
     *
     * @throws IllegalStateException when either is sliced, as in Django
     */
    public QuerySet<T> or(QuerySet<T> other) {
        combinable(other);
        if (other.query.none()) {
            return all();
        }
        if (query.none()) {
            return other.all();
        }
        List<Filter<T>> filters = query.filters().isEmpty() || other.query.filters().isEmpty() ? List.of()
                : List.of(Filters.or(List.of(Filters.and(query.filters()), Filters.and(other.query.filters()))));
        return with(new Query<>(query.alias(), filters, other.query.sorts().isEmpty() ? query.sorts() : other.query.sorts(),
                0, -1, false, query.projection(), query.batchSize(), query.related(), query.maxTimeMillis(), query.options()));
    }

    /**
     * The documents of both this query and {@code other} (Django's {@code qs1 & qs2}); the order is
     * {@code other}'s, or this one's when {@code other} is unordered.
     *
     * @throws IllegalStateException when either is sliced, as in Django
     */
    public QuerySet<T> and(QuerySet<T> other) {
        combinable(other);
        if (query.none() || other.query.none()) {
            return none();
        }
        List<Filter<T>> filters = new ArrayList<>(query.filters());
        filters.addAll(other.query.filters());
        return with(new Query<>(query.alias(), filters, other.query.sorts().isEmpty() ? query.sorts() : other.query.sorts(),
                0, -1, false, query.projection(), query.batchSize(), query.related(), query.maxTimeMillis(), query.options()));
    }

    /**
     * The documents of this query and of {@code others}, each once (Django's {@code union()}), as a
     * new unordered QuerySet to order and slice. Operands keep their own order and slice:
     * {@code a.orderBy(...).limit(3).union(b.limit(3))} is at most six documents. The result is an
     * ordinary QuerySet, so unlike Django's it can be filtered further. Documents are distinct by id,
     * so Django's {@code all=True} (keeping duplicates) has no counterpart.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final QuerySet<T> union(QuerySet<T>... others) {
        List<QuerySet<T>> operands = new ArrayList<>();
        operands.add(this);
        operands.addAll(conditions("union", others));
        List<Filter<T>> any = new ArrayList<>();
        for (QuerySet<T> operand : operands) {
            if (!operand.meta.equals(meta)) {
                throw new IllegalArgumentException("union() combines queries of one model; " + operand.meta.name()
                        + " is not " + meta.name());
            }
            if (operand.query.empty()) {
                continue;
            }
            if (operand.query.sliced()) {
                // the rows its order and slice select, by id
                any.add(idPath().in(operand.subquery(operand.idPath())));
            } else if (operand.query.filters().isEmpty()) {
                return with(new Query<>(query.alias(), List.of(), List.of(), 0, -1, false, query.projection(), query.batchSize(),
                        query.related(), query.maxTimeMillis(), query.options()));
            } else {
                any.add(Filters.and(operand.query.filters()));
            }
        }
        if (any.isEmpty()) {
            return none();
        }
        return with(new Query<>(query.alias(), List.of(Filters.or(any)), List.of(), 0, -1, false, query.projection(),
                query.batchSize(), query.related(), query.maxTimeMillis(), query.options()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the id path reads values with the id field's own codec
    private Path<T, Object> idPath() {
        FieldMeta id = meta.idField().orElseThrow(() -> new DjongoException(meta.name() + " has no id"));
        return new Path<T, Object>("_id", (ValueCodec) id.type().codec());
    }

    private void combinable(QuerySet<T> other) {
        Objects.requireNonNull(other, "other is null");
        if (query.sliced() || other.query.sliced()) {
            throw new IllegalStateException("Cannot combine queries once a slice has been taken; combine them first, or "
                    + "use union(), which keeps each operand's slice");
        }
        if (!other.meta.equals(meta)) {
            throw new IllegalArgumentException("cannot combine a query of " + meta.name() + " with one of " + other.meta.name());
        }
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
        List<T> found = matching.query.empty() ? List.of() : DriverErrors.call(operation(),
                () -> matching.fetch(2).into(new ArrayList<>(2)));
        if (found.isEmpty()) {
            throw new DoesNotExist(meta.name() + " matching query does not exist: " + matching.filterDocument().toJson());
        }
        if (found.size() > 1) {
            throw new MultipleObjectsReturned("get() returned more than one " + meta.name() + " for "
                    + matching.filterDocument().toJson() + "; narrow the filter or use first()");
        }
        return matching.loadsAfterFetch() ? matching.loadRelations(new ArrayList<>(found)).get(0) : found.get(0);
    }

    /** The single document matching a Django lookup: {@code get("headline", "Abbey Road")}. */
    public T get(String lookup, Object value) {
        return get(Lookups.filter(meta, lookup, value));
    }

    /** The single document matching {@code lookup}. */
    public T get(Lookup lookup) {
        return get(Objects.requireNonNull(lookup, "get(): lookup is null").toFilter(meta));
    }

    /** The single document matching all of {@code lookups}: {@code get(Map.of("blog__name", "Jazz", "rating", 4))}. */
    public T get(Map<String, ?> lookups) {
        return get(Lookup.of(lookups));
    }

    /** The number of matching documents, counted by the server ({@code countDocuments}). */
    public long count() {
        if (results != null) {
            return results.size();
        }
        if (query.empty()) {
            return 0;
        }
        if (RelatedOrdering.needed(this)) {
            return query.sliced() ? RelatedOrdering.ids(this, -1).size() : with(query.withoutOrderAndSlice()).count();
        }
        if (aggregated()) {
            List<BsonDocument> pipeline = Pipeline.rows(this, Pipeline.SUBQUERY_PREFIX, -1, new ArrayList<>(), query.sliced());
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
        if (RelatedOrdering.needed(this)) {
            return query.sliced() ? !RelatedOrdering.ids(this, 1).isEmpty() : with(query.withoutOrderAndSlice()).exists();
        }
        if (aggregated()) {
            List<BsonDocument> pipeline = Pipeline.rows(this, Pipeline.SUBQUERY_PREFIX, 1, new ArrayList<>(), query.sliced());
            pipeline.add(new BsonDocument("$project", new BsonDocument("_id", new BsonInt32(1))));
            return DriverErrors.call("aggregate on " + meta.collection(), () -> bsonCollection().aggregate(pipeline).first() != null);
        }
        return DriverErrors.call("find on " + meta.collection(), () -> bsonCollection().find(filterDocument())
                .projection(new BsonDocument("_id", new BsonInt32(1))).skip(query.offset()).limit(1).first() != null);
    }

    /**
     * How the server would run this query ({@code explain} with {@code queryPlanner} verbosity), to
     * check which index serves it.
     */
    public Document explain() {
        if (aggregated()) {
            return DriverErrors.call("explain on " + meta.collection(),
                    () -> collection().aggregate(Pipeline.models(this, -1)).explain(ExplainVerbosity.QUERY_PLANNER));
        }
        return DriverErrors.call("explain on " + meta.collection(), () -> find().explain(ExplainVerbosity.QUERY_PLANNER));
    }

    // ---- values, distinct, aggregation

    /** The values of {@code field} in order, typed by the path: {@code valuesList(Entry_.headline)} is a {@code List<String>}. */
    public <V> List<V> valuesList(Path<T, V> field) {
        return collect(flatValues("valuesList", field));
    }

    /** The arrays of a list or set field in order: {@code valuesList(Entry_.tags)} is a {@code List<List<String>>}. */
    @SuppressWarnings("unchecked") // read with the path's own list codec
    public <E> List<List<E>> valuesList(AbstractArrayPath<T, E> field) {
        return (List<List<E>>) (List<?>) collect(columnValues("valuesList", field));
    }

    /** The maps of a map field in order: {@code valuesList(Entry_.votes)} is a {@code List<Map<String, Integer>>}. */
    @SuppressWarnings("unchecked") // read with the path's own map codec
    public <V> List<Map<String, V>> valuesList(MapPath<T, V, ?> field) {
        return (List<Map<String, V>>) (List<?>) collect(columnValues("valuesList", field));
    }

    /** The values of several fields per document, as rows read by position or by path (Django's tuples). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final List<Row<T>> valuesList(AbstractPath<T>... fields) {
        return values(fields).list();
    }

    /**
     * The values of the fields named by Django lookups per document, as rows read by position
     * (Django's {@code values_list("headline", "rating")}); one field gives one-value rows, as
     * Django's tuples. {@link #valuesListFlat} gives the values themselves.
     */
    public List<Row<T>> valuesList(String field, String... more) {
        return values(named("valuesList", field, more)).list();
    }

    /**
     * {@link #valuesList(Path)} one value at a time, read from a server cursor as the stream is
     * consumed and not kept (Django's {@code values_list(..., flat=True).iterator()}): close the
     * stream, ideally with try-with-resources, to close the cursor.
     */
    public <V> Stream<V> valuesListStream(Path<T, V> field) {
        return flatValues("valuesListStream", field);
    }

    /** {@link #valuesList(AbstractArrayPath)} one array at a time from a server cursor; close the stream. */
    @SuppressWarnings("unchecked") // read with the path's own list codec
    public <E> Stream<List<E>> valuesListStream(AbstractArrayPath<T, E> field) {
        return (Stream<List<E>>) (Stream<?>) columnValues("valuesListStream", field);
    }

    /** {@link #valuesList(MapPath)} one map at a time from a server cursor; close the stream. */
    @SuppressWarnings("unchecked") // read with the path's own map codec
    public <V> Stream<Map<String, V>> valuesListStream(MapPath<T, V, ?> field) {
        return (Stream<Map<String, V>>) (Stream<?>) columnValues("valuesListStream", field);
    }

    /** {@link #valuesList(AbstractPath[])} one row at a time from a server cursor; close the stream. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Stream<Row<T>> valuesListStream(AbstractPath<T>... fields) {
        return values(fields).stream();
    }

    /** {@link #valuesList(String, String...)} one row at a time from a server cursor; close the stream. */
    public Stream<Row<T>> valuesListStream(String field, String... more) {
        return values(named("valuesListStream", field, more)).stream();
    }

    private static String[] named(String method, String field, String... more) {
        List<String> fields = new ArrayList<>();
        fields.add(Objects.requireNonNull(field, method + "(): field is null"));
        fields.addAll(conditions(method, more));
        return fields.toArray(new String[0]);
    }

    /** The stream's values in a list, the stream closed. */
    private static <V> List<V> collect(Stream<V> values) {
        try (values) {
            return values.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
    }

    @SuppressWarnings("unchecked") // read with the path's own codec
    private <V> Stream<V> flatValues(String method, Path<T, V> field) {
        Objects.requireNonNull(field, method + "(): field is null");
        String path = field.bsonPath();
        boolean scalar = !Collection.class.isAssignableFrom(field.codec().getEncoderClass());
        return QueryCursor.stream(projectedCursor(List.of(path))).mapMulti((document, values) -> {
            BsonValue value = Documents.valueAt(document, path);
            if (scalar && value != null && value.isArray()) {
                // a path through an array of models (authors.name): one value per element, as
                // Django's values_list over a to-many relation gives one row per related object
                for (BsonValue element : value.asArray()) {
                    values.accept((V) Documents.read(field.codec(), element, meta.name(), path));
                }
            } else {
                values.accept((V) Documents.read(field.codec(), value, meta.name(), path));
            }
        });
    }

    private Stream<Object> columnValues(String method, AbstractPath<T> field) {
        Objects.requireNonNull(field, method + "(): field is null");
        String path = field.bsonPath();
        return QueryCursor.stream(projectedCursor(List.of(path)))
                .map(document -> Documents.read(field.valueCodec(), Documents.valueAt(document, path), meta.name(), path));
    }

    /**
     * The values of one field named by a Django lookup, one per document (Django's
     * {@code values_list("headline", flat=True)}); {@code valuesList(path)} is the typed form.
     */
    public List<Object> valuesListFlat(String field) {
        List<Object> values = new ArrayList<>();
        for (Row<T> row : valuesList(field)) {
            values.add(row.get(0));
        }
        return values;
    }

    /**
     * The distinct dates of {@code field} truncated to {@code kind} ("year", "month", "week" or "day";
     * weeks start on Monday), ascending, in UTC (Django's {@code dates()}); nulls are left out.
     */
    public List<LocalDate> dates(DatePath<T, ?> field, String kind) {
        return dates(field, kind, "ASC");
    }

    /** As {@link #dates(DatePath, String)}, in {@code order}: "ASC" or "DESC". */
    @SuppressWarnings("unchecked") // read with the LocalDate codec
    public List<LocalDate> dates(DatePath<T, ?> field, String kind, String order) {
        Objects.requireNonNull(field, "dates(): field is null");
        return (List<LocalDate>) (List<?>) Dates.truncated(dateValues(field.bsonPath()), kind, order, Dates.DATE_KINDS,
                ValueCodecs.LOCAL_DATE, meta.name(), field.bsonPath());
    }

    /** The distinct dates of the field named {@code field} ({@code "pub_date"}), truncated to {@code kind}. */
    public List<LocalDate> dates(String field, String kind, String order) {
        return dates(datePath(field), kind, order);
    }

    /**
     * The distinct date-times of {@code field} truncated to {@code kind} (also "hour", "minute",
     * "second"), ascending, in UTC, typed as the field (Django's {@code datetimes()}).
     */
    public <V> List<V> datetimes(DatePath<T, V> field, String kind) {
        return datetimes(field, kind, "ASC");
    }

    /** As {@link #datetimes(DatePath, String)}, in {@code order}: "ASC" or "DESC". */
    @SuppressWarnings("unchecked") // read with the field's own codec
    public <V> List<V> datetimes(DatePath<T, V> field, String kind, String order) {
        Objects.requireNonNull(field, "datetimes(): field is null");
        return (List<V>) Dates.truncated(dateValues(field.bsonPath()), kind, order, Dates.DATETIME_KINDS, field.codec(), meta.name(),
                field.bsonPath());
    }

    /** The distinct date-times of the field named {@code field}, truncated to {@code kind}, typed as the field. */
    public List<Object> datetimes(String field, String kind, String order) {
        return datetimes(datePath(field), kind, order);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the path reads with the field's own codec
    private DatePath<T, Object> datePath(String field) {
        Lookups.Target target = Lookups.field(meta, Objects.requireNonNull(field, "field is null"));
        if (!target.type().kind().isTemporal()) {
            throw new io.djongo.FieldError(meta.name() + "." + target.field() + " (" + target.type() + ") is not a date field; "
                    + "dates() and datetimes() take one");
        }
        return new DatePath<T, Object>(target.bsonPath(), (ValueCodec) target.type().codec());
    }

    /** The stored values of a date field: distinct from the server when unsliced, else from the slice's rows. */
    private List<BsonValue> dateValues(String path) {
        if (query.empty()) {
            return List.of();
        }
        if (!query.sliced()) {
            return distinctBson(path, new ArrayList<>());
        }
        List<BsonValue> values = new ArrayList<>();
        for (BsonDocument document : projected(List.of(path))) {
            values.add(Documents.valueAt(document, path));
        }
        return values;
    }

    /** The values of {@code fields} per document, as rows keyed by BSON path (Django's {@code values()}). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Values<T> values(AbstractPath<T>... fields) {
        List<Values.Column> columns = new ArrayList<>();
        for (AbstractPath<T> field : conditions("values", fields)) {
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

    /**
     * The values of the fields named by Django lookups, keyed by those names: fields of the model
     * and of its embedded models ({@code "blog__name"} of an embedded blog), and fields of objects
     * reached through references ({@code "blog__owner__name"}), joined with {@code $lookup} or, on
     * a server without it, read with one more query per reference followed.
     */
    public Values<T> values(String... fields) {
        List<Values.Column> columns = new ArrayList<>();
        for (String name : fields) {
            RelationLookups.RelatedField related = name == null ? null : RelationLookups.related(meta, name, "values");
            if (related != null) {
                columns.add(new Values.Column(name, "__column" + columns.size(), related.target().type().codec(), null,
                        related.related()));
                continue;
            }
            Lookups.Target target = Lookups.field(meta, name);
            columns.add(new Values.Column(name, target.bsonPath(), target.type().codec()));
        }
        return new Values<>(this, columns);
    }

    /** The distinct values of {@code field} among the matches (Django's {@code distinct()} on one field). */
    @SuppressWarnings("unchecked") // read with the path's own codec
    public <V> List<V> distinct(Path<T, V> field) {
        Objects.requireNonNull(field, "distinct(): field is null");
        List<V> values = new ArrayList<>();
        for (BsonValue value : distinctBson(field.bsonPath(), new ArrayList<>())) {
            values.add((V) Documents.read(field.codec(), value, meta.name(), field.bsonPath()));
        }
        return values;
    }

    /**
     * The values of {@code field} in this query, to be used with {@code in} by another query, which
     * runs this one when it runs: {@code Entry_.blog.name.in(Blog.objects().filter(...).subquery(Blog_.name))}.
     */
    public <V> Subquery<V> subquery(Path<T, V> field) {
        Objects.requireNonNull(field, "subquery(): field is null");
        return new Subquery<>(this, field.bsonPath());
    }

    /**
     * The values of {@code field} over this query's rows, for a subquery's {@code $in}: each once,
     * in order, arrays flattened one level and nulls left out (SQL's {@code IN} never matches NULL).
     * An unsliced query asks the server for the distinct values; a slice reads its rows, so the
     * order and the slice decide which values there are.
     */
    List<BsonValue> subqueryValues(String field) {
        if (query.empty()) {
            return List.of();
        }
        java.util.Set<BsonValue> values = new java.util.LinkedHashSet<>();
        if (!query.sliced()) {
            for (BsonValue value : distinctBson(field, new ArrayList<>())) {
                addFlattened(values, value, false);
            }
        } else {
            for (BsonDocument document : projected(List.of(field))) {
                addFlattened(values, Documents.valueAt(document, field), true);
            }
        }
        return new ArrayList<>(values);
    }

    private static void addFlattened(java.util.Set<BsonValue> into, BsonValue value, boolean flatten) {
        if (value == null || value.isNull()) {
            return;
        }
        if (flatten && value.isArray()) {
            for (BsonValue element : value.asArray()) {
                addFlattened(into, element, false);
            }
            return;
        }
        into.add(value);
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
        List<Aggregation<T, ?>> all = conditions("aggregate", aggregations);
        return new Values<>(this, List.of()).annotateAll(all).stream().findFirst()
                .orElseGet(() -> Values.emptyAggregate(all));
    }

    // ---- creating, updating and deleting many

    /**
     * The object matching {@code lookup}, or a new one from {@code create}, inserted (Django's
     * {@code get_or_create}). The lookup's equality values are written into the new object, as
     * Django does, so the supplier need not repeat them: {@code getOrCreate(Entry_.headline.eq("Hello"),
     * Entry::new)} creates an entry headed "Hello". Two callers racing on a unique key both end up
     * with the same object.
     *
     * @throws MultipleObjectsReturned when more than one object matches, as Django's {@code get()}
     * @throws IntegrityError when the new object collides with another one on a key the lookup does
     *     not name (an existing id)
     */
    public Obtained<T> getOrCreate(Filter<T> lookup, Supplier<T> create) {
        Objects.requireNonNull(lookup, "getOrCreate(): lookup is null");
        Objects.requireNonNull(create, "getOrCreate(): create is null");
        try {
            return new Obtained<>(get(lookup), false);
        } catch (DoesNotExist missing) {
            return created(lookup, create, "getOrCreate");
        }
    }

    /** Inserts the object {@code create} makes, with the lookup's values; on a race, the object another caller made. */
    private Obtained<T> created(Filter<T> lookup, Supplier<T> create, String method) {
        T fresh = Objects.requireNonNull(create.get(), () -> method + "(): create returned null instead of a new " + meta.name());
        T object = Instances.withLookupValues(meta, fresh, lookup);
        try {
            return new Obtained<>(Writes.insert(this, object), true);
        } catch (IntegrityError collision) {
            // as Django: another caller may have created the object since get() looked; if not, the
            // collision is on another key, and that is the error to report
            try {
                return new Obtained<>(get(lookup), false);
            } catch (DoesNotExist stillMissing) {
                throw collision;
            }
        }
    }

    /**
     * The object matching {@code lookup} changed by {@code update}, or a new one from
     * {@code create} (Django's {@code update_or_create}, where {@code update} does what
     * {@code defaults} do and {@code create} is {@code create_defaults}). Only the values the update
     * changed are written ({@code $set} and {@code $unset} of those paths), so a concurrent change to
     * another field is kept; a new object gets the lookup's equality values, as in
     * {@link #getOrCreate}.
     *
     * @throws MultipleObjectsReturned when more than one object matches
     * @throws IllegalArgumentException when the update changes the id
     */
    public Obtained<T> updateOrCreate(Filter<T> lookup, UnaryOperator<T> update, Supplier<T> create) {
        Objects.requireNonNull(lookup, "updateOrCreate(): lookup is null");
        Objects.requireNonNull(update, "updateOrCreate(): update is null");
        Objects.requireNonNull(create, "updateOrCreate(): create is null");
        T found;
        try {
            found = get(lookup);
        } catch (DoesNotExist missing) {
            Obtained<T> obtained = created(lookup, create, "updateOrCreate");
            if (obtained.created()) {
                return obtained;
            }
            found = obtained.object();
        }
        BsonValue id = meta.idValue(found);
        BsonDocument before = Encoding.toDocument(meta.codec(), found);
        T updated = Objects.requireNonNull(update.apply(found), "updateOrCreate(): update returned null");
        if (!id.equals(meta.idValue(updated))) {
            throw new IllegalArgumentException("updateOrCreate(): the update changed the id of the " + meta.name()
                    + " from " + id + " to " + meta.idValue(updated) + "; ids cannot change");
        }
        return new Obtained<>(Writes.saveChanges(this, before, updated), false);
    }

    /**
     * Inserts {@code objects} in one request, in order, generating missing {@code ObjectId} ids;
     * returns the inserted instances (copies for records). Every object is encoded and checked
     * against MongoDB's 16 MiB limit before anything is sent, so a bad object writes nothing.
     *
     * @throws io.djongo.EncodingException for an object that cannot be stored, naming it and the value
     * @throws IntegrityError at the first duplicate key; the objects before it are stored
     */
    public List<T> bulkCreate(Collection<? extends T> objects) {
        return bulkCreate(objects, false, Integer.MAX_VALUE);
    }

    /**
     * Inserts {@code objects} in requests of at most {@code batchSize} objects (Django's
     * {@code bulk_create(objs, batch_size=..., ignore_conflicts=...)}). With {@code ignoreConflicts},
     * objects whose id or unique value is already stored are skipped and the others are inserted;
     * without it the first duplicate key stops the insert with an {@link IntegrityError}. Every object
     * is encoded and size-checked before the first request, so a bad object writes nothing.
     */
    public List<T> bulkCreate(Collection<? extends T> objects, boolean ignoreConflicts, int batchSize) {
        Objects.requireNonNull(objects, "bulkCreate(): objects is null");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("bulkCreate(): batchSize must be positive, not " + batchSize);
        }
        List<T> inserted = Writes.forInsertAll(meta, objects);
        List<org.bson.RawBsonDocument> documents = new ArrayList<>(inserted.size());
        for (int index = 0; index < inserted.size(); index++) {
            documents.add(Writes.encode(meta, inserted.get(index), "bulkCreate(): object " + index + " of " + inserted.size()));
        }
        com.mongodb.client.model.InsertManyOptions options = new com.mongodb.client.model.InsertManyOptions()
                .ordered(!ignoreConflicts);
        for (int from = 0; from < documents.size(); from += batchSize) {
            List<org.bson.RawBsonDocument> batch = documents.subList(from, Math.min(documents.size(), from + batchSize));
            DriverErrors.write("bulk insert of " + meta.name(), () -> {
                try {
                    return rawDocuments().insertMany(batch, options);
                } catch (com.mongodb.MongoBulkWriteException e) {
                    if (ignoreConflicts && onlyDuplicates(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
        return inserted;
    }

    private static boolean onlyDuplicates(com.mongodb.MongoBulkWriteException e) {
        return e.getWriteConcernError() == null && !e.getWriteErrors().isEmpty() && e.getWriteErrors().stream()
                .allMatch(error -> error.getCategory() == com.mongodb.ErrorCategory.DUPLICATE_KEY);
    }

    /**
     * Writes {@code fields} of each of {@code objects} to its document, all in one bulk write
     * (Django's {@code bulk_update}), and returns how many documents matched. Every object is
     * encoded before anything is sent.
     *
     * @throws IllegalArgumentException without fields, or with the id among them, as Django's
     *     {@code ValueError}s; to replace whole documents, {@code save()} each object
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final long bulkUpdate(Collection<? extends T> objects, AbstractPath<T>... fields) {
        Objects.requireNonNull(objects, "bulkUpdate(): objects is null");
        List<AbstractPath<T>> paths = conditions("bulkUpdate", fields);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("bulkUpdate() needs the fields to write, as Django's bulk_update(objs, "
                    + "fields); to replace whole documents, save() each object");
        }
        for (AbstractPath<T> path : paths) {
            if (path.bsonPath().equals("_id")) {
                throw new IllegalArgumentException("bulkUpdate() cannot write the id, as Django's bulk_update cannot be used "
                        + "with primary key fields; the id selects the document");
            }
        }
        List<T> all = new ArrayList<>(objects.size());
        int index = 0;
        for (T object : objects) {
            all.add(Objects.requireNonNull(object, "bulkUpdate(): object " + index++ + " is null"));
        }
        Writes.validateAll(meta, all);
        boolean versioned = meta.versionField().isPresent();
        String versionKey = versioned ? meta.versionField().get().bsonName() : null;
        List<WriteModel<BsonDocument>> writes = new ArrayList<>(all.size());
        List<Long> loaded = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            T object = all.get(i);
            BsonValue id = meta.idValue(object);
            if (id == null) {
                throw new IllegalArgumentException("bulkUpdate() got a " + meta.name() + " without an id (object " + i
                        + "); save it first");
            }
            long version = versioned ? meta.version(object) : 0;
            loaded.add(version);
            BsonDocument document = Encoding.toDocument(meta.codec(), object);
            BsonDocument set = new BsonDocument();
            for (AbstractPath<T> field : paths) {
                BsonValue value = Documents.valueAt(document, field.bsonPath());
                set.append(field.bsonPath(), value == null ? org.bson.BsonNull.VALUE : value);
            }
            if (versioned) {
                set.put(versionKey, new org.bson.BsonInt64(version + 1));
            }
            BsonDocument filter = versioned ? Writes.versionFilter(meta, id, version) : new BsonDocument("_id", id);
            writes.add(new UpdateOneModel<>(filter, new BsonDocument("$set", set)));
        }
        if (writes.isEmpty()) {
            return 0;
        }
        if (versioned) {
            Writes.checkVersions(this, all, loaded);
        }
        long matched = DriverErrors.write("bulk update of " + meta.name(),
                () -> bsonCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount());
        if (versioned) {
            Writes.afterVersionedBulkUpdate(this, all, loaded, matched);
        }
        return matched;
    }

    /**
     * The instances with the given ids, by id (Django's {@code in_bulk}); ids that match nothing are
     * absent. Ids are converted as lookups convert them (a hex string for an {@code ObjectId}), and
     * each key is the id as given.
     */
    public <K> Map<K, T> inBulk(Collection<K> ids) {
        String idName = meta.idField().orElseThrow(() -> new DjongoException(meta.name() + " has no id")).name();
        return inBulk(ids, idName);
    }

    /** The instances whose unique {@code field} has one of {@code values}, by value (Django's {@code in_bulk(field_name=...)}). */
    public <K> Map<K, T> inBulk(Collection<K> values, AbstractPath<T> field) {
        Objects.requireNonNull(field, "inBulk(): field is null");
        FieldMeta unique = uniqueField(field.bsonPath(), field.toString());
        return inBulk(values, unique.name());
    }

    /**
     * The instances whose unique field named {@code field} (a Django name such as {@code "slug"})
     * has one of {@code values}, by value.
     *
     * @throws IllegalArgumentException when the field is neither the id nor {@code unique}, as Django's
     *     {@code in_bulk()} requires
     * @throws io.djongo.FieldError for a value that cannot be one of the field
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // values are converted to the field type before use
    public <K> Map<K, T> inBulk(Collection<K> values, String field) {
        Objects.requireNonNull(values, "inBulk(): values is null");
        requireUnsliced("Cannot use limit()/offset() with inBulk()");
        Lookups.Target target = Lookups.field(meta, Objects.requireNonNull(field, "inBulk(): field is null"));
        uniqueField(target.bsonPath(), field);
        Map<BsonValue, K> keys = new LinkedHashMap<>();
        for (K value : values) {
            if (value != null) {
                Filter<T> one = Lookups.filter(meta, field, value); // converts the value, or says why it cannot
                keys.putIfAbsent(Filters.document(one).get(target.bsonPath()), value);
            }
        }
        if (keys.isEmpty() || query.empty()) {
            return new LinkedHashMap<>();
        }
        Filter<T> any = Filters.operator(target.bsonPath(), "$in", new BsonArray(new ArrayList<>(keys.keySet())));
        Map<BsonValue, T> byValue = new LinkedHashMap<>();
        QuerySet<T> matching = filter(any);
        BsonDocument filter = matching.filterDocument();
        for (BsonDocument document : DriverErrors.call("find on " + meta.collection(),
                () -> batched(bsonCollection().find(filter)).into(new ArrayList<>()))) {
            byValue.put(Documents.valueAt(document, target.bsonPath()), bound(Writes.decode(meta, document)));
        }
        Map<K, T> found = new LinkedHashMap<>();
        for (Map.Entry<BsonValue, K> key : keys.entrySet()) {
            T object = byValue.get(key.getKey());
            if (object != null) {
                found.put(key.getValue(), object);
            }
        }
        return found;
    }

    /** Every instance of this query by id (Django's {@code in_bulk()} without a list), each key the id as read. */
    public Map<Object, T> inBulk() {
        requireUnsliced("Cannot use limit()/offset() with inBulk()");
        FieldMeta id = meta.idField().orElseThrow(() -> new DjongoException(meta.name() + " has no id"));
        Map<Object, T> all = new LinkedHashMap<>();
        for (T object : list()) {
            all.put(Documents.read(id.type().codec(), meta.idValue(object), meta.name(), id.name()), object);
        }
        return all;
    }

    /** The top-level field stored at {@code bsonPath}, when it is the id or unique. */
    private FieldMeta uniqueField(String bsonPath, String name) {
        for (FieldMeta candidate : meta.fields()) {
            if (candidate.bsonName().equals(bsonPath)) {
                if (!candidate.id() && !candidate.unique()) {
                    throw new IllegalArgumentException("inBulk() needs a unique field, as Django's in_bulk(field_name=...): "
                            + meta.name() + "." + candidate.name() + " is not; declare it @Field(unique = true) or use the id");
                }
                return candidate;
            }
        }
        throw new IllegalArgumentException("inBulk() needs a unique field of " + meta.name() + " itself, not " + name);
    }

    /**
     * Deletes every matching document, with what the relations to them ask for, and returns what
     * was deleted in all and per model (Django's {@code QuerySet.delete()}, which returns
     * {@code (count, {model: count})}): objects that refer to them with {@code onDelete = CASCADE}
     * are deleted too, {@code SET_NULL} and {@code SET_DEFAULT} references are set, and a
     * {@code PROTECT} reference refuses the deletion before anything is written. Ordering, offset
     * and limit cannot be combined with it, since MongoDB deletes by filter only.
     *
     * @throws io.djongo.ProtectedError when a PROTECT reference blocks the deletion (RestrictedError for RESTRICT)
     */
    public Deleted delete() {
        requireUnsliced("Cannot use limit()/offset() with delete(); delete by filter instead, for example "
                + "filter(id.in(slice.subquery(id))).delete()");
        if (query.none()) {
            return Deleted.none();
        }
        return Deletion.delete(meta, filterDocument(), query.alias(), this,
                this::configured);
    }

    /**
     * What {@link #delete()} would do, found by the same walk of the relations without writing
     * anything: the objects it would delete (the cascade included), those whose references it
     * would set or remove, and those that would block it, with counts and the first ids of each
     * (what Django's admin lists on its delete confirmation page). Runs under this QuerySet's
     * {@link #maxTime} and connection.
     */
    public DeletionPreview previewDelete() {
        requireUnsliced("Cannot use limit()/offset() with previewDelete(), as with delete()");
        if (query.none()) {
            return DeletionPreview.NOTHING;
        }
        return Deletion.preview(meta, filterDocument(), query.alias(), java.time.Duration.ofMillis(query.maxTimeMillis()));
    }

    /**
     * Applies {@code changes} to every matching document, in one request, and returns how many
     * documents matched (Django's {@code update()}): {@code Entry.objects().filter(Entry_.rating.gte(4))
     * .update(Entry_.rating.inc(1), Entry_.tags.push("top"))}. Only the named paths change.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final long update(Update<T>... changes) {
        requireUnsliced("Cannot update a query once a slice has been taken; update() changes every match, so filter "
                + "the rows instead, for example filter(id.in(slice.subquery(id))).update(...)");
        Updates.Compiled update = Updates.compile(conditions("update", changes));
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
        BsonDocument filter = filterDocument();
        return DriverErrors.write("update on " + meta.collection(), () -> (update.isPipeline()
                ? collection().updateMany(filter, update.pipeline(), options)
                : collection().updateMany(filter, update.document(), options)).getMatchedCount());
    }

    // ---- inspecting

    /**
     * The filter document of this query; subqueries in it run now and give their values to
     * {@code $in}.
     */
    public BsonDocument filterDocument() {
        return Filters.copyOf(query.alias(), query.filters());
    }

    /**
     * The sort document, empty when unordered; keys computed by the aggregation form (expressions,
     * moved nulls) appear under their helper names ({@code __order0}, {@code __nulls0}).
     */
    public BsonDocument sortDocument() {
        return Pipeline.sort(query.sorts());
    }

    /**
     * The exact query this chain sends, as a {@code find} command:
     * {@code {"find": "entry", "filter": {...}, "sort": {...}, "projection": {...}, "skip": 10, "limit": 5}}
     * (parts that are not set are left out).
     */
    public BsonDocument toBson() {
        if (joins()) {
            return new BsonDocument("aggregate", new BsonString(meta.collection()))
                    .append("pipeline", new BsonArray(new ArrayList<>(joinedPipeline(-1))));
        }
        if (aggregated()) {
            return new BsonDocument("aggregate", new BsonString(meta.collection()))
                    .append("pipeline", new BsonArray(new ArrayList<>(Pipeline.models(this, -1))));
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

    /**
     * The keys this query orders by: those of {@code orderBy}, else the model's
     * {@code @Model(ordering)}; empty when unordered.
     */
    public final List<Sort<T>> ordering() {
        return query.sorts();
    }

    /** Whether the results come in a defined order (Django's {@code QuerySet.ordered}). */
    public final boolean ordered() {
        return !query.sorts().isEmpty() || query.empty();
    }

    /** Whether a slice was taken ({@code limit}, {@code offset}), Django's {@code query.is_sliced}. */
    public final boolean sliced() {
        return query.sliced();
    }

    // ---- the driver, one call away

    /**
     * The typed driver collection on this query's connection, with the read preference and concerns
     * of this query, the model and the connection; it joins the calling thread's atomic block.
     */
    @Override
    public MongoCollection<T> collection() {
        return configured(connection().collection(meta));
    }

    /** The same collection as plain {@link Document}s, for results that are not model instances. */
    public MongoCollection<Document> rawCollection() {
        return configured(connection().collection(meta, Document.class));
    }

    /**
     * Runs an aggregation pipeline and reads its results as model instances (the stages must
     * keep the documents' shape); {@code mongoAggregate} gives the driver's iterable instead.
     */
    public List<T> rawAggregate(List<? extends org.bson.conversions.Bson> pipeline) {
        Objects.requireNonNull(pipeline, "rawAggregate(): pipeline is null");
        return QueryCursor.readAll(batched(collection().aggregate(pipeline)), "aggregate on " + meta.collection());
    }

    /** The collection as raw BSON documents, for writes encoded beforehand. */
    final MongoCollection<org.bson.RawBsonDocument> rawDocuments() {
        return configured(connection().collection(meta, org.bson.RawBsonDocument.class));
    }

    final MongoCollection<BsonDocument> bsonCollection() {
        return configured(connection().collection(meta, BsonDocument.class));
    }

    /** {@code collection} with this query's read preference and concerns, and its {@link #maxTime} if it has one. */
    private <D> MongoCollection<D> configured(MongoCollection<D> collection) {
        MongoCollection<D> configured = query.options().applyTo(collection);
        return query.maxTimeMillis() > 0
                ? configured.withTimeout(query.maxTimeMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) : configured;
    }

    final Djongo connection() {
        return Djongo.connectionOrDefault(query.alias());
    }

    /**
     * The results, at most {@code cap} of them when positive: a {@code find}, or an aggregation
     * when the query needs one ({@link #aggregated()}).
     */
    private MongoIterable<T> fetch(int cap) {
        if (RelatedOrdering.needed(this)) {
            List<BsonValue> ids = RelatedOrdering.ids(this, cap);
            return new ListIterable<>(inOrder(ids, byIds(ids).fetch(-1).into(new ArrayList<>()), meta::idValue));
        }
        if (joins()) {
            List<String> select = query.related().select();
            return batched(bsonCollection().aggregate(joinedPipeline(cap)))
                    .map(document -> bound(Loading.decodeJoined(meta, select, document)));
        }
        return boundAll(unbound(cap));
    }

    /** The aggregation of the rows with the {@code $lookup}s of {@code selectRelated} joined after the slice. */
    private List<BsonDocument> joinedPipeline(int cap) {
        List<String> joined = new ArrayList<>();
        List<BsonDocument> joins = Loading.joinStages(meta, query.related().select());
        for (BsonDocument stage : joins) {
            if (stage.containsKey("$lookup")) {
                joined.add(stage.getDocument("$lookup").getString("as").getValue());
            }
        }
        return Pipeline.models(this, cap, joins, joined);
    }

    /**
     * Gives each result's references this query's connection and strict mode, when the model has
     * references, and sends it to the {@code postInit} receivers, when there are any.
     */
    private MongoIterable<T> boundAll(MongoIterable<T> results) {
        return hasReferences() || Signals.receivesInit(meta) ? results.map(this::bound) : results;
    }

    private boolean hasReferences() {
        for (FieldMeta field : meta.fields()) {
            if (field.type().kind().isReference()) {
                return true;
            }
        }
        return false;
    }

    private T bound(T object) {
        if (object != null) {
            Relations.bind(meta, object, query.alias(), query.related().strict());
        }
        return Signals.sendPostInit(meta, object);
    }

    private MongoIterable<T> unbound(int cap) {
        if (aggregated()) {
            return batched(collection().aggregate(Pipeline.models(this, cap)));
        }
        FindIterable<T> find = find();
        return cap > 0 ? find.limit(limitWithin(cap)) : find;
    }

    private int limitWithin(int cap) {
        return query.limit() > 0 ? Math.min(cap, query.limit()) : cap;
    }

    /**
     * Whether this query runs as an aggregation rather than a {@code find}: it has a subquery and
     * the server runs {@code $lookup} pipelines, or it is ordered by a computed key (an expression,
     * or nulls placed where the server does not put them).
     */
    private boolean aggregated() {
        if (query.empty()) {
            return false;
        }
        for (Sort<T> sort : query.sorts()) {
            if (!sort.plain()) {
                return true;
            }
        }
        return Filters.anySubquery(query.filters()) && connection().supportsLookupPipelines();
    }

    /** The name of this query's read in errors: {@code find on entry} or {@code aggregate on entry}. */
    private String operation() {
        return (aggregated() ? "aggregate on " : "find on ") + meta.collection();
    }

    /** Refuses a change Django refuses once a slice has been taken. */
    private void requireUnsliced(String message) {
        if (query.sliced()) {
            throw new IllegalStateException(message);
        }
    }

    /** The non-null items of {@code items}, or an exception that names the argument that is null. */
    private static <V> List<V> conditions(String method, V[] items) {
        return Filters.nonNull(method, items);
    }

    private FindIterable<T> find() {
        return configure(collection().find(filterDocument()));
    }

    /**
     * The rows of {@code ids} (read by a query ordered across a relation on a server that cannot
     * join) as this query reads them, without its order and slice, which the ids already carry.
     */
    private QuerySet<T> byIds(List<BsonValue> ids) {
        QuerySet<T> page = with(query.withoutOrderAndSlice());
        return page.with(page.query.withFilter(Filter.raw(new BsonDocument("_id", new BsonDocument("$in", new BsonArray(ids))))));
    }

    /** {@code rows} in the order of {@code ids}. */
    private static <R> List<R> inOrder(List<BsonValue> ids, List<R> rows, java.util.function.Function<R, BsonValue> id) {
        Map<BsonValue, R> byId = new java.util.HashMap<>();
        for (R row : rows) {
            byId.put(id.apply(row), row);
        }
        List<R> ordered = new ArrayList<>(ids.size());
        for (BsonValue key : ids) {
            R row = byId.get(key);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    /** The documents of this query with only {@code paths}, as BSON. */
    final List<BsonDocument> projected(List<String> paths) {
        MongoIterable<BsonDocument> rows = projectedRows(paths);
        return DriverErrors.call(operation(), () -> rows.into(new ArrayList<>()));
    }

    /** {@link #projected} one document at a time from a server cursor: close it to close the cursor. */
    final QueryCursor<BsonDocument> projectedCursor(List<String> paths) {
        return QueryCursor.open(projectedRows(paths), operation());
    }

    /**
     * This query's rows with only {@code paths} (and {@code _id} when among them), in order, read
     * from the server as they are iterated; rows ordered across a relation on a server that cannot
     * join are read and put in order first.
     */
    private MongoIterable<BsonDocument> projectedRows(List<String> paths) {
        if (query.empty()) {
            return new ListIterable<>(List.of());
        }
        if (RelatedOrdering.needed(this)) {
            List<BsonValue> ids = RelatedOrdering.ids(this, -1);
            List<String> withId = new ArrayList<>(paths);
            if (!withId.contains("_id")) {
                withId.add("_id");
            }
            List<BsonDocument> rows = inOrder(ids, byIds(ids).projected(withId), row -> row.get("_id"));
            if (!paths.contains("_id")) {
                rows.forEach(row -> row.remove("_id"));
            }
            return new ListIterable<>(rows);
        }
        BsonDocument projection = new BsonDocument();
        for (String path : paths) {
            projection.append(path, new BsonInt32(1));
        }
        if (!paths.contains("_id")) {
            projection.append("_id", new BsonInt32(0));
        }
        if (aggregated()) {
            List<BsonDocument> stages = Pipeline.rows(this, Pipeline.SUBQUERY_PREFIX, -1, new ArrayList<>(), true);
            stages.add(new BsonDocument("$project", projection));
            return batched(bsonCollection().aggregate(stages));
        }
        return configure(bsonCollection().find(filterDocument())).projection(projection);
    }

    /** {@code aggregate} with this query's batch size. */
    final <D> AggregateIterable<D> batched(AggregateIterable<D> aggregate) {
        return aggregate.batchSize(batchSize());
    }

    /** {@code find} with this query's batch size. */
    final <D> FindIterable<D> batched(FindIterable<D> find) {
        return find.batchSize(batchSize());
    }

    /** The batch size this query reads with: its own, or its connection's. */
    private int batchSize() {
        return query.batchSize() > 0 ? query.batchSize() : connection().batchSize();
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
        int batchSize = batchSize();
        return query.limit() > 0 && query.limit() <= batchSize ? find : find.batchSize(batchSize); // a slice fits a batch
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta.name() + ">" + toBson().toJson();
    }
}
