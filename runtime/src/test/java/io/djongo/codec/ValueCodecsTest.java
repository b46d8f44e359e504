package io.djongo.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DecodingException;
import io.djongo.EncodingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonReader;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Each value codec writes the documented BSON type, reads it back, and agrees with its filter form. */
class ValueCodecsTest {
    private enum Color { RED, GREEN }

    /** Writes {@code value} as field "v" through {@code codec}, checks the filter form matches, reads it back. */
    private static <V> V roundTrip(ValueCodec<V> codec, V value, BsonValue expected) {
        BsonDocument document = new BsonDocument();
        BsonDocumentWriter writer = new BsonDocumentWriter(document);
        writer.writeStartDocument();
        writer.writeName("v");
        codec.encodeNullable(writer, value, EncoderContext.builder().build());
        writer.writeEndDocument();
        assertEquals(expected, document.get("v"));
        assertEquals(expected, codec.toBsonValueNullable(value));
        return read(codec, document.get("v"));
    }

    private static <V> V read(ValueCodec<V> codec, BsonValue stored) {
        BsonReader reader = new BsonDocumentReader(new BsonDocument("v", stored));
        reader.readStartDocument();
        reader.readBsonType();
        reader.readName();
        return codec.decodeNullable(reader, DecoderContext.builder().build());
    }

    @Test
    void scalars() {
        assertEquals("a", roundTrip(ValueCodecs.STRING, "a", new BsonString("a")));
        assertEquals(7, roundTrip(ValueCodecs.INT, 7, new BsonInt32(7)));
        assertEquals(7L, roundTrip(ValueCodecs.LONG, 7L, new BsonInt64(7)));
        assertEquals(1.5, roundTrip(ValueCodecs.DOUBLE, 1.5, new BsonDouble(1.5)));
        assertEquals(1.5f, roundTrip(ValueCodecs.FLOAT, 1.5f, new BsonDouble(1.5)));
        assertEquals((short) 3, roundTrip(ValueCodecs.SHORT, (short) 3, new BsonInt32(3)));
        assertEquals((byte) 3, roundTrip(ValueCodecs.BYTE, (byte) 3, new BsonInt32(3)));
        assertEquals('x', roundTrip(ValueCodecs.CHAR, 'x', new BsonString("x")));
        assertEquals(true, roundTrip(ValueCodecs.BOOLEAN, true, org.bson.BsonBoolean.TRUE));
        ObjectId id = new ObjectId();
        assertEquals(id, roundTrip(ValueCodecs.OBJECT_ID, id, new org.bson.BsonObjectId(id)));
        assertNull(roundTrip(ValueCodecs.STRING, null, BsonNull.VALUE));
    }

    @Test
    void timesAreStoredAsDatesInUtc() {
        Instant instant = Instant.parse("2024-02-03T04:05:06.789Z");
        org.bson.BsonDateTime date = new org.bson.BsonDateTime(instant.toEpochMilli());
        assertEquals(instant, roundTrip(ValueCodecs.INSTANT, instant, date));
        assertEquals(Date.from(instant), roundTrip(ValueCodecs.DATE, Date.from(instant), date));
        assertEquals(LocalDateTime.of(2024, 2, 3, 4, 5, 6, 789_000_000), roundTrip(ValueCodecs.LOCAL_DATE_TIME,
                LocalDateTime.of(2024, 2, 3, 4, 5, 6, 789_000_000), date));
        assertEquals(LocalDate.of(2024, 2, 3), roundTrip(ValueCodecs.LOCAL_DATE, LocalDate.of(2024, 2, 3),
                new org.bson.BsonDateTime(Instant.parse("2024-02-03T00:00:00Z").toEpochMilli())));
        // Precision is the BSON date's: milliseconds.
        assertEquals(instant, roundTrip(ValueCodecs.INSTANT, instant.plusNanos(999), date));
    }

    @Test
    void decimalsUuidsBinaryAndEnums() {
        assertEquals(new BigDecimal("12.50"), roundTrip(ValueCodecs.DECIMAL, new BigDecimal("12.50"),
                new org.bson.BsonDecimal128(new Decimal128(new BigDecimal("12.50")))));
        UUID uuid = UUID.randomUUID();
        BsonBinary binary = (BsonBinary) ValueCodecs.UUID_STANDARD.toBsonValue(uuid);
        assertEquals(BsonBinarySubType.UUID_STANDARD.getValue(), binary.getType());
        assertEquals(uuid, roundTrip(ValueCodecs.UUID_STANDARD, uuid, binary));
        assertArrayEquals(new byte[] {1, 2}, roundTrip(ValueCodecs.BINARY, new byte[] {1, 2}, new BsonBinary(new byte[] {1, 2})));
        ValueCodec<Color> color = ValueCodecs.enumOf(Color.class, Color.values());
        assertEquals(Color.GREEN, roundTrip(color, Color.GREEN, new BsonString("GREEN")));
    }

    @Test
    void containers() {
        assertEquals(List.of("a", "b"), roundTrip(ValueCodecs.listOf(ValueCodecs.STRING), List.of("a", "b"),
                new org.bson.BsonArray(List.of(new BsonString("a"), new BsonString("b")))));
        java.util.ArrayList<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertEquals(withNull, roundTrip(ValueCodecs.listOf(ValueCodecs.STRING), withNull,
                new org.bson.BsonArray(List.of(BsonNull.VALUE))));
        Set<Integer> set = roundTrip(ValueCodecs.setOf(ValueCodecs.INT), Set.of(1), new org.bson.BsonArray(List.of(new BsonInt32(1))));
        assertEquals(Set.of(1), set);
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("up", 2);
        votes.put("down", null);
        assertEquals(votes, roundTrip(ValueCodecs.mapOf(ValueCodecs.INT), votes,
                new BsonDocument("up", new BsonInt32(2)).append("down", BsonNull.VALUE)));
    }

    @Test
    void mapKeysThatMongoWouldReadAsOperatorsOrPathsAreRefused() {
        ValueCodec<Map<String, Integer>> codec = ValueCodecs.mapOf(ValueCodecs.INT);
        for (String key : List.of("$where", "a.b", "nul\0")) {
            EncodingException error = assertThrows(EncodingException.class, () -> codec.toBsonValue(Map.of(key, 1)));
            assertTrue(error.getMessage().contains("cannot be stored"), error.getMessage());
            BsonDocumentWriter writer = new BsonDocumentWriter(new BsonDocument());
            writer.writeStartDocument();
            writer.writeName("v");
            assertThrows(EncodingException.class, () -> codec.encode(writer, Map.of(key, 1), EncoderContext.builder().build()));
        }
    }

    @Test
    void numbersFromOtherToolsAreReadWhenLossless() {
        assertEquals(7, read(ValueCodecs.INT, new BsonInt64(7)));
        assertEquals(7, read(ValueCodecs.INT, new BsonDouble(7.0)));
        assertEquals(7L, read(ValueCodecs.LONG, new BsonInt32(7)));
        assertEquals(7.0, read(ValueCodecs.DOUBLE, new BsonInt32(7)));
        assertEquals(new BigDecimal("7"), read(ValueCodecs.DECIMAL, new BsonInt32(7)));
    }

    @Test
    void lossyOrMistypedValuesFailWithAReason() {
        assertEquals("the double 3.5 is not a whole int; declare the field double",
                assertThrows(DecodingException.class, () -> read(ValueCodecs.INT, new BsonDouble(3.5))).getMessage());
        assertEquals("the int64 4294967296 does not fit in an int; declare the field long",
                assertThrows(DecodingException.class, () -> read(ValueCodecs.INT, new BsonInt64(1L << 32))).getMessage());
        assertEquals("expected a string but found BSON INT32",
                assertThrows(DecodingException.class, () -> read(ValueCodecs.STRING, new BsonInt32(1))).getMessage());
        assertEquals("\"BLUE\" is not a constant of Color; expected one of [RED, GREEN]",
                assertThrows(DecodingException.class,
                        () -> read(ValueCodecs.enumOf(Color.class, Color.values()), new BsonString("BLUE"))).getMessage()
                        .replace("[GREEN, RED]", "[RED, GREEN]"));
        assertTrue(assertThrows(DecodingException.class,
                () -> read(ValueCodecs.UUID_STANDARD, new BsonBinary(BsonBinarySubType.UUID_LEGACY, new byte[16])))
                .getMessage().contains("binary subtype 3"));
    }

    @Test
    void nullForAPrimitiveNamesTheFix() {
        BsonReader reader = new BsonDocumentReader(new BsonDocument("v", BsonNull.VALUE));
        reader.readStartDocument();
        reader.readBsonType();
        reader.readName();
        DecodingException error = assertThrows(DecodingException.class, () -> BsonValues.readInt(reader));
        assertTrue(error.getMessage().contains("found null; declare the field with a boxed"), error.getMessage());
    }

    @Test
    void decodingFailuresAreLocatedThroughNestedModels() {
        DecodingException inner = new DecodingException("expected a string but found BSON INT32").at("Blog", "name");
        assertEquals("cannot read Blog.name: expected a string but found BSON INT32", inner.getMessage());
        DecodingException outer = inner.at("Entry", "blog");
        assertEquals("cannot read Entry.blog.name: expected a string but found BSON INT32", outer.getMessage());
        assertEquals("Entry", outer.model());
        assertEquals("blog.name", outer.path());
    }
}
