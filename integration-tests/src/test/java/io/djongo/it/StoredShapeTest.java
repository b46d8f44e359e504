package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.djongo.it.model.AllTypes;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Person;
import io.djongo.it.model.Person_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BSON that the generated codecs store, read back raw, so other tools can read it too. */
class StoredShapeTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static BsonDocument stored(String collection) {
        return db.bson(collection).find().first();
    }

    private static void assertType(BsonDocument document, String key, BsonType expected) {
        BsonValue value = document.get(key);
        assertEquals(expected, value == null ? null : value.getBsonType(), key + " in " + document.toJson());
    }

    @Test
    void scalarTypes() {
        AllTypes all = RoundTripTest.everything();
        all.save();
        BsonDocument doc = stored("all_types");

        assertAll(
                () -> assertType(doc, "_id", BsonType.OBJECT_ID),
                () -> assertEquals(all.id, doc.getObjectId("_id").getValue()),
                () -> assertType(doc, "string", BsonType.STRING),
                () -> assertType(doc, "primitiveBoolean", BsonType.BOOLEAN),
                () -> assertType(doc, "boxedBoolean", BsonType.BOOLEAN),
                () -> assertType(doc, "primitiveByte", BsonType.INT32),
                () -> assertType(doc, "boxedByte", BsonType.INT32),
                () -> assertType(doc, "primitiveShort", BsonType.INT32),
                () -> assertType(doc, "boxedShort", BsonType.INT32),
                () -> assertType(doc, "primitiveChar", BsonType.STRING),
                () -> assertEquals("\u00e9", doc.getString("primitiveChar").getValue(), "a char is a one-character string"),
                () -> assertType(doc, "boxedChar", BsonType.STRING),
                () -> assertType(doc, "primitiveInt", BsonType.INT32),
                () -> assertType(doc, "boxedInt", BsonType.INT32),
                () -> assertType(doc, "primitiveLong", BsonType.INT64),
                () -> assertType(doc, "boxedLong", BsonType.INT64),
                () -> assertType(doc, "primitiveFloat", BsonType.DOUBLE),
                () -> assertEquals((double) 3.14159f, doc.getDouble("primitiveFloat").getValue(), "float widened exactly"),
                () -> assertType(doc, "boxedFloat", BsonType.DOUBLE),
                () -> assertType(doc, "primitiveDouble", BsonType.DOUBLE),
                () -> assertType(doc, "boxedDouble", BsonType.DOUBLE),
                () -> assertType(doc, "objectId", BsonType.OBJECT_ID),
                () -> assertType(doc, "color", BsonType.STRING),
                () -> assertEquals("GREEN", doc.getString("color").getValue(), "enum by name"),
                () -> assertType(doc, "bytes", BsonType.BINARY),
                () -> assertEquals(BsonBinarySubType.BINARY.getValue(), doc.getBinary("bytes").getType(), "byte[] is generic binary"),
                () -> assertType(doc, "uuid", BsonType.BINARY),
                () -> assertEquals(BsonBinarySubType.UUID_STANDARD.getValue(), doc.getBinary("uuid").getType(), "UUID is subtype 4"),
                () -> assertEquals(all.uuid, doc.getBinary("uuid").asUuid()));
    }

    @Test
    void datesAreBsonDatesInUtc() {
        AllTypes all = new AllTypes();
        all.instant = Instant.parse("2024-01-02T03:04:05.678Z");
        all.date = java.util.Date.from(Instant.parse("2001-09-09T01:46:40Z"));
        all.localDate = LocalDate.of(2024, 1, 2);
        all.localDateTime = LocalDateTime.parse("2024-01-02T03:04:05.678");
        all.save();
        BsonDocument doc = stored("all_types");

        assertAll(
                () -> assertEquals(all.instant.toEpochMilli(), doc.getDateTime("instant").getValue()),
                () -> assertEquals(1_000_000_000_000L, doc.getDateTime("date").getValue()),
                () -> assertEquals(Instant.parse("2024-01-02T00:00:00Z").toEpochMilli(), doc.getDateTime("localDate").getValue(),
                        "a LocalDate is midnight UTC"),
                () -> assertEquals(Instant.parse("2024-01-02T03:04:05.678Z").toEpochMilli(),
                        doc.getDateTime("localDateTime").getValue(), "a LocalDateTime is read as UTC"));
    }

    @Test
    void bigDecimalIsDecimal128() {
        Capabilities.require(Capability.DECIMAL128);
        AllTypes all = new AllTypes();
        all.decimal = new BigDecimal("12.3400");
        all.save();
        BsonDocument doc = stored("all_types");

        assertType(doc, "decimal", BsonType.DECIMAL128);
        assertEquals(Decimal128.parse("12.3400"), doc.getDecimal128("decimal").getValue());
    }

    @Test
    void containersAndEmbeddedModels() {
        AllTypes all = RoundTripTest.everything();
        all.save();
        BsonDocument doc = stored("all_types");

        assertEquals(BsonDocument.parse("{\"v\": [\"b\", \"a\", \"b\", null]}").get("v"), doc.get("stringList"),
                "a List is an array; null elements are kept");
        assertEquals(BsonDocument.parse("{\"v\": [3, 1, 2]}").get("v"), doc.get("intSet"), "a Set is an array in iteration order");
        assertEquals(BsonDocument.parse("{\"v\": [\"BLUE\", \"RED\"]}").get("v"), doc.get("colorList"));
        assertEquals(BsonDocument.parse("{\"big\": {\"$numberLong\": \"9223372036854775807\"}, \"none\": null}"),
                doc.get("longMap"), "a Map is a sub-document");
        assertEquals(BsonDocument.parse("{\"street\": \"1 Main St\", \"city\": \"Springfield\", "
                + "\"geo\": {\"lat\": 44.05, \"lon\": -123.09, \"region\": {\"code\": \"OR\", \"level\": 2}}}"),
                doc.get("address"), "embedded models nest as sub-documents, fields in declaration order");
        assertEquals(doc.get("address"), doc.getDocument("addressMap").get("home"));
        assertEquals(BsonType.ARRAY, doc.get("addressList").getBsonType());
        assertEquals(doc.get("address"), doc.getArray("addressList").get(1));
        assertEquals(BsonDocument.parse("{\"v\": [{\"label\": \"a\", \"weight\": 10}, {\"label\": \"b\", \"weight\": 20}]}").get("v"),
                doc.get("tagSet"), "array models are sub-documents in an array");
    }

    @Test
    void idIsWrittenFirstAndFieldsInDeclarationOrder() {
        new Entry("Beatles Blog", "Hey Jude", 5, Instant.EPOCH).tags("rock").score("lyrics", 4).save();

        BsonDocument doc = stored("entry");

        assertEquals(List.of("_id", "blog", "headline", "authors", "tags", "rating", "pubDate", "scores"), List.copyOf(doc.keySet()));
        assertEquals(BsonDocument.parse("{\"name\": \"Beatles Blog\", \"tagline\": null}"), doc.get("blog"));
    }

    @Test
    void pojoIsStoredThroughItsGetters() {
        Person person = new Person("Grace", 85);
        Person_.objects().save(person);

        BsonDocument doc = stored("person");

        assertEquals(BsonDocument.parse("{\"_id\": {\"$oid\": \"" + person.getId().toHexString() + "\"}, \"name\": \"Grace\", "
                + "\"age\": 85, \"active\": false, \"nicknames\": []}"), doc);
        assertFalse(doc.containsKey("id"), "the id is stored as _id only");
    }
}
