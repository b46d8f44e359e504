package io.djongo.it.migrations;

import static io.djongo.it.migrations.MigrationTesting.documents;
import static io.djongo.it.migrations.MigrationTesting.migration;
import static io.djongo.it.migrations.MigrationTesting.migrator;
import static io.djongo.migrations.Fields.BOOLEAN;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.LONG;
import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.embedded;
import static io.djongo.migrations.Fields.field;
import static io.djongo.migrations.Fields.listOf;
import static io.djongo.migrations.Fields.recursive;
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
import io.djongo.migrations.Operation;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.RemoveField;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.RunCode;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Field operations on stored documents: defaults filled in, keys renamed and removed, values
 * converted, at the top level, in embedded models and in arrays of them.
 */
class FieldMigrationsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final Migration INITIAL = migration("V0001_Initial", List.of(),
            CreateCollection.named("entry").field("_id", "id", OBJECT_ID).field("headline", STRING).field("rating", STRING)
                    .field("blog", embedded("Blog", field("name", STRING), field("tagline", STRING)))
                    .field("authors", listOf(embedded("Author", field("name", STRING), field("mail", STRING))))
                    .field("comments", listOf(embedded("Comment", field("text", STRING),
                            field("replies", listOf(recursive("Comment")))))));

    private MongoDatabase database;

    @BeforeEach
    void seed() {
        database = Djongo.connection().database();
        MigrationTesting.dropCollections(database);
        migrator(INITIAL).migrate();
        insert("{_id: 1, headline: 'Abbey Road', rating: '5', blog: {name: 'Beatles', tagline: 'News'},"
                + " authors: [{name: 'Ann', mail: 'ann@example.org'}, {name: 'Bob'}],"
                + " comments: [{text: 'Great', replies: [{text: 'Agreed', replies: []}]}]}");
        insert("{_id: 2, headline: 'Kind of Blue', blog: null, authors: []}");
        insert("{_id: 3, headline: 'Blue Train', rating: '4', blog: {name: 'Jazz'}}");
    }

    private void insert(String json) {
        database.getCollection("entry", BsonDocument.class).insertOne(BsonDocument.parse(json));
    }

    private void migrate(Operation... operations) {
        migrator(INITIAL, migration("V0002_Change", List.of("V0001_Initial"), operations)).migrate();
    }

    /** Django's AddField with a default fills existing rows; here only where the field is missing. */
    @Test
    void addFieldFillsTheDefaultWhereTheFieldIsMissingAtEveryDepth() {
        migrate(AddField.to("entry", field("views", INT).withDefault(new BsonInt32(0))),
                AddField.to("entry", "blog", field("active", BOOLEAN).withDefault(BsonBoolean.TRUE)),
                AddField.to("entry", "authors", field("verified", BOOLEAN).withDefault(BsonBoolean.FALSE)),
                AddField.to("entry", "comments", field("likes", INT).withDefault(new BsonInt32(0))));

        assertEquals(List.of(
                "{\"headline\": \"Abbey Road\", \"rating\": \"5\", \"blog\": {\"name\": \"Beatles\", \"tagline\": \"News\", "
                        + "\"active\": true}, \"authors\": [{\"name\": \"Ann\", \"mail\": \"ann@example.org\", \"verified\": false},"
                        + " {\"name\": \"Bob\", \"verified\": false}], \"comments\": [{\"text\": \"Great\", \"replies\": "
                        + "[{\"text\": \"Agreed\", \"replies\": [], \"likes\": 0}], \"likes\": 0}], \"views\": 0}",
                "{\"headline\": \"Kind of Blue\", \"blog\": null, \"authors\": [], \"views\": 0}",
                "{\"headline\": \"Blue Train\", \"rating\": \"4\", \"blog\": {\"name\": \"Jazz\", \"active\": true}, \"views\": 0}"),
                documents(database, "entry"));
    }

    @Test
    void addFieldKeepsValuesAlreadyThere() {
        insert("{_id: 4, headline: 'Giant Steps', views: 12}");

        migrate(AddField.to("entry", field("views", INT).withDefault(new BsonInt32(0))));

        assertTrue(documents(database, "entry").get(3).endsWith("\"views\": 12}"), documents(database, "entry").get(3));
    }

    /** Django's RenameField, inside an embedded model ($rename) and inside array elements (a batched rewrite). */
    @Test
    void renameFieldInsideEmbeddedModelsAndArraysKeepsTheValues() {
        migrate(RenameField.in("entry", "blog.name", "title"), RenameField.in("entry", "authors.mail", "email"),
                RenameField.in("entry", "headline", "title"));

        List<String> documents = documents(database, "entry");
        // $rename moves a key to the end of its document, as MongoDB does: compare regardless of key order.
        assertEquals(BsonDocument.parse("{\"title\": \"Abbey Road\", \"rating\": \"5\", \"blog\": {\"title\": \"Beatles\", "
                + "\"tagline\": \"News\"}, \"authors\": [{\"name\": \"Ann\", \"email\": \"ann@example.org\"}, {\"name\": \"Bob\"}], "
                + "\"comments\": [{\"text\": \"Great\", \"replies\": [{\"text\": \"Agreed\", \"replies\": []}]}]}"),
                BsonDocument.parse(documents.get(0)));
        assertTrue(documents.get(2).contains("\"blog\": {\"title\": \"Jazz\"}"), documents.get(2));
    }

    @Test
    void renameFieldNeverOverwritesAValueAndSaysWhere() {
        insert("{_id: 4, headline: 'Giant Steps', blog: {name: 'Old', title: 'New'}}");

        MigrationError error = assertThrows(MigrationError.class, () -> migrate(RenameField.in("entry", "blog.name", "title")));

        assertTrue(error.getMessage().contains("1 document has both blog.name and blog.title in entry"), error.getMessage());
        assertTrue(documents(database, "entry").get(3).contains("{\"name\": \"Old\", \"title\": \"New\"}"));
    }

    @Test
    void renameFieldInArraysChecksEveryDocumentBeforeWritingAny() {
        insert("{_id: 4, headline: 'Giant Steps', authors: [{name: 'Cy', mail: 'a', email: 'b'}]}");

        MigrationError error = assertThrows(MigrationError.class, () -> migrate(RenameField.in("entry", "authors.mail", "email")));

        assertTrue(error.getMessage().contains("1 document of entry cannot be changed without losing data; nothing was written."
                + " _id 4: an element of authors has both mail and email"), error.getMessage());
        assertTrue(documents(database, "entry").get(0).contains("\"mail\": \"ann@example.org\""));
    }

    @Test
    void removeFieldUnsetsItAtEveryDepth() {
        migrate(RemoveField.from("entry", "blog.tagline"), RemoveField.from("entry", "authors.mail"),
                RemoveField.from("entry", "comments.replies"));

        assertEquals("{\"headline\": \"Abbey Road\", \"rating\": \"5\", \"blog\": {\"name\": \"Beatles\"}, \"authors\": "
                + "[{\"name\": \"Ann\"}, {\"name\": \"Bob\"}], \"comments\": [{\"text\": \"Great\"}]}", documents(database, "entry").get(0));
    }

    /** Django's AlterField changes the column type; here every stored value is converted, with progress. */
    @Test
    void alterFieldConvertsTheStoredValuesInBatchesWithProgress() {
        for (int i = 10; i < 35; i++) {
            insert("{_id: " + i + ", rating: '" + i + "'}");
        }
        List<String> progress = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void documents(String task, long done, long total) {
                progress.add(done + "/" + total);
            }
        };

        migrator(INITIAL, migration("V0002_Change", List.of("V0001_Initial"), AlterField.of("entry", "rating", INT)))
                .withBatchSize(10).withListener(listener).migrate();

        List<BsonDocument> stored = database.getCollection("entry", BsonDocument.class).find().sort(BsonDocument.parse("{_id: 1}"))
                .into(new ArrayList<>());
        assertEquals(new BsonInt32(5), stored.get(0).get("rating"));
        assertEquals(null, stored.get(1).get("rating"));
        assertEquals(new BsonInt32(34), stored.get(stored.size() - 1).get("rating"));
        assertEquals(List.of("10/28", "20/28", "0/28", "10/28", "20/28", "28/28"), progress);
    }

    @Test
    void alterFieldWritesNothingWhenOneValueCannotBeConverted() {
        insert("{_id: 4, rating: 'five'}");

        MigrationError error = assertThrows(MigrationError.class, () -> migrate(AlterField.of("entry", "rating", INT)));

        assertTrue(error.getMessage().contains("1 document of entry cannot be changed without losing data; nothing was written."
                + " _id 4: \"five\" (STRING) is not a number"), error.getMessage());
        assertEquals(new BsonString("5"), database.getCollection("entry", BsonDocument.class)
                .find(BsonDocument.parse("{_id: 1}")).first().get("rating"));
        assertEquals(List.of("[X] V0001_Initial", "[~] V0002_Change (0 of 1 operations applied; run migrate to continue)"),
                migrator(INITIAL, migration("V0002_Change",
                List.of("V0001_Initial"), AlterField.of("entry", "rating", INT))).showMigrations().stream()
                .map(MigrationStatus::toString).toList());
    }

    @Test
    void alterFieldInsideArrayElementsAndBackwards() {
        insert("{_id: 4, authors: [{name: 'Cy', mail: 7}]}");
        Migrator migrator = migrator(INITIAL, migration("V0002_Change", List.of("V0001_Initial"),
                AlterField.of("entry", "authors.name", listOf(STRING))));

        migrator.migrate();
        assertTrue(documents(database, "entry").get(3).contains("[{\"name\": [\"Cy\"], \"mail\": 7}]"), documents(database, "entry").get(3));

        migrator.migrate("it", "V0001_Initial");
        assertTrue(documents(database, "entry").get(3).contains("[{\"name\": \"Cy\", \"mail\": 7}]"), documents(database, "entry").get(3));
    }

    @Test
    void alterFieldWithAConverterForWhatIsNotBuiltIn() {
        migrate(AlterField.of("entry", "rating", embedded("Rating", field("stars", LONG)))
                .convertingWith(value -> new BsonDocument("stars", new org.bson.BsonInt64(Long.parseLong(value.asString().getValue())))));

        assertTrue(documents(database, "entry").get(0).contains("\"rating\": {\"stars\": 5}"), documents(database, "entry").get(0));
    }

    /** Data migrations work on BsonDocuments, never on today's model classes. */
    @Test
    void runCodeUpdatesDocumentsAsBson() {
        migrate(RunCode.of("upper-case headlines", data -> data.update("entry", entry -> {
            entry.put("headline", new BsonString(entry.getString("headline").getValue().toUpperCase(java.util.Locale.ROOT)));
            return entry;
        })));

        assertTrue(documents(database, "entry").get(1).startsWith("{\"headline\": \"KIND OF BLUE\""));
    }
}
