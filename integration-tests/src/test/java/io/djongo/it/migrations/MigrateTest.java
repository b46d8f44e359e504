package io.djongo.it.migrations;

import static io.djongo.it.migrations.MigrationTesting.collections;
import static io.djongo.it.migrations.MigrationTesting.documents;
import static io.djongo.it.migrations.MigrationTesting.index;
import static io.djongo.it.migrations.MigrationTesting.migration;
import static io.djongo.it.migrations.MigrationTesting.migrator;
import static io.djongo.migrations.Fields.INSTANT;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.it.support.TestDatabase;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.IrreversibleMigrationError;
import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationStatus;
import io.djongo.migrations.Migrator;
import io.djongo.migrations.Plan;
import io.djongo.migrations.UnknownMigrationError;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.RunCode;
import io.djongo.schema.IndexSpec;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * migrate, showmigrations and migrate --plan on the test server (Django: "migrate ... synchronizes
 * the database state with the current set of models and migrations").
 */
class MigrateTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final Migration INITIAL = migration("V0001_Initial", List.of(),
            CreateCollection.named("entry").field("_id", "id", OBJECT_ID).field("headline", STRING).field("pub_date", INSTANT),
            CreateIndex.on("entry", IndexSpec.on("pub_date", -1)),
            CreateIndex.on("entry", IndexSpec.on("headline", 1).unique()));
    static final Migration RATING = migration("V0002_AddRating", List.of("V0001_Initial"),
            AddField.to("entry", field("rating", INT).withDefault(new BsonInt32(0))));

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
    void migrateCreatesCollectionsAndIndexesAndRecordsEachMigration() {
        Migrator migrator = migrator(INITIAL, RATING);

        Plan done = migrator.migrate();

        assertEquals(List.of("it.V0001_Initial", "it.V0002_AddRating"),
                done.steps().stream().map(step -> step.migration().label()).toList());
        assertEquals(List.of("djongo_migrations", "entry"), collections(database));
        assertEquals(BsonDocument.parse("{pub_date: -1}"), index(database, "entry", "pub_date_-1").orElseThrow().get("key"));
        assertTrue(index(database, "entry", "headline_1").orElseThrow().getBoolean("unique").getValue());
        assertEquals(List.of("[X] V0001_Initial", "[X] V0002_AddRating"), statuses(migrator));
        BsonDocument record = database.getCollection("djongo_migrations", BsonDocument.class)
                .find(new Document("_id", "it.V0001_Initial")).first();
        assertEquals(3, record.getInt32("done").getValue());
        assertTrue(record.isDateTime("applied"));
    }

    /** The unique index that migrate created holds on every server. */
    @Test
    void theUniqueIndexRejectsADuplicate() {
        migrator(INITIAL).migrate();
        database.getCollection("entry").insertOne(new Document("headline", "Abbey Road"));

        assertThrows(MongoWriteException.class, () -> database.getCollection("entry").insertOne(new Document("headline", "Abbey Road")));
    }

    @Test
    void migratingAgainDoesNothing() {
        migrator(INITIAL, RATING).migrate();

        Plan again = migrator(INITIAL, RATING).migrate();

        assertTrue(again.isEmpty());
        assertEquals("No planned migration operations.\n", again.toString());
    }

    /** Django's migrate --plan and sqlmigrate: what would run, with the exact commands, and nothing is run. */
    @Test
    void planShowsTheExactCommandsAndRunsNothing() {
        Plan plan = migrator(INITIAL, RATING).plan();

        assertEquals("""
                Planned operations:
                it.V0001_Initial
                    Create collection entry
                        {"create": "entry"}
                    Create index pub_date_-1 on entry
                        {"createIndexes": "entry", "indexes": [{"key": {"pub_date": -1}, "name": "pub_date_-1"}]}
                    Create index headline_1 on entry
                        {"createIndexes": "entry", "indexes": [{"key": {"headline": 1}, "name": "headline_1", "unique": true}]}
                it.V0002_AddRating
                    Add field rating to entry (default 0)
                        {"update": "entry", "updates": [{"q": {"rating": {"$exists": false}}, "u": {"$set": {"rating": 0}}, \
                "multi": true}]}
                """, plan.toString());
        assertEquals(List.of(), collections(database));
    }

    @Test
    void planOfABackwardsMigrationShowsTheUndoingCommands() {
        migrator(INITIAL, RATING).migrate();

        assertEquals("""
                Planned operations:
                Undo it.V0002_AddRating
                    Undo: Add field rating to entry (default 0)
                        {"update": "entry", "updates": [{"q": {"rating": {"$exists": true}}, "u": {"$unset": {"rating": ""}}, \
                "multi": true}]}
                """, migrator(INITIAL, RATING).plan("it", "V0001_Initial").toString());
    }

    /** Django: "migrate books 0002 ... unapplies migrations after it"; "zero" unapplies all. */
    @Test
    void migrateBackwardsToANamedMigrationAndToZero() {
        Migrator migrator = migrator(INITIAL, RATING);
        migrator.migrate();
        database.getCollection("entry").insertOne(new Document("headline", "Abbey Road"));
        migrator.migrate("it", "V0002_AddRating");

        migrator.migrate("it", "V0001_Initial");

        assertEquals(List.of("[X] V0001_Initial", "[ ] V0002_AddRating"), statuses(migrator));
        assertEquals(List.of("{\"headline\": \"Abbey Road\"}"), documents(database, "entry"));

        migrator.migrate("it", Migrator.ZERO);

        assertEquals(List.of("[ ] V0001_Initial", "[ ] V0002_AddRating"), statuses(migrator));
        assertEquals(List.of("djongo_migrations"), collections(database));
    }

    @Test
    void migrateForwardsToANamedMigrationStopsThere() {
        Migrator migrator = migrator(INITIAL, RATING);

        migrator.migrate("it", "V0001");

        assertEquals(List.of("[X] V0001_Initial", "[ ] V0002_AddRating"), statuses(migrator));
    }

    /** Django raises IrreversibleError before unapplying anything. */
    @Test
    void anIrreversibleOperationStopsTheBackwardsRunBeforeItStarts() {
        Migration irreversible = migration("V0002_Code", List.of("V0001_Initial"), RunCode.of("fill slugs", data -> { }));
        Migrator migrator = migrator(INITIAL, irreversible);
        migrator.migrate();

        IrreversibleMigrationError error = assertThrows(IrreversibleMigrationError.class, () -> migrator.migrate("it", Migrator.ZERO));

        assertTrue(error.getMessage().startsWith("it.V0002_Code cannot be undone: operation 1 (Run code: fill slugs) is "
                + "irreversible; nothing was changed"), error.getMessage());
        assertEquals(List.of("[X] V0001_Initial", "[X] V0002_Code"), statuses(migrator));
        assertTrue(collections(database).contains("entry"));
    }

    @Test
    void unknownAppsAndMigrationsAreNamedWithTheChoices() {
        Migrator migrator = migrator(INITIAL, RATING);

        UnknownMigrationError app = assertThrows(UnknownMigrationError.class, () -> migrator.migrate("blog"));
        assertTrue(app.getMessage().contains("there is no app blog with migrations (apps: it)"), app.getMessage());
        UnknownMigrationError name = assertThrows(UnknownMigrationError.class, () -> migrator.migrate("it", "V0003"));
        assertTrue(name.getMessage().contains("its migrations: V0001_Initial, V0002_AddRating"), name.getMessage());
    }

    /** Django's InconsistentMigrationHistory: a migration applied before one it depends on. */
    @Test
    void aMigrationRecordedBeforeItsDependencyIsAnInconsistency() {
        database.getCollection("djongo_migrations").insertOne(Document.parse(
                "{_id: 'it.V0002_AddRating', app: 'it', name: 'V0002_AddRating', operations: 1, done: 1, applied: new Date()}"));

        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class, () -> migrator(INITIAL, RATING).migrate());

        assertTrue(error.getMessage().startsWith("it.V0002_AddRating is recorded as applied, but it.V0001_Initial, which it "
                + "depends on, is not"), error.getMessage());
    }

    /** A database filled before migrations were used: its collection is adopted, its documents kept and backfilled. */
    @Test
    void anExistingCollectionIsAdoptedWithItsDocuments() {
        database.getCollection("entry").insertOne(new Document("headline", "Abbey Road"));

        migrator(INITIAL, RATING).migrate();

        assertEquals(List.of("{\"headline\": \"Abbey Road\", \"rating\": 0}"), documents(database, "entry"));
    }

    @Test
    void showMigrationsListsRecordsThatTheCodeNoLongerHas() {
        migrator(INITIAL, RATING).migrate();

        assertEquals(List.of("[X] V0001_Initial", "[?] V0002_AddRating (recorded as applied, but not in the code)"),
                statuses(migrator(INITIAL)));
        assertFalse(migrator(INITIAL).hasPending());
    }

    /** Migrations registered at compile time, by @Migration classes (see the package registered.migrations). */
    @Test
    void registeredMigrationClassesAreFoundWithoutScanning() {
        Migrator migrator = Migrator.of(Djongo.connection());

        migrator.migrate("registered");

        assertEquals(List.of("[X] V0001_Initial", "[X] V0002_AddNoteIndex"), migrator.showMigrations("registered").stream()
                .map(MigrationStatus::toString).toList());
        assertTrue(index(database, "note", "text_1").isPresent());
    }
}
