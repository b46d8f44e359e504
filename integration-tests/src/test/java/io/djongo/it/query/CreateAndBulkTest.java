package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.djongo.Djongo;
import io.djongo.EncodingException;
import io.djongo.FieldError;
import io.djongo.IntegrityError;
import io.djongo.MultipleObjectsReturned;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Ticket;
import io.djongo.it.query.model.Ticket_;
import io.djongo.it.query.model.Topic;
import io.djongo.it.query.model.Topic_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Manager;
import io.djongo.query.Obtained;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Creating and updating objects as Django's {@code create}, {@code get_or_create},
 * {@code update_or_create}, {@code bulk_create}, {@code bulk_update} and {@code in_bulk} do.
 * Where the request sent matters, the test runs on the alias {@code "recorded"}, whose client keeps
 * every command.
 */
class CreateAndBulkTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final List<BsonDocument> commands = new CopyOnWriteArrayList<>();
    static MongoClient recordedClient;

    @BeforeAll
    static void recordedConnection() {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommand().clone());
            }
        };
        recordedClient = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(db.uri()))
                .addCommandListener(listener).build());
        Djongo.configure("recorded", recordedClient, db.name());
    }

    @AfterAll
    static void closeRecorded() {
        recordedClient.close();
    }

    static Manager<Post> recorded() {
        return Post_.objects().using("recorded");
    }

    static List<BsonDocument> sent(String command) {
        return commands.stream().filter(c -> c.containsKey(command)).toList();
    }

    Post one;

    @BeforeEach
    void posts() {
        one = new Post("One", 1, 10, Instant.parse("2024-01-01T00:00:00Z")).save();
        new Post("Two", 2, 20, null).save();
        new Post("Twin", 2, 30, null).save();
        commands.clear();
    }

    // ---- create and get_or_create

    /** Django's {@code create()} with a taken primary key raises IntegrityError. */
    @Test
    void createWithAnExistingIdIsAnIntegrityError() {
        Post copy = new Post("Copy", 9, 9, null);
        copy.id = one.id;
        IntegrityError error = assertThrows(IntegrityError.class, () -> Post_.objects().create(copy));
        assertTrue(error.getMessage().startsWith("insert of Post failed: duplicate key"), error.getMessage());
        assertEquals(3, Post_.objects().count());
    }

    /** Django: the lookup's values become the new object's; the supplier (Django's defaults) need not repeat them. */
    @Test
    void getOrCreateTakesTheLookupAsDefaults() {
        Obtained<Post> six = Post_.objects().getOrCreate(Post_.headline.eq("Six").and(Post_.site.name.eq("Jazz")), Post::new);
        assertTrue(six.created());
        Post stored = Post_.objects().get("headline", "Six");
        assertEquals("Jazz", stored.site.name, "a sub-document is made for a path through an embedded model");
        assertEquals(stored.id, six.object().id);

        Obtained<Topic> topic = Topic_.objects().getOrCreate(Topic_.siteName.eq("Rock"), () -> new Topic(null, null, true));
        assertEquals("Rock", topic.object().siteName(), "a record is rebuilt with the values");
        assertTrue(topic.object().hot());
        assertFalse(Topic_.objects().getOrCreate(Topic_.siteName.eq("Rock"), () -> new Topic(null, "x", false)).created());

        Post given = new Post("Seven", 7, 70, null);
        assertSame(given, Post_.objects().getOrCreate(Post_.headline.eq("Seven"), () -> given).object(),
                "an object that already holds the values is inserted as it is");
        Obtained<Post> notEqual = Post_.objects().getOrCreate(Post_.views.gt(100).and(Post_.headline.eq("Eight")), Post::new);
        assertEquals(0, notEqual.object().views, "conditions other than equality are not values");
        assertEquals("Eight", notEqual.object().headline);
    }

    /** Django's {@code get_or_create} and {@code update_or_create} raise MultipleObjectsReturned like {@code get()}. */
    @Test
    void severalMatchesAreMultipleObjectsReturned() {
        assertThrows(MultipleObjectsReturned.class, () -> Post_.objects().getOrCreate(Post_.rating.eq(2), Post::new));
        assertThrows(MultipleObjectsReturned.class, () -> Post_.objects().updateOrCreate(Post_.rating.eq(2), p -> p, Post::new));
        assertEquals(3, Post_.objects().count(), "nothing was created");
    }

    /** A collision on another key than the lookup's is that key's IntegrityError, not a DoesNotExist from the re-read. */
    @Test
    void aCollisionOnAnotherKeyIsReported() {
        Post clash = new Post("Other", 5, 5, null);
        clash.id = one.id;
        assertThrows(IntegrityError.class, () -> Post_.objects().getOrCreate(Post_.headline.eq("Other"), () -> clash));
        assertThrows(NullPointerException.class, () -> Post_.objects().getOrCreate(Post_.headline.eq("X"), () -> null));
    }

    // ---- update_or_create

    /** Django's {@code update_or_create} saves only the fields in {@code defaults}: here, what the update changed. */
    @Test
    void updateOrCreateWritesOnlyWhatChanged() {
        db.raw("posts").updateOne(new Document("_id", one.id), new Document("$set", new Document("extra", "kept")));
        Obtained<Post> updated = recorded().updateOrCreate(Post_.headline.eq("One"), p -> {
            p.views = 11;
            p.site = null;
            return p;
        }, Post::new);

        assertFalse(updated.created());
        assertEquals(11, updated.object().views);
        List<BsonDocument> updates = sent("update");
        assertEquals(1, updates.size());
        assertEquals("{\"$set\": {\"views\": 11}}", updates.get(0).getArray("updates").get(0).asDocument().getDocument("u").toJson(),
                "site was already null: only views changed");
        assertEquals("kept", db.raw("posts").find(new Document("_id", one.id)).first().getString("extra"),
                "the document was not replaced");

        Obtained<Post> created = Post_.objects().updateOrCreate(Post_.headline.eq("Nine"), p -> {
            p.views = 99;
            return p;
        }, () -> new Post(null, 9, 90, null));
        assertTrue(created.created());
        assertEquals("Nine", created.object().headline, "the lookup's value");
        assertEquals(90, Post_.objects().get("headline", "Nine").views, "the supplier is Django's create_defaults");
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().updateOrCreate(Post_.headline.eq("One"), p -> {
            p.id = new ObjectId();
            return p;
        }, Post::new));
    }

    // ---- bulk_create

    /** Django's {@code bulk_create(batch_size=2)} sends two objects per query. */
    @Test
    void bulkCreateInBatches() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(new Post("Batch " + i, i, i, null));
        }
        List<Post> created = recorded().bulkCreate(posts, false, 2);
        assertEquals(5, created.size());
        assertEquals(3, sent("insert").size(), "5 objects in batches of 2");
        assertEquals(8, Post_.objects().count());
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().bulkCreate(posts, false, 0));
    }

    /** Django's {@code bulk_create(ignore_conflicts=True)} skips the rows that collide and inserts the others. */
    @Test
    void bulkCreateIgnoringConflicts() {
        Post again = new Post("Again", 1, 1, null);
        again.id = one.id;
        List<Post> objects = List.of(new Post("New 1", 1, 1, null), again, new Post("New 2", 2, 2, null));
        IntegrityError duplicate = assertThrows(IntegrityError.class,
                () -> Post_.objects().bulkCreate(List.of(new Post("Before", 1, 1, null), again)));
        assertTrue(duplicate.getMessage().contains("; before the error the server applied "),
                "the error says what the server reports as written: " + duplicate.getMessage());
        assertEquals(4, Post_.objects().count(), "without ignoreConflicts, the objects before the duplicate are stored");

        Post_.objects().bulkCreate(objects, true, 10);

        assertEquals(6, Post_.objects().count());
        assertEquals("One", Post_.objects().getById(one.id).headline, "the stored object is kept");
    }

    /** Every object is encoded and checked before the first request: one bad object writes nothing. */
    @Test
    void bulkCreateChecksEveryObjectBeforeWriting() {
        Post late = new Post("Late", 1, 1, Instant.MAX);
        EncodingException bad = assertThrows(EncodingException.class,
                () -> recorded().bulkCreate(List.of(new Post("Fine", 1, 1, null), late)));
        assertEquals("bulkCreate(): object 1 of 2: cannot store Post.pubDate: the Instant +1000000000-12-31T23:59:59.999999999Z "
                + "is outside the range of a BSON date (milliseconds since 1970 in 64 bits, about 292 million years either side "
                + "of 1970)", bad.getMessage());

        Post huge = new Post("x".repeat(17 * 1024 * 1024), 1, 1, null);
        EncodingException tooLarge = assertThrows(EncodingException.class,
                () -> recorded().bulkCreate(List.of(new Post("Fine", 1, 1, null), huge)));
        assertTrue(tooLarge.getMessage().startsWith("bulkCreate(): object 1 of 2: cannot store Post: the document is 17825"),
                tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().endsWith("bytes, more than MongoDB's limit of 16 MiB (16777216 bytes); keep large "
                + "values out of the document, for example in GridFS"), tooLarge.getMessage());

        assertEquals(List.of(), sent("insert"), "nothing was sent");
        assertEquals(3, Post_.objects().count());
        assertThrows(NullPointerException.class, () -> Post_.objects().bulkCreate(java.util.Arrays.asList(new Post(), null)));
    }

    // ---- bulk_update

    @Test
    void bulkUpdateChecksBeforeWriting() {
        one.views = 1000;
        Post bad = Post_.objects().get("headline", "Two");
        bad.pubDate = Instant.MAX;
        assertThrows(EncodingException.class, () -> Post_.objects().bulkUpdate(List.of(one, bad), Post_.views, Post_.pubDate));
        assertEquals(10, Post_.objects().getById(one.id).views, "nothing was written");
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> Post_.objects().bulkUpdate(java.util.Arrays.asList(one, null), Post_.views));
        assertEquals("bulkUpdate(): object 1 is null", npe.getMessage());
    }

    // ---- in_bulk

    /** Ids are converted as lookups convert them, and the keys are the ids as given. */
    @Test
    void inBulkConvertsIdsAndKeysThemAsGiven() {
        Map<String, Post> byHex = Post_.objects().inBulk(List.of(one.id.toHexString(), new ObjectId().toHexString()));
        assertEquals(Map.of(one.id.toHexString(), "One"), Map.of(byHex.keySet().iterator().next(), byHex.values().iterator().next().headline));
        FieldError bad = assertThrows(FieldError.class, () -> Post_.objects().inBulk(List.of("nope")));
        assertTrue(bad.getMessage().contains("expected an ObjectId or its 24 hexadecimal digits"), bad.getMessage());
        assertEquals(3, Post_.objects().inBulk().size(), "without ids: every object, by id");
        assertTrue(Post_.objects().inBulk(List.of()).isEmpty());
        assertThrows(IllegalStateException.class, () -> Post_.objects().limit(1).inBulk(List.of(one.id)));
    }

    /** Django's {@code in_bulk(field_name=...)} needs a unique field. */
    @Test
    void inBulkByAUniqueField() {
        Ticket_.objects().bulkCreate(List.of(new Ticket("A-1", "Opening"), new Ticket("B-2", "Closing")));
        Map<String, Ticket> byCode = Ticket_.objects().inBulk(List.of("A-1", "C-3"), "code");
        assertEquals(List.of("A-1"), new ArrayList<>(byCode.keySet()));
        assertEquals("Opening", byCode.get("A-1").title);
        assertEquals("Closing", Ticket_.objects().inBulk(List.of("B-2"), Ticket_.code).get("B-2").title);
        IllegalArgumentException notUnique = assertThrows(IllegalArgumentException.class,
                () -> Ticket_.objects().inBulk(List.of("Opening"), "title"));
        assertEquals("inBulk() needs a unique field, as Django's in_bulk(field_name=...): Ticket.title is not; declare it "
                + "@Field(unique = true) or use the id", notUnique.getMessage());
        assertNotNull(Ticket_.objects().inBulk(List.of(Ticket_.objects().get("code", "A-1").id)));
    }
}
