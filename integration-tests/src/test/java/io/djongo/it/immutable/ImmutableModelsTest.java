package io.djongo.it.immutable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DecodingException;
import io.djongo.StaleObjectError;
import io.djongo.it.immutable.model.Edition;
import io.djongo.it.immutable.model.KotlinBook;
import io.djongo.it.immutable.model.KotlinBook_;
import io.djongo.it.immutable.model.Money;
import io.djongo.it.immutable.model.Volume;
import io.djongo.it.immutable.model.Volume_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Obtained;
import io.djongo.signals.SaveEvent;
import io.djongo.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Immutable classes stored as records are: built through their constructor when read, and copied
 * through it whenever the runtime gives them an id, a version, timestamps or defaults.
 */
class ImmutableModelsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void savingReturnsACopyWithTheIdVersionTimestampAndDefaults() {
        Volume volume = Volume.of("Dubliners", 152);

        Volume saved = volume.save();

        assertNotSame(volume, saved);
        assertNull(volume.getId(), "the object passed in is left as it was");
        assertNotNull(saved.getId());
        assertEquals(1, saved.getVersion());
        assertNotNull(saved.getCreated());
        assertEquals("en", saved.getLanguage());
        Document stored = db.raw("volume").find().first();
        assertEquals("Dubliners", stored.getString("title"));
        assertEquals(152, stored.getInteger("pages"));
        assertEquals(1L, stored.getLong("version"));
    }

    @Test
    void readingBuildsObjectsThroughTheConstructorAndSetsTheOtherFieldsAfter() {
        Volume saved = Volume.of("Ulysses", 730).withEdition(Edition.of(2, 1932)).save();
        Volume_.objects().filter(Volume_.id.eq(saved.getId())).update(Volume_.notes.push("annotated"));

        Volume read = Volume_.objects().getById(saved.getId());

        assertEquals(saved, read);
        assertEquals(2, read.getEdition().number());
        assertEquals(1932, read.getEdition().year());
        assertEquals(List.of("annotated"), read.getNotes());
        assertTrue(read.isAvailable());
    }

    /** A field the document lacks keeps what the constructor left in it, as a missing field of a record keeps its default. */
    @Test
    void aFieldMissingFromTheDocumentKeepsItsInitialValue() {
        db.raw("volume").insertOne(new Document("title", "Bare").append("pages", 3));

        Volume read = Volume_.objects().get(Volume_.title.eq("Bare"));

        assertEquals(List.of(), read.getNotes());
        assertEquals("en", read.getLanguage());
        assertEquals(0, read.getVersion());
    }

    @Test
    void savingAgainMovesToTheNextVersionAndAStaleCopyIsRefused() {
        Volume first = Volume.of("Dubliners", 152).save();

        Volume second = first.withPages(160).save();

        assertEquals(2, second.getVersion());
        assertEquals(1, first.getVersion(), "the copy saved before keeps its version");
        assertThrows(StaleObjectError.class, () -> first.withPages(170).save());
        assertEquals(160, Volume_.objects().getById(first.getId()).getPages());
    }

    @Test
    void refreshReturnsTheStoredCopy() {
        Volume saved = Volume.of("Dubliners", 152).save();
        Volume_.objects().filter(Volume_.id.eq(saved.getId())).update(Volume_.pages.set(999));

        Volume fresh = Volume_.objects().refresh(saved);

        assertEquals(999, fresh.getPages());
        assertEquals(152, saved.getPages());
    }

    @Test
    void validationQueriesUpdatesAndDeletionWorkAsForAnyModel() {
        assertThrows(ValidationError.class, () -> Volume.of("x".repeat(41), 1).save());
        Volume.of("A", 10).save();
        Volume.of("B", 20).save();

        assertEquals(List.of("B", "A"), Volume_.objects().orderBy(Volume_.pages.desc()).valuesList(Volume_.title));
        assertEquals(1, Volume_.objects().filter(Volume_.pages.gt(15)).count());
        Volume b = Volume_.objects().get(Volume_.title.eq("B"));
        assertEquals(1, b.delete().count());
        assertEquals(List.of("A"), Volume_.objects().valuesList(Volume_.title));
    }

    /** Django's get_or_create writes the lookup's values into the new object: for an immutable one, into a copy. */
    @Test
    void getOrCreateAndUpdateOrCreateWorkOnCopies() {
        Obtained<Volume> created = Volume_.objects().getOrCreate(Volume_.title.eq("Exiles"), () -> Volume.of(null, 80));
        assertTrue(created.created());
        assertEquals("Exiles", created.object().getTitle());

        Obtained<Volume> updated = Volume_.objects().updateOrCreate(Volume_.title.eq("Exiles"),
                volume -> volume.withPages(90), () -> Volume.of(null, 0));

        assertEquals(90, updated.object().getPages());
        assertEquals(2, updated.object().getVersion());
        assertEquals(90, Volume_.objects().get(Volume_.title.eq("Exiles")).getPages());
    }

    @Test
    void signalsCarryTheCopiesThatWereWritten() {
        List<Volume> saved = new ArrayList<>();
        try (var receiver = Volume_.signals().postSave(event -> saved.add(event.instance()))) {
            Volume volume = Volume.of("Dubliners", 152).save();

            assertEquals(List.of(volume), saved);
            assertTrue(receiver.connected());
        }
    }

    /** A Kotlin data class as kapt sees it: the @Id and @Field written on the constructor parameters count. */
    @Test
    void aKotlinDataClassRoundTrips() {
        KotlinBook book = new KotlinBook(null, "Dune", 412, null, Money.of(999, "EUR"));

        KotlinBook saved = KotlinBook_.objects().save(book);

        assertNotNull(saved.getId());
        assertEquals(saved, KotlinBook_.objects().getById(saved.getId()));
        Document stored = db.raw("kotlin_book").find().first();
        assertEquals(saved.getId(), stored.getObjectId("_id"));
        assertEquals(new Document("cents", 999L).append("currency", "EUR"), stored.get("price"));
        assertEquals(60, KotlinBook_.Meta.INSTANCE.field("title").orElseThrow().maxLength());
        assertThrows(ValidationError.class, () -> KotlinBook_.objects().save(book.copy(null, "t".repeat(61), 1, null, null)));
    }

    @Test
    void aStoredValueThatDoesNotFitIsNamed() {
        db.raw("kotlin_book").insertOne(new Document("_id", new ObjectId()).append("title", "Dune").append("pages", "many"));

        DecodingException error = assertThrows(DecodingException.class, () -> KotlinBook_.objects().list());

        assertTrue(error.getMessage().contains("KotlinBook.pages"), error.getMessage());
    }

    @Test
    void theReceiverTypeIsTheModel() {
        List<String> titles = new ArrayList<>();
        KotlinBook_.signals().preSave((SaveEvent<KotlinBook> event) -> titles.add(event.instance().getTitle()));
        try {
            KotlinBook_.objects().save(new KotlinBook(null, "Emma", 1, 5, null));
        } finally {
            KotlinBook_.signals().disconnectAll();
        }
        assertEquals(List.of("Emma"), titles);
    }
}
