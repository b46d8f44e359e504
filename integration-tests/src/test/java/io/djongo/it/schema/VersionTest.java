package io.djongo.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.djongo.Djongo;
import io.djongo.StaleObjectError;
import io.djongo.it.schema.model.Tag;
import io.djongo.it.schema.model.Tag_;
import io.djongo.it.schema.model.Tally;
import io.djongo.it.schema.model.Tally_;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Optimistic locking with {@code @Version}: a save (or delete) of an instance loaded at version
 * {@code v} writes only where the document is still at {@code v}, and moves it to {@code v + 1};
 * otherwise {@link StaleObjectError} and nothing is written.
 */
class VersionTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static long storedVersion(Tally tally) {
        return ((Number) db.raw("tallies").find(Filters.eq("_id", tally.id)).first().get("version")).longValue();
    }

    @Test
    void insertStartsAtVersionOneAndEachSaveIncrements() {
        Tally tally = new Tally("visits").save();
        assertEquals(1, tally.version);

        tally.value = 5;
        tally.save();

        assertEquals(2, tally.version);
        assertEquals(2, storedVersion(tally));
    }

    @Test
    void aStaleSaveFailsAndWritesNothing() {
        Tally mine = new Tally("visits").save();
        Tally theirs = Tally.objects().get(Tally_.id.eq(mine.id));
        theirs.value = 10;
        theirs.save();

        mine.value = 99;
        StaleObjectError error = assertThrows(StaleObjectError.class, mine::save);

        assertEquals(1, error.version());
        assertEquals(1, mine.version, "the failed save leaves the instance at the version it was loaded at");
        assertEquals(10, Tally.objects().get(Tally_.id.eq(mine.id)).value);
        assertTrue(error.getMessage().contains("was changed or deleted since it was loaded at version 1"), error.getMessage());
    }

    @Test
    void savingADeletedInstanceIsStale() {
        Tally tally = new Tally("visits").save();
        Tally.objects().filter(Tally_.id.eq(tally.id)).delete();

        assertThrows(StaleObjectError.class, tally::save);
        assertEquals(0, Tally.objects().count());
    }

    /** Documents written before the version field existed have none: they save as version 0. */
    @Test
    void aDocumentWithoutVersionSavesFromVersionZero() {
        db.raw("tallies").insertOne(new Document("label", "legacy").append("value", 1));
        Tally legacy = Tally.objects().get(Tally_.label.eq("legacy"));
        assertEquals(0, legacy.version);

        legacy.value = 2;
        legacy.save();

        assertEquals(1, legacy.version);
        assertEquals(1, storedVersion(legacy));
    }

    @Test
    void deleteChecksTheVersion() {
        Tally mine = new Tally("visits").save();
        Tally theirs = Tally.objects().get(Tally_.id.eq(mine.id));
        theirs.value = 3;
        theirs.save();

        assertThrows(StaleObjectError.class, mine::delete);
        assertEquals(1, Tally.objects().count());
        assertEquals(1, theirs.delete().count());
        assertEquals(0, mine.delete().count(), "deleting what is already gone deletes nothing, as in Django");
    }

    /** A stale instance in a bulk update is found before anything is written. */
    @Test
    void bulkUpdateChecksEveryVersionFirstAndWritesNothingWhenOneIsStale() {
        Tally a = new Tally("a").save();
        Tally b = new Tally("b").save();
        Tally bElsewhere = Tally.objects().get(Tally_.id.eq(b.id));
        bElsewhere.value = 7;
        bElsewhere.save();
        a.value = 1;
        b.value = 2;

        StaleObjectError error = assertThrows(StaleObjectError.class,
                () -> Tally.objects().bulkUpdate(List.of(a, b), Tally_.value));

        assertEquals(b.id.toString(), String.valueOf(((org.bson.BsonValue) error.id()).asObjectId().getValue()));
        assertEquals(1, a.version);
        assertEquals(0, Tally.objects().get(Tally_.id.eq(a.id)).value);
        assertEquals(7, Tally.objects().get(Tally_.id.eq(b.id)).value);
    }

    @Test
    void bulkUpdateMovesEveryWrittenInstanceToItsNextVersion() {
        Tally a = new Tally("a").save();
        Tally b = new Tally("b").save();
        a.value = 1;
        b.value = 2;

        assertEquals(2, Tally.objects().bulkUpdate(List.of(a, b), Tally_.value));

        assertEquals(2, a.version);
        assertEquals(2, b.version);
        assertEquals(2, storedVersion(b));
    }

    /** Records get a new copy with the next version; the one passed in is unchanged. */
    @Test
    void recordsSaveIntoANewCopy() {
        Tag first = Tag_.objects().save(new Tag("java", "Java", 1, null, 0));
        assertEquals(1, first.version());
        Tag second = Tag_.objects().save(new Tag("java", "Java!", 1, first.touched(), first.version()));

        assertEquals(2, second.version());
        assertThrows(StaleObjectError.class, () -> Tag_.objects().save(first));
        assertEquals("Java!", Tag_.objects().get(Tag_.slug.eq("java")).label());
    }

    /**
     * An application-assigned id at version 0 is a new object: saving it over an existing
     * document at another version would overwrite someone's work, so it is stale.
     */
    @Test
    void aNewObjectWithTheIdOfAnExistingDocumentIsStale() {
        Tag_.objects().save(new Tag("java", "Java", 1, null, 0));

        assertThrows(StaleObjectError.class, () -> Tag_.objects().save(new Tag("java", "Imposter", 1, null, 0)));
        assertEquals("Java", Tag_.objects().get(Tag_.slug.eq("java")).label());
    }

    /**
     * Eight threads, each doing 500 read-modify-save cycles on one document, retrying on
     * StaleObjectError: no update is lost. Needs a server whose conditional update is atomic.
     */
    @Test
    void concurrentReadModifySaveLosesNoUpdate() throws Exception {
        requireAtomicConditionalUpdates();
        Tally tally = new Tally("hits").save();
        int threads = 8;
        int cycles = 500;
        AtomicInteger stale = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < cycles; i++) {
                        while (true) {
                            Tally current = Tally.objects().get(Tally_.id.eq(tally.id));
                            current.value++;
                            try {
                                current.save();
                                break;
                            } catch (StaleObjectError retry) {
                                stale.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Tally last = Tally.objects().get(Tally_.id.eq(tally.id));
        assertEquals(threads * cycles, last.value);
        assertEquals(threads * cycles + 1, last.version);
        System.out.println("[djongo-it] " + stale.get() + " stale saves were retried");
    }

    /**
     * Probes whether the server applies a conditional update atomically: several threads race to
     * move one document from version v to v + 1 with {@code {_id, version: v}}; exactly one may win
     * each round. FerretDB 1.x reads, changes and writes back without a transaction, so several win.
     */
    private static void requireAtomicConditionalUpdates() throws Exception {
        try (MongoClient client = MongoClients.create(TestServer.get().uri(db.name()))) {
            MongoCollection<Document> probe = client.getDatabase(db.name()).getCollection("atomicity_probe");
            probe.insertOne(new Document("_id", 1).append("v", 0));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 20; round++) {
                    int version = round;
                    List<Future<Long>> results = new ArrayList<>();
                    for (int t = 0; t < 8; t++) {
                        results.add(pool.submit(() -> probe.updateOne(Filters.and(Filters.eq("_id", 1),
                                Filters.eq("v", version)), Updates.set("v", version + 1)).getModifiedCount()));
                    }
                    long winners = 0;
                    for (Future<Long> result : results) {
                        winners += result.get();
                    }
                    if (winners != 1) {
                        String reason = "skipped: the test server (" + TestServer.get().description() + ") let " + winners
                                + " writers win one conditional update ({_id, v: " + version + "} -> v + 1), so optimistic "
                                + "locking cannot hold there";
                        System.out.println("[djongo-it] " + reason);
                        Assumptions.abort(reason);
                    }
                }
            } catch (MongoException e) {
                Assumptions.abort("skipped: the atomicity probe failed: " + e);
            } finally {
                pool.shutdownNow();
                probe.drop();
            }
        }
    }

    static Djongo connection() {
        return Djongo.connection();
    }
}
