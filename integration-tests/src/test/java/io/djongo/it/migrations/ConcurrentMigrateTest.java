package io.djongo.it.migrations;

import static io.djongo.it.migrations.MigrationTesting.migration;
import static io.djongo.migrations.Fields.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.it.support.TestDatabase;
import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationListener;
import io.djongo.migrations.MigrationLockError;
import io.djongo.migrations.Migrator;
import io.djongo.migrations.Plan;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.RunCode;
import io.djongo.schema.IndexSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two migrators at once (two deployments starting together): the lease lock lets one work, the
 * other waits and then finds the work done, so each migration is applied exactly once.
 */
class ConcurrentMigrateTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MongoDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database = Djongo.connection().database();
        MigrationTesting.dropCollections(database);
    }

    /** Each run of a migration's code leaves a document: more than one per migration would be a second application. */
    private static List<Migration> migrations() {
        List<Migration> migrations = new ArrayList<>();
        migrations.add(migration("V0001_Initial", List.of(), CreateCollection.named("entry").field("headline", STRING),
                CreateIndex.on("entry", IndexSpec.on("headline", 1)), ran("V0001_Initial")));
        for (int i = 2; i <= 4; i++) {
            String name = "V000" + i + "_Step";
            migrations.add(migration(name, List.of("V000" + (i - 1) + (i == 2 ? "_Initial" : "_Step")), ran(name),
                    RunCode.of("take a while", data -> sleep(300))));
        }
        return migrations;
    }

    private static RunCode ran(String migration) {
        return RunCode.of("record a run of " + migration, data -> data.collection("runs").insertOne(
                new BsonDocument("_id", new org.bson.BsonObjectId(new ObjectId())).append("migration", new BsonString(migration))));
    }

    @Test
    void twoConcurrentMigratorsApplyEachMigrationExactlyOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<String> waited = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Plan>> results = new ArrayList<>();
        List<MongoClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                MongoClient client = MongoClients.create(db.uri()); // a connection of its own, as another process has
                clients.add(client);
                Migrator migrator = Migrator.of(client, db.name()).withMigrations(migrations())
                        .withLease(Duration.ofSeconds(2)).withLockTimeout(Duration.ofSeconds(60))
                        .withListener(new MigrationListener() {
                            @Override
                            public void waitingForLock(String holder, Instant expires) {
                                waited.add(holder);
                            }
                        });
                results.add(threads.submit(() -> {
                    start.await();
                    return migrator.migrate();
                }));
            }
            start.countDown();
            int applied = 0;
            for (Future<Plan> result : results) {
                applied += result.get(90, TimeUnit.SECONDS).steps().size();
            }

            assertEquals(4, applied, "the four migrations, applied by one migrator or the other, once");
            assertTrue(!waited.isEmpty(), "one migrator waited for the other's lock");
            for (String name : List.of("V0001_Initial", "V0002_Step", "V0003_Step", "V0004_Step")) {
                assertEquals(1, database.getCollection("runs").countDocuments(new Document("migration", name)), name);
            }
            assertEquals(0, database.getCollection("djongo_migrations").countDocuments(new Document("_id", "lock")));
        } finally {
            threads.shutdownNow();
            clients.forEach(MongoClient::close);
        }
    }

    @Test
    void aMigratorGivesUpAfterTheLockTimeoutNamingTheHolder() {
        database.getCollection("djongo_migrations").insertOne(new Document("_id", "lock").append("holder", "migrate on build-7, pid 42")
                .append("acquired", new java.util.Date()).append("expires", new java.util.Date(System.currentTimeMillis() + 3_600_000)));
        Migrator migrator = MigrationTesting.migrator(migrations().get(0)).withLockTimeout(Duration.ofMillis(500));

        MigrationLockError error = assertThrows(MigrationLockError.class, migrator::migrate);

        assertTrue(error.getMessage().startsWith("another migrate is running: migrate on build-7, pid 42 holds the migration lock"),
                error.getMessage());
        assertTrue(error.getMessage().contains("to take over at once, delete {_id: \"lock\"} from djongo_migrations"), error.getMessage());
        assertEquals(0, database.getCollection("runs").countDocuments());
    }

    /** A holder that stopped renewing (a crashed process) is taken over once its lease has expired. */
    @Test
    void anExpiredLeaseIsTakenOver() {
        database.getCollection("djongo_migrations").insertOne(new Document("_id", "lock").append("holder", "a crashed migrate")
                .append("expires", new java.util.Date(System.currentTimeMillis() - 1000)));

        MigrationTesting.migrator(migrations().get(0)).withLockTimeout(Duration.ofSeconds(5)).migrate();

        assertEquals(1, database.getCollection("runs").countDocuments());
    }

    /** A lock document written by hand without an expiry never renews: it is taken over too. */
    @Test
    void aLockWithoutExpiryIsTakenOver() {
        database.getCollection("djongo_migrations").insertOne(new Document("_id", "lock").append("holder", "by hand"));

        MigrationTesting.migrator(migrations().get(0)).withLockTimeout(Duration.ofSeconds(5)).migrate();

        assertEquals(1, database.getCollection("runs").countDocuments());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
