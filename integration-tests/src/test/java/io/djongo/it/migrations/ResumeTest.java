package io.djongo.it.migrations;

import static io.djongo.it.migrations.MigrationTesting.collections;
import static io.djongo.it.migrations.MigrationTesting.migration;
import static io.djongo.it.migrations.MigrationTesting.migrator;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.it.support.TestDatabase;
import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationListener;
import io.djongo.migrations.MigrationStatus;
import io.djongo.migrations.Migrator;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.RunCode;
import io.djongo.schema.IndexSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A migration interrupted half-way continues where it stopped: finished operations are recorded
 * and not run again, and the interrupted one finishes its work without redoing or losing any.
 */
class ResumeTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MongoDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database = Djongo.connection().database();
        MigrationTesting.dropCollections(database);
    }

    private List<String> statuses(Migrator migrator) {
        return migrator.showMigrations().stream().map(MigrationStatus::toString).toList();
    }

    @Test
    void aFailedOperationIsRetriedAndFinishedOnesAreNot() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger flaky = new AtomicInteger();
        Migration migration = migration("V0001_Initial", List.of(),
                CreateCollection.named("entry").field("headline", STRING),
                RunCode.of("count runs", data -> first.incrementAndGet()),
                RunCode.of("fail the first time", data -> {
                    if (flaky.incrementAndGet() == 1) {
                        throw new IllegalStateException("the network went away");
                    }
                }),
                CreateIndex.on("entry", IndexSpec.on("headline", 1)));
        Migrator migrator = migrator(migration);

        MigrationError error = assertThrows(MigrationError.class, migrator::migrate);

        assertEquals("it.V0001_Initial stopped at operation 3 of 4 (Run code: fail the first time): "
                + "java.lang.IllegalStateException: the network went away. Operations 1 to 2 are applied and recorded; "
                + "run migrate again to continue from operation 3 once the cause is fixed.", error.getMessage());
        assertEquals(List.of("[~] V0001_Initial (2 of 4 operations applied; run migrate to continue)"), statuses(migrator));
        assertTrue(migrator.plan().toString().startsWith("Planned operations:\nit.V0001_Initial\n    Run code: fail the first time\n"));

        migrator.migrate();

        assertEquals(List.of("[X] V0001_Initial"), statuses(migrator));
        assertEquals(1, first.get());
        assertEquals(2, flaky.get());
    }

    /** A data step stopped between batches (a crash, a lost lease) finishes on the next run, converting each value once. */
    @Test
    void anInterruptedConversionFinishesOnTheNextRun() {
        Migration initial = migration("V0001_Initial", List.of(), CreateCollection.named("entry").field("rating", STRING));
        migrator(initial).migrate();
        for (int i = 0; i < 50; i++) {
            database.getCollection("entry", BsonDocument.class).insertOne(BsonDocument.parse("{_id: " + i + ", rating: '" + i + "'}"));
        }
        Migration alter = migration("V0002_Alter", List.of("V0001_Initial"), AlterField.of("entry", "rating", INT),
                AddField.to("entry", field("views", INT).withDefault(new BsonInt32(0))));
        MigrationListener crashAfterTwoBatches = new MigrationListener() {
            @Override
            public void documents(String task, long done, long total) {
                if (!task.endsWith("(checking)") && done == 20) {
                    throw new IllegalStateException("killed");
                }
            }
        };

        assertThrows(MigrationError.class, () -> migrator(initial, alter).withBatchSize(10).withListener(crashAfterTwoBatches).migrate());

        List<BsonValue> half = ratings();
        assertEquals(new BsonInt32(0), half.get(0));
        assertTrue(half.get(49).isString(), "documents after the second batch are not converted yet");
        assertEquals(List.of("[X] V0001_Initial", "[~] V0002_Alter (0 of 2 operations applied; run migrate to continue)"),
                statuses(migrator(initial, alter)));

        migrator(initial, alter).withBatchSize(10).migrate();

        List<BsonValue> all = ratings();
        for (int i = 0; i < 50; i++) {
            assertEquals(new BsonInt32(i), all.get(i));
        }
    }

    @Test
    void anInterruptedBackwardsRunContinuesUndoing() {
        AtomicInteger undone = new AtomicInteger();
        Migration migration = migration("V0001_Initial", List.of(),
                CreateCollection.named("entry").field("headline", STRING),
                CreateIndex.on("entry", IndexSpec.on("headline", 1)),
                RunCode.of("nothing", RunCode.NOOP).withBackwards(data -> {
                    if (undone.incrementAndGet() == 1) {
                        throw new IllegalStateException("interrupted");
                    }
                }),
                RunCode.of("nothing either", RunCode.NOOP).withBackwards(RunCode.NOOP));
        Migrator migrator = migrator(migration);
        migrator.migrate();

        MigrationError error = assertThrows(MigrationError.class, () -> migrator.migrate("it", Migrator.ZERO));

        assertTrue(error.getMessage().startsWith("Undoing it.V0001_Initial stopped at operation 3 of 4"), error.getMessage());
        assertTrue(error.getMessage().endsWith("Operations 4 to 4 are undone and recorded; run migrate again to continue "
                + "undoing from operation 3 once the cause is fixed."), error.getMessage());
        assertEquals(List.of("[~] V0001_Initial (3 of 4 operations applied; run migrate to continue)"), statuses(migrator));

        migrator.migrate("it", Migrator.ZERO);

        assertEquals(List.of("[ ] V0001_Initial"), statuses(migrator));
        assertEquals(List.of("djongo_migrations"), collections(database));
    }

    private List<BsonValue> ratings() {
        List<BsonValue> ratings = new ArrayList<>();
        for (BsonDocument document : database.getCollection("entry", BsonDocument.class).find().sort(BsonDocument.parse("{_id: 1}"))) {
            ratings.add(document.get("rating"));
        }
        return ratings;
    }
}
