package io.djongo.it.declared;

import static io.djongo.it.declared.DeclaredQueriesTest.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.FieldError;
import io.djongo.MultipleObjectsReturned;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.DeclaredSupport;
import io.djongo.query.Deleted;
import io.djongo.query.QuerySet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What declared queries do beyond their filters: the results each return type gives (Django's
 * {@code get}, {@code first}, {@code count}, {@code exists}), projections, updates and deletions
 * with the same BSON and effects as {@code QuerySet.update}/{@code delete}, aggregations, the
 * connection they run on, and the errors bad arguments get.
 */
class DeclaredBehaviourTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final PostQueries QUERIES = PostQueries_.INSTANCE;

    @BeforeEach
    void posts() {
        Posts.save();
    }

    /** What Commands shows is what runs: the QuerySet a call builds has that very command. */
    @Test
    void theInspectedCommandIsTheQueryThatRuns() {
        BsonDocument command = PostQueries_.Commands.page(20, "b");
        assertEquals(command, DeclaredSupport.find(Post_.objects(), command).toBson());
        assertEquals(PostQueries_.Commands.viewsAtLeast(20), QUERIES.viewsAtLeast(20).toBson());
        assertEquals("{\"find\": \"posts\", \"filter\": {\"views\": {\"$gte\": 20}, \"$nor\": [{\"tags\": \"b\"}]}, "
                + "\"sort\": {\"views\": -1, \"headline\": 1}, \"skip\": 1, \"limit\": 2}", command.toJson());
    }

    /** Each call renders a new document: changing one changes no other call's. */
    @Test
    void everyCallGetsADocumentOfItsOwn() {
        BsonDocument first = PostQueries_.Commands.page(20, "b");
        first.getDocument("filter").clear();
        assertEquals(PostQueries_.Commands.page(20, "b").getDocument("filter").toJson(),
                "{\"views\": {\"$gte\": 20}, \"$nor\": [{\"tags\": \"b\"}]}");
    }

    // ---- results

    /** Django's {@code get()}: exactly one, or {@code DoesNotExist}, or {@code MultipleObjectsReturned}. */
    @Test
    void aModelReturnIsDjangosGet() {
        Post jan = Post_.objects().get(Post_.headline.eq("Jan"));
        assertEquals("Jan", QUERIES.byId(jan.id).headline);
        assertThrows(DoesNotExist.class, () -> QUERIES.byId(new ObjectId()));
        assertThrows(MultipleObjectsReturned.class, () -> QUERIES.oneTagged("a"));
    }

    /** An Optional is at most one: empty when none matches, {@code MultipleObjectsReturned} when several do; a slice of one is its first. */
    @Test
    void anOptionalIsAtMostOne() {
        assertEquals("Sun", QUERIES.maybe(3).orElseThrow().headline);
        assertTrue(QUERIES.maybe(99).isEmpty());
        assertThrows(MultipleObjectsReturned.class, () -> QUERIES.maybeTagged("a"));
        assertEquals("May", QUERIES.newest().orElseThrow().headline);
        assertEquals("Jan", QUERIES.findFirstByOrderByViewsAsc().orElseThrow().headline);
    }

    @Test
    void countsExistenceStreamsAndQuerySets() {
        assertEquals(2, QUERIES.countTagged("a"));
        assertEquals(2, QUERIES.countByTagsContains("b"));
        assertTrue(QUERIES.anyTagged("b"));
        assertFalse(QUERIES.anyTagged("z"));
        assertTrue(QUERIES.existsByHeadline("None"));
        try (Stream<Post> stream = QUERIES.streamViews(30)) {
            assertEquals(List.of("Sun", "May", "None"), stream.map(post -> post.headline).collect(Collectors.toList()));
        }
        QuerySet<Post> busy = QUERIES.viewsAtLeast(20);
        assertEquals(List.of("Dec", "Sun"), headlines(busy.exclude(Post_.views.gte(40)).orderBy(Post_.views.asc()).list()),
                "a QuerySet return keeps chaining");
    }

    /** A record whose components name fields is read with values(): only those fields are loaded. */
    @Test
    void projectionsReadTheFieldsTheirComponentsName() {
        assertEquals(List.of(new PostQueries.Line("Sun", 30, null), new PostQueries.Line("May", 40, "beat street"),
                new PostQueries.Line("None", 50, null)), QUERIES.lines(30));
    }

    // ---- updates and deletions

    /** An update sends what QuerySet.update sends for the same changes, and returns how many documents matched. */
    @Test
    void updatesAreTheTypedPathsUpdates() {
        assertEquals(Post_.objects().filter(Post_.headline.eq("Jan")).updateBson(Post_.views.inc(5),
                Post_.tags.addToSet("edited")), PostQueries_.Commands.bump("Jan", 5));
        assertEquals(1, QUERIES.bump("Jan", 5));
        Post jan = Post_.objects().get(Post_.headline.eq("Jan"));
        assertEquals(15, jan.views);
        assertEquals(List.of("a", "edited"), jan.tags);
        assertEquals(0, QUERIES.bump("Nobody", 5));

        assertEquals(Post_.objects().filter(Post_.headline.eq("Dec")).updateBson(Post_.rating.set(7), Post_.draft.unset(),
                Post_.tags.push("c"), Post_.votes.get("up").inc(1)), PostQueries_.Commands.rewrite("Dec", 7, "c"));
        assertEquals(1, QUERIES.rewrite("Dec", 7, "c"));
        Post dec = Post_.objects().get(Post_.headline.eq("Dec"));
        assertEquals(7, dec.rating);
        assertEquals(null, dec.draft);
        assertEquals(List.of("a", "b", "c"), dec.tags);
        assertEquals(2, dec.votes.get("up"));

        QUERIES.jsonUpdate("Sun", "draft", 3);
        Post sun = Post_.objects().get(Post_.headline.eq("Sun"));
        assertEquals("draft", sun.draft);
        assertEquals(33, sun.views);
    }

    /** A filter built at call time (its keys come from an argument) is the filter of the update or deletion too. */
    @Test
    void updatesAndDeletionsWithFiltersBuiltAtCallTime() {
        assertEquals(Post_.objects().filter(Post_.votes.hasKey("down")).updateBson(Post_.views.inc(1)),
                PostQueries_.Commands.bumpVoted("down"));
        assertEquals(1, QUERIES.bumpVoted("down"));
        assertEquals(41, Post_.objects().get(Post_.headline.eq("May")).views);
        assertEquals(2, QUERIES.purgeTagged(1), "Jan and May have one tag");
        assertEquals(java.util.Set.of("Dec", "Sun", "None"), java.util.Set.copyOf(headlines(Post_.objects().list())));
    }

    /** A value computed from fields is an update pipeline, as Path.setFrom sends it; neither test server runs one. */
    @Test
    void aValueComputedFromFieldsIsAnUpdatePipeline() {
        assertEquals(Post_.objects().filter(Post_.headline.eq("Sun")).updateBson(
                Post_.rating.setFrom(io.djongo.query.F.of(Post_.views).times(2)), Post_.draft.unset()),
                PostQueries_.Commands.rateByViews("Sun"));
        assertEquals("{\"update\": \"posts\", \"updates\": [{\"q\": {\"headline\": \"Sun\"}, \"u\": [{\"$set\": "
                + "{\"rating\": {\"$multiply\": [\"$views\", 2]}}}], \"multi\": true}]}", PostQueries_.Commands.rateByViewsJson("Sun")
                .toJson());
        Capabilities.require(Capability.UPDATE_PIPELINE);
        assertEquals(1, QUERIES.rateByViews("Sun"));
        assertEquals(60, Post_.objects().get(Post_.headline.eq("Sun")).rating);
        assertEquals(1, QUERIES.rateByViewsJson("May"));
        assertEquals(80, Post_.objects().get(Post_.headline.eq("May")).rating);
    }

    /** A deletion returns the number deleted, or what was deleted per model, as Django's delete(). */
    @Test
    void deletionsReturnWhatWasDeleted() {
        assertEquals(2, QUERIES.purge(25));
        assertEquals(new Deleted(2, Map.of("Post", 2L)), QUERIES.purgeBusy(40));
        assertEquals(1, QUERIES.deleteByHeadline("Sun"));
        assertEquals(0, Post_.objects().count());
    }

    // ---- aggregations

    @Test
    void aggregationsReadDocuments() {
        assertEquals("{\"aggregate\": \"posts\", \"pipeline\": [{\"$match\": {\"views\": {\"$gte\": 20}}}, {\"$group\": "
                + "{\"_id\": null, \"n\": {\"$sum\": 1}, \"total\": {\"$sum\": \"$views\"}}}]}",
                PostQueries_.Commands.summary(20).toJson());
        Capabilities.require(Capability.GROUP_SEVERAL_ACCUMULATORS);
        Document summary = QUERIES.summary(20).get(0);
        assertEquals(4, ((Number) summary.get("n")).intValue());
        assertEquals(140, ((Number) summary.get("total")).intValue());
    }

    @Test
    void aggregationsReadModelsAndBson() {
        assertEquals(List.of("Sun", "May", "None"), headlines(QUERIES.aggregatedPosts(30)));
        assertEquals(BsonDocument.parse("{headline: 'Sun'}"), QUERIES.firstHeadline(30).orElseThrow());
        assertTrue(QUERIES.firstHeadline(99).isEmpty());
    }

    // ---- connections

    /** The generated implementation is found through the model index, and runs on the connection asked for. */
    @Test
    void queriesRunOnTheConnectionAskedFor() {
        assertSame(PostQueries_.INSTANCE, Djongo.queries(PostQueries.class));
        try (Djongo other = Djongo.connect("declared-other", db.otherDatabase("other"))) {
            Post_.objects().using("declared-other").create(new Post("Elsewhere", 1, 1, null).tags("a"));
            assertEquals(1, Djongo.queries(PostQueries.class, "declared-other").countTagged("a"));
            assertEquals(1, QUERIES.using("declared-other").countTagged("a"));
            assertEquals(2, QUERIES.countTagged("a"), "the default connection is unchanged");
            assertEquals(other.alias(), "declared-other");
        }
        DjongoException unknown = assertThrows(DjongoException.class, () -> Djongo.queries(Runnable.class));
        assertTrue(unknown.getMessage().contains("annotate it with @Queries(Model.class)"), unknown.getMessage());
    }

    // ---- bad arguments

    /** An argument that cannot take part in its lookup is a FieldError naming the query and the lookup. */
    @Test
    void aNullArgumentWhereNullMatchesNothingIsAFieldError() {
        FieldError error = assertThrows(FieldError.class, () -> QUERIES.headlineStartsWith(null));
        assertEquals("PostQueries.headlineStartsWith: headline__startswith = :text: the argument is null, which matches "
                + "nothing here; documents without a value are found with the isnull lookup", error.getMessage());
        assertEquals(java.util.Set.of("Sun", "None"), java.util.Set.copyOf(headlines(QUERIES.draftIExact(null))),
                "iexact = None is isnull, as in Django");
    }
}
