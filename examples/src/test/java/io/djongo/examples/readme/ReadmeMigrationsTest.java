package io.djongo.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.migrations.MigrationStatus;
import io.djongo.migrations.Migrator;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations of the README: the migration file of the app "readme" and the Migrator API, on the test server. */
class ReadmeMigrationsTest {
    private static MongoDatabase database;

    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_migrations_" + Long.toHexString(System.nanoTime())));
        database = Djongo.connection().database();
    }

    @AfterAll
    static void close() {
        database.drop();
        Djongo.closeAll();
    }

    @BeforeEach
    void empty() {
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            database.getCollection(name).drop();
        }
    }

    @Test
    void theMigrationFileChangesTheStoredNotes() {
        Migrator migrator = Migrator.of(Djongo.connection());
        migrator.migrate("readme", "V0001_Initial");
        database.getCollection("note", BsonDocument.class).insertOne(BsonDocument.parse("{text: '  Hello  ', stars: '4', "
                + "author: {name: 'Ann', mail: 'ann@example.org'}, tags: [{name: 'jazz'}, {name: 'live', weight: 3}]}"));

        migrator.migrate("readme");

        BsonDocument note = database.getCollection("note", BsonDocument.class).find().first();
        note.remove("_id");
        assertEquals(BsonDocument.parse("{text: 'Hello', stars: 4, author: {name: 'Ann', email: 'ann@example.org'}, "
                + "tags: [{name: 'jazz', weight: 1}, {name: 'live', weight: 3}]}"), note);
        assertTrue(database.getCollection("note").listIndexes().into(new ArrayList<>()).stream()
                .anyMatch(index -> index.getString("name").equals("author.email_1")));
    }

    @Test
    void theMigratorApi() {
        // README: migrator
        Migrator migrator = Migrator.of(Djongo.connection());
        String plan = migrator.plan("readme").toString();           // migrate --plan: the commands, nothing run
        migrator.migrate("readme");                                 // the app up to its latest migration
        migrator.migrate("readme", "V0001_Initial");                // back to V0001: undoes V0002
        List<MigrationStatus> statuses = migrator.showMigrations("readme"); // [X] V0001_Initial, [ ] V0002_NotesGrowUp
        migrator.migrate("readme", Migrator.ZERO);                  // undoes every migration of the app
        // README: end
        assertTrue(plan.startsWith("Planned operations:\nreadme.V0001_Initial\n    Create collection note\n"), plan);
        assertEquals(List.of("[X] V0001_Initial", "[ ] V0002_NotesGrowUp"), statuses.stream().map(MigrationStatus::toString).toList());
        assertEquals(List.of("[ ] V0001_Initial", "[ ] V0002_NotesGrowUp"),
                migrator.showMigrations("readme").stream().map(MigrationStatus::toString).toList());
    }
}
