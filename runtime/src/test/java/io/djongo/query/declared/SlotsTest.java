package io.djongo.query.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.FieldError;
import io.djongo.codec.ValueCodecs;
import io.djongo.query.ArrayPath;
import io.djongo.query.DatePath;
import io.djongo.query.Filter;
import io.djongo.query.NumberPath;
import io.djongo.query.StringPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/**
 * Each slot function computes what the typed path of the same lookup writes, so a declared query
 * and a typed one send the same BSON for every argument: checked here against the typed paths for
 * tricky values (every regular-expression metacharacter, dates at year and week boundaries, nulls).
 */
class SlotsTest {
    private static final class Doc {}

    private static final StringPath<Doc> headline = new StringPath<>("h");
    private static final DatePath<Doc, Instant> date = new DatePath<>("d", ValueCodecs.INSTANT);
    private static final NumberPath<Doc, Integer> rating = new NumberPath<>("r", ValueCodecs.INT);
    private static final ArrayPath<Doc, String> tags = new ArrayPath<>("t", ValueCodecs.STRING);

    private static final List<String> TEXTS = List.of("", "plain", "a.b*c", "^$", "\\", "(x)|[y]{z}?+", "é ünïcödé 日本",
            "new\nline", "tab\tend", "$gt");

    private static BsonValue at(Filter<Doc> filter, String key, String operator) {
        BsonDocument document = filter.toBsonDocument();
        BsonValue value = document.get(key);
        return operator == null ? value : value.asDocument().get(operator);
    }

    @Test
    void patternsAreTheStringPathsPatterns() {
        for (String text : TEXTS) {
            assertEquals(at(headline.startsWith(text), "h", "$regex"), Slots.startsWith(text, "w"), text);
            assertEquals(at(headline.endsWith(text), "h", "$regex"), Slots.endsWith(text, "w"), text);
            assertEquals(at(headline.contains(text), "h", "$regex"), Slots.contains(text, "w"), text);
            assertEquals(at(headline.regex(text), "h", "$regex"), Slots.regex(text, "w"), text);
            assertEquals(at(headline.iExact(text), "h", null), Slots.iExact(text, "w"), text);
        }
        assertEquals(at(headline.iExact((String) null), "h", null), Slots.iExact(null, "w"));
    }

    @Test
    void daysAndYearsAreTheDatePathsRanges() {
        for (LocalDate day : List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2020, 12, 31), LocalDate.of(1969, 12, 31),
                LocalDate.of(2024, 2, 29))) {
            BsonDocument range = at(date.date().eq(day), "d", null).asDocument();
            assertEquals(range.get("$gte"), Slots.day(day, "w"));
            assertEquals(range.get("$lt"), Slots.nextDay(day, "w"));
        }
        for (int year : List.of(2020, 2021, 2024, 1970, 1969, -1, 0)) {
            BsonDocument plain = at(date.year().eq(year), "d", null).asDocument();
            assertEquals(plain.get("$gte"), Slots.yearStart(year, 0, false, "w"), "year " + year);
            assertEquals(plain.get("$lt"), Slots.yearStart(year, 1, false, "w"), "year " + year);
            BsonDocument iso = at(date.isoYear().eq(year), "d", null).asDocument();
            assertEquals(iso.get("$gte"), Slots.yearStart(year, 0, true, "w"), "ISO year " + year);
            assertEquals(iso.get("$lt"), Slots.yearStart(year, 1, true, "w"), "ISO year " + year);
        }
        assertThrows(FieldError.class, () -> Slots.yearStart(300_000_000, 0, false, "w"));
    }

    @Test
    void timesAndPartsAreWhatTheExpressionsCompare() {
        for (LocalTime time : List.of(LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.of(23, 59, 59, 999_000_000))) {
            BsonDocument expr = date.time().eq(time).toBsonDocument().getDocument("$expr");
            assertEquals(expr.getArray("$eq").get(1), Slots.time(time, "w"));
        }
        assertThrows(FieldError.class, () -> Slots.time(LocalTime.of(1, 1, 1, 1), "w"));
        assertEquals(date.month().in(Arrays.asList(1, null, 3)).toBsonDocument().getDocument("$expr").getArray("$in").get(1),
                Slots.wholes(Arrays.asList(1, null, 3), "w"));
    }

    @Test
    void valuesAreEncodedByTheFieldsCodec() {
        assertEquals(at(rating.gte(4), "r", "$gte"), Slots.required(ValueCodecs.INT, 4, "r", "w"));
        assertEquals(at(rating.in(Arrays.asList(1, null, 2)), "r", "$in"), Slots.in(ValueCodecs.INT, Arrays.asList(1, null, 2),
                "r", "w"));
        assertEquals(at(tags.containsAll(List.of("a", "b")), "t", "$all"), Slots.array(ValueCodecs.STRING, List.of("a", "b"),
                "t", "w"));
        assertEquals(at(tags.eq(List.of("a")), "t", null), Slots.arrayEq(ValueCodecs.STRING, List.of("a"), "t"));
        assertEquals(at(tags.eq(null), "t", null), Slots.arrayEq(ValueCodecs.STRING, null, "t"));
        assertEquals(at(headline.eq(null), "h", null), Slots.eq(ValueCodecs.STRING, null, "h"));
        assertEquals(BsonNull.VALUE, Slots.isNull(true));
        assertEquals(at(rating.isNull(false), "r", null), Slots.isNull(false));
    }

    @Test
    void numbersAreTypedByTheirJavaType() {
        assertEquals(BsonDocument.parse("{v: 2}").get("v"), Slots.number(2, "w"));
        assertEquals(BsonDocument.parse("{v: {$numberLong: '2'}}").get("v"), Slots.number(2L, "w"));
        assertEquals(BsonDocument.parse("{v: 2.5}").get("v"), Slots.number(2.5, "w"));
        assertEquals(BsonDocument.parse("{v: {$numberDecimal: '2.50'}}").get("v"), Slots.number(new BigDecimal("2.50"), "w"));
        assertEquals(BsonDocument.parse("{v: 'a'}").get("v"), Slots.pushAll(ValueCodecs.STRING, List.of("a"), "t", "w"));
        assertEquals(BsonDocument.parse("{v: {$each: ['a', 'b']}}").get("v"), Slots.pushAll(ValueCodecs.STRING,
                List.of("a", "b"), "t", "w"));
    }

    /** Where null matches nothing, an argument of null is a FieldError naming the condition it was given to. */
    @Test
    void nullWhereItMatchesNothingIsAFieldError() {
        FieldError error = assertThrows(FieldError.class, () -> Slots.required(ValueCodecs.INT, null, "r",
                "EntryQueries.good: rating__gte = :min"));
        assertEquals("EntryQueries.good: rating__gte = :min: the argument is null, which matches nothing here; documents "
                + "without a value are found with the isnull lookup", error.getMessage());
        assertThrows(FieldError.class, () -> Slots.startsWith(null, "w"));
        assertThrows(FieldError.class, () -> Slots.in(ValueCodecs.INT, null, "r", "w"));
        assertThrows(FieldError.class, () -> Slots.day(null, "w"));
    }
}
