package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.model.Filters;
import io.djongo.it.model.AllTypes_;
import io.djongo.it.model.Blog;
import io.djongo.it.model.Country_;
import io.djongo.it.model.Discussion_;
import io.djongo.it.model.Entry_;
import io.djongo.query.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * Golden strings: the exact {@code find} command each chain compiles to ({@code toBson().toJson()},
 * relaxed extended JSON). No server is needed; the same chains run against one in QuerySetTest.
 */
class QueryBsonTest {

    private static String json(io.djongo.query.QuerySet<?> query) {
        return query.toBson().toJson();
    }

    @Test
    void theDocumentedExampleChain() {
        assertEquals("{\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$regex\": \"^Beatles\"}, "
                        + "\"$nor\": [{\"rating\": {\"$lt\": 3}}]}, \"sort\": {\"pubDate\": -1}, \"limit\": 10}",
                json(Entry_.objects().filter(Entry_.blog.name.startsWith("Beatles"))
                        .exclude(Entry_.rating.lt(3))
                        .orderBy(Entry_.pubDate.desc())
                        .limit(10)));
    }

    @Test
    void anEmptyChainIsAFindOfEverything() {
        assertEquals("{\"find\": \"entry\", \"filter\": {}}", json(Entry_.objects()));
        assertEquals("{\"find\": \"countries\", \"filter\": {}}", json(Country_.objects().all()));
    }

    /** endsWith anchors with {@code \z} (end of input), not {@code $}: see StringLookupTest. */
    @Test
    void elemMatchVersusAnyElement() {
        assertEquals("{\"find\": \"entry\", \"filter\": {\"authors\": {\"$elemMatch\": "
                        + "{\"name\": \"Ann\", \"email\": {\"$regex\": \"\\\\.org\\\\z\"}}}}}",
                json(Entry_.objects().filter(Entry_.authors.elemMatch(a -> a.name.eq("Ann").and(a.email.endsWith(".org"))))));
        // Django's rule: in one filter() call, conditions through the same array refer to the same element
        assertEquals("{\"find\": \"entry\", \"filter\": {\"authors\": {\"$elemMatch\": "
                        + "{\"name\": \"Ann\", \"email\": {\"$regex\": \"\\\\.org\\\\z\"}}}}}",
                json(Entry_.objects().filter(Entry_.authors.any().name.eq("Ann"), Entry_.authors.any().email.endsWith(".org"))));
        assertEquals("{\"find\": \"entry\", \"filter\": {\"authors.name\": \"Ann\", \"authors.email\": {\"$regex\": \"\\\\.org\\\\z\"}}}",
                json(Entry_.objects().filter(Entry_.authors.any().name.eq("Ann")).filter(Entry_.authors.any().email.endsWith(".org"))));
    }

    @Test
    void twoConditionsOnOneFieldBecomeAnAnd() {
        assertEquals("{\"find\": \"entry\", \"filter\": {\"$and\": [{\"rating\": {\"$gte\": 2}}, {\"rating\": {\"$lte\": 4}}]}, "
                        + "\"skip\": 5, \"limit\": 0}",
                json(Entry_.objects().filter(Entry_.rating.gte(2)).filter(Entry_.rating.lte(4)).offset(5).limit(0)));
    }

    @Test
    void multiKeySortAndExcludeOfSeveralConditions() {
        assertEquals("{\"find\": \"entry\", \"filter\": {\"$nor\": [{\"blog.name\": \"Jazz Notes\", \"rating\": {\"$lt\": 3}}]}, "
                        + "\"sort\": {\"blog.name\": 1, \"rating\": -1, \"_id\": 1}}",
                json(Entry_.objects().exclude(Entry_.blog.name.eq("Jazz Notes"), Entry_.rating.lt(3))
                        .orderBy(Entry_.blog.name.asc(), Entry_.rating.desc(), Entry_.id.asc())));
    }

    /** Django leaves None out of {@code __in}: SQL's IN never matches NULL (see NullSemanticsTest). */
    @Test
    void membershipRangesNullsArraysAndMaps() {
        assertEquals("{\"rating\": {\"$in\": [1, 3]}, \"headline\": {\"$nin\": [\"x\"]}}",
                Entry_.objects().filter(Entry_.rating.in(1, 3), Entry_.headline.notIn("x", null)).filterDocument().toJson());
        assertEquals("{\"rating\": {\"$gte\": 2, \"$lte\": 4}}", Entry_.rating.range(2, 4).toBsonDocument().toJson());
        assertEquals("{\"blog.tagline\": null}", Entry_.blog.tagline.isNull(true).toBsonDocument().toJson());
        assertEquals("{\"blog.tagline\": {\"$ne\": null}}", Entry_.blog.tagline.isNull(false).toBsonDocument().toJson());
        assertEquals("{\"tags\": \"jazz\"}", Entry_.tags.contains("jazz").toBsonDocument().toJson());
        assertEquals("{\"tags\": {\"$eq\": [\"rock\", \"remix\"]}}", Entry_.tags.eq(List.of("rock", "remix")).toBsonDocument().toJson());
        assertEquals("{\"scores.math\": 7}", Entry_.scores.get("math").eq(7).toBsonDocument().toJson());
        assertEquals("{\"comments.replies.author\": \"cid\"}",
                Discussion_.comments.any().replies.any().author.eq("cid").toBsonDocument().toJson());
        assertEquals("{\"pinned.parent.parent.text\": {\"$regex\": \"^re\"}}",
                Discussion_.pinned.parent().parent().text.startsWith("re").toBsonDocument().toJson());
        assertEquals("{\"address.geo.region.code\": \"OR\"}", AllTypes_.address.geo.region.code.eq("OR").toBsonDocument().toJson());
    }

    @Test
    void orNotAndRawDriverFilters() {
        assertEquals("{\"$or\": [{\"rating\": 1}, {\"rating\": 5}]}", Entry_.rating.eq(1).or(Entry_.rating.eq(5)).toBsonDocument().toJson());
        assertEquals("{\"$nor\": [{\"rating\": {\"$gte\": 3}}]}", Entry_.rating.gte(3).not().toBsonDocument().toJson());
        assertEquals("{\"$or\": [{\"rating\": 1}, {\"tags\": \"jazz\"}]}",
                Filter.anyOf(Entry_.rating.eq(1), Entry_.tags.contains("jazz")).toBsonDocument().toJson());
        assertEquals("{\"headline\": \"x\", \"authors\": {\"$size\": 0}}",
                Entry_.objects().filter(Entry_.headline.eq("x"), Filter.raw(Filters.size("authors", 0))).filterDocument().toJson());
    }

    @Test
    void renamedFieldsUseTheirBsonNames() {
        assertEquals("{\"find\": \"countries\", \"filter\": {\"_id\": \"NZ\", \"n\": {\"$regex\": \"^New\"}, "
                        + "\"pop\": {\"$gt\": 1000}}, \"sort\": {\"pop\": -1}}",
                json(Country_.objects().filter(Country_.code.eq("NZ"), Country_.name.startsWith("New"), Country_.population.gt(1000L))
                        .orderBy(Country_.population.desc())));
        assertEquals(true, Country_.population.gt(1000L).toBsonDocument().getDocument("pop").get("$gt").isInt64(),
                "relaxed JSON prints an int64 as a plain number; it is still an int64, as stored");
    }

    @Test
    void valuesAreEncodedWithTheFieldsCodec() {
        ObjectId id = new ObjectId("65a1b2c3d4e5f60718293a4b");
        assertEquals("{\"_id\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"}}", Entry_.id.eq(id).toBsonDocument().toJson());
        assertEquals("{\"pubDate\": {\"$gt\": {\"$date\": \"2024-01-02T03:04:05.678Z\"}}}",
                Entry_.pubDate.gt(Instant.parse("2024-01-02T03:04:05.678999Z")).toBsonDocument().toJson());
        assertEquals("{\"localDate\": {\"$date\": \"2024-01-02T00:00:00Z\"}}",
                AllTypes_.localDate.eq(LocalDate.of(2024, 1, 2)).toBsonDocument().toJson());
        assertEquals("{\"uuid\": {\"$binary\": {\"base64\": \"Ej5FZ+ibEtOkVkJmFBdAAA==\", \"subType\": \"04\"}}}",
                AllTypes_.uuid.eq(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")).toBsonDocument().toJson());
        assertEquals("{\"primitiveChar\": \"x\", \"primitiveFloat\": 0.5, \"primitiveByte\": 7}",
                AllTypes_.objects().filter(AllTypes_.primitiveChar.eq('x'), AllTypes_.primitiveFloat.eq(0.5f),
                        AllTypes_.primitiveByte.eq((byte) 7)).filterDocument().toJson());
    }

    @Test
    void userValuesAreNeverOperators() {
        assertEquals("{\"headline\": \"{\\\"$gt\\\": \\\"\\\"}\"}", Entry_.headline.eq("{\"$gt\": \"\"}").toBsonDocument().toJson());
        assertEquals("{\"blog\": {\"$eq\": {\"name\": \"$where\", \"tagline\": null}}}",
                Entry_.blog.eq(new Blog("$where", null)).toBsonDocument().toJson());
        assertEquals("{\"headline\": {\"$regex\": \"a\\\\.b\\\\*c\\\\(\\\\$x\\\\)\"}}",
                Entry_.headline.contains("a.b*c($x)").toBsonDocument().toJson());
    }
}
