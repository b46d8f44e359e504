package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Topic;
import io.djongo.it.query.model.Topic_;
import io.djongo.it.query.model.Writer;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.QuerySet;
import io.djongo.query.Subquery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A QuerySet inside another keeps its order and slice on every path: the single aggregation
 * (servers with {@code $lookup} pipelines), the {@code $in} fallback (FerretDB), and the filter of
 * {@code update()}, {@code delete()} and {@code count()}, which always use the fallback. Django runs
 * {@code filter(id__in=qs[:1])} as a SQL subquery with its LIMIT.
 */
class SubqueryTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /*
     * posts  views  site   authors        topics  siteName  hot
     * One    10     A      Ann            -       A         true
     * Two    20     A      Ann, Bob       -       B         true
     * Three  30     B      -              -       C         false
     * Four   40     B      -              -       null      true
     * Five   50     -      -
     */
    @BeforeEach
    void data() {
        new Post("One", 1, 10, day(1)).site("A", "Ann", "Oslo").authors(new Writer("Ann", "a@x", 1)).save();
        new Post("Two", 2, 20, day(2)).site("A", "Bob", "Oslo").authors(new Writer("Ann", "a@x", 1), new Writer("Bob", "b@x", 2)).save();
        new Post("Three", 3, 30, day(3)).site("B", "Cid", "Rome").save();
        new Post("Four", 4, 40, day(4)).site("B", "Dee", "Rome").save();
        new Post("Five", null, 50, day(5)).save();
        Topic_.objects().bulkCreate(List.of(new Topic(null, "A", true), new Topic(null, "B", true), new Topic(null, "C", false),
                new Topic(null, null, true)));
    }

    static Instant day(int day) {
        return Instant.parse("2024-01-0" + day + "T00:00:00Z");
    }

    static Set<String> found(QuerySet<Post> query) {
        return new TreeSet<>(query.list().stream().map(p -> p.headline).toList());
    }

    static QuerySet<Post> newest() {
        return Post_.objects().filter(Post_.id.in(Post_.objects().orderBy(Post_.id.desc()).limit(1).subquery(Post_.id)));
    }

    /** The reported bug: a delete through {@code in(qs.orderBy(-id)[:1])} deleted every row. */
    @Test
    void aDeleteThroughASlicedSubqueryDeletesExactlyTheSlicedRows() {
        assertEquals(Set.of("Five"), found(newest()));
        assertEquals(1, newest().count());
        assertEquals(1, newest().update(Post_.views.inc(1)));
        assertEquals(51, Post_.objects().get("headline", "Five").views);

        assertEquals(1, newest().delete().count());

        assertEquals(Set.of("One", "Two", "Three", "Four"), found(Post_.objects().all()));
        assertEquals(1, newest().delete().count(), "the subquery runs again: now Four is the newest");
        assertEquals(3, Post_.objects().count());
    }

    /** The {@code $in} form lists only the values of the sliced rows. */
    @Test
    void theFallbackFormListsTheValuesOfTheSliceOnly() {
        ObjectId five = Post_.objects().get("headline", "Five").id;
        assertEquals("{\"_id\": {\"$in\": [{\"$oid\": \"" + five.toHexString() + "\"}]}}", newest().filterDocument().toJson());
        QuerySet<Post> secondHottest = Post_.objects().filter(Post_.site.name.in(
                Topic_.objects().filter(Topic_.hot.eq(true)).orderBy(Topic_.siteName.desc()).offset(1).limit(1).subquery(Topic_.siteName)));
        assertEquals("{\"site.name\": {\"$in\": [\"A\"]}}", secondHottest.filterDocument().toJson());
        assertEquals(Set.of("One", "Two"), found(secondHottest));
        assertEquals(2, secondHottest.count());
    }

    /** With {@code $lookup} pipelines the whole query is one aggregation, and the lookup keeps the order and slice. */
    @Test
    void theAggregationFormSortsSkipsAndLimitsInsideTheLookup() {
        Capabilities.require(Capability.LOOKUP_PIPELINES);
        QuerySet<Post> secondHottest = Post_.objects().filter(Post_.site.name.in(
                Topic_.objects().filter(Topic_.hot.eq(true)).orderBy(Topic_.siteName.desc()).offset(1).limit(1).subquery(Topic_.siteName)));
        assertEquals("{\"aggregate\": \"posts\", \"pipeline\": ["
                + "{\"$lookup\": {\"from\": \"topics\", \"pipeline\": [{\"$match\": {\"hot\": true}}, {\"$sort\": {\"siteName\": -1}}, "
                + "{\"$skip\": 1}, {\"$limit\": 1}, {\"$project\": {\"_id\": 0, \"v\": \"$siteName\"}}, {\"$unwind\": \"$v\"}], "
                + "\"as\": \"__subquery0\"}}, "
                + "{\"$addFields\": {\"__subquery0\": {\"$cond\": [{\"$isArray\": \"$site.name\"}, {\"$gt\": [{\"$size\": "
                + "{\"$setIntersection\": [\"$site.name\", \"$__subquery0.v\"]}}, 0]}, {\"$in\": [\"$site.name\", \"$__subquery0.v\"]}]}}}, "
                + "{\"$match\": {\"__subquery0\": true}}, {\"$project\": {\"__subquery0\": 0}}]}", secondHottest.toBson().toJson());
        assertEquals(Set.of("One", "Two"), found(secondHottest));
    }

    /** A subquery inside a subquery: each level of lookups has its own names, so the inner one is not lost. */
    @Test
    void aSubqueryInsideASubquery() {
        Subquery<String> quietSites = Post_.objects().filter(Post_.views.lte(20)).subquery(Post_.site.name);
        Subquery<String> quietTopics = Topic_.objects().filter(Topic_.siteName.in(quietSites)).subquery(Topic_.siteName);
        QuerySet<Post> posts = Post_.objects().filter(Post_.site.name.in(quietTopics));

        assertEquals(Set.of("One", "Two"), found(posts));
        assertEquals(2, posts.count());
        assertEquals("{\"site.name\": {\"$in\": [\"A\"]}}", posts.filterDocument().toJson());
        if (Capabilities.has(Capability.LOOKUP_PIPELINES)) {
            String pipeline = posts.toBson().toJson();
            assertTrue(pipeline.contains("\"as\": \"__subquery0_0\"") && pipeline.contains("\"$match\": {\"__subquery0_0\": true}"),
                    "the inner lookup lives in the outer lookup's pipeline: " + pipeline);
            assertEquals(1, pipeline.split("\"as\": \"__subquery0\"", -1).length - 1, pipeline);
        }
    }

    /** A sliced subquery inside a sliced subquery, on every path. */
    @Test
    void slicesHoldAtEveryLevel() {
        Subquery<String> busiestSite = Post_.objects().filter(Post_.site.isNull(false)).orderBy(Post_.views.desc()).limit(1)
                .subquery(Post_.site.name);
        Subquery<String> itsTopic = Topic_.objects().filter(Topic_.siteName.in(busiestSite)).orderBy(Topic_.id.asc()).limit(1)
                .subquery(Topic_.siteName);
        QuerySet<Post> posts = Post_.objects().filter(Post_.site.name.in(itsTopic)).orderBy(Post_.views.asc()).limit(1);
        assertEquals(Set.of("Three"), found(posts));
        assertEquals(1, posts.count());
    }

    /** Django: {@code x__in=qs} never matches NULL, even when the subquery has a NULL value. */
    @Test
    void nullValuesOfASubqueryMatchNothing() {
        Subquery<String> hotSites = Topic_.objects().filter(Topic_.hot.eq(true)).subquery(Topic_.siteName);
        assertEquals(Set.of("One", "Two", "Three", "Four"), found(Post_.objects().filter(Post_.site.name.in(hotSites))),
                "Five has no site; the topic without a site name does not make it match");
        assertEquals("{\"site.name\": {\"$in\": [\"A\", \"B\"]}}",
                Post_.objects().filter(Post_.site.name.in(hotSites)).filterDocument().toJson().replace("\"B\", \"A\"", "\"A\", \"B\""));
    }

    /** Values through an array of models are each a value, as {@code $in} and {@code distinct} treat them. */
    @Test
    void valuesThroughArraysAreFlattened() {
        Subquery<String> authors = Post_.objects().orderBy(Post_.views.desc()).offset(3).limit(1).subquery(Post_.authors.any().name);
        assertEquals("{\"site.owner.name\": {\"$in\": [\"Ann\", \"Bob\"]}}",
                Post_.objects().filter(Post_.site.owner.name.in(authors)).filterDocument().toJson());
        assertEquals(Set.of("One", "Two"), found(Post_.objects().filter(Post_.site.owner.name.in(authors))));
    }

    @Test
    void excludeThroughASlicedSubquery() {
        assertEquals(Set.of("One", "Two", "Three", "Four"),
                found(Post_.objects().exclude(Post_.id.in(Post_.objects().orderBy(Post_.views.desc()).limit(1).subquery(Post_.id)))));
        assertEquals(1, Post_.objects().exclude(Post_.id.in(Post_.objects().orderBy(Post_.views.asc()).offset(1).subquery(Post_.id)))
                .delete().count());
        assertEquals(Set.of("Two", "Three", "Four", "Five"), found(Post_.objects().all()));
    }
}
