package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.it.query.model.Owner;
import io.djongo.it.query.model.Place;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Site;
import io.djongo.it.query.model.Writer;
import io.djongo.query.F;
import io.djongo.query.QuerySet;
import io.djongo.query.Update;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden BSON of every update operator: the exact {@code update} command ({@code updateBson})
 * that {@code QuerySet.update(...)} sends. Expected strings use {@code '} for {@code "}. No server
 * is needed; UpdateBehaviourTest runs the same changes against one.
 */
class UpdateBsonTest {
    private static final QuerySet<Post> ALL = Post_.objects().all();
    private static final String ANN = "{'name': 'Ann', 'email': 'ann@x.org', 'karma': 3}";

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only passed on to updateBson(...), which reads it
    private static void golden(String expectedU, Update<Post>... changes) {
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': " + expectedU + ", 'multi': true}]}"),
                ALL.updateBson(changes).toJson());
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only passed on to updateBson(...), which reads it
    private static String error(Update<Post>... changes) {
        return assertThrows(IllegalArgumentException.class, () -> ALL.updateBson(changes)).getMessage();
    }

    @Test
    void theWholeCommandCarriesTheFilter() {
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {'tags': 'rock', 'rating': {'$gte': 4}}, "
                        + "'u': {'$inc': {'rating': 1}, '$push': {'tags': 'classic'}}, 'multi': true}]}"),
                Post_.objects().filter(Post_.tags.contains("rock")).filter("rating__gte", 4)
                        .updateBson(Post_.rating.inc(1), Post_.tags.push("classic")).toJson());
    }

    @Test
    void set() {
        golden("{'$set': {'headline': 'New'}}", Post_.headline.set("New"));
        golden("{'$set': {'rating': null}}", Post_.rating.set(null));
        golden("{'$set': {'site.owner.home.city': 'Oslo'}}", Post_.site.owner.home.city.set("Oslo"));
        golden("{'$set': {'pubDate': {'$date': '2024-01-01T00:00:00Z'}}}", Post_.pubDate.set(Instant.parse("2024-01-01T00:00:00Z")));
        golden("{'$set': {'site.owner': {'name': 'Eve', 'home': {'city': 'Lima', 'zip': null}}}}",
                Post_.site.owner.set(new Owner("Eve", new Place("Lima", null))));
        golden("{'$set': {'tags': ['a', 'b']}}", Post_.tags.set(List.of("a", "b")));
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("up", 1);
        votes.put("down", 0);
        golden("{'$set': {'votes': {'up': 1, 'down': 0}}}", Post_.votes.set(votes));
        golden("{'$set': {'votes.up': 5}}", Post_.votes.get("up").set(5));
        golden("{'$set': {'tags.0': 'first'}}", Post_.tags.index(0).set("first"));
        golden("{'$set': {'authors.1.email': 'b@x.org'}}", Post_.authors.at(1).email.set("b@x.org"));
        golden("{'$set': {'headline': 'a', 'views': 0}}", Post_.headline.set("a"), Post_.views.set(0));
    }

    /** A value is always data: a document value of set is stored as is, never read as operators. */
    @Test
    void setValuesAreNeverOperators() {
        golden("{'$set': {'headline': '$unset'}}", Post_.headline.set("$unset"));
        golden("{'$set': {'site': {'name': '$where', 'tagline': null, 'owner': null}}}", Post_.site.set(new Site("$where", null, null)));
    }

    @Test
    void unset() {
        golden("{'$unset': {'draft': ''}}", Post_.draft.unset());
        golden("{'$unset': {'site.owner.home': '', 'votes.up': ''}}", Post_.site.owner.home.unset(), Post_.votes.get("up").unset());
    }

    @Test
    void incMulMinMax() {
        golden("{'$inc': {'views': 1}}", Post_.views.inc(1));
        golden("{'$inc': {'views': -2}}", Post_.views.inc(-2));
        golden("{'$inc': {'price': 0.5}}", Post_.price.inc(0.5));
        golden("{'$inc': {'votes.up': 1, 'authors.0.karma': 2}}", Post_.votes.get("up").inc(1), Post_.authors.at(0).karma.inc(2));
        golden("{'$mul': {'price': 1.1}}", Post_.price.mul(1.1));
        golden("{'$mul': {'views': 2}}", Post_.views.mul(2));
        golden("{'$min': {'rating': 3}}", Post_.rating.min(3));
        golden("{'$max': {'rating': 4}}", Post_.rating.max(4));
        golden("{'$min': {'pubDate': {'$date': '2020-01-01T00:00:00Z'}}}", Post_.pubDate.min(Instant.parse("2020-01-01T00:00:00Z")));
        golden("{'$max': {'headline': 'M'}}", Post_.headline.max("M"));
        golden("{'$inc': {'views': 1}, '$mul': {'price': 2}, '$min': {'rating': 1}}",
                Post_.views.inc(1), Post_.price.mul(2), Post_.rating.min(1));
        assertEquals(true, ALL.updateBson(Post_.views.inc(2L)).getArray("updates").get(0).asDocument()
                .getDocument("u").getDocument("$inc").get("views").isInt64(), "a long amount stays an int64");
    }

    @Test
    void rename() {
        golden("{'$rename': {'draft': 'published'}}", Post_.draft.rename("published"));
        golden("{'$rename': {'site.tagline': 'site.motto'}}", Post_.site.tagline.rename("motto"));
        for (String bad : List.of("a.b", "$x", "")) {
            assertThrows(IllegalArgumentException.class, () -> Post_.draft.rename(bad), bad);
        }
    }

    @Test
    void push() {
        golden("{'$push': {'tags': 'jazz'}}", Post_.tags.push("jazz"));
        golden("{'$push': {'authors': " + ANN + "}}", Post_.authors.push(new Writer("Ann", "ann@x.org", 3)));
        golden("{'$push': {'tags': {'$each': ['a', 'b']}}}", Post_.tags.pushAll(List.of("a", "b")));
        golden("{'$push': {'tags': {'$each': ['jazz'], '$slice': -3}}}", Post_.tags.push("jazz").slice(-3));
        golden("{'$push': {'marks': {'$each': [5, 2], '$sort': 1, '$slice': 3}}}",
                Post_.marks.pushAll(List.of(5, 2)).sortAscending().slice(3));
        golden("{'$push': {'marks': {'$each': [5], '$sort': -1}}}", Post_.marks.push(5).sortDescending());
        golden("{'$push': {'tags': {'$each': ['a', 'b'], '$position': 0}}}", Post_.tags.pushAll(List.of("a", "b")).position(0));
        golden("{'$push': {'tags': {'$each': ['z'], '$position': -1, '$slice': 5}}}", Post_.tags.push("z").position(-1).slice(5));
        golden("{'$push': {'tags': {'$each': []}}}", Post_.tags.pushAll(List.of()));
    }

    @Test
    void pushSortedByFieldsOfModelElements() {
        golden("{'$push': {'authors': {'$each': [" + ANN + "], '$sort': {'karma': -1, 'name': 1}, '$slice': 2}}}",
                Post_.authors.push(new Writer("Ann", "ann@x.org", 3))
                        .sortBy(Post_.authors.elementPaths().karma.desc(), Post_.authors.elementPaths().name.asc()).slice(2));
    }

    @Test
    void addToSet() {
        golden("{'$addToSet': {'tags': 'jazz'}}", Post_.tags.addToSet("jazz"));
        golden("{'$addToSet': {'tags': {'$each': ['jazz', 'sax']}}}", Post_.tags.addToSetAll(List.of("jazz", "sax")));
        golden("{'$addToSet': {'authors': " + ANN + "}}", Post_.authors.addToSet(new Writer("Ann", "ann@x.org", 3)));
        golden("{'$addToSet': {'marks': 1, 'tags': {'$each': ['a']}}}", Post_.marks.addToSet(1), Post_.tags.addToSetAll(List.of("a")));
    }

    /** A model value is wrapped in {@code $eq}, so its keys can never be read as a condition. */
    @Test
    void pullByValueAndByCondition() {
        golden("{'$pull': {'tags': 'jazz'}}", Post_.tags.pull("jazz"));
        golden("{'$pull': {'marks': 3}}", Post_.marks.pull(3));
        golden("{'$pull': {'authors': {'$eq': " + ANN + "}}}", Post_.authors.pull(new Writer("Ann", "ann@x.org", 3)));
        golden("{'$pull': {'authors': {'karma': {'$lt': 0}}}}", Post_.authors.pullWhere(a -> a.karma.lt(0)));
        golden("{'$pull': {'authors': {'name': 'Ann', 'email': {'$regex': '\\\\.com\\\\z'}}}}",
                Post_.authors.pullWhere(a -> a.name.eq("Ann").and(a.email.endsWith(".com"))));
        golden("{'$pull': {'authors': {'$or': [{'name': 'Ann'}, {'karma': {'$lte': 0}}]}}}",
                Post_.authors.pullWhere(a -> a.name.eq("Ann").or(a.karma.lte(0))));
    }

    @Test
    void pullAllAndPop() {
        golden("{'$pullAll': {'tags': ['a', 'b']}}", Post_.tags.pullAll(List.of("a", "b")));
        golden("{'$pullAll': {'authors': [" + ANN + "]}}", Post_.authors.pullAll(List.of(new Writer("Ann", "ann@x.org", 3))));
        golden("{'$pop': {'tags': -1}}", Post_.tags.popFirst());
        golden("{'$pop': {'tags': 1, 'marks': -1}}", Post_.tags.popLast(), Post_.marks.popFirst());
    }

    // ---- positional updates: $[identifier] with array filters, $[] for every element

    @Test
    void updateWhereOnAScalarArray() {
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {'tags': 'jaz'}, 'u': {'$set': {'tags.$[e0]': 'jazz'}}, "
                        + "'multi': true, 'arrayFilters': [{'e0': 'jaz'}]}]}"),
                Post_.objects().filter(Post_.tags.contains("jaz"))
                        .updateBson(Post_.tags.updateWhere(t -> t.eq("jaz"), t -> t.set("jazz"))).toJson());
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': {'$set': {'marks.$[e0]': 0}}, 'multi': true, "
                        + "'arrayFilters': [{'e0': {'$in': [7, 8]}}]}]}"),
                ALL.updateBson(Post_.marks.updateWhere(m -> m.in(7, 8), m -> m.set(0))).toJson());
    }

    @Test
    void updateWhereOnAModelArray() {
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': {'$set': {'authors.$[e0].email': 'ann@new.org'}}, "
                        + "'multi': true, 'arrayFilters': [{'e0.name': 'Ann'}]}]}"),
                ALL.updateBson(Post_.authors.updateWhere(a -> a.name.eq("Ann"), a -> a.email.set("ann@new.org"))).toJson());
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': {'$inc': {'authors.$[e0].karma': 1}}, 'multi': true, "
                        + "'arrayFilters': [{'e0.name': 'Ann', 'e0.karma': {'$gte': 2}}]}]}"),
                ALL.updateBson(Post_.authors.updateWhere(a -> a.name.eq("Ann").and(a.karma.gte(2)), a -> a.karma.inc(1))).toJson());
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': {'$unset': {'authors.$[e0].email': ''}}, 'multi': true, "
                        + "'arrayFilters': [{'$or': [{'e0.name': 'Ann'}, {'e0.karma': {'$lt': 0}}]}]}]}"),
                ALL.updateBson(Post_.authors.updateWhere(a -> a.name.eq("Ann").or(a.karma.lt(0)), a -> a.email.unset())).toJson());
    }

    /** Two element updates get their own identifiers, e0 and e1, in the order given. */
    @Test
    void twoElementUpdatesInOneRequest() {
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': {'$set': {'authors.$[e0].email': 'ann@new.org'}, "
                        + "'$inc': {'authors.$[e1].karma': 5}}, 'multi': true, "
                        + "'arrayFilters': [{'e0.name': 'Ann'}, {'e1.name': 'Bob'}]}]}"),
                ALL.updateBson(Post_.authors.updateWhere(a -> a.name.eq("Ann"), a -> a.email.set("ann@new.org")),
                        Post_.authors.updateWhere(a -> a.name.eq("Bob"), a -> a.karma.inc(5))).toJson());
        assertEquals(json("{'update': 'posts', 'updates': [{'q': {}, 'u': {'$set': {'tags.$[e0]': 'jazz', 'views': 0}, "
                        + "'$inc': {'authors.$[e1].karma': 1}}, 'multi': true, 'arrayFilters': [{'e0': 'jaz'}, {'e1.name': 'Bob'}]}]}"),
                ALL.updateBson(Post_.tags.updateWhere(t -> t.eq("jaz"), t -> t.set("jazz")), Post_.views.set(0),
                        Post_.authors.updateWhere(a -> a.name.eq("Bob"), a -> a.karma.inc(1))).toJson());
    }

    @Test
    void updateEveryElement() {
        golden("{'$inc': {'authors.$[].karma': 1}}", Post_.authors.updateEach(a -> a.karma.inc(1)));
        golden("{'$set': {'marks.$[]': 0}}", Post_.marks.updateAll(m -> m.set(0)));
        golden("{'$set': {'authors.$[].email': null}, '$inc': {'views': 1}}",
                Post_.authors.updateEach(a -> a.email.set(null)), Post_.views.inc(1));
    }

    @Test
    void elementUpdatesMustUseTheGivenPaths() {
        assertThrows(IllegalArgumentException.class,
                () -> Post_.authors.updateWhere(a -> a.name.eq("Ann"), a -> Post_.views.inc(1)));
        assertThrows(IllegalArgumentException.class,
                () -> Post_.tags.updateWhere(t -> t.eq("x"), t -> Post_.headline.set("x")));
    }

    // ---- values computed from fields: an update pipeline

    @Test
    void setFromFieldsIsAPipeline() {
        golden("[{'$set': {'views': {'$multiply': ['$views', 2]}}}]", Post_.views.setFrom(F.of(Post_.views).times(2)));
        golden("[{'$set': {'rating': '$views'}}]", Post_.rating.setFrom(F.of(Post_.views)));
        golden("[{'$set': {'price': {'$divide': [{'$add': ['$price', '$views']}, 2]}}}]",
                Post_.price.setFrom(F.of(Post_.price).plus(F.of(Post_.views)).dividedBy(2)));
    }

    /** Plain changes that have an expression form join the pipeline; literals are wrapped in {@code $literal}. */
    @Test
    void plainChangesJoinAPipeline() {
        golden("[{'$set': {'rating': {'$subtract': ['$views', 1]}, 'headline': {'$literal': '$views'}, "
                        + "'views': {'$add': [{'$ifNull': ['$views', 0]}, 1]}, 'price': {'$multiply': [{'$ifNull': ['$price', 0]}, 2]}}}]",
                Post_.rating.setFrom(F.of(Post_.views).minus(1)), Post_.headline.set("$views"), Post_.views.inc(1), Post_.price.mul(2));
        golden("[{'$set': {'rating': '$views', 'price': {'$max': ['$price', {'$literal': 1.0}]}, "
                        + "'marks': {'$literal': [1]}}}, {'$unset': ['draft']}]",
                Post_.rating.setFrom(F.of(Post_.views)), Post_.price.max(1.0), Post_.marks.set(List.of(1)), Post_.draft.unset());
    }

    @Test
    void aPipelineCannotTakeArrayOperators() {
        assertEquals("{\"$push\": {\"tags\": \"x\"}} cannot be combined with a value computed from fields (F) in one update(); "
                + "call update() once for each", error(Post_.views.setFrom(F.of(Post_.rating)), Post_.tags.push("x")));
        assertEquals("{\"$rename\": {\"draft\": \"published\"}} cannot be combined with a value computed from fields (F) in one "
                + "update(); call update() once for each", error(Post_.draft.rename("published"), Post_.views.setFrom(F.of(Post_.rating))));
        String positional = error(Post_.views.setFrom(F.of(Post_.rating)),
                Post_.authors.updateWhere(a -> a.name.eq("Ann"), a -> a.email.set("x")));
        assertEquals("{\"$set\": {\"authors.$[e0].email\": \"x\"}} updates matching array elements, which an update pipeline "
                + "cannot do; call update() separately for it", positional);
    }

    // ---- conflicting paths

    @Test
    void aPathChangedTwiceIsAnError() {
        assertEquals("update() changes rating twice ({\"$set\": {\"rating\": 1}} and {\"$inc\": {\"rating\": 1}}); MongoDB applies "
                + "one change per path in one update", error(Post_.rating.set(1), Post_.rating.inc(1)));
        assertEquals("update() changes tags twice ({\"$push\": {\"tags\": \"a\"}} and {\"$pull\": {\"tags\": \"b\"}}); MongoDB "
                + "applies one change per path in one update", error(Post_.tags.push("a"), Post_.tags.pull("b")));
    }

    @Test
    void overlappingPathsAreAnError() {
        assertEquals("update() changes both site and site.name, which overlap; MongoDB rejects conflicting paths in one update",
                error(Post_.site.set(new Site("S", null, null)), Post_.site.name.set("T")));
        assertEquals("update() changes both site.owner.home.city and site.owner, which overlap; MongoDB rejects conflicting "
                + "paths in one update", error(Post_.site.owner.home.city.set("Oslo"), Post_.site.owner.unset()));
        assertEquals("update() changes both authors and authors.$[e0].email, which overlap; MongoDB rejects conflicting paths "
                + "in one update", error(Post_.authors.push(new Writer("A", "a", 0)),
                        Post_.authors.updateWhere(a -> a.name.eq("Ann"), a -> a.email.set("x"))));
        assertEquals("update() changes both votes and votes.up, which overlap; MongoDB rejects conflicting paths in one update",
                error(Post_.votes.set(Map.of()), Post_.votes.get("up").inc(1)));
        golden("{'$set': {'site.name': 'S', 'site.tagline': 'T'}}", Post_.site.name.set("S"), Post_.site.tagline.set("T"));
        golden("{'$set': {'tags': []}, '$inc': {'views': 1}}", Post_.tags.set(List.of()), Post_.views.inc(1));
    }

    @Test
    void noChangeIsAnError() {
        assertEquals("update() needs at least one change, such as Entry_.rating.inc(1)", error());
    }
}
