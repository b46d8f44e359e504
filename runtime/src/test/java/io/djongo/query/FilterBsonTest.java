package io.djongo.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.codec.ValueCodecs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Golden BSON of every condition the typed paths build, written as the driver renders it. */
class FilterBsonTest {
    /** Stands for a model class: filters are typed by the model they apply to. */
    private static final class Doc {}

    private static final StringPath<Doc> headline = new StringPath<>("headline");
    private static final NumberPath<Doc, Integer> rating = new NumberPath<>("rating", ValueCodecs.INT);
    private static final NumberPath<Doc, BigDecimal> price = new NumberPath<>("price", ValueCodecs.DECIMAL);
    private static final ComparablePath<Doc, Instant> pubDate = new ComparablePath<>("pubDate", ValueCodecs.INSTANT);
    private static final ComparablePath<Doc, ObjectId> id = new ComparablePath<>("_id", ValueCodecs.OBJECT_ID);
    private static final Path<Doc, UUID> key = new Path<>("key", ValueCodecs.UUID_STANDARD);
    private static final ArrayPath<Doc, String> tags = new ArrayPath<>("tags", ValueCodecs.STRING);
    private static final MapPath<Doc, Integer, NumberPath<Doc, Integer>> votes =
            new MapPath<>("votes", ValueCodecs.INT, key -> new NumberPath<>(key, ValueCodecs.INT));

    private static String json(Filter<?> filter) {
        return filter.toBsonDocument().toJson();
    }

    @Test
    void equalityAndMembership() {
        assertEquals("{\"headline\": \"Abbey Road\"}", json(headline.eq("Abbey Road")));
        assertEquals("{\"headline\": null}", json(headline.eq(null)));
        assertEquals("{\"rating\": {\"$ne\": 3}}", json(rating.ne(3)));
        assertEquals("{\"rating\": {\"$in\": [1, 2]}}", json(rating.in(1, 2)));
        assertEquals("{\"rating\": {\"$in\": [1, 2]}}", json(rating.in(List.of(1, 2))));
        assertEquals("{\"rating\": {\"$nin\": [4]}}", json(rating.notIn(4)));
        assertEquals("{\"_id\": {\"$oid\": \"5f0000000000000000000001\"}}",
                json(id.eq(new ObjectId("5f0000000000000000000001"))));
    }

    @Test
    void comparisonsEncodeValuesWithTheFieldsCodec() {
        assertEquals("{\"rating\": {\"$gt\": 3}}", json(rating.gt(3)));
        assertEquals("{\"rating\": {\"$gte\": 3}}", json(rating.gte(3)));
        assertEquals("{\"rating\": {\"$lt\": 3}}", json(rating.lt(3)));
        assertEquals("{\"rating\": {\"$lte\": 3}}", json(rating.lte(3)));
        assertEquals("{\"rating\": {\"$gte\": 1, \"$lte\": 5}}", json(rating.range(1, 5)));
        assertEquals("{\"price\": {\"$lt\": {\"$numberDecimal\": \"9.99\"}}}", json(price.lt(new BigDecimal("9.99"))));
        assertEquals("{\"pubDate\": {\"$gte\": {\"$date\": \"2024-01-01T00:00:00Z\"}}}",
                json(pubDate.gte(Instant.parse("2024-01-01T00:00:00Z"))));
        assertEquals("{\"key\": {\"$binary\": {\"base64\": \"AAAAAAAAAAAAAAAAAAAAAQ==\", \"subType\": \"04\"}}}",
                json(key.eq(new UUID(0, 1))));
    }

    @Test
    void comparingWithNullIsRefusedWithAHint() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> rating.gt((Integer) null));
        assertEquals("rating.gt(null) matches nothing; use isNull(true) to find missing values", error.getMessage());
    }

    @Test
    void nullTests() {
        assertEquals("{\"headline\": null}", json(headline.isNull(true)));
        assertEquals("{\"headline\": {\"$ne\": null}}", json(headline.isNull(false)));
    }

    @Test
    void stringPatternsMatchTheValueLiterally() {
        assertEquals("{\"headline\": {\"$regex\": \"^Beatles\"}}", json(headline.startsWith("Beatles")));
        assertEquals("{\"headline\": {\"$regex\": \"^beat\", \"$options\": \"i\"}}", json(headline.iStartsWith("beat")));
        assertEquals("{\"headline\": {\"$regex\": \"\\\\.org\\\\z\"}}", json(headline.endsWith(".org")));
        assertEquals("{\"headline\": {\"$regex\": \"x\\\\z\", \"$options\": \"i\"}}", json(headline.iEndsWith("x")));
        assertEquals("{\"headline\": {\"$regex\": \"a\\\\+b\"}}", json(headline.contains("a+b")));
        assertEquals("{\"headline\": {\"$regex\": \"a\", \"$options\": \"i\"}}", json(headline.iContains("a")));
        assertEquals("{\"headline\": {\"$regex\": \"^abc\\\\z\", \"$options\": \"i\"}}", json(headline.iExact("abc")));
        assertEquals("\\^\\$\\.\\|\\?\\*\\+\\(\\)\\[\\]\\{\\}\\\\ plain",
                StringPath.escape("^$.|?*+()[]{}\\ plain", "contains"));
    }

    @Test
    void arraysAndMaps() {
        assertEquals("{\"tags\": \"jazz\"}", json(tags.contains("jazz")));
        assertEquals("{\"tags\": {\"$eq\": [\"a\", \"b\"]}}", json(tags.eq(List.of("a", "b"))));
        assertEquals("{\"votes.up\": 2}", json(votes.get("up").eq(2)));
        assertEquals("{\"votes.up\": {\"$gte\": 3}}", json(votes.get("up").gte(3)));
        assertEquals("{\"votes.up\": {\"$exists\": true}}", json(votes.containsKey("up")));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> votes.get("$where"));
        assertTrue(bad.getMessage().contains("not a plain field name"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> votes.get("a.b"));
    }

    @Test
    void andMergesDifferentFieldsAndKeepsRepeatedOnesApart() {
        assertEquals("{\"headline\": \"a\", \"rating\": 3}", json(headline.eq("a").and(rating.eq(3))));
        assertEquals("{\"$and\": [{\"rating\": {\"$gte\": 1}}, {\"rating\": {\"$lte\": 5}}]}",
                json(rating.gte(1).and(rating.lte(5))));
        assertEquals("{\"$or\": [{\"headline\": \"a\"}, {\"rating\": 3}]}", json(headline.eq("a").or(rating.eq(3))));
        assertEquals("{\"$nor\": [{\"rating\": {\"$lt\": 3}}]}", json(rating.lt(3).not()));
        assertEquals("{}", json(Filter.all()));
        assertEquals("{}", json(Filter.<Doc>allOf()));
        assertEquals("{\"_id\": {\"$in\": []}}", json(Filter.<Doc>anyOf()));
        assertEquals("{\"$or\": [{\"headline\": \"a\"}, {\"headline\": \"b\"}]}",
                json(Filter.anyOf(headline.eq("a"), headline.eq("b"))));
        assertEquals("{\"headline\": \"a\"}", json(Filter.allOf(headline.eq("a"))));
    }

    @Test
    void filtersAreImmutable() {
        Filter<Doc> filter = headline.eq("a");
        BsonDocument copy = filter.toBsonDocument();
        copy.clear();
        assertEquals("{\"headline\": \"a\"}", json(filter));
        assertNotSame(filter.toBsonDocument(), filter.toBsonDocument());
        assertEquals(headline.eq("a"), filter);
    }

    @Test
    void rawDriverFiltersJoinTypedOnes() {
        Filter<Doc> raw = Filter.raw(com.mongodb.client.model.Filters.exists("tags"));
        assertEquals("{\"tags\": {\"$exists\": true}, \"rating\": 1}", json(raw.and(rating.eq(1))));
    }

    @Test
    void sortKeys() {
        assertEquals(new Sort<Doc>("rating", true), rating.desc());
        assertEquals(rating.asc(), rating.desc().reversed());
        assertEquals("-rating", rating.desc().toString());
    }
}
