package io.djongo.migrations.operations;

import static io.djongo.migrations.Fields.BOOLEAN;
import static io.djongo.migrations.Fields.DOUBLE;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.embedded;
import static io.djongo.migrations.Fields.field;
import static io.djongo.migrations.Fields.listOf;
import static io.djongo.migrations.Fields.recursive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.IndexSpec;
import io.djongo.schema.Schema;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;

/**
 * Each operation's state_forwards (Django: "Operation.state_forwards ... how the operation
 * changes the state of the models"), replayed without a database.
 */
class StateReplayTest {
    static final CreateCollection ENTRY = CreateCollection.named("entry")
            .model("com.example.blog.Entry")
            .field("_id", "id", OBJECT_ID)
            .field("headline", STRING)
            .field("blog", embedded("com.example.blog.Blog", field("name", STRING), field("tagline", STRING)))
            .field("authors", listOf(embedded("com.example.blog.Author", field("name", STRING), field("email", STRING))))
            .field("comments", listOf(embedded("com.example.blog.Comment", field("text", STRING),
                    field("replies", listOf(recursive("com.example.blog.Comment"))))));

    static Schema replay(Operation... operations) {
        Schema state = Schema.empty();
        for (Operation operation : operations) {
            state = operation.stateForwards(state);
        }
        return state;
    }

    static CollectionSchema entry(Schema state) {
        return state.collection("entry").orElseThrow();
    }

    @Test
    void createCollectionRecordsItsFieldsAndValidator() {
        Schema state = replay(ENTRY.validator("{\"$jsonSchema\": {\"required\": [\"headline\"]}}"));

        assertEquals(List.of("_id", "headline", "blog", "authors", "comments"),
                entry(state).fields().stream().map(FieldSchema::key).toList());
        assertEquals("id", entry(state).field("_id").orElseThrow().name());
        assertEquals(BsonDocument.parse("{\"$jsonSchema\": {\"required\": [\"headline\"]}}"), entry(state).validator());
        assertEquals("com.example.blog.Entry", entry(state).model());
    }

    @Test
    void createCollectionTwiceIsAnInconsistency() {
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class, () -> replay(ENTRY, ENTRY));
        assertTrue(error.getMessage().contains("already created entry"), error.getMessage());
    }

    @Test
    void addFieldAtTheTopLevelInsideAnEmbeddedModelAndInsideArrayElements() {
        Schema state = replay(ENTRY,
                AddField.to("entry", field("rating", INT).withDefault(new BsonInt32(0))),
                AddField.to("entry", "blog", field("url", STRING)),
                AddField.to("entry", "authors", field("verified", BOOLEAN).withDefault(BsonBoolean.FALSE)));

        assertEquals(new BsonInt32(0), entry(state).field("rating").orElseThrow().defaultValue());
        assertEquals(List.of("name", "tagline", "url"), keys(FieldPaths.fields(entry(state), "blog", "test")));
        assertEquals(List.of("name", "email", "verified"), keys(FieldPaths.fields(entry(state), "authors", "test")));
    }

    @Test
    void addFieldToAMissingContainerNamesTheFieldsThere() {
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class,
                () -> replay(ENTRY, AddField.to("entry", "blgo", field("url", STRING))));
        assertTrue(error.getMessage().contains("entry has no field blgo"), error.getMessage());
    }

    @Test
    void addFieldIntoAScalarSaysItHasNoFields() {
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class,
                () -> replay(ENTRY, AddField.to("entry", "headline", field("x", STRING))));
        assertTrue(error.getMessage().contains("entry.headline holds STRING, not an embedded model"), error.getMessage());
    }

    @Test
    void aPathThroughAModelThatContainsItselfIsNamedWhereTheModelIsDescribed() {
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class,
                () -> replay(ENTRY, AddField.to("entry", "comments.replies", field("likes", INT))));
        assertTrue(error.getMessage().contains("contains itself"), error.getMessage());

        Schema state = replay(ENTRY, AddField.to("entry", "comments", field("likes", INT)));
        assertEquals(List.of("text", "replies", "likes"), keys(FieldPaths.fields(entry(state), "comments", "test")));
    }

    @Test
    void removeFieldDropsItFromItsContainer() {
        Schema state = replay(ENTRY, RemoveField.from("entry", "blog.tagline"), RemoveField.from("entry", "authors.email"));

        assertEquals(List.of("name"), keys(FieldPaths.fields(entry(state), "blog", "test")));
        assertEquals(List.of("name"), keys(FieldPaths.fields(entry(state), "authors", "test")));
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class,
                () -> replay(ENTRY, RemoveField.from("entry", "blog.subtitle")));
        assertTrue(error.getMessage().contains("its fields there: name, tagline"), error.getMessage());
    }

    @Test
    void renameFieldKeepsTypeAndPositionAndRefusesAnExistingKey() {
        Schema state = replay(ENTRY, RenameField.in("entry", "blog.name", "title"), RenameField.in("entry", "headline", "title"));

        assertEquals(List.of("title", "tagline"), keys(FieldPaths.fields(entry(state), "blog", "test")));
        assertEquals(List.of("_id", "title", "blog", "authors", "comments"), keys(entry(state).fields()));
        assertThrows(InconsistentMigrationsError.class, () -> replay(ENTRY, RenameField.in("entry", "blog.name", "tagline")));
    }

    @Test
    void alterFieldChangesTypeAndDefault() {
        Schema state = replay(ENTRY, AddField.to("entry", field("rating", INT)),
                AlterField.of("entry", "rating", DOUBLE).withDefault(new org.bson.BsonDouble(2.5)));

        FieldSchema rating = entry(state).field("rating").orElseThrow();
        assertEquals(DOUBLE, rating.type());
        assertEquals(new org.bson.BsonDouble(2.5), rating.defaultValue());
    }

    @Test
    void indexesAreAddedAndDroppedByName() {
        IndexSpec pubDate = IndexSpec.on("pub_date", -1);
        Schema state = replay(ENTRY, CreateIndex.on("entry", pubDate), CreateIndex.on("entry", IndexSpec.on("headline", 1).unique()));
        assertEquals(List.of("pub_date_-1", "headline_1"), entry(state).indexes().stream().map(IndexSpec::name).toList());

        Schema dropped = DropIndex.of("entry", "pub_date_-1").stateForwards(state);
        assertEquals(List.of("headline_1"), entry(dropped).indexes().stream().map(IndexSpec::name).toList());
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class,
                () -> DropIndex.of("entry", "nope").stateForwards(state));
        assertTrue(error.getMessage().contains("they created: pub_date_-1, headline_1"), error.getMessage());
        assertThrows(InconsistentMigrationsError.class, () -> CreateIndex.on("entry", pubDate).stateForwards(state));
    }

    @Test
    void collectionsAreRenamedAndDropped() {
        Schema renamed = replay(ENTRY, RenameCollection.of("entry", "post"));
        assertTrue(renamed.collection("post").isPresent());
        assertFalse(renamed.collection("entry").isPresent());
        assertTrue(replay(ENTRY, DropCollection.named("entry")).collections().isEmpty());
        assertThrows(InconsistentMigrationsError.class, () -> replay(DropCollection.named("entry")));
    }

    @Test
    void setValidatorReplacesOrRemovesIt() {
        Schema set = replay(ENTRY, SetValidator.of("entry", "{\"$jsonSchema\": {}}"));
        assertEquals(BsonDocument.parse("{\"$jsonSchema\": {}}"), entry(set).validator());
        assertNull(entry(SetValidator.remove("entry").stateForwards(set)).validator());
    }

    @Test
    void runCodeLeavesTheStateAlone() {
        Schema before = replay(ENTRY);
        assertEquals(before, RunCode.of("nothing", RunCode.NOOP).stateForwards(before));
    }

    @Test
    void badNamesAreRejectedWhenTheOperationIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> CreateCollection.named("a$b"));
        assertThrows(IllegalArgumentException.class, () -> RenameField.in("entry", "blog.name", "a.b"));
        assertThrows(IllegalArgumentException.class, () -> RemoveField.from("entry", "blog..name"));
        assertThrows(IllegalArgumentException.class, () -> RenameField.in("entry", "_id", "id"));
        assertThrows(IllegalArgumentException.class, () -> DropIndex.of("entry", "_id_"));
        assertThrows(IllegalArgumentException.class, () -> ENTRY.field("headline", STRING));
    }

    private static List<String> keys(List<FieldSchema> fields) {
        return fields.stream().map(FieldSchema::key).toList();
    }
}
