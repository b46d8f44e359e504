package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.it.model.AllTypes;
import io.djongo.it.model.AllTypes_;
import io.djongo.it.model.Color;
import io.djongo.it.model.Tag;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A filter value is encoded by the field's own codec, so it compares equal to what the codec
 * stored: every field type is found by its own value on the server (and the other document is not).
 */
class TypedPathsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private AllTypes a;
    private AllTypes b;

    @BeforeEach
    void twoDocuments() {
        a = RoundTripTest.everything().save();
        b = new AllTypes();
        b.string = "other";
        b.primitiveChar = 'b';
        b.instant = Instant.EPOCH;
        b.localDate = LocalDate.of(2000, 1, 1);
        b.save();
    }

    private Executable findsOnlyA(String what, Filter<AllTypes> filter) {
        return () -> assertEquals(List.of(a.id), AllTypes.objects().filter(filter).list().stream().map(x -> x.id).toList(),
                what + ": " + filter);
    }

    @Test
    void scalarsAreFoundByTheirOwnValue() {
        assertAll(
                findsOnlyA("string", AllTypes_.string.eq(a.string)),
                findsOnlyA("primitiveBoolean", AllTypes_.primitiveBoolean.eq(true)),
                findsOnlyA("boxedBoolean", AllTypes_.boxedBoolean.eq(false)),
                findsOnlyA("primitiveByte", AllTypes_.primitiveByte.eq(a.primitiveByte)),
                findsOnlyA("boxedByte", AllTypes_.boxedByte.eq(a.boxedByte)),
                findsOnlyA("primitiveShort", AllTypes_.primitiveShort.eq(a.primitiveShort)),
                findsOnlyA("boxedShort", AllTypes_.boxedShort.eq(a.boxedShort)),
                findsOnlyA("primitiveChar", AllTypes_.primitiveChar.eq(a.primitiveChar)),
                findsOnlyA("boxedChar", AllTypes_.boxedChar.eq('$')),
                findsOnlyA("primitiveInt", AllTypes_.primitiveInt.eq(a.primitiveInt)),
                findsOnlyA("boxedInt", AllTypes_.boxedInt.eq(a.boxedInt)),
                findsOnlyA("primitiveLong", AllTypes_.primitiveLong.eq(a.primitiveLong)),
                findsOnlyA("boxedLong", AllTypes_.boxedLong.eq(a.boxedLong)),
                findsOnlyA("primitiveFloat", AllTypes_.primitiveFloat.eq(a.primitiveFloat)),
                findsOnlyA("boxedFloat", AllTypes_.boxedFloat.eq(a.boxedFloat)),
                findsOnlyA("primitiveDouble", AllTypes_.primitiveDouble.eq(a.primitiveDouble)),
                findsOnlyA("boxedDouble", AllTypes_.boxedDouble.eq(a.boxedDouble)),
                findsOnlyA("objectId", AllTypes_.objectId.eq(a.objectId)),
                findsOnlyA("instant with nanoseconds", AllTypes_.instant.eq(a.instant)),
                findsOnlyA("date", AllTypes_.date.eq(new Date(a.date.getTime()))),
                findsOnlyA("localDate", AllTypes_.localDate.eq(a.localDate)),
                findsOnlyA("localDateTime with nanoseconds", AllTypes_.localDateTime.eq(a.localDateTime)),
                findsOnlyA("uuid", AllTypes_.uuid.eq(a.uuid)),
                findsOnlyA("color", AllTypes_.color.eq(Color.GREEN)),
                findsOnlyA("color in", AllTypes_.color.in(Color.RED, Color.GREEN)),
                findsOnlyA("bytes", AllTypes_.bytes.eq(a.bytes.clone())));
    }

    @Test
    void orderedScalarsCompareAsStored() {
        Instant instantMillis = a.instant.truncatedTo(ChronoUnit.MILLIS);
        assertAll(
                findsOnlyA("instant range", AllTypes_.instant.range(instantMillis, instantMillis)),
                findsOnlyA("instant gt", AllTypes_.instant.gt(Instant.EPOCH)),
                findsOnlyA("localDate lt", AllTypes_.localDate.lt(LocalDate.of(2000, 1, 1))),
                findsOnlyA("localDateTime lte", AllTypes_.localDateTime.lte(LocalDateTime.of(1970, 1, 1, 0, 0))),
                findsOnlyA("primitiveLong gt", AllTypes_.primitiveLong.gt(Long.MAX_VALUE - 1)),
                findsOnlyA("primitiveInt lt", AllTypes_.primitiveInt.lt(0)),
                findsOnlyA("objectId lte", AllTypes_.objectId.lte(new ObjectId())),
                findsOnlyA("string lt", AllTypes_.string.lt("i")));
    }

    @Test
    void containersEmbeddedModelsAndMaps() {
        assertAll(
                findsOnlyA("stringList contains", AllTypes_.stringList.contains("a")),
                findsOnlyA("stringList contains null", AllTypes_.stringList.contains(null).and(AllTypes_.string.ne("other"))),
                findsOnlyA("intSet contains", AllTypes_.intSet.contains(2)),
                findsOnlyA("colorList contains", AllTypes_.colorList.contains(Color.BLUE)),
                findsOnlyA("longMap key", AllTypes_.longMap.get("big").eq(Long.MAX_VALUE)),
                findsOnlyA("addressMap key, whole embedded value", AllTypes_.addressMap.get("home").eq(a.address)),
                findsOnlyA("whole embedded model", AllTypes_.address.eq(a.address)),
                findsOnlyA("three levels deep", AllTypes_.address.geo.region.code.eq("OR")),
                findsOnlyA("record embedded field", AllTypes_.address.geo.lat.gt(44.0)),
                findsOnlyA("any element of a List of embedded models", AllTypes_.addressList.any().city.eq("Springfield")),
                findsOnlyA("deep field of any element", AllTypes_.addressList.any().geo.region.level.eq(2)),
                findsOnlyA("any element of a List of array models", AllTypes_.tagList.any().weight.eq(2)),
                findsOnlyA("any element of a Set of array models", AllTypes_.tagSet.any().label.in("b", "z")));
    }

    /**
     * A whole element must equal the value, field for field. mongo-java-server reads a bare
     * sub-document condition on an array ({@code {"tagSet": {"label": "a", "weight": 20}}}) as a
     * partial match and finds [{a, 10}, {b, 20}]; wrapped in {@code $eq}, as Path.eq already does
     * for documents, every server compares exactly (shown first, through the raw driver).
     */
    @Test
    void wholeElementsOfArraysOfModels() {
        Capabilities.require(Capability.DOCUMENT_EQUALITY_IN_ARRAYS);
        assertEquals(0, db.raw("all_types").countDocuments(
                new Document("tagSet", new Document("$eq", new Document("label", "a").append("weight", 20)))));
        assertAll(
                findsOnlyA("whole array model element", AllTypes_.tagSet.contains(new Tag("a", 10))),
                findsOnlyA("whole embedded model element", AllTypes_.addressList.contains(a.address)),
                () -> assertEquals(0, AllTypes.objects().filter(AllTypes_.tagSet.contains(new Tag("a", 20))).count()));
    }

    @Test
    void elemMatchOnArrayModels() {
        Capabilities.require(Capability.ELEM_MATCH_ON_DOCUMENTS);
        assertAll(
                findsOnlyA("tagSet elemMatch", AllTypes_.tagSet.elemMatch(t -> t.label.eq("b").and(t.weight.gte(20)))),
                () -> assertEquals(0, AllTypes.objects().filter(AllTypes_.tagSet.elemMatch(t -> t.label.eq("a").and(t.weight.eq(20)))).count()));
    }

    @Test
    void bigDecimalIsFoundByValue() {
        Capabilities.require(Capability.DECIMAL128);
        AllTypes withDecimal = new AllTypes();
        withDecimal.decimal = new BigDecimal("12.50");
        withDecimal.save();

        assertEquals(List.of(withDecimal.id), AllTypes.objects().filter(AllTypes_.decimal.eq(new BigDecimal("12.50")))
                .list().stream().map(x -> x.id).toList());
        assertEquals(1, AllTypes.objects().filter(AllTypes_.decimal.gt(new BigDecimal("12.4999"))).count());
        assertEquals(1, AllTypes.objects().filter(AllTypes_.decimal.eq(new BigDecimal("12.5"))).count(),
                "Decimal128 compares by value, not by scale");
    }
}
