package io.djongo.it.migrations;

import static io.djongo.it.migrations.MigrationTesting.collections;
import static io.djongo.it.migrations.MigrationTesting.index;
import static io.djongo.it.migrations.MigrationTesting.migration;
import static io.djongo.it.migrations.MigrationTesting.migrator;
import static io.djongo.migrations.Fields.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.support.TestServer;
import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationStatus;
import io.djongo.migrations.Migrator;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.SetValidator;
import io.djongo.schema.IndexSpec;
import java.util.List;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Index options and validators that servers differ on. Each test holds on every server: where the
 * server has the feature (found by a probe of its own), migrate builds it and it works; where the
 * server rejects it or accepts and ignores it, migrate fails with the reason, the index or
 * collection is not left behind half-made, and the migration is not recorded as applied.
 */
class ServerSchemaFeaturesTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final Migration INITIAL = migration("V0001_Initial", List.of(), CreateCollection.named("entry").field("headline", STRING));

    private MongoDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database = Djongo.connection().database();
        MigrationTesting.dropCollections(database);
    }

    static Stream<Arguments> indexOptions() {
        return Stream.of(
                Arguments.of(Capability.SPARSE_INDEXES, IndexSpec.on("slug", 1).sparse(), "sparse"),
                Arguments.of(Capability.PARTIAL_INDEXES, IndexSpec.on("slug", 1).unique().partialFilter("{rating: {$gt: 3}}"),
                        "partialFilterExpression"),
                Arguments.of(Capability.TTL_INDEXES, IndexSpec.on("created", 1).expireAfterSeconds(3600), "expireAfterSeconds"),
                Arguments.of(Capability.COLLATION_INDEXES, IndexSpec.on("slug", 1).collation("{locale: 'en', strength: 2}"),
                        "collation"),
                Arguments.of(Capability.TEXT_INDEXES, IndexSpec.on("headline", "text").named("search"), "text"),
                Arguments.of(Capability.GEO_INDEXES, IndexSpec.on("place", "2dsphere"), "2dsphere"),
                Arguments.of(Capability.HASHED_INDEXES, IndexSpec.on("slug", "hashed"), "hashed"));
    }

    /** The rule: an option the server cannot honour fails the run with the reason; it is never warned about and marked applied. */
    @ParameterizedTest(name = "{2}")
    @MethodSource("indexOptions")
    void anIndexOptionIsBuiltOrTheRunFailsWithTheReason(Capability capability, IndexSpec spec, String option) {
        Migrator migrator = migrator(INITIAL, migration("V0002_Index", List.of("V0001_Initial"), CreateIndex.on("entry", spec)));

        if (Capabilities.has(capability)) {
            migrator.migrate();
            BsonDocument listed = index(database, "entry", spec.name()).orElseThrow();
            assertEquals(List.of(), spec.differences(listed), listed.toJson());
            assertEquals(List.of("[X] V0001_Initial", "[X] V0002_Index"), statuses(migrator));
            return;
        }
        System.out.println("[djongo-it] " + TestServer.get().description() + " lacks " + option + " ("
                + Capabilities.reason(capability) + "): migrate must fail");
        MigrationError error = assertThrows(MigrationError.class, migrator::migrate);
        assertTrue(error.getMessage().startsWith("it.V0002_Index stopped at operation 1 of 1 (Create index " + spec.name()
                + " on entry): "), error.getMessage());
        assertTrue(error.getMessage().contains("the server rejected") || error.getMessage().contains("ignore")
                || error.getMessage().contains("would not honour"), error.getMessage());
        assertFalse(index(database, "entry", spec.name()).isPresent(), "the index was left behind");
        assertEquals(List.of("[X] V0001_Initial", "[~] V0002_Index (0 of 1 operations applied; run migrate to continue)"),
                statuses(migrator));
    }

    @Test
    void sparseDroppedByTheServerIsNamedAsIgnored() {
        if (Capabilities.has(Capability.SPARSE_INDEXES)) {
            String reason = "skipped: " + TestServer.get().description() + " keeps sparse, so there is no dropped option to name";
            System.out.println("[djongo-it] " + reason);
            org.junit.jupiter.api.Assumptions.abort(reason);
        }
        Migrator migrator = migrator(INITIAL, migration("V0002_Index", List.of("V0001_Initial"),
                CreateIndex.on("entry", IndexSpec.on("slug", 1).sparse())));

        MigrationError error = assertThrows(MigrationError.class, migrator::migrate);

        assertTrue(error.getMessage().contains("the server accepted the index but ignored sparse (listIndexes shows "),
                error.getMessage());
        assertTrue(error.getMessage().contains("the index was dropped again"), error.getMessage());
    }

    /** An index of the same name but other options is never silently kept (FerretDB answers "all indexes already exist"). */
    @Test
    void anExistingIndexWithOtherOptionsStopsTheRun() {
        migrator(INITIAL).migrate();
        database.runCommand(Document.parse("{createIndexes: 'entry', indexes: [{key: {slug: 1}, name: 'slug_1'}]}"));
        Migrator migrator = migrator(INITIAL, migration("V0002_Index", List.of("V0001_Initial"),
                CreateIndex.on("entry", IndexSpec.on("slug", 1).unique())));

        MigrationError error = assertThrows(MigrationError.class, migrator::migrate);

        assertTrue(error.getMessage().contains("an index named slug_1 already exists on entry with other options (unique)"),
                error.getMessage());
    }

    static final String REQUIRE_HEADLINE = "{\"$jsonSchema\": {\"bsonType\": \"object\", \"required\": [\"headline\"]}}";

    @Test
    void aValidatorIsInstalledOrTheRunFailsWithTheReason() {
        Migrator migrator = migrator(migration("V0001_Initial", List.of(),
                CreateCollection.named("entry").field("headline", STRING).validator(REQUIRE_HEADLINE)));

        if (Capabilities.has(Capability.VALIDATORS)) {
            migrator.migrate();
            assertThrows(MongoWriteException.class, () -> database.getCollection("entry").insertOne(new Document("x", 1)));
            return;
        }
        MigrationError error = assertThrows(MigrationError.class, migrator::migrate);
        assertTrue(error.getMessage().contains("the server rejected {\"create\": \"entry\", \"validator\": ")
                || error.getMessage().contains("the server accepted the validator but does not keep it"), error.getMessage());
        assertFalse(collections(database).contains("entry"), "the collection was left behind");
        assertEquals(List.of("[~] V0001_Initial (0 of 1 operations applied; run migrate to continue)"), statuses(migrator));
    }

    @Test
    void setValidatorUsesCollModOrFailsWithTheReason() {
        Migrator migrator = migrator(INITIAL, migration("V0002_Validator", List.of("V0001_Initial"),
                SetValidator.of("entry", REQUIRE_HEADLINE)));

        if (Capabilities.has(Capability.VALIDATORS) && Capabilities.has(Capability.COLL_MOD)) {
            migrator.migrate();
            assertThrows(MongoWriteException.class, () -> database.getCollection("entry").insertOne(new Document("x", 1)));
            migrator.migrate("it", "V0001_Initial");
            database.getCollection("entry").insertOne(new Document("x", 1));
            return;
        }
        MigrationError error = assertThrows(MigrationError.class, migrator::migrate);
        assertTrue(error.getMessage().contains("the server rejected {\"collMod\": \"entry\""), error.getMessage());
    }

    private static List<String> statuses(Migrator migrator) {
        return migrator.showMigrations().stream().map(MigrationStatus::toString).toList();
    }
}
