package io.djongo.processor.analysis.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.processor.model.queries.Template;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * The processor writes templates as text that the runtime's {@code Template.parse} reads back into
 * the very same BSON, slots included, for every type a query can hold.
 */
class TemplateTextTest {

    private static void roundTrips(BsonDocument document, BsonValue... slotValues) {
        String text = Template.text(document);
        BsonDocument read = io.djongo.query.declared.Template.parse(text).render(slotValues);
        assertEquals(filled(document, slotValues), read, text);
    }

    /** {@code value} with each slot marker replaced by its value. */
    private static BsonValue filledValue(BsonValue value, BsonValue[] slots) {
        int slot = Template.slotOf(value);
        if (slot >= 0) {
            return slots[slot];
        }
        if (value.isDocument()) {
            return filled(value.asDocument(), slots);
        }
        if (value.isArray()) {
            BsonArray array = new BsonArray();
            for (BsonValue item : value.asArray()) {
                array.add(filledValue(item, slots));
            }
            return array;
        }
        return value;
    }

    private static BsonDocument filled(BsonDocument document, BsonValue[] slots) {
        BsonDocument copy = new BsonDocument();
        for (var entry : document.entrySet()) {
            copy.append(entry.getKey(), filledValue(entry.getValue(), slots));
        }
        return copy;
    }

    @Test
    void everyValueTypeReadsBackTheSame() {
        BsonDocument document = new BsonDocument("int", new BsonInt32(-3))
                .append("long", new BsonInt64(9_007_199_254_740_993L))
                .append("small long", new BsonInt64(5))
                .append("double", new BsonDouble(2.5))
                .append("whole double", new BsonDouble(3))
                .append("tiny", new BsonDouble(1e-300))
                .append("negative zero", new BsonDouble(-0.0))
                .append("nan", new BsonDouble(Double.NaN))
                .append("infinity", new BsonDouble(Double.NEGATIVE_INFINITY))
                .append("true", BsonBoolean.TRUE)
                .append("null", BsonNull.VALUE)
                .append("text", new BsonString("it's \\ \"quoted\" \n\t\u0001 é 日本 ?0 {$slot}"))
                .append("date", new BsonDateTime(1_704_067_200_000L))
                .append("old date", new BsonDateTime(-62_135_596_800_001L))
                .append("id", new BsonObjectId(new ObjectId("5f0000000000000000000000")))
                .append("decimal", new BsonDecimal128(new Decimal128(new java.math.BigDecimal("1.50"))))
                .append("uuid", new BsonBinary(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), UuidRepresentation.STANDARD))
                .append("$and", new BsonArray(java.util.List.of(new BsonDocument("a.b", new BsonInt32(1)), new BsonArray())))
                .append("regex", new BsonDocument("$regex", new BsonString("^a\\z")).append("$options", new BsonString("i")))
                .append("empty", new BsonDocument());
        roundTrips(document);
    }

    @Test
    void slotsReadBackAsSlots() {
        BsonDocument document = new BsonDocument("filter", new BsonDocument("rating", new BsonDocument("$gte", Template.marker(0)))
                .append("tags", new BsonArray(java.util.List.of(Template.marker(1), new BsonString("x")))));
        roundTrips(document, new BsonInt32(4), new BsonDocument("$eq", new BsonString("y")));
        assertEquals("{filter: {rating: {$gte: ?0}, tags: [?1, 'x']}}", Template.text(document));
    }
}
