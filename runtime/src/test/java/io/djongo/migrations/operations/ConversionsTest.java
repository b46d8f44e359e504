package io.djongo.migrations.operations;

import static io.djongo.migrations.Fields.BOOLEAN;
import static io.djongo.migrations.Fields.BYTE;
import static io.djongo.migrations.Fields.DECIMAL;
import static io.djongo.migrations.Fields.DOUBLE;
import static io.djongo.migrations.Fields.FLOAT;
import static io.djongo.migrations.Fields.INSTANT;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.LOCAL_DATE;
import static io.djongo.migrations.Fields.LONG;
import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.UUID;
import static io.djongo.migrations.Fields.bson;
import static io.djongo.migrations.Fields.embedded;
import static io.djongo.migrations.Fields.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bson.BsonNull;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/** AlterField converts stored values only where nothing is lost, and keeps values already converted. */
class ConversionsTest {

    private static BsonValue convert(String json, io.djongo.schema.TypeSchema type) {
        return Conversions.convert(bson(json), type);
    }

    private static String conflict(String json, io.djongo.schema.TypeSchema type) {
        return assertThrows(Rewrite.Conflict.class, () -> convert(json, type)).getMessage();
    }

    @Test
    void numbersConvertWhenTheyFitExactly() {
        assertEquals(bson("{\"$numberLong\": \"5\"}"), convert("5", LONG));
        assertEquals(bson("5"), convert("{\"$numberLong\": \"5\"}", INT));
        assertEquals(bson("5.0"), convert("5", DOUBLE));
        assertEquals(bson("{\"$numberDecimal\": \"0.1\"}"), convert("{\"$numberDecimal\": \"0.1\"}", DECIMAL));
        assertEquals(bson("0.1"), convert("{\"$numberDecimal\": \"0.1\"}", DOUBLE));
        assertEquals(bson("7"), convert("7.0", INT));
        assertTrue(conflict("7.5", INT).contains("has a fraction"));
        assertTrue(conflict("{\"$numberLong\": \"3000000000\"}", INT).contains("does not fit in an int"));
        assertTrue(conflict("300", BYTE).contains("does not fit in a byte"));
        assertTrue(conflict("{\"$numberLong\": \"9007199254740993\"}", DOUBLE).contains("no exact double"));
        assertEquals(bson("0.5"), convert("0.5", FLOAT));
    }

    @Test
    void stringsAndNumbersConvertBothWays() {
        assertEquals(bson("\"42\""), convert("42", STRING));
        assertEquals(bson("\"2.5\""), convert("2.5", STRING));
        assertEquals(bson("\"7\""), convert("7.0", STRING));
        assertEquals(bson("42"), convert("\" 42 \"", INT));
        assertTrue(conflict("\"forty-two\"", INT).contains("\"forty-two\" (STRING) is not a number"));
    }

    @Test
    void stringsParseIntoObjectIdsUuidsDatesAndBooleans() {
        assertEquals(bson("{\"$oid\": \"5f43a1b2c3d4e5f6a7b8c9d0\"}"), convert("\"5f43a1b2c3d4e5f6a7b8c9d0\"", OBJECT_ID));
        assertEquals(bson("{\"$binary\": {\"base64\": \"EjRWeBI0VniQEjRWeJASNA==\", \"subType\": \"04\"}}"),
                convert("\"12345678-1234-5678-9012-345678901234\"", UUID));
        assertEquals(bson("{\"$date\": \"2024-03-01T00:00:00Z\"}"), convert("\"2024-03-01\"", INSTANT));
        assertEquals(bson("{\"$date\": \"2024-03-01T10:30:00Z\"}"), convert("\"2024-03-01T10:30:00Z\"", INSTANT));
        assertEquals(bson("true"), convert("\"TRUE\"", BOOLEAN));
        assertEquals(bson("false"), convert("0", BOOLEAN));
        assertTrue(conflict("\"maybe\"", BOOLEAN).contains("not a boolean"));
        assertTrue(conflict("{\"$date\": \"2024-03-01T10:30:00Z\"}", LOCAL_DATE).contains("not midnight UTC"));
        assertEquals(bson("\"2024-03-01T10:30:00Z\""), convert("{\"$date\": \"2024-03-01T10:30:00Z\"}", STRING));
    }

    @Test
    void aValueBecomesAOneElementArrayAndBack() {
        assertEquals(bson("[5]"), convert("5", listOf(INT)));
        assertEquals(bson("[\"1\", \"2\"]"), convert("[1, 2]", listOf(STRING)));
        assertEquals(bson("5"), convert("[5]", INT));
        assertEquals(BsonNull.VALUE, convert("[]", INT));
        assertTrue(conflict("[1, 2]", INT).contains("holds 2 values, not one INT"));
    }

    /** Running a conversion twice changes nothing the second time: AlterField can resume. */
    @Test
    void convertedValuesAreKept() {
        BsonValue converted = convert("\"42\"", INT);
        assertSame(converted.getClass(), Conversions.convert(converted, INT).getClass());
        assertEquals(converted, Conversions.convert(converted, INT));
        assertEquals(BsonNull.VALUE, Conversions.convert(BsonNull.VALUE, INT));
    }

    @Test
    void aScalarCannotBecomeAnEmbeddedModelWithoutAConverter() {
        assertTrue(conflict("\"Beatles\"", embedded("Blog")).contains("convertingWith"));
    }
}
