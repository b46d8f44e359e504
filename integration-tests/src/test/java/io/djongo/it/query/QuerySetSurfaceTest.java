package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.djongo.DjongoException;
import io.djongo.Djongo;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Topic;
import io.djongo.it.query.model.Topic_;
import io.djongo.it.query.model.Writer;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Aggregation;
import io.djongo.query.Manager;
import io.djongo.query.Obtained;
import io.djongo.query.QueryCursor;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The QuerySet surface beyond lookups: chaining, ordering, slicing, evaluation and its cache,
 * values, projections, bulk operations, aggregation and the driver delegates. Where the number
 * of requests matters (the cache, batches, one bulk write, none()), the test runs on the alias
 * {@code "counted"}: the same database through a client that records every command.
 */
class QuerySetSurfaceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final List<String> BY_VIEWS = List.of("One", "Two", "Three", "Four", "Five");
    static final Commands commands = new Commands();
    static MongoClient countedClient;

    /** Records the name of every command a client sends. */
    static final class Commands implements CommandListener {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            sent.add(event.getCommandName());
        }

        long count(String name) {
            return sent.stream().filter(name::equals).count();
        }
    }

    @BeforeAll
    static void countedConnection() {
        countedClient = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(db.uri()))
                .addCommandListener(commands).build());
        Djongo.configure("counted", countedClient, db.name());
    }

    @AfterAll
    static void closeCounted() {
        countedClient.close();
    }

    /*
     * headline  rating  views  pubDate     site (name/owner)  tags     authors
     * One       1       10     2024-01-01  A/Ann              a        Ann
     * Two       2       20     2024-02-01  A/Bob              a, b     Ann, Bob
     * Three     3       30     2024-03-01  B/Cid              b        -
     * Four      4       40     2024-04-01  B/Dee              -        -
     * Five      null    50     2024-05-01  -                  -        -
     * saved in this order, so their ObjectIds ascend in it too
     */
    @BeforeEach
    void posts() {
        new Post("One", 1, 10, day("2024-01-01")).site("A", "Ann", "Oslo").tags("a").authors(new Writer("Ann", "a@x", 1)).save();
        new Post("Two", 2, 20, day("2024-02-01")).site("A", "Bob", "Oslo").tags("a", "b")
                .authors(new Writer("Ann", "a@x", 1), new Writer("Bob", "b@x", 2)).save();
        new Post("Three", 3, 30, day("2024-03-01")).site("B", "Cid", "Rome").tags("b").save();
        new Post("Four", 4, 40, day("2024-04-01")).site("B", "Dee", "Rome").save();
        new Post("Five", null, 50, day("2024-05-01")).save();
        commands.sent.clear();
    }

    static Instant day(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    static List<String> headlines(QuerySet<Post> query) {
        return query.list().stream().map(p -> p.headline).toList();
    }

    static Set<String> found(QuerySet<Post> query) {
        return new TreeSet<>(headlines(query));
    }

    static Post get(String headline) {
        return Post_.objects().get("headline", headline);
    }

    static Manager<Post> counted() {
        return Post_.objects().using("counted");
    }

    // ---- chaining

    @Test
    void allIsAFreshQuerySetOfEverything() {
        QuerySet<Post> all = Post_.objects().all();
        assertFalse(all instanceof Manager, "all() gives a QuerySet, which may cache; the Manager never does");
        assertEquals(5, all.count());
        assertEquals("{\"find\": \"posts\", \"filter\": {}}", all.toBson().toJson());
    }

    @Test
    void filterAndExcludeReturnNewQuerySetsAndLeaveTheOriginalUnchanged() {
        QuerySet<Post> rated = Post_.objects().filter("rating__gte", 2);
        String before = rated.toBson().toJson();

        QuerySet<Post> narrower = rated.filter(Post_.views.lt(40)).exclude("headline", "Two").orderBy("-views").limit(1).offset(0);
        rated.exclude(Post_.rating.eq(3));
        rated.only(Post_.headline).defer(Post_.tags).batchSize(3).reverse().none();

        assertEquals(before, rated.toBson().toJson());
        assertEquals(Set.of("Two", "Three", "Four"), found(rated));
        assertEquals(List.of("Three"), headlines(narrower));
        assertEquals(Set.of("Two", "Three", "Four"), found(rated), "still the original");
    }

    @Test
    void orderByStrings() {
        assertEquals(List.of("Five", "Four", "Three", "Two", "One"), headlines(Post_.objects().orderBy("-views")));
        assertEquals(List.of("Five", "Two", "One", "Four", "Three"), headlines(Post_.objects().orderBy("site__name", "-rating")),
                "a missing site sorts first");
        assertEquals(List.of("One", "Two", "Three", "Four", "Five"),
                headlines(Post_.objects().orderBy("-views").orderBy("pub_date")), "orderBy replaces");
    }

    @Test
    void reverse() {
        assertEquals(List.of("Five", "Four", "Three", "Two", "One"), headlines(Post_.objects().orderBy("views").reverse()));
        assertEquals(BY_VIEWS, headlines(Post_.objects().orderBy("views").reverse().reverse()));
        assertEquals("{\"find\": \"posts\", \"filter\": {}}", Post_.objects().reverse().toBson().toJson(),
                "an unordered query stays unordered");
    }

    @Test
    void firstAndLast() {
        assertEquals("One", Post_.objects().first().orElseThrow().headline, "unordered: by id");
        assertEquals("Five", Post_.objects().last().orElseThrow().headline, "unordered: the last by id, as Django");
        assertEquals("One", Post_.objects().orderBy("-views").last().orElseThrow().headline);
        assertEquals("Four", Post_.objects().orderBy("rating").last().orElseThrow().headline);
        assertTrue(Post_.objects().filter("views__gt", 100).last().isEmpty());
        assertTrue(Post_.objects().none().last().isEmpty());
    }

    @Test
    void limitAndOffset() {
        QuerySet<Post> page = Post_.objects().orderBy("views").offset(1).limit(2);
        assertEquals(List.of("Two", "Three"), headlines(page));
        assertEquals("{\"find\": \"posts\", \"filter\": {}, \"sort\": {\"views\": 1}, \"skip\": 1, \"limit\": 2}", page.toBson().toJson());
        assertEquals(2, page.count());
        assertEquals(List.of("Five"), headlines(Post_.objects().orderBy("views").offset(4).limit(10)));
        assertEquals(List.of(), headlines(Post_.objects().limit(0)));
    }

    // ---- evaluation: cursors and the cache

    @Test
    void streamAndIteratorReadAllBatches() {
        try (Stream<Post> stream = counted().orderBy("views").batchSize(2).stream()) {
            assertEquals(BY_VIEWS, stream.map(p -> p.headline).toList());
        }
        assertEquals(1, commands.count("find"));
        assertEquals(2, commands.count("getMore"), "5 documents in batches of 2");

        List<String> read = new ArrayList<>();
        try (QueryCursor<Post> cursor = counted().orderBy("views").batchSize(2).iterator()) {
            cursor.forEachRemaining(p -> read.add(p.headline));
        }
        assertEquals(BY_VIEWS, read);
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().batchSize(0));
    }

    @Test
    void aCursorClosedEarlyCanBeClosedAgain() {
        QueryCursor<Post> cursor = Post_.objects().orderBy("views").batchSize(2).iterator();
        assertEquals("One", cursor.next().headline);
        cursor.close();
        cursor.close();
        Iterator<Post> none = Post_.objects().none().iterator();
        assertFalse(none.hasNext());
    }

    @Test
    void aQuerySetKeepsItsResults() {
        QuerySet<Post> query = counted().filter("views__gte", 20).orderBy("views");
        assertEquals(List.of("Two", "Three", "Four", "Five"), headlines(query));
        new Post("Six", 6, 60, day("2024-06-01")).save();

        assertEquals(List.of("Two", "Three", "Four", "Five"), headlines(query), "answered from the cache");
        assertEquals(4, query.count());
        assertTrue(query.exists());
        assertEquals("Two", query.first().orElseThrow().headline);
        assertEquals(1, commands.count("find"), "one query: " + commands.sent);
        assertEquals(0, commands.count("count") + commands.count("aggregate"), "count() came from the cache: " + commands.sent);

        assertEquals(List.of("Two", "Three", "Four", "Five", "Six"), headlines(query.all()), "all() queries again");
        assertEquals(List.of("Two", "Three", "Four", "Five", "Six"), headlines(query.filter(Post_.views.gte(0))));
    }

    @Test
    void theSharedManagerNeverCaches() {
        Manager<Post> manager = counted();
        assertEquals(5, manager.list().size());
        new Post("Six", 6, 60, day("2024-06-01")).save();
        assertEquals(6, manager.list().size());
        assertEquals(6, Post_.objects().list().size());
        assertEquals(2, commands.count("find"));
    }

    @Test
    void noneNeverAsksTheServer() {
        QuerySet<Post> none = counted().filter("views__gt", 0).none();
        assertEquals(List.of(), none.list());
        assertEquals(0, none.count());
        assertFalse(none.exists());
        assertTrue(none.first().isEmpty());
        assertEquals(List.of(), none.valuesList(Post_.headline));
        assertEquals(0, none.update(Post_.views.inc(1)));
        assertEquals(List.of(), commands.sent);
        assertEquals(0L, none.aggregate(Aggregation.<Post>count()).get("count"));
    }

    // ---- values

    @Test
    void valuesWithoutFieldsAreMapsByJavaName() {
        List<Row<Post>> rows = Post_.objects().orderBy("views").values().list();
        assertEquals(5, rows.size());
        Map<String, Object> one = rows.get(0).asMap();
        assertEquals(List.of("id", "headline", "site", "authors", "tags", "marks", "rating", "views", "price", "pubDate", "votes",
                "draft", "published"), new ArrayList<>(one.keySet()));
        assertEquals("One", one.get("headline"));
        assertEquals(1, one.get("rating"));
        assertEquals(day("2024-01-01"), one.get("pubDate"));
        assertEquals(List.of("a"), one.get("tags"));
        assertEquals(List.of(new Writer("Ann", "a@x", 1)), one.get("authors"));
        assertTrue(one.get("id") instanceof ObjectId);
        assertNull(rows.get(4).asMap().get("rating"));
        assertNull(rows.get(4).asMap().get("site"));
    }

    @Test
    void valuesOfPathsAreTypedRows() {
        List<Row<Post>> rows = Post_.objects().orderBy("views").values(Post_.headline, Post_.site.owner.name, Post_.views).list();
        String headline = rows.get(1).get(Post_.headline);
        Integer views = rows.get(1).get(Post_.views);
        assertEquals("Two", headline);
        assertEquals(20, views);
        assertEquals("Bob", rows.get(1).get("site.owner.name"));
        assertNull(rows.get(4).get(Post_.site.owner.name), "Five has no site");

        List<Row<Post>> byName = Post_.objects().orderBy("views").values("headline", "site__owner__name").list();
        assertEquals(Map.of("headline", "One", "site__owner__name", "Ann"), byName.get(0).asMap());
        assertThrows(IllegalArgumentException.class, () -> byName.get(0).get("views"));
    }

    @Test
    void valuesListOfOnePathIsTyped() {
        List<String> headlines = Post_.objects().orderBy("views").valuesList(Post_.headline);
        List<Integer> views = Post_.objects().orderBy("views").valuesList(Post_.views);
        List<Instant> days = Post_.objects().filter("views__lte", 20).orderBy("views").valuesList(Post_.pubDate);
        List<Integer> ratings = Post_.objects().orderBy("views").valuesList(Post_.rating);

        assertEquals(BY_VIEWS, headlines);
        assertEquals(List.of(10, 20, 30, 40, 50), views);
        assertEquals(List.of(day("2024-01-01"), day("2024-02-01")), days);
        assertEquals(java.util.Arrays.asList(1, 2, 3, 4, null), ratings);
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), Post_.objects().filter("site__isnull", false).orderBy("views")
                .valuesList(Post_.site.owner.name));
    }

    @Test
    void valuesListOfSeveralPathsIsRowsByIndex() {
        List<Row<Post>> rows = Post_.objects().orderBy("-views").limit(2).valuesList(Post_.headline, Post_.views, Post_.rating);
        assertEquals(2, rows.size());
        assertEquals("Five", rows.get(0).get(0));
        assertEquals(50, rows.get(0).get(1));
        assertNull(rows.get(0).get(2));
        assertEquals("Four", rows.get(1).get(0));
        assertEquals(4, rows.get(1).get(Post_.rating));
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(0).get(3));
    }

    /** A path through an array gives several values per document; the declared element type must hold. */
    @Test
    void valuesListThroughAnArrayIsTypedToo() {
        List<String> names = Post_.objects().filter("authors__len", 2).valuesList(Post_.authors.any().name);
        Object first = names.get(0);
        assertTrue(first instanceof String, "got " + first.getClass().getName() + " " + first);
        assertEquals(List.of("Ann", "Bob"), names);
    }

    /**
     * Django's {@code values().iterator()} and {@code values_list().iterator()}: the same rows as the
     * lists, read from a server cursor as they are consumed instead of all at once.
     */
    @Test
    void valuesStreamsGiveWhatTheListsGive() {
        QuerySet<Post> byViews = Post_.objects().orderBy("views");
        try (Stream<Row<Post>> rows = byViews.values().stream()) {
            // Site has no equals(): compare what has
            assertEquals(byViews.values().list().stream().map(row -> row.asMap().keySet() + " " + row.get("id")).toList(),
                    rows.map(row -> row.asMap().keySet() + " " + row.get("id")).toList());
        }
        try (Stream<Row<Post>> rows = byViews.values(Post_.id, Post_.tags, Post_.authors, Post_.rating, Post_.votes).stream()) {
            assertEquals(byViews.values(Post_.id, Post_.tags, Post_.authors, Post_.rating, Post_.votes).list(), rows.toList());
        }
        try (Stream<Row<Post>> rows = byViews.values(Post_.headline, Post_.site.owner.name).stream()) {
            assertEquals(byViews.values(Post_.headline, Post_.site.owner.name).list(), rows.toList());
        }
        try (Stream<Row<Post>> rows = byViews.values("headline", "site__owner__name").stream()) {
            assertEquals(byViews.values("headline", "site__owner__name").list(), rows.toList());
        }
        try (Stream<String> headlines = byViews.valuesListStream(Post_.headline)) {
            assertEquals(BY_VIEWS, headlines.toList());
        }
        try (Stream<Integer> ratings = byViews.valuesListStream(Post_.rating)) {
            assertEquals(java.util.Arrays.asList(1, 2, 3, 4, null), ratings.toList());
        }
        try (Stream<String> names = Post_.objects().filter("authors__len", 2).valuesListStream(Post_.authors.any().name)) {
            assertEquals(List.of("Ann", "Bob"), names.toList(), "a path through an array: a value per element");
        }
        try (Stream<List<String>> tags = byViews.valuesListStream(Post_.tags)) {
            assertEquals(byViews.valuesList(Post_.tags), tags.toList());
        }
        try (Stream<Map<String, Integer>> votes = byViews.valuesListStream(Post_.votes)) {
            assertEquals(byViews.valuesList(Post_.votes), votes.toList());
        }
        try (Stream<Row<Post>> rows = byViews.valuesListStream(Post_.headline, Post_.views)) {
            assertEquals(byViews.valuesList(Post_.headline, Post_.views), rows.toList());
        }
        try (Stream<Row<Post>> rows = byViews.valuesListStream("headline", "views")) {
            assertEquals(byViews.valuesList("headline", "views"), rows.toList());
        }
        Aggregation<Post, Long> count = Aggregation.count();
        try (Stream<Row<Post>> groups = Post_.objects().values(Post_.site.name).annotate(count).stream()) {
            assertEquals(Post_.objects().values(Post_.site.name).annotate(count).list(), groups.toList());
        }
        try (Stream<String> none = byViews.none().valuesListStream(Post_.headline)) {
            assertEquals(List.of(), none.toList());
        }
    }

    /** The streams read in batches, and closing one early closes its server cursor ({@code killCursors}). */
    @Test
    void valuesStreamsReadInBatchesAndCloseTheirCursors() {
        commands.sent.clear();
        try (Stream<String> headlines = counted().orderBy("views").batchSize(2).valuesListStream(Post_.headline)) {
            assertEquals(BY_VIEWS, headlines.toList());
        }
        assertEquals(1, commands.count("find"));
        assertEquals(2, commands.count("getMore"), "5 documents in batches of 2");

        commands.sent.clear();
        try (Stream<Row<Post>> rows = counted().orderBy("views").batchSize(2).values(Post_.headline).stream()) {
            assertEquals("One", rows.findFirst().orElseThrow().get(Post_.headline));
        }
        assertEquals(1, commands.count("killCursors"), "closed after one of five: " + commands.sent);

        commands.sent.clear();
        try (Stream<String> headlines = counted().orderBy("views").batchSize(2).valuesListStream(Post_.headline)) {
            assertEquals(List.of("One", "Two", "Three"), headlines.limit(3).toList());
        }
        assertEquals(1, commands.count("killCursors"), commands.sent.toString());
    }

    /** A row is its columns in order, equal to a row with the same columns and values, as a map is. */
    @Test
    void rowsAreComparedAsMaps() {
        Row<Post> first = Post_.objects().orderBy("views").values(Post_.headline, Post_.views).list().get(0);
        Row<Post> swapped = Post_.objects().orderBy("views").values(Post_.views, Post_.headline).list().get(0);
        assertEquals(first, swapped);
        assertEquals(first.hashCode(), swapped.hashCode());
        assertEquals(first.asMap().hashCode(), first.hashCode());
        assertEquals("{headline=One, views=10}", first.toString());
        Row<Post> twice = Post_.objects().orderBy("views").values(Post_.headline, Post_.headline).list().get(0);
        assertEquals(Map.of("headline", "One"), twice.asMap(), "a column named twice is one column");
        assertThrows(IndexOutOfBoundsException.class, () -> twice.get(1));
    }

    // ---- projections

    @Test
    void onlyAndDeferLeaveTheOtherFieldsAtTheirJavaDefaults() {
        Post partial = Post_.objects().only(Post_.headline, Post_.site.owner.name).get("headline", "Two");
        assertNotNull(partial.id, "the id is always loaded");
        assertEquals("Two", partial.headline);
        assertEquals("Bob", partial.site.owner.name);
        assertNull(partial.site.name, "only the named sub-field of site");
        assertEquals(0, partial.views);
        assertNull(partial.rating);
        assertNull(partial.pubDate);
        assertEquals(List.of(), partial.tags, "the field initializer's value");
        assertEquals(Map.of(), partial.votes);

        Post deferred = Post_.objects().defer(Post_.tags, Post_.authors, Post_.views).get("headline", "Two");
        assertEquals("Two", deferred.headline);
        assertEquals(2, deferred.rating);
        assertEquals(0, deferred.views);
        assertEquals(List.of(), deferred.tags);
        assertEquals(List.of(), deferred.authors);

        assertEquals("{\"find\": \"posts\", \"filter\": {}, \"projection\": {\"headline\": 1, \"site.owner.name\": 1}}",
                Post_.objects().only(Post_.headline, Post_.site.owner.name).toBson().toJson());
        assertEquals("{\"find\": \"posts\", \"filter\": {}, \"projection\": {\"tags\": 0}}", Post_.objects().defer(Post_.tags).toBson().toJson());
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().defer(Post_.id));
    }

    @Test
    void distinct() {
        assertEquals(Set.of("A", "B"), new TreeSet<>(Post_.objects().distinct(Post_.site.name)));
        assertEquals(Set.of("Ann", "Bob"), new TreeSet<>(Post_.objects().distinct(Post_.authors.any().name)), "array elements, flattened");
        List<Integer> ratings = Post_.objects().filter("views__gte", 30).distinct(Post_.rating);
        assertEquals(Set.of(3, 4), ratings.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        assertEquals(List.of(), Post_.objects().none().distinct(Post_.headline));
    }

    @Test
    void inBulkMapsIdsToInstances() {
        Post one = get("One");
        Post three = get("Three");
        ObjectId absent = new ObjectId();

        Map<ObjectId, Post> found = Post_.objects().inBulk(List.of(one.id, three.id, absent));

        assertEquals(Set.of(one.id, three.id), found.keySet());
        assertEquals("Three", found.get(three.id).headline);
        assertEquals(Map.of(), Post_.objects().inBulk(List.of()));
        assertEquals(Set.of(three.id), Post_.objects().filter("views__gt", 20).inBulk(List.of(one.id, three.id)).keySet(),
                "the query's filter applies too");
    }

    // ---- creating and updating many

    @Test
    void getOrCreate() {
        Obtained<Post> first = Post_.objects().getOrCreate(Post_.headline.eq("Six"), () -> new Post("Six", 6, 60, day("2024-06-01")));
        Obtained<Post> second = Post_.objects().getOrCreate(Post_.headline.eq("Six"), () -> new Post("Six", 0, 0, null));
        Obtained<Post> existing = Post_.objects().getOrCreate(Post_.headline.eq("One"), () -> new Post("One", 0, 0, null));

        assertTrue(first.created());
        assertNotNull(first.object().id);
        assertFalse(second.created());
        assertEquals(first.object().id, second.object().id);
        assertEquals(60, second.object().views);
        assertFalse(existing.created());
        assertEquals(10, existing.object().views);
        assertEquals(6, Post_.objects().count());
    }

    @Test
    void updateOrCreate() {
        Obtained<Post> created = Post_.objects().updateOrCreate(Post_.headline.eq("Six"), p -> {
            p.views = 66;
            return p;
        }, () -> new Post("Six", 6, 60, null));
        assertTrue(created.created());
        assertEquals(60, get("Six").views, "created as given");

        Obtained<Post> updated = Post_.objects().updateOrCreate(Post_.headline.eq("Six"), p -> {
            p.views = 66;
            return p;
        }, () -> new Post("Six", 6, 60, null));
        assertFalse(updated.created());
        assertEquals(created.object().id, updated.object().id);
        assertEquals(66, get("Six").views);
        assertEquals(6, Post_.objects().count());
    }

    @Test
    void bulkCreateAssignsIds() {
        Post six = new Post("Six", 6, 60, null);
        Post seven = new Post("Seven", 7, 70, null);
        List<Post> posts = counted().bulkCreate(List.of(six, seven));
        assertSame(six, posts.get(0), "classes get their id set in place");
        assertNotNull(six.id);
        assertNotNull(seven.id);
        assertEquals(1, commands.count("insert"), "one insert command");

        Topic jazz = new Topic(null, "Jazz", true);
        List<Topic> topics = Topic_.objects().bulkCreate(List.of(jazz, new Topic(null, "Rock", false)));
        assertNull(jazz.id(), "a record cannot change");
        assertNotNull(topics.get(0).id(), "records come back as copies with their ids");
        assertEquals("Jazz", topics.get(0).siteName());
        assertEquals(topics.get(0), Topic_.objects().get(Topic_.id.eq(topics.get(0).id())));
        assertEquals(7, Post_.objects().count());
        assertEquals(List.of(), Post_.objects().bulkCreate(List.of()));
    }

    @Test
    void bulkUpdateWritesOnlyTheNamedFieldsInOneRequest() {
        db.raw("posts").updateMany(new Document(), new Document("$set", new Document("extra", "kept")));
        List<Post> posts = Post_.objects().filter("views__lte", 20).orderBy("views").list();
        for (Post post : posts) {
            post.views += 1000;
            post.headline = "changed";
        }

        assertEquals(2, counted().bulkUpdate(posts, Post_.views));

        assertEquals(1, commands.count("update"), "one bulk write: " + commands.sent);
        assertEquals(List.of(1010, 1020), Post_.objects().filter("views__gt", 1000).orderBy("views").valuesList(Post_.views));
        assertEquals(BY_VIEWS, Post_.objects().orderBy("pub_date").valuesList(Post_.headline), "headlines were not written");
        assertEquals(5, db.raw("posts").countDocuments(new Document("extra", "kept")), "the documents were not replaced");

        // Django: "Field names must be given to bulk_update()." and "bulk_update() cannot be used with primary key fields."
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().bulkUpdate(posts));
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().bulkUpdate(posts, Post_.id, Post_.views));
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().bulkUpdate(List.of(new Post("New", 1, 1, null)), Post_.views));
        assertEquals(0, Post_.objects().filter("headline", "changed").count(), "nothing was written");
    }

    // ---- connections, inspection

    @Test
    void usingAnotherConnection() {
        Djongo.connect("other", db.otherDatabase("other"));
        try {
            Post_.objects().using("other").create(new Post("Elsewhere", 1, 1, null));
            assertEquals(1, Post_.objects().using("other").count());
            assertEquals(List.of("Elsewhere"), headlines(Post_.objects().filter("views", 1).using("other")));
            assertEquals(5, Post_.objects().count(), "the default connection is untouched");
            assertEquals(0, Post_.objects().filter("headline", "Elsewhere").count());
        } finally {
            Djongo.connection("other").close();
        }
        assertThrows(DjongoException.class, () -> Post_.objects().using("nowhere").count());
    }

    @Test
    void explain() {
        Capabilities.require(Capability.EXPLAIN);
        Document plan = Post_.objects().filter("views__gt", 10).orderBy("-views").explain();
        assertTrue(plan.containsKey("queryPlanner"), plan.toJson());
    }

    @Test
    void toBsonIsTheFindCommand() {
        assertEquals("{\"find\": \"posts\", \"filter\": {\"site.name\": \"A\", \"$nor\": [{\"rating\": {\"$lt\": 2}}]}, "
                        + "\"sort\": {\"pubDate\": -1, \"_id\": 1}, \"projection\": {\"headline\": 1}, \"skip\": 2, \"limit\": 3}",
                Post_.objects().filter("site__name", "A").exclude("rating__lt", 2).orderBy("-pub_date", "id")
                        .only(Post_.headline).offset(2).limit(3).toBson().toJson());
    }

    // ---- aggregation

    @Test
    void aggregateCountAndSum() {
        Aggregation<Post, Long> count = Aggregation.count();
        Aggregation<Post, Integer> sum = Aggregation.sum(Post_.views);

        Long all = Post_.objects().aggregate(count).get(count);
        Integer views = Post_.objects().filter("site__name", "B").aggregate(sum).get(sum);

        assertEquals(5L, all);
        assertEquals(70, views);
        assertEquals(50, Post_.objects().filter("rating__isnull", true).aggregate(sum.as("total")).get("total"));
    }

    @Test
    void aggregateSeveralSummariesInOneRoundTrip() {
        Capabilities.require(Capability.GROUP_SEVERAL_ACCUMULATORS);
        Capabilities.require(Capability.GROUP_AVG_MIN_MAX);
        Aggregation<Post, Long> count = Aggregation.count();
        Aggregation<Post, Long> rated = Aggregation.count(Post_.rating);
        Aggregation<Post, Integer> sum = Aggregation.sum(Post_.views);
        Aggregation<Post, Double> avg = Aggregation.avg(Post_.rating);
        Aggregation<Post, Instant> min = Aggregation.min(Post_.pubDate);
        Aggregation<Post, String> max = Aggregation.max(Post_.headline);

        Row<Post> row = Post_.objects().aggregate(count, rated, sum, avg, min, max);

        assertEquals(5L, row.get(count));
        assertEquals(4L, row.get(rated), "null ratings are not counted");
        assertEquals(150, row.get(sum));
        assertEquals(2.5, row.get(avg), "the mean of 1..4; null is left out");
        assertEquals(day("2024-01-01"), row.get(min));
        assertEquals("Two", row.get(max));
        assertEquals(List.of("count", "rating__count", "views__sum", "rating__avg", "pubDate__min", "headline__max"),
                new ArrayList<>(row.asMap().keySet()));
    }

    @Test
    void aggregateStdDev() {
        Capabilities.require(Capability.STD_DEV);
        Aggregation<Post, Double> stdDev = Aggregation.stdDev(Post_.views);
        assertEquals(Math.sqrt(200), Post_.objects().aggregate(stdDev).get(stdDev), 1e-9);
    }

    @Test
    void aggregateOverNothing() {
        Aggregation<Post, Long> count = Aggregation.count();
        Aggregation<Post, Integer> sum = Aggregation.sum(Post_.views);
        Aggregation<Post, Double> avg = Aggregation.avg(Post_.rating);
        Aggregation<Post, Instant> max = Aggregation.max(Post_.pubDate);
        Aggregation<Post, Double> stdDev = Aggregation.stdDev(Post_.views);

        Row<Post> none = Post_.objects().none().aggregate(count, sum, avg, max, stdDev);
        assertEquals(0L, none.get(count));
        assertNull(none.get(sum));
        assertNull(none.get(avg));
        assertNull(none.get(max));
        assertNull(none.get(stdDev));

        QuerySet<Post> nothing = Post_.objects().filter("views__gt", 1000);
        assertEquals(0L, nothing.aggregate(count).get(count));
        assertNull(nothing.aggregate(sum).get(sum), "Django's Sum over no rows is None");
    }

    @Test
    void aggregateAvgMinMaxOverNothingOnTheServer() {
        Capabilities.require(Capability.GROUP_AVG_MIN_MAX);
        QuerySet<Post> nothing = Post_.objects().filter("views__gt", 1000);
        Aggregation<Post, Double> avg = Aggregation.avg(Post_.rating);
        Aggregation<Post, Instant> min = Aggregation.min(Post_.pubDate);
        Aggregation<Post, String> max = Aggregation.max(Post_.headline);
        assertNull(nothing.aggregate(avg).get(avg));
        assertNull(nothing.aggregate(min).get(min));
        assertNull(nothing.aggregate(max).get(max));
    }

    @Test
    void groupByWithValuesAndAnnotate() {
        Aggregation<Post, Long> count = Aggregation.count();
        List<Row<Post>> rows = Post_.objects().values(Post_.site.name).annotate(count).list();

        assertEquals(3, rows.size());
        assertNull(rows.get(0).get(Post_.site.name), "the posts without a site form a group, sorted first");
        assertEquals(1L, rows.get(0).get(count));
        assertEquals("A", rows.get(1).get(Post_.site.name));
        assertEquals(2L, rows.get(1).get(count));
        assertEquals("B", rows.get(2).get(Post_.site.name));

        List<Row<Post>> byName = Post_.objects().filter("site__isnull", false).values("site__name").annotate(count).list();
        assertEquals(List.of(Map.of("site__name", "A", "count", 2L), Map.of("site__name", "B", "count", 2L)),
                byName.stream().map(Row::asMap).toList());
    }

    @Test
    void groupByWithSeveralSummaries() {
        Capabilities.require(Capability.GROUP_SEVERAL_ACCUMULATORS);
        Aggregation<Post, Long> count = Aggregation.count();
        Aggregation<Post, Integer> sum = Aggregation.sum(Post_.views);
        List<Row<Post>> rows = Post_.objects().filter("site__isnull", false).values(Post_.site.name, Post_.site.owner.home.city)
                .annotate(count, sum).list();

        assertEquals(List.of(Map.of("site.name", "A", "site.owner.home.city", "Oslo", "count", 2L, "views__sum", 30),
                Map.of("site.name", "B", "site.owner.home.city", "Rome", "count", 2L, "views__sum", 70)),
                rows.stream().map(Row::asMap).toList());
    }

    // ---- the driver, one call away

    @Test
    void rawAggregateReturnsModels() {
        List<Post> posts = Post_.objects().rawAggregate(List.of(Aggregates.match(Post_.views.gte(30)), Aggregates.sort(Sorts.descending("views"))));
        assertEquals(List.of("Five", "Four", "Three"), posts.stream().map(p -> p.headline).toList());
        assertEquals(30, posts.get(2).views);
    }

    @Test
    void mongoDelegates() {
        List<Post> found = Post_.objects().mongoFind(Post_.views.gt(25)).sort(Sorts.ascending("views")).into(new ArrayList<>());
        assertEquals(List.of("Three", "Four", "Five"), found.stream().map(p -> p.headline).toList());

        assertNotNull(Post_.objects().mongoInsertOne(new Post("Six", 6, 60, null)).getInsertedId());
        assertEquals(6, Post_.objects().mongoCountDocuments());
        assertEquals(2, Post_.objects().mongoCountDocuments(Post_.tags.contains("a")));

        assertEquals(1, Post_.objects().mongoUpdateMany(Post_.rating.isNull(true), Updates.set("rating", 0)).getModifiedCount());
        assertEquals(0, get("Five").rating);

        BulkWriteResult result = Post_.objects().mongoBulkWrite(List.of(new InsertOneModel<>(new Post("Seven", 7, 70, null)),
                new DeleteManyModel<>(Post_.views.lt(25))));
        assertEquals(1, result.getInsertedCount());
        assertEquals(2, result.getDeletedCount());
        assertEquals(Set.of("Three", "Four", "Five", "Six", "Seven"), found(Post_.objects().all()));
    }
}
