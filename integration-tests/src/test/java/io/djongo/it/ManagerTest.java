package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.EncodingException;
import io.djongo.IntegrityError;
import io.djongo.MultipleObjectsReturned;
import io.djongo.it.model.Address;
import io.djongo.it.model.AllTypes;
import io.djongo.it.model.Counter;
import io.djongo.it.model.Counter_;
import io.djongo.it.model.Country;
import io.djongo.it.model.Country_;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Entry_;
import io.djongo.it.model.Note;
import io.djongo.it.model.Note_;
import io.djongo.it.model.Person;
import io.djongo.it.model.Person_;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.support.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Save, create, delete, refresh and get: the single-instance operations of a Manager. */
class ManagerTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static Entry entry(String headline, int rating) {
        return new Entry("Beatles Blog", headline, rating, Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static long stored(String collection) {
        return db.raw(collection).countDocuments();
    }

    // ---- save

    @Test
    void saveInsertsAnEntryWithoutIdAndAssignsAnObjectIdToTheSameInstance() {
        Entry entry = entry("Hey Jude", 5);

        Entry saved = entry.save();

        assertSame(entry, saved);
        assertNotNull(entry.id);
        assertEquals(entry.id, db.raw("entry").find().first().getObjectId("_id"));
    }

    @Test
    void saveOfAPojoAssignsTheIdThroughItsSetter() {
        Person person = new Person("Ada", 36);

        assertSame(person, Person_.objects().save(person));

        assertNotNull(person.getId());
        assertEquals("Ada", Person_.objects().get(Person_.id.eq(person.getId())).getName());
    }

    @Test
    void saveOfARecordReturnsACopyCarryingTheNewId() {
        Note note = new Note(null, "buy milk", 1, List.of("home"));

        Note saved = Note_.objects().save(note);

        assertNotSame(note, saved);
        assertNull(note.id(), "a record cannot change: the original keeps its null id");
        assertNotNull(saved.id());
        assertEquals(new Note(saved.id(), "buy milk", 1, List.of("home")), Note_.objects().get(Note_.id.eq(saved.id())));
    }

    @Test
    void saveAgainReplacesTheWholeDocument() {
        Entry entry = entry("Draft", 1).save();
        db.raw("entry").updateOne(new Document("_id", entry.id), new Document("$set", new Document("legacy", true)));
        entry.headline = "Final";
        entry.rating = 4;

        entry.save();

        assertEquals(1, stored("entry"));
        Document document = db.raw("entry").find().first();
        assertEquals("Final", document.getString("headline"));
        assertEquals(4, document.getInteger("rating"));
        assertTrue(!document.containsKey("legacy"), "save replaces the document: " + document.toJson());
    }

    @Test
    void saveWithAUserSuppliedIdUpserts() {
        Country country = new Country("FR", "France", 68_000_000);
        assertSame(country, country.save());
        country.population = 68_400_000;
        country.save();
        new Country("DE", "Germany", 84_000_000).save();

        assertEquals(2, stored("countries"));
        assertEquals(68_400_000, Country_.objects().get(Country_.code.eq("FR")).population);
    }

    @Test
    void aModelWhoseIdIsNotGeneratedCannotBeSavedWithoutOne() {
        DjongoException e = assertThrows(DjongoException.class, () -> new Country(null, "Nowhere", 0).save());

        assertEquals("cannot insert a Country without an id: its String code is not generated; assign it before saving",
                e.getMessage());
        assertEquals(0, stored("countries"));
    }

    /**
     * {@code Entry.objects()} is one shared Manager for the whole JVM (as Django's
     * {@code Entry.objects}), so evaluating it must never keep results: every call queries again.
     */
    @Test
    void theSharedManagerNeverKeepsResults() {
        assertEquals(List.of(), Entry_.objects().list());
        assertEquals(0, Entry_.objects().count());

        entry("Later", 1).save();

        assertEquals(1, Entry_.objects().list().size());
        assertEquals(1, Entry_.objects().count());
        assertTrue(Entry_.objects().exists());
        assertEquals("Later", Entry_.objects().first().orElseThrow().headline);
    }

    // ---- create

    @Test
    void createInsertsAndGeneratesAnId() {
        Entry created = Entry_.objects().create(entry("New", 3));

        assertNotNull(created.id);
        assertEquals(1, Entry_.objects().count());
    }

    @Test
    void createWithADuplicateIdIsAnIntegrityErrorNamingTheIdIndex() {
        Entry first = entry("First", 3).save();
        Entry copy = entry("Copy", 2);
        copy.id = first.id;

        IntegrityError e = assertThrows(IntegrityError.class, () -> Entry_.objects().create(copy));

        assertInstanceOf(MongoWriteException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("insert of Entry failed: duplicate key"), e.getMessage());
        assertIdIndex(e);
        assertEquals("First", Entry_.objects().get().headline, "the stored document is unchanged");
    }

    @Test
    void createWithADuplicateUserSuppliedIdIsAnIntegrityError() {
        Country_.objects().create(new Country("IT", "Italy", 59_000_000));

        IntegrityError e = assertThrows(IntegrityError.class,
                () -> Country_.objects().create(new Country("IT", "Italia", 1)));

        System.out.println("[djongo-it] duplicate-key message of " + TestServer.get().description() + ": "
                + e.getCause().getMessage());
        assertIdIndex(e);
        assertEquals("Italy", Country_.objects().get().name);
    }

    /**
     * MongoDB and mongo-java-server name the index in the E11000 message ("... index: _id_ dup
     * key: ..."), which IntegrityError.index() reports. FerretDB 1.24 says only "E11000 duplicate key
     * error collection: db.coll", so there the index is unknown (null) and only the message is left.
     */
    private static void assertIdIndex(IntegrityError e) {
        assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
        if (e.index() == null && TestServer.get().isFerretDb()) {
            assertTrue(e.getCause().getMessage().contains("E11000"), e.getCause().getMessage());
            return;
        }
        assertEquals("_id_", e.index(), "the violated index, parsed from: " + e.getCause().getMessage());
    }

    // ---- delete

    @Test
    void deleteReturnsOneThenZero() {
        Entry entry = entry("Short-lived", 1).save();
        entry("Survivor", 2).save();

        assertEquals(1, entry.delete().count());
        assertEquals(0, entry.delete().count());
        assertEquals(List.of("Survivor"), Entry_.objects().list().stream().map(e -> e.headline).toList());
    }

    @Test
    void deleteThroughTheManagerForAPojoAndALongId() {
        Person person = Person_.objects().save(new Person("Temp", 1));
        new Counter(7, "seven", 7).save();

        assertEquals(1, Person_.objects().delete(person).count());
        assertEquals(1, Counter_.objects().delete(new Counter(7, null, 0)).count());
        assertEquals(0, Counter_.objects().delete(new Counter(7, null, 0)).count());
    }

    @Test
    void deleteOfAnUnsavedInstanceIsAnError() {
        DjongoException e = assertThrows(DjongoException.class, () -> entry("Unsaved", 1).delete());

        assertEquals("cannot delete a Entry that has no id; it was never saved", e.getMessage());
    }

    // ---- refresh

    @Test
    void refreshFromDbReloadsEveryFieldInPlace() {
        Entry entry = entry("Original", 2).tags("a").save();
        db.raw("entry").updateOne(new Document("_id", entry.id), new Document("$set",
                new Document("headline", "Edited elsewhere").append("tags", List.of("b", "c"))));

        entry.refreshFromDb();

        assertEquals("Edited elsewhere", entry.headline);
        assertEquals(List.of("b", "c"), entry.tags);
        assertEquals(2, entry.rating);
    }

    @Test
    void refreshReturnsTheStoredVersionForPojosAndRecords() {
        Person person = Person_.objects().save(new Person("Before", 1));
        Note note = Note_.objects().save(new Note(null, "before", 1, List.of()));
        db.raw("person").updateOne(new Document("_id", person.getId()), new Document("$set", new Document("name", "After")));
        db.raw("note").updateOne(new Document("_id", note.id()), new Document("$set", new Document("text", "after")));

        assertEquals("After", Person_.objects().refresh(person).getName());
        assertEquals("Before", person.getName(), "refresh returns a new instance");
        assertEquals("after", Note_.objects().refresh(note).text());
    }

    @Test
    void refreshOfADeletedDocumentIsDoesNotExist() {
        Entry entry = entry("Gone", 1).save();
        db.raw("entry").deleteMany(new Document());

        DoesNotExist e = assertThrows(DoesNotExist.class, entry::refreshFromDb);

        assertTrue(e.getMessage().startsWith("Entry with _id "), e.getMessage());
        assertTrue(e.getMessage().contains(entry.id.toHexString()), e.getMessage());
    }

    // ---- get

    @Test
    void getFindsExactlyOneOrSaysWhy() {
        entry("One", 1).save();
        entry("Two", 2).save();
        entry("Also two", 2).save();

        assertEquals("One", Entry_.objects().get(Entry_.rating.eq(1)).headline);
        assertEquals("Also two", Entry_.objects().filter(Entry_.rating.eq(2)).get(Entry_.headline.startsWith("Also")).headline);

        DoesNotExist none = assertThrows(DoesNotExist.class, () -> Entry_.objects().get(Entry_.rating.eq(9)));
        assertEquals("Entry matching query does not exist: {\"rating\": 9}", none.getMessage());
        MultipleObjectsReturned many = assertThrows(MultipleObjectsReturned.class,
                () -> Entry_.objects().get(Entry_.rating.eq(2)));
        assertEquals("get() returned more than one Entry for {\"rating\": 2}; narrow the filter or use first()",
                many.getMessage());
        assertThrows(MultipleObjectsReturned.class, () -> Entry_.objects().get());
    }

    // ---- map keys that MongoDB would read as operators or paths

    @Test
    void mapKeysWithDollarOrDotAreRefusedAndNothingIsWritten() {
        Entry stored = entry("Stored", 3).score("ok", 1).save();

        for (String key : List.of("a.b", "$gt", "$where", ".", "x.")) {
            Entry bad = entry("Bad " + key, 1).score(key, 1);
            EncodingException e = assertThrows(EncodingException.class, bad::save, key);
            assertTrue(e.getMessage().startsWith("cannot store Entry.scores: the map key \"" + key + "\" cannot be stored"),
                    e.getMessage());
        }
        stored.scores.put("evil.key", 2);
        stored.headline = "Changed";
        assertThrows(EncodingException.class, stored::save);

        assertEquals(1, stored("entry"), "no document was inserted");
        Document document = db.raw("entry").find().first();
        assertEquals("Stored", document.getString("headline"), "the stored document was not replaced");
        assertEquals(new Document("ok", 1), document.get("scores"));
    }

    @Test
    void mapKeysAreCheckedInsideEmbeddedMapsToo() {
        AllTypes all = new AllTypes();
        all.addressMap = Map.of("$set", new Address("x", "y", null));

        assertThrows(EncodingException.class, all::save);
        assertThrows(EncodingException.class, () -> AllTypes.objects().create(all));

        assertEquals(0, stored("all_types"));
    }

    @Test
    void aMapPathRefusesKeysThatAreNotPlainFieldNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Entry_.scores.get("$gt"));
        assertTrue(e.getMessage().contains("is not a plain field name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Entry_.scores.get("a.b"));
        assertThrows(IllegalArgumentException.class, () -> Entry_.scores.get(""));
    }

    // ---- the raw driver with generated codecs

    @Test
    void rawInsertOneAssignsAnObjectIdThroughTheGeneratedCollectibleCodec() {
        Entry entry = entry("Raw", 4);

        Entry_.objects().collection().insertOne(entry);

        assertNotNull(entry.id, "the driver called generateIdIfAbsentFromDocument");
        assertEquals("Raw", Entry_.objects().get(Entry_.id.eq(entry.id)).headline);
    }

    @Test
    void rawInsertOneOfARecordReportsTheGeneratedIdInTheResult() {
        Note note = new Note(null, "raw record", 2, List.of());

        var result = Note_.objects().collection().insertOne(note);

        ObjectId id = result.getInsertedId().asObjectId().getValue();
        assertEquals(new Note(id, "raw record", 2, List.of()), Note_.objects().get(Note_.id.eq(id)));
    }

    @Test
    void theDatabaseRegistryKnowsEveryModelFromTheGeneratedIndex() {
        Entry entry = entry("Via registry", 5);
        db.database().getCollection("entry", Entry.class).insertOne(entry);
        Person person = new Person("Registry", 3);
        db.database().getCollection("person", Person.class).insertOne(person);

        Entry found = db.database().getCollection("entry", Entry.class).find(Entry_.rating.eq(5)).first();

        assertNotNull(entry.id);
        assertEquals("Via registry", found.headline);
        assertEquals("Registry", db.database().getCollection("person", Person.class)
                .find(Person_.id.eq(person.getId())).first().getName());
    }
}
