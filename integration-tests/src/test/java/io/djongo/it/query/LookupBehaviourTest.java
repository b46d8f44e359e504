package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Topic;
import io.djongo.it.query.model.Topic_;
import io.djongo.it.query.model.Writer;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.F;
import io.djongo.query.Filter;
import io.djongo.query.Lookups;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every lookup family evaluated by the server, on six posts chosen so each lookup has hits and
 * misses, including a null and a missing value for rating and pubDate: Django's rule is that a
 * condition on a field never matches a document where it is null or missing, so exclude keeps them.
 */
class LookupBehaviourTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final String ABBEY = "Abbey Road (Remastered)";
    static final String LIVE = "C++ (live)?";
    static final String NOTES = "jazz ^notes$";
    static final String STARS = "a.b*c";
    static final String NULL_DATE = "Null date";
    static final String NO_DATE = "No date";
    static final Set<String> ALL = Set.of(ABBEY, LIVE, NOTES, STARS, NULL_DATE, NO_DATE);

    /*
     * headline   rating   views  pubDate (UTC)                         site (name/owner/city)  authors (name karma)       tags              marks   votes
     * ABBEY      5        3      2023-12-31 23:30 Sunday               Beatles/Ann/Liverpool   Ann 5 .org, Bob 1 .com      rock, classic     1, 9    up 7, down 1
     * LIVE       2        10     2024-01-01 00:15 Monday               Jazz/Dee/Paris          Cid 2 .com                  jazz              4       up 2
     * NOTES      null     0      2024-02-29 12:45 Thursday             Jazz/Dee/paris          Ann 0 .com, Dee 4 .org      jazz, sax, rock   -       -
     * STARS      missing  7      2024-12-31 23:59:59 Tuesday           -                       -                           -                 -       -
     * NULL_DATE  4        1      null                                  -                       -                           -                 -       -
     * NO_DATE    1        1      missing                               -                       -                           -                 -       -
     */
    @BeforeEach
    void posts() {
        new Post(ABBEY, 5, 3, Instant.parse("2023-12-31T23:30:00Z")).site("Beatles", "Ann", "Liverpool")
                .authors(new Writer("Ann", "ann@beatles.org", 5), new Writer("Bob", "bob@rock.com", 1))
                .tags("rock", "classic").marks(1, 9).vote("up", 7).vote("down", 1).save();
        new Post(LIVE, 2, 10, Instant.parse("2024-01-01T00:15:00Z")).site("Jazz", "Dee", "Paris")
                .authors(new Writer("Cid", "cid@x.com", 2)).tags("jazz").marks(4).vote("up", 2).save();
        new Post(NOTES, null, 0, Instant.parse("2024-02-29T12:45:00Z")).site("Jazz", "Dee", "paris")
                .authors(new Writer("Ann", "ann@jazz.com", 0), new Writer("Dee", "dee@jazz.org", 4))
                .tags("jazz", "sax", "rock").save();
        Post stars = new Post(STARS, 0, 7, Instant.parse("2024-12-31T23:59:59Z")).save();
        db.raw("posts").updateOne(new Document("_id", stars.id), new Document("$unset", new Document("rating", "")));
        new Post(NULL_DATE, 4, 1, null).save();
        Post noDate = new Post(NO_DATE, 1, 1, null).save();
        db.raw("posts").updateOne(new Document("_id", noDate.id), new Document("$unset", new Document("pubDate", "")));
    }

    static Set<String> found(QuerySet<Post> query) {
        return new TreeSet<>(query.list().stream().map(p -> p.headline).toList());
    }

    static Set<String> found(Filter<Post> filter) {
        return found(Post_.objects().filter(filter));
    }

    /** The headlines matching {@code lookup = value}. */
    static Set<String> where(String lookup, Object value) {
        return found(Post_.objects().filter(lookup, value));
    }

    static Set<String> excluding(String lookup, Object value) {
        return found(Post_.objects().exclude(lookup, value));
    }

    static Filter<Post> lookup(String lookup, Object value) {
        return Lookups.filter(Post_.objects().meta(), lookup, value);
    }

    static Set<String> set(String... headlines) {
        return new TreeSet<>(List.of(headlines));
    }

    static Set<String> allBut(String... headlines) {
        Set<String> rest = new TreeSet<>(ALL);
        rest.removeAll(List.of(headlines));
        return rest;
    }

    @Test
    void theSeedReallyHasNullAndMissingValues() {
        Document stars = db.raw("posts").find(new Document("headline", STARS)).first();
        Document notes = db.raw("posts").find(new Document("headline", NOTES)).first();
        Document nullDate = db.raw("posts").find(new Document("headline", NULL_DATE)).first();
        Document noDate = db.raw("posts").find(new Document("headline", NO_DATE)).first();
        assertFalse(stars.containsKey("rating"));
        assertTrue(notes.containsKey("rating") && notes.get("rating") == null);
        assertTrue(nullDate.containsKey("pubDate") && nullDate.get("pubDate") == null);
        assertFalse(noDate.containsKey("pubDate"));
    }

    // ---- strings: values are literal text, case-insensitive lookups fold case

    @Test
    void stringLookupsWithMetacharactersInTheValue() {
        assertEquals(set(LIVE), where("headline", LIVE));
        assertEquals(set(LIVE), where("headline__iexact", "c++ (LIVE)?"));
        assertEquals(set(), where("headline__iexact", "c++ (LIVE)"), "iexact is anchored at both ends");
        assertEquals(set(LIVE), where("headline__contains", "+ (live)"));
        assertEquals(set(), where("headline__contains", "+ (LIVE)"), "contains is case-sensitive");
        assertEquals(set(LIVE), where("headline__icontains", "+ (LIVE)?"));
        assertEquals(set(STARS), where("headline__startswith", "a.b*"));
        assertEquals(set(), where("headline__startswith", "axb"), "'.' and '*' are not wildcards");
        assertEquals(set(ABBEY, STARS), where("headline__istartswith", "A"));
        assertEquals(set(ABBEY), where("headline__istartswith", "ABBEY ROAD ("));
        assertEquals(set(NOTES), where("headline__endswith", "^notes$"));
        assertEquals(set(NOTES), where("headline__iendswith", "^NOTES$"));
        assertEquals(set(ABBEY), where("headline__iendswith", "(REMASTERED)"));
        assertEquals(set(NOTES), where("headline__istartswith", "JAZZ ^"));
        assertEquals(set(), where("headline__endswith", "(remastered)"), "endswith is case-sensitive");
    }

    @Test
    void regexLookupsTakeThePatternAsGiven() {
        assertEquals(set(ABBEY, STARS), where("headline__regex", "^[aA]"));
        assertEquals(set(STARS), where("headline__regex", "^a.b"));
        assertEquals(set(NOTES), where("headline__iregex", "^JAZZ"));
        assertEquals(set(ABBEY, NOTES, NO_DATE), where("headline__iregex", "(remastered|notes|no date)"));
        assertEquals(set(LIVE), found(Post_.headline.regex("\\+\\+")));
    }

    @Test
    void embeddedStringFieldsToo() {
        assertEquals(set(LIVE, NOTES), where("site__owner__home__city__iexact", "PARIS"));
        assertEquals(set(LIVE), where("site__owner__home__city", "Paris"));
        assertEquals(set(ABBEY, LIVE, NOTES), where("site__name__istartswith", ""));
    }

    // ---- membership, comparisons, ranges and null semantics

    @Test
    void comparisonsNeverMatchNullOrMissing() {
        assertEquals(set(ABBEY, NULL_DATE), where("rating__gt", 3));
        assertEquals(set(ABBEY, NULL_DATE), where("rating__gte", 4));
        assertEquals(set(LIVE, NO_DATE), where("rating__lt", 3));
        assertEquals(set(LIVE, NO_DATE), where("rating__lte", 2));
        assertEquals(set(LIVE, NO_DATE), where("rating__in", List.of(1, 2)));
        assertEquals(set(ABBEY, LIVE, NULL_DATE, NO_DATE), where("rating__range", List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                "range never matches null or missing");
        assertEquals(set(LIVE, NULL_DATE), where("rating__range", List.of(2, 4)), "both bounds included");
    }

    @Test
    void excludeKeepsNullAndMissing() {
        assertEquals(set(ABBEY, NOTES, STARS, NULL_DATE), excluding("rating__lt", 3));
        assertEquals(set(LIVE, NOTES, STARS, NO_DATE), excluding("rating__gte", 4));
        assertEquals(set(ABBEY, NOTES, STARS), excluding("rating__range", List.of(1, 4)));
        assertEquals(set(ABBEY, NOTES, STARS, NULL_DATE), excluding("rating__in", List.of(1, 2)));
        assertEquals(set(NOTES, STARS), excluding("rating__range", List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)));
        assertEquals(found(Post_.objects().exclude(Post_.rating.lt(3))), excluding("rating__lt", 3), "typed and string agree");
    }

    @Test
    void isnull() {
        assertEquals(set(NOTES, STARS), where("rating__isnull", true));
        assertEquals(allBut(NOTES, STARS), where("rating__isnull", false));
        assertEquals(set(NULL_DATE, NO_DATE), where("pub_date__isnull", true));
        assertEquals(set(NOTES, STARS), where("rating", null), "exact null is isnull");
        assertEquals(set(NOTES, STARS), excluding("rating__isnull", false));
    }

    // ---- dates: UTC parts, across the 2023/2024 boundary

    @Test
    void yearsAreRangesThatNeverMatchNullOrMissing() {
        assertEquals(set(LIVE, NOTES, STARS), where("pub_date__year", 2024));
        assertEquals(set(ABBEY), where("pub_date__year", 2023), "23:30 on Dec 31 is still 2023 in UTC");
        assertEquals(set(LIVE, NOTES, STARS), where("pub_date__year__gt", 2023));
        assertEquals(set(LIVE, NOTES, STARS), where("pub_date__year__gte", 2024));
        assertEquals(set(ABBEY), where("pub_date__year__lt", 2024));
        assertEquals(set(ABBEY), where("pub_date__year__lte", 2023));
        assertEquals(set(ABBEY, LIVE, NOTES, STARS), where("pub_date__year__range", List.of(2023, 2024)));
        assertEquals(set(ABBEY), where("pub_date__year__in", List.of(2019, 2023)));
        assertEquals(set(ABBEY, NULL_DATE, NO_DATE), excluding("pub_date__year", 2024), "exclude keeps null and missing");
        assertEquals(set(STARS), found(Post_.pubDate.year().eq(2024).and(Post_.pubDate.gte(Instant.parse("2024-12-31T23:59:59Z")))),
                "the last second of the year is inside it");
    }

    @Test
    void calendarDates() {
        assertEquals(set(LIVE), where("pub_date__date", "2024-01-01"));
        assertEquals(set(ABBEY), where("pub_date__date", "2023-12-31"));
        assertEquals(set(ABBEY), where("pub_date__date__lt", "2024-01-01"));
        assertEquals(set(ABBEY, LIVE), where("pub_date__date__lte", "2024-01-01"));
        assertEquals(set(NOTES, STARS), where("pub_date__date__gt", "2024-01-01"));
        assertEquals(set(LIVE, NOTES, STARS), where("pub_date__date__gte", "2024-01-01"));
        assertEquals(set(ABBEY, LIVE), where("pub_date__date__range", List.of("2023-12-31", "2024-01-01")));
        assertEquals(set(NOTES, STARS), where("pub_date__date__in", List.of("2024-02-29", "2024-12-31")));
        assertEquals(set(LIVE, NOTES, STARS, NULL_DATE, NO_DATE), excluding("pub_date__date", "2023-12-31"));
    }

    /** Month, day, hour and minute are computed ({@code $expr}) in UTC. */
    @Test
    void computedDateParts() {
        Capabilities.require(Capability.EXPR);
        assertEquals(set(ABBEY, STARS), where("pub_date__month", 12));
        assertEquals(set(LIVE, NOTES), where("pub_date__month__in", List.of(1, 2)));
        assertEquals(set(ABBEY, NOTES, STARS), where("pub_date__month__gt", 1));
        assertEquals(set(ABBEY, NOTES, STARS), where("pub_date__month__range", List.of(2, 12)));
        assertEquals(set(ABBEY, STARS), where("pub_date__day", 31));
        assertEquals(set(NOTES), where("pub_date__day__range", List.of(2, 30)));
        assertEquals(set(ABBEY, STARS), where("pub_date__hour", 23));
        assertEquals(set(NOTES, ABBEY, STARS), where("pub_date__hour__gte", 12));
        assertEquals(set(LIVE), where("pub_date__minute", 15));
        assertEquals(set(NOTES, STARS), where("pub_date__minute__gt", 30));
        assertEquals(set(ABBEY, NOTES, STARS), where("pub_date__minute__in", List.of(30, 45, 59)));
        assertEquals(set(LIVE, NOTES, NULL_DATE, NO_DATE), excluding("pub_date__month", 12), "exclude keeps null and missing");
        // lt/lte on documents that have a date (see computedDatePartsBelowAValueNeverMatchNullOrMissing)
        QuerySet<Post> dated = Post_.objects().filter("pub_date__isnull", false);
        assertEquals(set(LIVE, NOTES), found(dated.filter("pub_date__month__lt", 12)));
        assertEquals(set(LIVE), found(dated.filter("pub_date__day__lte", 1)));
        assertEquals(set(LIVE), found(dated.filter("pub_date__hour__lt", 1)));
        assertEquals(set(LIVE, ABBEY), found(dated.filter("pub_date__minute__lte", 30)));
        assertEquals(found(dated.filter(Post_.pubDate.month().lt(12))), found(dated.filter("pub_date__month__lt", 12)));
    }

    /** Django: {@code pub_date__month__lt=6} never matches a row whose pub_date is NULL. */
    @Test
    void computedDatePartsBelowAValueNeverMatchNullOrMissing() {
        Capabilities.require(Capability.EXPR);
        assertEquals(set(LIVE, NOTES), where("pub_date__month__lt", 12));
        assertEquals(set(LIVE), where("pub_date__day__lte", 1));
        assertEquals(set(LIVE), where("pub_date__hour__lt", 1));
        assertEquals(set(ABBEY, LIVE), where("pub_date__minute__lte", 30));
        assertEquals(set(ABBEY, NOTES, STARS, NULL_DATE, NO_DATE), excluding("pub_date__month__lt", 2), "exclude keeps them");
    }

    /** Django's week_day: 1 is Sunday, 7 is Saturday; Dec 31 2023 was a Sunday. */
    @Test
    void weekDays() {
        Capabilities.require(Capability.EXPR);
        Capabilities.require(Capability.DAY_OF_WEEK);
        assertEquals(set(ABBEY), where("pub_date__week_day", 1));
        assertEquals(set(LIVE), where("pub_date__week_day", 2));
        assertEquals(set(STARS), where("pub_date__week_day", 3));
        assertEquals(set(NOTES), where("pub_date__week_day", 5));
        assertEquals(set(ABBEY), where("pub_date__week_day__in", List.of(1, 7)));
        assertEquals(set(LIVE, STARS, NOTES), where("pub_date__week_day__range", List.of(2, 6)));
        assertEquals(set(STARS, NOTES), where("pub_date__week_day__gt", 2));
    }

    // ---- scalar lists and maps

    @Test
    void scalarLists() {
        assertEquals(set(ABBEY, NOTES), where("tags__contains", "rock"));
        assertEquals(set(NOTES), where("tags__contains", List.of("jazz", "rock")));
        assertEquals(set(NOTES), where("tags__contains_all", List.of("sax", "jazz")));
        assertEquals(set(ABBEY, NOTES), where("tags__overlap", List.of("classic", "sax")));
        assertEquals(set(ABBEY, LIVE, NOTES), where("tags__in", List.of("classic", "jazz")));
        assertEquals(set(LIVE), where("tags__len", 1));
        assertEquals(set(NOTES), where("tags__len", 3));
        assertEquals(set(STARS, NULL_DATE, NO_DATE), where("tags__isempty", true));
        assertEquals(set(ABBEY, LIVE, NOTES), where("tags__isempty", false));
        assertEquals(set(ABBEY), where("tags__0", "rock"));
        assertEquals(set(LIVE, NOTES), where("tags__0", "jazz"));
        assertEquals(set(NOTES), where("tags__1__startswith", "sa"));
        assertEquals(set(ABBEY), where("marks__1__gt", 5));
        assertEquals(set(ABBEY, LIVE), where("marks__0__lte", 4));
        assertEquals(set(LIVE), where("tags", List.of("jazz")), "whole-array equality");
        assertEquals(allBut(ABBEY, NOTES), excluding("tags__contains", "rock"));
    }

    @Test
    void mapKeys() {
        assertEquals(set(ABBEY), where("votes__up__gte", 3));
        assertEquals(set(LIVE), where("votes__up__lt", 5), "a missing key does not match");
        assertEquals(set(LIVE), where("votes__up", 2));
        assertEquals(allBut(ABBEY), excluding("votes__up__gte", 3), "exclude keeps posts without the key");
        assertEquals(allBut(ABBEY), where("votes__down__isnull", true));
        assertEquals(set(ABBEY), found(Post_.votes.containsKey("down")));
        assertEquals(set(ABBEY, LIVE), found(Post_.votes.get("up").range(1, 10)));
    }

    // ---- embedded models and arrays of models

    @Test
    void embeddedPathsAtDepthThree() {
        assertEquals(set(LIVE, NOTES), where("site__owner__name", "Dee"));
        assertEquals(set(ABBEY), where("site__owner__home__city__in", List.of("Liverpool", "Oslo")));
        assertEquals(set(STARS, NULL_DATE, NO_DATE), where("site__isnull", true));
        assertEquals(set(STARS, NULL_DATE, NO_DATE), where("site__owner__home__city__isnull", true), "a missing parent is missing");
        assertEquals(set(ABBEY, STARS, NULL_DATE, NO_DATE), excluding("site__owner__home__city__iexact", "paris"));
    }

    @Test
    void pathsThroughArraysOfModelsMatchAnyElement() {
        assertEquals(set(ABBEY, NOTES), where("authors__name", "Ann"));
        assertEquals(set(ABBEY), where("authors__karma__gte", 5));
        assertEquals(set(ABBEY, NOTES), where("authors__email__iendswith", ".ORG"));
        assertEquals(set(ABBEY, NOTES), where("authors__len", 2));
        assertEquals(set(STARS, NULL_DATE, NO_DATE), where("authors__isempty", true));
        assertEquals(set(ABBEY, NOTES), found(Post_.objects().filter("authors__name", "Ann").filter("authors__email__endswith", ".org")),
                "any element: NOTES has Ann and a .org author, but not the same one");
        assertEquals(set(ABBEY), found(Post_.authors.at(0).karma.gt(3)));
    }

    @Test
    void elemMatchNeedsOneElementForAllConditions() {
        Capabilities.require(Capability.ELEM_MATCH_ON_DOCUMENTS);
        assertEquals(set(ABBEY), found(Post_.authors.elemMatch(a -> a.name.eq("Ann").and(a.email.endsWith(".org")))));
        assertEquals(set(NOTES), found(Post_.authors.elemMatch(a -> a.karma.gte(3).and(a.karma.lte(4)))));
    }

    // ---- F: comparing two fields of the same document

    @Test
    void fieldAgainstField() {
        Capabilities.require(Capability.EXPR);
        assertEquals(set(ABBEY, NULL_DATE), where("rating__gt", F.field("views")));
        assertEquals(set(ABBEY, NULL_DATE, NO_DATE), where("rating__gte", F.field("views")));
        assertEquals(set(NO_DATE), where("rating", F.field("views")));
        assertEquals(set(NULL_DATE), found(Post_.rating.gte(F.of(Post_.views).times(2))));
        assertEquals(set(LIVE), found(Post_.objects().filter("rating__isnull", false).filter("rating__lt", F.field("views"))));
    }

    /** Django: {@code rating < F('views')} is SQL {@code rating < views}, false when rating is NULL. */
    @Test
    void fieldAgainstFieldNeverMatchesNullOrMissing() {
        Capabilities.require(Capability.EXPR);
        assertEquals(set(LIVE), where("rating__lt", F.field("views")));
        assertEquals(set(LIVE, NO_DATE), where("rating__lte", F.field("views")));
        assertEquals(set(ABBEY, NOTES, STARS, NULL_DATE, NO_DATE), excluding("rating__lt", F.field("views")));
        assertEquals(set(ABBEY, LIVE, NOTES), where("site__name", F.field("site__name")), "null is not equal to null");
    }

    // ---- subqueries, exclude over several conditions, raw filters

    @Test
    void inASubquery() {
        Topic_.objects().bulkCreate(List.of(new Topic(null, "Jazz", true), new Topic(null, "Beatles", false)));
        QuerySet<Topic> hot = Topic_.objects().filter(Topic_.hot.eq(true));

        assertEquals(set(LIVE, NOTES), where("site__name__in", hot.subquery(Topic_.siteName)));
        assertEquals(set(ABBEY, STARS, NULL_DATE, NO_DATE), excluding("site__name__in", hot.subquery(Topic_.siteName)));
        QuerySet<Post> posts = Post_.objects().filter(Post_.site.name.in(hot.subquery(Topic_.siteName)));
        Topic_.objects().create(new Topic(null, "Beatles", true));
        assertEquals(set(ABBEY, LIVE, NOTES), found(posts), "the subquery runs when the outer query does");
        assertEquals(set(LIVE, NOTES), where("site__name__in", Topic_.objects().filter(Topic_.siteName.eq("Jazz"))
                .orderBy(Topic_.siteName.asc()).limit(1).subquery(Topic_.siteName)), "the subquery's slice applies");
    }

    /** A subquery that matches nothing (none(), limit(0)) gives an empty {@code $in}. */
    @Test
    void aSubqueryOfNothingMatchesNothing() {
        Topic_.objects().create(new Topic(null, "Jazz", true));
        assertEquals(set(), where("site__name__in", Topic_.objects().none().subquery(Topic_.siteName)));
        assertEquals(set(), where("site__name__in", Topic_.objects().limit(0).subquery(Topic_.siteName)));
        assertEquals(0, Post_.objects().filter("site__name__in", Topic_.objects().none().subquery(Topic_.siteName)).count());
    }

    @Test
    void excludeOfSeveralConditionsRemovesWhatMatchesAllOfThem() {
        assertEquals(allBut(LIVE), found(Post_.objects().exclude(lookup("site__name", "Jazz"), lookup("rating__lt", 3))),
                "NOTES is Jazz but its rating is null, so it does not match both");
        assertEquals(set(ABBEY, STARS, NULL_DATE),
                found(Post_.objects().exclude("site__name", "Jazz").exclude("rating__lt", 3)), "chained excludes remove either");
        assertEquals(set(ABBEY, NOTES, STARS, NULL_DATE, NO_DATE),
                found(Post_.objects().exclude(Post_.site.name.eq("Jazz"), Post_.views.gt(5))));
        assertEquals(set(NOTES), found(Post_.objects().filter("site__name", "Jazz").exclude(lookup("rating__lt", 3))));
    }

    @Test
    void orAndNot() {
        assertEquals(set(ABBEY, STARS), found(lookup("rating", 5).or(lookup("views", 7))));
        assertEquals(allBut(ABBEY, STARS), found(lookup("rating", 5).or(lookup("views", 7)).not()));
        assertEquals(set(LIVE), found(Filter.allOf(lookup("tags__contains", "jazz"), lookup("rating__isnull", false))));
    }

    @Test
    void rawDriverFiltersMixWithLookups() {
        assertEquals(set(ABBEY), found(Post_.objects().filter(Filter.raw(Filters.size("tags", 2)))));
        assertEquals(set(NOTES), found(Post_.objects().filter(Filter.raw(Filters.size("tags", 3))).filter("tags__contains", "sax")));
        assertEquals(set(STARS), found(Post_.objects().filter(Filter.raw(Filters.exists("rating", false)))));
    }
}
