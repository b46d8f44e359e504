package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import io.djongo.it.model.Author;
import io.djongo.it.model.Comment;
import io.djongo.it.model.Discussion;
import io.djongo.it.model.Discussion_;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Entry_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Filter;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** QuerySet chains evaluated by the server, on five entries chosen so each lookup has hits and misses. */
class QuerySetTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final String ABBEY = "Abbey Road at fifty";
    static final String LET_IT_BE = "Let It Be, remixed";
    static final String RUMOUR = "A rumour";
    static final String KIND_OF_BLUE = "Kind of Blue";
    static final String GIANT_STEPS = "Giant Steps";
    static final Set<String> ALL = Set.of(ABBEY, LET_IT_BE, RUMOUR, KIND_OF_BLUE, GIANT_STEPS);

    @BeforeEach
    void entries() {
        Entry abbey = new Entry("Beatles Blog", ABBEY, 5, day("2019-09-26"))
                .authors(new Author("Ann", "ann@beatles.com"), new Author("Bob", "bob@rock.org"))
                .tags("rock", "anniversary").score("math", 3).score("art", 9);
        abbey.blog.tagline = "All about the Fab Four";
        abbey.save();
        new Entry("Beatles Blog", LET_IT_BE, 4, day("2021-10-15"))
                .authors(new Author("Ann", "ann@music.org")).tags("rock", "remix").score("math", 7).save();
        new Entry("Beatles Fan Club", RUMOUR, 1, day("2020-01-01"))
                .authors(new Author("Cid", "cid@x.com")).tags("gossip").save();
        new Entry("Jazz Notes", KIND_OF_BLUE, 3, day("2018-03-03"))
                .authors(new Author("Dee", "dee@jazz.org"), new Author("Ann", "ann@x.com")).tags("jazz").score("math", 5).save();
        new Entry("Jazz Notes", GIANT_STEPS, 2, day("2022-06-06")).tags("jazz", "sax").score("art", 1).save();
    }

    static Instant day(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    /** The headlines of the results, in result order. */
    static List<String> headlines(QuerySet<Entry> query) {
        return query.list().stream().map(e -> e.headline).toList();
    }

    /** The headlines of the results, as a set: for unordered queries. */
    static Set<String> found(QuerySet<Entry> query) {
        return new TreeSet<>(headlines(query));
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only passed on to filter(...), which reads it
    static Set<String> found(Filter<Entry>... filters) {
        return found(Entry_.objects().filter(filters));
    }

    static Set<String> set(String... headlines) {
        return new TreeSet<>(List.of(headlines));
    }

    static Set<String> allBut(String... headlines) {
        Set<String> rest = new TreeSet<>(ALL);
        rest.removeAll(List.of(headlines));
        return rest;
    }

    // ---- comparisons on typed paths

    @Test
    void equalityAndMembership() {
        assertEquals(set(LET_IT_BE), found(Entry_.rating.eq(4)));
        assertEquals(allBut(RUMOUR), found(Entry_.headline.ne(RUMOUR)));
        assertEquals(set(RUMOUR, KIND_OF_BLUE), found(Entry_.rating.in(1, 3)));
        assertEquals(set(RUMOUR, KIND_OF_BLUE), found(Entry_.rating.in(List.of(3, 1, 99))));
        assertEquals(set(ABBEY, LET_IT_BE), found(Entry_.rating.notIn(1, 2, 3)));
        assertEquals(Set.of(), found(Entry_.rating.in(List.of())));
    }

    @Test
    void orderedComparisons() {
        assertEquals(set(ABBEY, LET_IT_BE), found(Entry_.rating.gt(3)));
        assertEquals(set(ABBEY, LET_IT_BE, KIND_OF_BLUE), found(Entry_.rating.gte(3)));
        assertEquals(set(RUMOUR, GIANT_STEPS), found(Entry_.rating.lt(3)));
        assertEquals(set(RUMOUR, GIANT_STEPS, KIND_OF_BLUE), found(Entry_.rating.lte(3)));
        assertEquals(set(GIANT_STEPS, KIND_OF_BLUE, LET_IT_BE), found(Entry_.rating.range(2, 4)));
        assertEquals(set(ABBEY, RUMOUR), found(Entry_.pubDate.range(day("2019-09-26"), day("2020-01-01"))));
        assertEquals(set(GIANT_STEPS), found(Entry_.pubDate.gt(day("2021-10-15"))));
        assertEquals(set(GIANT_STEPS, KIND_OF_BLUE, LET_IT_BE), found(Entry_.headline.gt("Giant")));
        NullPointerException e = assertThrows(NullPointerException.class, () -> Entry_.rating.gt((Integer) null));
        assertEquals("rating.gt(null) matches nothing; use isNull(true) to find missing values", e.getMessage());
    }

    @Test
    void nullTests() {
        assertEquals(allBut(ABBEY), found(Entry_.blog.tagline.isNull(true)));
        assertEquals(set(ABBEY), found(Entry_.blog.tagline.isNull(false)));
        assertEquals(allBut(ABBEY), found(Entry_.blog.tagline.eq(null)));
    }

    @Test
    void nestedEmbeddedPaths() {
        assertEquals(set(KIND_OF_BLUE, GIANT_STEPS), found(Entry_.blog.name.eq("Jazz Notes")));
        assertEquals(set(ABBEY, LET_IT_BE, RUMOUR), found(Entry_.blog.name.startsWith("Beatles")));
        assertEquals(set(RUMOUR), found(Entry_.blog.name.startsWith("Beatles"), Entry_.blog.name.ne("Beatles Blog")));
    }

    @Test
    void arrayElementPathsMatchAnyElement() {
        assertEquals(set(ABBEY, LET_IT_BE, KIND_OF_BLUE), found(Entry_.authors.any().name.eq("Ann")));
        assertEquals(set(ABBEY, LET_IT_BE, KIND_OF_BLUE), found(Entry_.authors.any().email.endsWith(".org")));
        assertEquals(set(RUMOUR, KIND_OF_BLUE), found(Entry_.authors.any().name.in("Cid", "Dee")));
    }

    @Test
    void elemMatchNeedsOneElementToSatisfyEveryCondition() {
        Capabilities.require(Capability.ELEM_MATCH_ON_DOCUMENTS);
        Set<String> sameElement = found(Entry_.authors.elemMatch(a -> a.name.eq("Ann").and(a.email.endsWith(".org"))));
        // Django: conditions in one filter() call refer to the same element; separate calls may not
        Set<String> oneCall = found(Entry_.authors.any().name.eq("Ann"), Entry_.authors.any().email.endsWith(".org"));
        Set<String> twoCalls = new java.util.TreeSet<>(Entry_.objects().filter(Entry_.authors.any().name.eq("Ann"))
                .filter(Entry_.authors.any().email.endsWith(".org")).list().stream().map(e -> e.headline).toList());

        assertEquals(set(LET_IT_BE), sameElement);
        assertEquals(set(LET_IT_BE), oneCall);
        assertEquals(set(ABBEY, LET_IT_BE, KIND_OF_BLUE), twoCalls, "Abbey Road and Kind of Blue: Ann and .org in different authors");
    }

    @Test
    void scalarListContainsAndWholeArrayEquality() {
        assertEquals(set(KIND_OF_BLUE, GIANT_STEPS), found(Entry_.tags.contains("jazz")));
        assertEquals(2, Entry_.objects().filter(Entry_.tags.contains("rock")).count());
        assertEquals(set(LET_IT_BE), found(Entry_.tags.eq(List.of("rock", "remix"))));
        assertEquals(Set.of(), found(Entry_.tags.eq(List.of("remix", "rock"))), "array equality is ordered");
        assertEquals(set(ABBEY), found(Entry_.tags.contains("rock"), Entry_.tags.contains("anniversary")));
    }

    @Test
    void mapValuesByKey() {
        // MapPath.get returns a plain Path (eq/ne/in/notIn): no gt/gte on map values yet.
        assertEquals(set(LET_IT_BE, KIND_OF_BLUE), found(Entry_.scores.get("math").in(5, 7)));
        assertEquals(allBut(ABBEY), found(Entry_.scores.get("math").ne(3)), "ne also matches entries without the key");
        assertEquals(set(ABBEY, GIANT_STEPS), found(Entry_.scores.get("art").isNull(false)));
        assertEquals(set(GIANT_STEPS), found(Entry_.scores.get("art").eq(1)));
    }

    @Test
    void recursiveEmbeddedPaths() {
        Discussion discussion = new Discussion();
        discussion.title = "deep";
        discussion.comments.add(new Comment("ann", "root").reply(new Comment("bob", "reply").reply(new Comment("cid", "deepest"))));
        discussion.pinned = new Comment("dee", "pinned").withParent(new Comment("eve", "parent").withParent(new Comment("fay", "grandparent")));
        discussion.save();
        Discussion other = new Discussion();
        other.title = "shallow";
        other.comments.add(new Comment("cid", "root"));
        other.save();

        assertEquals(List.of("deep"), titles(Discussion_.comments.any().replies.any().replies.any().author.eq("cid")));
        assertEquals(List.of("deep"), titles(Discussion_.pinned.parent().parent().author.eq("fay")));
    }

    @Test
    void elemMatchOnARecursiveModel() {
        Capabilities.require(Capability.ELEM_MATCH_ON_DOCUMENTS);
        Discussion discussion = new Discussion();
        discussion.title = "one";
        discussion.comments.add(new Comment("cid", "hello").reply(new Comment("ann", "hi")));
        discussion.comments.add(new Comment("ann", "bye"));
        discussion.save();

        assertEquals(List.of("one"), titles(Discussion_.comments.elemMatch(c -> c.author.eq("cid"))));
        assertEquals(List.of("one"), titles(Discussion_.comments.elemMatch(c -> c.author.eq("cid").and(c.replies.any().author.eq("ann")))));
        assertEquals(List.of(), titles(Discussion_.comments.elemMatch(c -> c.author.eq("ann").and(c.replies.any().author.eq("ann")))));
    }

    private static List<String> titles(Filter<Discussion> filter) {
        return Discussion_.objects().filter(filter).list().stream().map(d -> d.title).toList();
    }

    // ---- combining

    @Test
    void chainedFiltersAndAllConditionsOfOneFilterAreAnded() {
        assertEquals(set(GIANT_STEPS, KIND_OF_BLUE, LET_IT_BE),
                found(Entry_.objects().filter(Entry_.rating.gte(2)).filter(Entry_.rating.lte(4))));
        assertEquals(set(KIND_OF_BLUE), found(Entry_.blog.name.eq("Jazz Notes"), Entry_.rating.gte(3)));
    }

    @Test
    void orAndNot() {
        assertEquals(set(ABBEY, RUMOUR), found(Entry_.rating.eq(1).or(Entry_.rating.eq(5))));
        assertEquals(set(RUMOUR, GIANT_STEPS), found(Entry_.rating.gte(3).not()));
        assertEquals(set(ABBEY, KIND_OF_BLUE), found(Filter.anyOf(Entry_.rating.eq(5), Entry_.tags.eq(List.of("jazz")))));
    }

    @Test
    void excludeRemovesWhatMatchesAllItsConditionsTogether() {
        assertEquals(set(ABBEY, LET_IT_BE, KIND_OF_BLUE), found(Entry_.objects().exclude(Entry_.rating.lt(3))));
        assertEquals(allBut(GIANT_STEPS),
                found(Entry_.objects().exclude(Entry_.blog.name.eq("Jazz Notes"), Entry_.rating.lt(3))));
        assertEquals(set(KIND_OF_BLUE, GIANT_STEPS),
                found(Entry_.objects().exclude(Entry_.tags.contains("rock")).exclude(Entry_.rating.eq(1))));
    }

    @Test
    void theDocumentedExampleChain() {
        QuerySet<Entry> query = Entry_.objects().filter(Entry_.blog.name.startsWith("Beatles"))
                .exclude(Entry_.rating.lt(3))
                .orderBy(Entry_.pubDate.desc())
                .limit(10);

        assertEquals(List.of(LET_IT_BE, ABBEY), headlines(query));
    }

    // ---- ordering, slicing and evaluation

    @Test
    void orderByOneAndSeveralKeys() {
        assertEquals(List.of(RUMOUR, GIANT_STEPS, KIND_OF_BLUE, LET_IT_BE, ABBEY), headlines(Entry_.objects().orderBy(Entry_.rating.asc())));
        assertEquals(List.of(GIANT_STEPS, LET_IT_BE, RUMOUR, ABBEY, KIND_OF_BLUE), headlines(Entry_.objects().orderBy(Entry_.pubDate.desc())));
        assertEquals(List.of(ABBEY, LET_IT_BE, RUMOUR, KIND_OF_BLUE, GIANT_STEPS),
                headlines(Entry_.objects().orderBy(Entry_.blog.name.asc(), Entry_.rating.desc())));
        assertEquals(List.of(GIANT_STEPS, KIND_OF_BLUE, RUMOUR, LET_IT_BE, ABBEY),
                headlines(Entry_.objects().orderBy(Entry_.blog.name.desc(), Entry_.rating.desc().reversed())));
        assertEquals(List.of(ABBEY, LET_IT_BE, KIND_OF_BLUE, GIANT_STEPS, RUMOUR),
                headlines(Entry_.objects().orderBy(Entry_.headline.asc()).orderBy(Entry_.rating.desc())), "orderBy replaces");
    }

    @Test
    void offsetAndLimit() {
        QuerySet<Entry> byRating = Entry_.objects().orderBy(Entry_.rating.asc());

        assertEquals(List.of(GIANT_STEPS, KIND_OF_BLUE), headlines(byRating.offset(1).limit(2)));
        assertEquals(List.of(ABBEY), headlines(byRating.offset(4)));
        assertEquals(List.of(), headlines(byRating.offset(5)));
        assertEquals(List.of(RUMOUR, GIANT_STEPS), headlines(byRating.limit(2)));
        assertEquals(2, byRating.offset(1).limit(2).count());
        assertEquals(1, byRating.offset(4).limit(3).count());
        assertTrue(byRating.offset(4).exists());
        assertFalse(byRating.offset(5).exists());
        assertThrows(IllegalArgumentException.class, () -> byRating.limit(-1));
        assertThrows(IllegalArgumentException.class, () -> byRating.offset(-1));
    }

    @Test
    void limitZeroIsAnEmptyResultNotAnError() {
        QuerySet<Entry> none = Entry_.objects().limit(0);

        assertEquals(List.of(), none.list());
        assertEquals(0, none.count());
        assertFalse(none.exists());
        assertEquals(Optional.empty(), none.first());
    }

    @Test
    void firstCountAndExists() {
        assertEquals(ABBEY, Entry_.objects().orderBy(Entry_.rating.desc()).first().orElseThrow().headline);
        assertEquals(RUMOUR, Entry_.objects().orderBy(Entry_.rating.asc()).first().orElseThrow().headline);
        assertEquals(Optional.empty(), Entry_.objects().filter(Entry_.rating.gt(5)).first());
        assertEquals(5, Entry_.objects().count());
        assertEquals(3, Entry_.objects().filter(Entry_.blog.name.startsWith("Beatles")).count());
        assertTrue(Entry_.objects().filter(Entry_.tags.contains("sax")).exists());
        assertFalse(Entry_.objects().filter(Entry_.tags.contains("polka")).exists());
    }

    @Test
    void querySetsAreLazyAndImmutable() {
        QuerySet<Entry> jazz = Entry_.objects().filter(Entry_.tags.contains("jazz"));
        String before = jazz.toBson().toJson();
        jazz.filter(Entry_.rating.gt(2)).orderBy(Entry_.rating.asc()).limit(1);
        assertEquals(before, jazz.toBson().toJson(), "refining returns a new QuerySet");

        new Entry("Jazz Notes", "So What", 4, day("2023-01-01")).tags("jazz").save();

        assertEquals(3, jazz.count(), "the query runs when evaluated, and sees the new entry");
    }

    // ---- filters and the driver

    @Test
    void aFilterIsADriverBson() {
        Filter<Entry> rated = Entry_.rating.gte(4);

        List<Entry> typed = Entry_.objects().collection().find(rated).into(new ArrayList<>());
        List<Document> raw = db.raw("entry").find(rated).into(new ArrayList<>());

        assertEquals(set(ABBEY, LET_IT_BE), new TreeSet<>(typed.stream().map(e -> e.headline).toList()));
        assertEquals(set(ABBEY, LET_IT_BE), new TreeSet<>(raw.stream().map(d -> d.getString("headline")).toList()));
        assertEquals(2, db.raw("entry").countDocuments(Entry_.authors.any().name.eq("Ann").and(Entry_.rating.gte(4))));
        assertEquals(1, db.raw("entry").deleteMany(Entry_.tags.contains("gossip")).getDeletedCount());
        assertEquals(4, Entry_.objects().count());
    }

    @Test
    void aDriverFilterInAQuerySet() {
        assertEquals(set(KIND_OF_BLUE), found(Filter.raw(Filters.eq("headline", KIND_OF_BLUE))));
        assertEquals(set(GIANT_STEPS), found(Filter.raw(Filters.size("authors", 0))));
        assertEquals(set(LET_IT_BE), found(Filter.raw(Filters.size("authors", 1)), Entry_.tags.contains("rock")));
        assertEquals(set(ABBEY), found(Filter.raw(Filters.gt("pubDate", day("2019-01-01"))), Entry_.pubDate.lt(day("2020-01-01"))));
    }
}
