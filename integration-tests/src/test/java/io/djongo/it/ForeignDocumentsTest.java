package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DecodingException;
import io.djongo.it.model.AllTypes;
import io.djongo.it.model.AllTypes_;
import io.djongo.it.model.Author;
import io.djongo.it.model.Color;
import io.djongo.it.model.Discussion_;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Entry_;
import io.djongo.it.model.Note;
import io.djongo.it.model.Note_;
import io.djongo.it.model.Settings;
import io.djongo.it.model.Settings_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Documents written by other tools (the shell, other drivers, older versions of a model),
 * inserted as raw driver documents and read through the generated codecs.
 */
class ForeignDocumentsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static ObjectId insert(String collection, Document document) {
        ObjectId id = new ObjectId();
        Document withId = new Document("_id", id);
        withId.putAll(document);
        db.raw(collection).insertOne(withId);
        return id;
    }

    // ---- readable documents

    @Test
    void fieldsInAnotherOrderAndUnknownFieldsAreRead() {
        Date pubDate = new Date(1_700_000_000_123L);
        ObjectId id = insert("entry", new Document()
                .append("legacyFlag", true)
                .append("pubDate", pubDate)
                .append("scores", new Document("math", 5))
                .append("rating", 4)
                .append("extra", new Document("deep", List.of(new Document("x", 1), new Document("y", List.of(1, 2))))
                        .append("bytes", new BsonBinary(new byte[] {1})).append("when", pubDate))
                .append("tags", List.of("jazz"))
                .append("authors", List.of(new Document("email", "ann@x.org").append("name", "Ann").append("age", 40)))
                .append("blog", new Document("tagline", "t").append("unknown", List.of()).append("name", "Jazz Notes"))
                .append("headline", "Out of order"));

        Entry entry = Entry_.objects().get(Entry_.id.eq(id));

        assertAll(
                () -> assertEquals("Out of order", entry.headline),
                () -> assertEquals("Jazz Notes", entry.blog.name),
                () -> assertEquals("t", entry.blog.tagline),
                () -> assertEquals(List.of(new Author("Ann", "ann@x.org")), entry.authors),
                () -> assertEquals(List.of("jazz"), entry.tags),
                () -> assertEquals(4, entry.rating),
                () -> assertEquals(pubDate.toInstant(), entry.pubDate),
                () -> assertEquals(Map.of("math", 5), entry.scores));
    }

    @Test
    void absentFieldsKeepInitializersAndJavaDefaults() {
        ObjectId id = insert("settings", new Document("theme", "dark"));

        Settings settings = Settings_.objects().get(Settings_.id.eq(id));

        assertAll(
                () -> assertEquals("dark", settings.theme),
                () -> assertEquals(12, settings.fontSize, "initializer"),
                () -> assertTrue(settings.enabled, "initializer"),
                () -> assertNull(settings.limit, "Java default"),
                () -> assertEquals(List.of("core"), settings.plugins, "initializer"),
                () -> assertEquals(Color.BLUE, settings.accent, "initializer"));
    }

    @Test
    void absentFieldsOfAnEntryKeepItsInitializers() {
        ObjectId id = insert("entry", new Document());

        Entry entry = Entry_.objects().get(Entry_.id.eq(id));

        assertAll(
                () -> assertNull(entry.blog),
                () -> assertNull(entry.headline),
                () -> assertEquals(List.of(), entry.authors),
                () -> assertEquals(List.of(), entry.tags),
                () -> assertEquals(0, entry.rating),
                () -> assertEquals(Map.of(), entry.scores));
    }

    @Test
    void absentComponentsOfARecordGetJavaDefaults() {
        ObjectId id = insert("note", new Document("text", "only text"));

        assertEquals(new Note(id, "only text", 0, null), Note_.objects().get(Note_.id.eq(id)));
    }

    @Test
    void numbersOfAnotherBsonTypeAreReadWhenLossless() {
        ObjectId id = insert("all_types", new Document()
                .append("primitiveInt", 4.0)
                .append("boxedInt", 5L)
                .append("primitiveLong", 7)
                .append("boxedLong", 8.0)
                .append("primitiveDouble", 9)
                .append("boxedDouble", 10L)
                .append("primitiveShort", -11L)
                .append("boxedShort", 300.0)
                .append("primitiveByte", 12.0)
                .append("boxedByte", -128L)
                .append("primitiveFloat", 13)
                .append("boxedFloat", 2.5)
                .append("intSet", List.of(1.0, 2L, 3))
                .append("longMap", new Document("a", 1).append("b", 2.0))
                .append("primitiveChar", "c"));

        AllTypes all = AllTypes.objects().get(AllTypes_.id.eq(id));

        assertAll(
                () -> assertEquals(4, all.primitiveInt),
                () -> assertEquals(5, all.boxedInt),
                () -> assertEquals(7L, all.primitiveLong),
                () -> assertEquals(8L, all.boxedLong),
                () -> assertEquals(9.0, all.primitiveDouble),
                () -> assertEquals(10.0, all.boxedDouble),
                () -> assertEquals((short) -11, all.primitiveShort),
                () -> assertEquals((short) 300, all.boxedShort),
                () -> assertEquals((byte) 12, all.primitiveByte),
                () -> assertEquals((byte) -128, all.boxedByte),
                () -> assertEquals(13f, all.primitiveFloat),
                () -> assertEquals(2.5f, all.boxedFloat),
                () -> assertEquals(List.of(1, 2, 3), List.copyOf(all.intSet)),
                () -> assertEquals(Map.of("a", 1L, "b", 2L), all.longMap),
                () -> assertEquals('c', all.primitiveChar));
    }

    @Test
    void wholeDecimal128IsReadIntoIntAndLongFields() {
        Capabilities.require(Capability.DECIMAL128);
        ObjectId id = insert("all_types", new Document()
                .append("primitiveInt", Decimal128.parse("42.000"))
                .append("primitiveLong", Decimal128.parse("-9000000000"))
                .append("primitiveDouble", Decimal128.parse("0.5"))
                .append("decimal", 3));

        AllTypes all = AllTypes.objects().get(AllTypes_.id.eq(id));

        assertEquals(42, all.primitiveInt);
        assertEquals(-9_000_000_000L, all.primitiveLong);
        assertEquals(0.5, all.primitiveDouble);
        assertEquals(new BigDecimal(3), all.decimal);
    }

    // ---- unreadable documents: a DecodingException that names the model and the path

    private static DecodingException readFails(String collection, Document document) {
        ObjectId id = insert(collection, document);
        return switch (collection) {
            case "entry" -> assertThrows(DecodingException.class, () -> Entry_.objects().get(Entry_.id.eq(id)));
            case "all_types" -> assertThrows(DecodingException.class, () -> AllTypes_.objects().get(AllTypes_.id.eq(id)));
            case "note" -> assertThrows(DecodingException.class, () -> Note_.objects().get(Note_.id.eq(id)));
            case "discussion" -> assertThrows(DecodingException.class, () -> Discussion_.objects().get(Discussion_.id.eq(id)));
            default -> throw new IllegalArgumentException(collection);
        };
    }

    @Test
    void aFractionalDoubleInAnIntFieldIsAnErrorNotATruncation() {
        DecodingException e = readFails("entry", new Document("rating", 3.5));

        assertEquals("cannot read Entry.rating: the double 3.5 is not a whole int; declare the field double", e.getMessage());
        assertEquals("Entry", e.model());
        assertEquals("rating", e.path());
    }

    @Test
    void anInt64ThatDoesNotFitIsAnError() {
        assertEquals("cannot read Entry.rating: the int64 4294967296 does not fit in an int; declare the field long",
                readFails("entry", new Document("rating", 4_294_967_296L)).getMessage());
        assertEquals("cannot read AllTypes.primitiveByte: the number 200 does not fit in a byte; declare the field int",
                readFails("all_types", new Document("primitiveByte", 200)).getMessage());
    }

    @Test
    void nullInAPrimitiveFieldIsAClearError() {
        assertEquals("cannot read Entry.rating: expected an int but found null; declare the field with a boxed or "
                + "nullable type to accept null", readFails("entry", new Document("rating", null)).getMessage());
        assertEquals("cannot read Note.priority: expected an int but found null; declare the field with a boxed or "
                + "nullable type to accept null", readFails("note", new Document("priority", null)).getMessage());
        assertTrue(readFails("all_types", new Document("primitiveBoolean", null)).getMessage()
                .startsWith("cannot read AllTypes.primitiveBoolean: expected a boolean but found null"));
    }

    @Test
    void aWrongTypeInsideAnEmbeddedModelNamesTheNestedPath() {
        DecodingException e = readFails("entry", new Document("blog", new Document("name", 42)));

        assertEquals("cannot read Entry.blog.name: expected a string but found BSON INT32", e.getMessage());
        assertEquals("Entry", e.model());
        assertEquals("blog.name", e.path());
    }

    @Test
    void aWrongTypeSeveralLevelsDeepNamesTheWholePath() {
        assertEquals("cannot read AllTypes.address.geo.region.level: expected an int but found BSON STRING",
                readFails("all_types", new Document("address", new Document("geo",
                        new Document("lat", 1.0).append("lon", 2.0).append("region", new Document("level", "two")))))
                        .getMessage());
        assertEquals("cannot read Discussion.pinned.parent.parent.text: expected a string but found BSON BOOLEAN",
                readFails("discussion", new Document("pinned", new Document("parent",
                        new Document("parent", new Document("text", true))))).getMessage());
    }

    @Test
    void aWrongTypeInsideAnArrayNamesTheIndex() {
        DecodingException e = readFails("entry", new Document("authors",
                List.of(new Document("name", "Ann"), new Document("name", "Bob").append("email", List.of()))));

        assertEquals("cannot read Entry.authors.1.email: expected a string but found BSON ARRAY", e.getMessage());
        assertEquals("authors.1.email", e.path(), "MongoDB's own dotted path of the bad value");
        assertEquals("cannot read Entry.tags.2: expected a string but found BSON INT32",
                readFails("entry", new Document("tags", List.of("a", "b", 3))).getMessage());
    }

    @Test
    void aWrongTypeInsideAMapNamesTheKey() {
        assertEquals("cannot read Entry.scores.art: expected an int but found BSON STRING",
                readFails("entry", new Document("scores", new Document("math", 1).append("art", "A+"))).getMessage());
        assertEquals("cannot read AllTypes.addressMap.home.geo.lat: expected a double but found BSON STRING",
                readFails("all_types", new Document("addressMap", new Document("home",
                        new Document("geo", new Document("lat", "north"))))).getMessage());
    }

    @Test
    void aWrongTypeDeepInARecursiveListNamesEveryStep() {
        assertEquals("cannot read Discussion.comments.0.replies.1.parent.author: expected a string but found BSON INT32",
                readFails("discussion", new Document("comments", List.of(new Document("replies", List.of(
                        new Document("author", "ok"), new Document("parent", new Document("author", 7))))))).getMessage());
    }

    @Test
    void aContainerWhereAScalarIsExpectedAndTheReverse() {
        assertEquals("cannot read Entry.tags: expected an array but found BSON STRING",
                readFails("entry", new Document("tags", "jazz")).getMessage());
        assertEquals("cannot read Entry.headline: expected a string but found BSON DOCUMENT",
                readFails("entry", new Document("headline", new Document("text", "x"))).getMessage());
        assertEquals("cannot read Entry.scores: expected a document but found BSON ARRAY",
                readFails("entry", new Document("scores", List.of(1))).getMessage());
    }

    @Test
    void otherScalarMismatches() {
        assertEquals("cannot read Entry._id: expected an ObjectId but found BSON STRING",
                readFailsWithId("entry", "not-an-object-id").getMessage());
        assertEquals("cannot read Entry.pubDate: expected a date but found BSON STRING",
                readFails("entry", new Document("pubDate", "2024-01-01")).getMessage());
        assertTrue(readFails("all_types", new Document("color", "PURPLE")).getMessage()
                .startsWith("cannot read AllTypes.color: \"PURPLE\" is not a constant of Color; expected one of"));
        assertEquals("cannot read AllTypes.primitiveChar: the string \"ab\" is not one character; declare the field String",
                readFails("all_types", new Document("primitiveChar", "ab")).getMessage());
        UUID uuid = UUID.randomUUID();
        assertTrue(readFails("all_types", new Document("uuid", new BsonBinary(uuid, UuidRepresentation.JAVA_LEGACY)))
                .getMessage().startsWith("cannot read AllTypes.uuid: expected a UUID in the standard representation "
                        + "(binary subtype 4) but found binary subtype " + BsonBinarySubType.UUID_LEGACY.getValue()));
        assertTrue(readFails("all_types", new Document("instant", Instant.EPOCH.toEpochMilli()))
                .getMessage().startsWith("cannot read AllTypes.instant: expected a date but found BSON INT64"));
    }

    private static DecodingException readFailsWithId(String collection, String id) {
        db.raw(collection).insertOne(new Document("_id", id));
        return assertThrows(DecodingException.class, () -> Entry_.objects().list());
    }
}
