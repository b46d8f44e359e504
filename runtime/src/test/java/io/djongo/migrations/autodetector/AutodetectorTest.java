package io.djongo.migrations.autodetector;

import static io.djongo.migrations.Fields.BOOLEAN;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.LONG;
import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.embedded;
import static io.djongo.migrations.Fields.field;
import static io.djongo.migrations.Fields.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.migrations.AmbiguousChangeError;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.IndexSpec;
import io.djongo.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;

/**
 * makemigrations' autodetector (Django's MigrationAutodetector: "takes a pair of ProjectStates,
 * and compares them to see what the first would need doing to make it like the second"), here
 * also inside embedded models and arrays of them. Every test also checks that replaying the
 * detected operations on the first state gives the second.
 */
class AutodetectorTest {
    private static final String BLOG = "com.example.blog.Blog";
    private static final String AUTHOR = "com.example.blog.Author";

    private static FieldSchema blog(FieldSchema... fields) {
        return field("blog", embedded(BLOG, fields));
    }

    private static FieldSchema authors(FieldSchema... fields) {
        return field("authors", listOf(embedded(AUTHOR, fields)));
    }

    private static CollectionSchema entry(FieldSchema... fields) {
        return entry(List.of(), fields);
    }

    private static CollectionSchema entry(List<IndexSpec> indexes, FieldSchema... fields) {
        List<FieldSchema> all = new ArrayList<>(List.of(field("_id", "id", OBJECT_ID)));
        all.addAll(List.of(fields));
        return new CollectionSchema("entry", "com.example.blog.Entry", all, indexes, null);
    }

    private static Schema schema(CollectionSchema... collections) {
        return Schema.of(List.of(collections));
    }

    /** The operations, as their descriptions, after checking that they turn {@code from} into {@code to}. */
    private static List<String> detect(Schema from, Schema to) {
        return detect(new Autodetector(RenameHints.NONE, Questioner.NO_INPUT), from, to);
    }

    private static List<String> detect(Autodetector detector, Schema from, Schema to) {
        List<Operation> operations = detector.detect(from, to);
        Schema state = from;
        for (Operation operation : operations) {
            state = operation.stateForwards(state);
        }
        assertTrue(Autodetector.same(state, to), "replaying " + operations + " gives " + state.collections() + ", not "
                + to.collections());
        assertEquals(List.of(), Autodetector.changes(state, to), "no changes are left");
        return operations.stream().map(Operation::describe).toList();
    }

    @Test
    void nothingChangesWhenOnlyJavaAndClassNamesDiffer() {
        Schema from = schema(entry(field("headline", "title", STRING), field("blog", embedded("old.Blog", field("name", STRING)))));
        Schema to = schema(entry(field("headline", "headline", STRING), field("blog", embedded(BLOG, field("name", STRING)))));

        assertEquals(List.of(), detect(from, to));
    }

    // ---- collections

    @Test
    void aNewModelCreatesItsCollectionThenItsIndexes() {
        Schema to = schema(entry(List.of(IndexSpec.on("pub_date", -1)), field("headline", STRING)));

        assertEquals(List.of("Create collection entry", "Create index pub_date_-1 on entry"), detect(Schema.empty(), to));
    }

    @Test
    void aRemovedModelDropsItsCollection() {
        assertEquals(List.of("Drop collection entry"), detect(schema(entry(field("headline", STRING))), Schema.empty()));
    }

    /** Django's RenameModel is detected when the model's fields are unchanged; here the model class is the key. */
    @Test
    void aCollectionNameChangeOfTheSameModelIsARename() {
        CollectionSchema renamed = entry(field("headline", STRING)).withName("posts");

        assertEquals(List.of("Rename collection entry to posts"), detect(schema(entry(field("headline", STRING))), schema(renamed)));
    }

    @Test
    void aCollectionWithTheSameFieldsUnderAnotherModelIsAnUnambiguousRename() {
        CollectionSchema post = new CollectionSchema("post", "com.example.blog.Post", entry(field("headline", STRING)).fields(),
                List.of(), null);

        assertEquals(List.of("Rename collection entry to post"), detect(schema(entry(field("headline", STRING))), schema(post)));
    }

    @Test
    void twoCandidateCollectionsAreAQuestionThatAHintAnswers() {
        CollectionSchema notes = new CollectionSchema("notes", "a.Note", entry(field("headline", STRING)).fields(), List.of(), null);
        CollectionSchema drafts = new CollectionSchema("drafts", "a.Draft", entry(field("headline", STRING)).fields(), List.of(), null);
        CollectionSchema posts = new CollectionSchema("posts", "a.Post", entry(field("headline", STRING)).fields(), List.of(), null);

        AmbiguousChangeError error = assertThrows(AmbiguousChangeError.class,
                () -> Autodetector.changes(schema(notes, drafts), schema(posts)));
        assertEquals(List.of("posts may be the collection drafts or notes renamed: pass --rename drafts=posts (or another "
                + "candidate) if it is, or --not-renamed posts if posts is a new collection"), error.questions());

        Autodetector detector = new Autodetector(RenameHints.of(List.of("notes=posts"), List.of()), Questioner.NO_INPUT);
        assertEquals(List.of("Rename collection notes to posts", "Drop collection drafts"),
                detect(detector, schema(notes, drafts), schema(posts)));
    }

    // ---- top-level fields

    @Test
    void fieldsAddedRemovedAndRetyped() {
        Schema from = schema(entry(field("headline", STRING), field("rating", INT), field("draft", BOOLEAN)));
        Schema to = schema(entry(field("headline", STRING), field("rating", LONG),
                field("views", INT).withDefault(new BsonInt32(0)), field("tags", listOf(STRING))));

        assertEquals(List.of("Remove field draft from entry", "Add field views to entry (default 0)", "Add field tags to entry",
                "Alter field rating of entry to LONG"), detect(from, to));
    }

    @Test
    void aChangedDefaultAltersTheField() {
        assertEquals(List.of("Alter field rating of entry to INT (default 3)"),
                detect(schema(entry(field("rating", INT))), schema(entry(field("rating", INT).withDefault(new BsonInt32(3))))));
    }

    @Test
    void oneRemovedAndOneAddedFieldOfTheSameTypeIsARename() {
        assertEquals(List.of("Rename field headline of entry to title"),
                detect(schema(entry(field("headline", STRING))), schema(entry(field("title", STRING)))));
    }

    @Test
    void aKeyChangeOfTheSameJavaFieldIsARenameEvenAmongOthers() {
        Schema from = schema(entry(field("pubDate", "pubDate", STRING), field("other", STRING)));
        Schema to = schema(entry(field("pub_date", "pubDate", STRING), field("another", STRING)));

        List<Operation> operations = new Autodetector(RenameHints.NONE, Questioner.NO_INPUT).detect(from, to);
        assertEquals("Rename field pubDate of entry to pub_date", operations.get(0).describe());
    }

    @Test
    void differentTypesAreNeverARename() {
        assertEquals(List.of("Remove field headline from entry", "Add field title to entry"),
                detect(schema(entry(field("headline", STRING))), schema(entry(field("title", INT)))));
    }

    // ---- ambiguous renames

    private static final Schema TWO_REMOVED = schema(entry(field("headline", STRING), field("subtitle", STRING)));
    private static final Schema ONE_ADDED = schema(entry(field("title", STRING)));

    /** Django asks "Did you rename entry.headline to entry.title?"; with --no-input we ask nobody and say what answers it. */
    @Test
    void anAmbiguousRenameFailsWithNoInputNamingTheFlags() {
        AmbiguousChangeError error = assertThrows(AmbiguousChangeError.class,
                () -> Autodetector.changes(TWO_REMOVED, ONE_ADDED));

        assertEquals(List.of("entry.title may be the field entry.headline or entry.subtitle renamed: pass --rename "
                + "entry.headline=title (or another candidate) if it is, or --not-renamed entry.title if entry.title is a new field"),
                error.questions());
    }

    @Test
    void aRenameFlagAnswersTheQuestion() {
        Autodetector detector = new Autodetector(RenameHints.of(List.of("entry.subtitle=title"), List.of()), Questioner.NO_INPUT);

        assertEquals(List.of("Rename field subtitle of entry to title", "Remove field headline from entry"),
                detect(detector, TWO_REMOVED, ONE_ADDED));
    }

    @Test
    void notRenamedDeclaresANewField() {
        Autodetector detector = new Autodetector(RenameHints.of(List.of(), List.of("entry.title")), Questioner.NO_INPUT);

        assertEquals(List.of("Remove field headline from entry", "Remove field subtitle from entry", "Add field title to entry"),
                detect(detector, TWO_REMOVED, ONE_ADDED));
    }

    @Test
    void theQuestionerIsAskedWithTheCandidates() {
        List<String> asked = new ArrayList<>();
        Questioner choosesTheSecond = (what, added, candidates) -> {
            asked.add(what + " " + added + " " + candidates);
            return Optional.of(candidates.get(1));
        };

        assertEquals(List.of("Rename field subtitle of entry to title", "Remove field headline from entry"),
                detect(new Autodetector(RenameHints.NONE, choosesTheSecond), TWO_REMOVED, ONE_ADDED));
        assertEquals(List.of("field entry.title [entry.headline, entry.subtitle]"), asked);
    }

    @Test
    void aHintThatMatchesNothingIsAnError() {
        Autodetector detector = new Autodetector(RenameHints.of(List.of("entry.headlin=title"), List.of()), Questioner.NO_INPUT);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> detector.detect(schema(entry(field("headline", STRING))), schema(entry(field("title", STRING)))));
        assertTrue(error.getMessage().startsWith("--rename entry.headlin=title matched no removed and added field"),
                error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RenameHints.of(List.of("entry.headline"), List.of()));
    }

    // ---- inside embedded models and arrays of them (what django-mongodb-backend cannot migrate)

    @Test
    void changesInsideAnEmbeddedModel() {
        Schema from = schema(entry(blog(field("name", STRING), field("featured", BOOLEAN), field("rank", INT))));
        Schema to = schema(entry(blog(field("title", STRING), field("rank", LONG), field("visits", INT))));

        assertEquals(List.of("Rename field blog.name of entry to blog.title", "Remove field blog.featured from entry",
                "Add field blog.visits to entry", "Alter field blog.rank of entry to LONG"), detect(from, to));
        assertThrows(AmbiguousChangeError.class, () -> Autodetector.changes(
                schema(entry(blog(field("name", STRING), field("tagline", STRING)))),
                schema(entry(blog(field("title", STRING), field("url", STRING))))));
    }

    @Test
    void changesInsideArraysOfEmbeddedModels() {
        Schema from = schema(entry(authors(field("name", STRING), field("mail", STRING), field("age", INT))));
        Schema to = schema(entry(authors(field("name", STRING), field("email", STRING), field("age", LONG),
                field("verified", BOOLEAN).withDefault(BsonBoolean.FALSE))));

        assertEquals(List.of("Rename field authors.mail of entry to authors.email",
                "Add field authors.verified to entry (default false)", "Alter field authors.age of entry to LONG"),
                detect(from, to));
    }

    @Test
    void aRenamedEmbeddedFieldWithChangesInsideIsRenamedThenChanged() {
        Schema from = schema(entry(blog(field("name", STRING))));
        Schema to = schema(entry(field("site", embedded(BLOG, field("name", STRING), field("url", STRING)))));

        assertEquals(List.of("Rename field blog of entry to site", "Add field site.url to entry"), detect(from, to));
    }

    @Test
    void twoLevelsDown() {
        Schema from = schema(entry(authors(field("name", STRING), field("address", embedded("A", field("city", STRING))))));
        Schema to = schema(entry(authors(field("name", STRING), field("address", embedded("A", field("town", STRING))))));

        assertEquals(List.of("Rename field authors.address.city of entry to authors.address.town"), detect(from, to));
    }

    // ---- indexes and validators

    @Test
    void indexesAddedRemovedAndChangedByName() {
        Schema from = schema(entry(List.of(IndexSpec.on("rating", 1), IndexSpec.on("slug", 1)),
                field("rating", INT), field("slug", STRING)));
        Schema to = schema(entry(List.of(IndexSpec.on("slug", 1).unique(), IndexSpec.on("pub_date", -1)),
                field("rating", INT), field("slug", STRING)));

        assertEquals(List.of("Drop index rating_1 from entry", "Drop index slug_1 from entry", "Create index slug_1 on entry",
                "Create index pub_date_-1 on entry"), detect(from, to));
    }

    @Test
    void anIndexOnARenamedFieldIsRebuiltAroundTheRename() {
        Schema from = schema(entry(List.of(IndexSpec.on("headline", 1)), field("headline", STRING)));
        Schema to = schema(entry(List.of(IndexSpec.on("title", 1)), field("title", STRING)));

        assertEquals(List.of("Drop index headline_1 from entry", "Rename field headline of entry to title",
                "Create index title_1 on entry"), detect(from, to));
    }

    @Test
    void aValidatorIsRemovedWhileFieldsChangeAndSetAfterwards() {
        BsonDocument old = BsonDocument.parse("{\"$jsonSchema\": {\"required\": [\"headline\"]}}");
        BsonDocument young = BsonDocument.parse("{\"$jsonSchema\": {\"required\": [\"title\"]}}");
        Schema from = schema(entry(field("headline", STRING)).withValidator(old));
        Schema to = schema(entry(field("title", STRING)).withValidator(young));

        assertEquals(List.of("Remove the validator of entry", "Rename field headline of entry to title",
                "Set the validator of entry"), detect(from, to));
        assertEquals(List.of("Set the validator of entry"), detect(schema(entry(field("title", STRING)).withValidator(old)), to));
    }

    @Test
    void theIdCannotChangeType() {
        Schema from = schema(entry(field("headline", STRING)));
        List<FieldSchema> fields = new ArrayList<>(entry(field("headline", STRING)).fields());
        fields.set(0, field("_id", "id", STRING));
        Schema to = schema(entry(field("headline", STRING)).withFields(fields));

        MigrationError error = assertThrows(MigrationError.class, () -> Autodetector.changes(from, to));
        assertTrue(error.getMessage().contains("MongoDB cannot change an _id in place"), error.getMessage());
    }
}
