package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.it.query.model.Owner;
import io.djongo.it.query.model.Place;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Writer;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.F;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every update operator run by the server. Updates are partial: besides checking the changed
 * values, tests plant keys the model does not know ({@code "extra"}) in documents and array
 * elements, and check that they survive, which they would not if an array or document were
 * rewritten from the model.
 */
class UpdateBehaviourTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final Writer ANN = new Writer("Ann", "ann@x.org", 3);
    static final Writer BOB = new Writer("Bob", "bob@x.com", 1);
    static final Writer CID = new Writer("Cid", "cid@x.net", 7);

    Post rock;
    Post jazz;

    @BeforeEach
    void posts() {
        rock = new Post("Rock", 5, 10, Instant.parse("2024-01-01T00:00:00Z")).site("Beatles", "Ann", "Liverpool")
                .authors(ANN, BOB, CID).tags("rock", "jaz", "live").marks(4, 8, 1).vote("up", 3).price(10.0).save();
        rock.draft = "text";
        rock.save();
        jazz = new Post("Jazz", 2, 4, Instant.parse("2024-02-01T00:00:00Z")).site("Jazz", "Dee", "Paris")
                .authors(BOB).tags("jazz").marks(2).price(4.0).save();
        // keys the model does not know: they survive only partial updates
        db.raw("posts").updateMany(new Document(), new Document("$set", new Document("extra", "kept")
                .append("site.extra", "kept").append("authors.0.extra", "kept")));
    }

    private static Post reload(Post post) {
        return Post_.objects().refresh(post);
    }

    private static Document raw(Post post) {
        return db.raw("posts").find(new Document("_id", post.id)).first();
    }

    private static QuerySet<Post> only(Post post) {
        return Post_.objects().filter(Post_.id.eq(post.id));
    }

    @SuppressWarnings("unchecked") // the raw driver reads arrays of sub-documents as List<Document>
    private static List<Document> rawAuthors(Post post) {
        return (List<Document>) raw(post).get("authors");
    }

    /** The keys planted in {@link #posts()} are still there. */
    private static void untouched(Post post) {
        Document document = raw(post);
        assertEquals("kept", document.getString("extra"), document.toJson());
        assertEquals("kept", document.get("site", Document.class).getString("extra"), document.toJson());
    }

    @Test
    void setAndUnsetChangeOnlyTheirPaths() {
        assertEquals(1, only(rock).update(Post_.site.owner.home.city.set("Hamburg"), Post_.headline.set("Rock!"), Post_.draft.unset()));

        Post stored = reload(rock);
        assertEquals("Hamburg", stored.site.owner.home.city());
        assertEquals("Ann", stored.site.owner.name, "the sibling is untouched");
        assertEquals("Beatles", stored.site.name);
        assertEquals("Rock!", stored.headline);
        assertNull(stored.draft);
        assertFalse(raw(rock).containsKey("draft"), "unset removes the key");
        untouched(rock);
        assertEquals("Jazz", reload(jazz).headline, "the other post did not match");
    }

    @Test
    void setWholeValues() {
        only(rock).update(Post_.site.owner.set(new Owner("Eve", new Place("Lima", "15001"))), Post_.rating.set(null),
                Post_.votes.set(Map.of("down", 2)), Post_.tags.set(List.of("a")));

        Post stored = reload(rock);
        assertEquals("Eve", stored.site.owner.name);
        assertEquals(new Place("Lima", "15001"), stored.site.owner.home);
        assertNull(stored.rating);
        assertTrue(raw(rock).containsKey("rating"), "set(null) stores null");
        assertEquals(Map.of("down", 2), stored.votes);
        assertEquals(List.of("a"), stored.tags);
        untouched(rock);
    }

    @Test
    void arithmetic() {
        Post_.objects().update(Post_.views.inc(5), Post_.price.mul(1.5), Post_.votes.get("up").inc(1));

        assertEquals(15, reload(rock).views);
        assertEquals(9, reload(jazz).views);
        assertEquals(15.0, reload(rock).price);
        assertEquals(6.0, reload(jazz).price);
        assertEquals(Map.of("up", 4), reload(rock).votes);
        assertEquals(Map.of("up", 1), reload(jazz).votes, "inc of a missing key starts from 0");
        untouched(rock);
    }

    @Test
    void arithmeticOnMissingFields() {
        db.raw("posts").updateOne(new Document("_id", jazz.id), new Document("$unset", new Document("rating", "")));
        only(jazz).update(Post_.rating.inc(2));
        assertEquals(2, reload(jazz).rating);
        db.raw("posts").updateOne(new Document("_id", jazz.id), new Document("$unset", new Document("rating", "")));
        only(jazz).update(Post_.rating.mul(3));
        assertEquals(0, reload(jazz).rating, "mul of a missing field stores 0");
    }

    @Test
    void minAndMax() {
        Post_.objects().update(Post_.rating.min(3));
        assertEquals(3, reload(rock).rating);
        assertEquals(2, reload(jazz).rating, "already smaller");

        Post_.objects().update(Post_.rating.max(4), Post_.pubDate.max(Instant.parse("2024-01-15T00:00:00Z")));
        assertEquals(4, reload(rock).rating);
        assertEquals(4, reload(jazz).rating);
        assertEquals(Instant.parse("2024-01-15T00:00:00Z"), reload(rock).pubDate);
        assertEquals(Instant.parse("2024-02-01T00:00:00Z"), reload(jazz).pubDate);
    }

    @Test
    void rename() {
        assertEquals(1, only(rock).update(Post_.draft.rename("published")));

        Post stored = reload(rock);
        assertNull(stored.draft);
        assertEquals("text", stored.published);
        assertFalse(raw(rock).containsKey("draft"));
        untouched(rock);
    }

    // ---- arrays: partial changes, never a rewrite

    @Test
    void pushAndAddToSet() {
        only(rock).update(Post_.tags.push("new"), Post_.authors.push(new Writer("Dee", "dee@x.org", 0)), Post_.marks.addToSet(4));
        Post stored = reload(rock);
        assertEquals(List.of("rock", "jaz", "live", "new"), stored.tags);
        assertEquals(4, stored.authors.size());
        assertEquals(List.of(4, 8, 1), stored.marks, "addToSet does not add what is there");
        assertEquals("kept", rawAuthors(rock).get(0).getString("extra"), "the array was appended to, not rewritten");

        only(rock).update(Post_.tags.pushAll(List.of("x", "y")), Post_.marks.addToSetAll(List.of(1, 2, 2)));
        stored = reload(rock);
        assertEquals(List.of("rock", "jaz", "live", "new", "x", "y"), stored.tags);
        assertEquals(List.of(4, 8, 1, 2), stored.marks);
        untouched(rock);
    }

    @Test
    void pullPullAllAndPop() {
        only(rock).update(Post_.tags.pull("jaz"), Post_.marks.pullAll(List.of(8, 1)));
        assertEquals(List.of("rock", "live"), reload(rock).tags);
        assertEquals(List.of(4), reload(rock).marks);

        only(rock).update(Post_.tags.popFirst(), Post_.authors.popLast());
        Post stored = reload(rock);
        assertEquals(List.of("live"), stored.tags);
        assertEquals(List.of(ANN, BOB), stored.authors);
        assertEquals("kept", rawAuthors(rock).get(0).getString("extra"));
        untouched(rock);
    }

    @Test
    void indexPathsChangeOneElement() {
        only(rock).update(Post_.authors.at(1).karma.inc(10), Post_.tags.index(2).set("LIVE"));
        Post stored = reload(rock);
        assertEquals(List.of(ANN, new Writer("Bob", "bob@x.com", 11), CID), stored.authors);
        assertEquals(List.of("rock", "jaz", "LIVE"), stored.tags);
        assertEquals("kept", rawAuthors(rock).get(0).getString("extra"));
    }

    @Test
    void pushWithModifiers() {
        Capabilities.require(Capability.PUSH_MODIFIERS);
        only(rock).update(Post_.marks.pushAll(List.of(5, 9)).sortDescending().slice(3), Post_.tags.push("first").position(0));
        Post stored = reload(rock);
        assertEquals(List.of(9, 8, 5), stored.marks, "sorted, then the first three kept");
        assertEquals(List.of("first", "rock", "jaz", "live"), stored.tags);

        only(rock).update(Post_.authors.push(new Writer("Dee", "dee@x.org", 5))
                .sortBy(Post_.authors.elementPaths().karma.desc()).slice(-2));
        assertEquals(List.of(ANN, BOB), reload(rock).authors, "sorted by karma descending, the last two kept");
    }

    @Test
    void pullByModelValueAndByCondition() {
        Capabilities.require(Capability.PULL_CONDITIONS);
        Post_.objects().update(Post_.authors.pull(BOB));
        assertEquals(List.of(ANN, CID), reload(rock).authors);
        assertEquals(List.of(BOB), reload(jazz).authors, "jazz's Bob carries an extra key, so it is not equal to BOB");

        only(rock).update(Post_.authors.pullWhere(a -> a.karma.gt(5)));
        assertEquals(List.of(ANN), reload(rock).authors);
        assertEquals("kept", rawAuthors(rock).get(0).getString("extra"));
    }

    /** pull(value) compares whole elements: Ann's element has an extra key, so it is not equal to ANN. */
    @Test
    void pullByValueComparesWholeElements() {
        Capabilities.require(Capability.PULL_CONDITIONS);
        only(rock).update(Post_.authors.pull(ANN));
        assertEquals(List.of(ANN, BOB, CID), reload(rock).authors);
        only(rock).update(Post_.authors.pullWhere(a -> a.name.eq("Ann").and(a.email.eq("ann@x.org"))));
        assertEquals(List.of(BOB, CID), reload(rock).authors);
    }

    // ---- positional updates

    @Test
    void updateWhereChangesOnlyMatchingScalarElements() {
        Capabilities.require(Capability.ARRAY_FILTERS);
        long matched = Post_.objects().filter(Post_.tags.contains("jaz"))
                .update(Post_.tags.updateWhere(t -> t.eq("jaz"), t -> t.set("jazz")));
        assertEquals(1, matched);
        assertEquals(List.of("rock", "jazz", "live"), reload(rock).tags);
        assertEquals(List.of("jazz"), reload(jazz).tags);

        only(rock).update(Post_.marks.updateWhere(m -> m.in(4, 1), m -> m.set(0)));
        assertEquals(List.of(0, 8, 0), reload(rock).marks);
    }

    @Test
    void updateWhereChangesOnlyMatchingModelElements() {
        Capabilities.require(Capability.ARRAY_FILTERS);
        db.raw("posts").updateOne(new Document("_id", rock.id), new Document("$set", new Document("authors.2.extra", "kept too")));

        Post_.objects().update(Post_.authors.updateWhere(a -> a.name.eq("Bob"), a -> a.email.set("bob@new.org")));

        assertEquals(List.of(ANN, new Writer("Bob", "bob@new.org", 1), CID), reload(rock).authors);
        assertEquals(List.of(new Writer("Bob", "bob@new.org", 1)), reload(jazz).authors);
        List<Document> authors = rawAuthors(rock);
        assertEquals("kept", authors.get(0).getString("extra"), "a non-matching element is untouched");
        assertEquals("kept too", authors.get(2).getString("extra"));
        assertEquals("kept", rawAuthors(jazz).get(0).getString("extra"), "the matching element kept its other keys");
        untouched(rock);
    }

    @Test
    void twoElementUpdatesInOneRequest() {
        Capabilities.require(Capability.ARRAY_FILTERS);
        only(rock).update(Post_.authors.updateWhere(a -> a.karma.gte(3), a -> a.karma.inc(100)),
                Post_.authors.updateWhere(a -> a.name.eq("Bob"), a -> a.email.unset()));

        assertEquals(List.of(new Writer("Ann", "ann@x.org", 103), new Writer("Bob", null, 1), new Writer("Cid", "cid@x.net", 107)),
                reload(rock).authors);
        assertEquals("kept", rawAuthors(rock).get(0).getString("extra"));
        assertFalse(rawAuthors(rock).get(1).containsKey("email"));
    }

    @Test
    void updateEachElement() {
        Capabilities.require(Capability.ALL_POSITIONAL);
        Post_.objects().update(Post_.authors.updateEach(a -> a.karma.inc(1)), Post_.marks.updateAll(m -> m.set(0)));

        assertEquals(List.of(new Writer("Ann", "ann@x.org", 4), new Writer("Bob", "bob@x.com", 2), new Writer("Cid", "cid@x.net", 8)),
                reload(rock).authors);
        assertEquals(List.of(0, 0, 0), reload(rock).marks);
        assertEquals(List.of(new Writer("Bob", "bob@x.com", 2)), reload(jazz).authors);
        assertEquals("kept", rawAuthors(rock).get(0).getString("extra"));
    }

    // ---- values computed from fields

    @Test
    void setFromFields() {
        Capabilities.require(Capability.UPDATE_PIPELINE);
        Post_.objects().update(Post_.rating.setFrom(F.of(Post_.views).times(2)), Post_.headline.set("$views"), Post_.price.inc(1));

        assertEquals(20, reload(rock).rating);
        assertEquals(8, reload(jazz).rating);
        assertEquals("$views", reload(rock).headline, "a literal stays a literal");
        assertEquals(11.0, reload(rock).price);
        untouched(rock);
    }

    /** Errors are raised before anything is sent, so nothing changes. */
    @Test
    void invalidUpdatesChangeNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> Post_.objects().update(Post_.views.setFrom(F.of(Post_.rating)), Post_.tags.push("x")));
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().update(Post_.views.inc(1), Post_.views.set(3)));
        assertThrows(IllegalArgumentException.class,
                () -> Post_.objects().update(Post_.site.owner.unset(), Post_.site.owner.name.set("x")));
        // Django: "Cannot update a query once a slice has been taken."
        assertThrows(IllegalStateException.class, () -> Post_.objects().limit(1).update(Post_.views.inc(1)));
        assertEquals(10, reload(rock).views);
        assertEquals(List.of("rock", "jaz", "live"), reload(rock).tags);
        assertEquals("Ann", reload(rock).site.owner.name);
    }

    @Test
    void updateReturnsTheMatchedCount() {
        assertEquals(2, Post_.objects().update(Post_.views.inc(0)));
        assertEquals(1, Post_.objects().filter("site__name", "Jazz").update(Post_.views.inc(1)));
        assertEquals(0, Post_.objects().filter("site__name", "Folk").update(Post_.views.inc(1)));
        assertEquals(0, Post_.objects().none().update(Post_.views.inc(1)));
        assertEquals(List.of(10, 5), new ArrayList<>(Post_.objects().orderBy("-views").valuesList(Post_.views)));
    }
}
