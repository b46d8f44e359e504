package io.djongo.it.declared;

import static io.djongo.it.support.Capabilities.Capability.CONTAINED_BY;
import static io.djongo.it.support.Capabilities.Capability.DAY_OF_WEEK;
import static io.djongo.it.support.Capabilities.Capability.ELEM_MATCH_ON_DOCUMENTS;
import static io.djongo.it.support.Capabilities.Capability.EXPR;
import static io.djongo.it.support.Capabilities.Capability.ISO_DATE_PARTS;
import static io.djongo.it.support.Capabilities.Capability.REGEX_MATCH;
import static io.djongo.it.support.Capabilities.Capability.STRING_EXPRESSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.F;
import io.djongo.query.Lookup;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every declared query of {@link PostQueries} sends the BSON the same query builds with typed paths
 * (and, where Django has it, with a lookup string), and finds the same posts. The BSON is compared
 * on every server; the results where the server can run the query, and skipped with the reason
 * elsewhere.
 */
class DeclaredQueriesTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final PostQueries QUERIES = PostQueries_.INSTANCE;

    @BeforeEach
    void posts() {
        Posts.save();
    }

    /** One declared query and its twins. */
    private record Case(String name, Supplier<BsonDocument> command, Supplier<QuerySet<Post>> typed,
            Supplier<QuerySet<Post>> lookups, Supplier<List<Post>> results, List<Capability> needs) {}

    private static Case of(String name, Supplier<BsonDocument> command, Supplier<QuerySet<Post>> typed,
            Supplier<QuerySet<Post>> lookups, Supplier<List<Post>> results, Capability... needs) {
        return new Case(name, command, typed, lookups, results, List.of(needs));
    }

    private static QuerySet<Post> objects() {
        return Post_.objects();
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // equality, comparisons, membership, nulls
        cases.add(of("headline = :headline", () -> PostQueries_.Commands.headline("Jan"),
                () -> objects().filter(Post_.headline.eq("Jan")), () -> objects().filter("headline", "Jan"),
                () -> QUERIES.headline("Jan")));
        cases.add(of("rating = :rating (null)", () -> PostQueries_.Commands.rating(null),
                () -> objects().filter(Post_.rating.eq(null)), () -> objects().filter("rating", null), () -> QUERIES.rating(null)));
        cases.add(of("rating = null", PostQueries_.Commands::withoutRating, () -> objects().filter(Post_.rating.isNull(true)),
                () -> objects().filter("rating", null), QUERIES::withoutRating));
        cases.add(of("rating__gt", () -> PostQueries_.Commands.ratingAbove(2), () -> objects().filter(Post_.rating.gt(2)),
                () -> objects().filter("rating__gt", 2), () -> QUERIES.ratingAbove(2)));
        cases.add(of("rating__gte, rating__lte", () -> PostQueries_.Commands.ratingFromTo(2, 3),
                () -> objects().filter(Post_.rating.gte(2), Post_.rating.lte(3)),
                () -> objects().filter(Lookup.of("rating__gte", 2).and(Lookup.of("rating__lte", 3))),
                () -> QUERIES.ratingFromTo(2, 3)));
        cases.add(of("rating__range", () -> PostQueries_.Commands.ratingRange(2, 11), () -> objects().filter(Post_.rating.range(2, 11)),
                () -> objects().filter("rating__range", List.of(2, 11)), () -> QUERIES.ratingRange(2, 11)));
        cases.add(of("rating__in = :ratings", () -> PostQueries_.Commands.ratingIn(java.util.Arrays.asList(1, null, 3)),
                () -> objects().filter(Post_.rating.in(java.util.Arrays.asList(1, null, 3))),
                () -> objects().filter("rating__in", java.util.Arrays.asList(1, null, 3)),
                () -> QUERIES.ratingIn(java.util.Arrays.asList(1, null, 3))));
        cases.add(of("rating__in = [1, :other, 11]", () -> PostQueries_.Commands.ratingOneOr(null),
                () -> objects().filter(Post_.rating.in(1, null, 11)), () -> objects().filter("rating__in",
                        java.util.Arrays.asList(1, null, 11)), () -> QUERIES.ratingOneOr(null)));
        cases.add(of("rating__isnull = :missing", () -> PostQueries_.Commands.ratingIsNull(false),
                () -> objects().filter(Post_.rating.isNull(false)), () -> objects().filter("rating__isnull", false),
                () -> QUERIES.ratingIsNull(false)));
        cases.add(of("views__lt = 35", PostQueries_.Commands::fewViews, () -> objects().filter(Post_.views.lt(35)),
                () -> objects().filter("views__lt", 35), QUERIES::fewViews));
        // text
        cases.add(of("headline__iexact", () -> PostQueries_.Commands.headlineIExact("JAN"),
                () -> objects().filter(Post_.headline.iExact("JAN")), () -> objects().filter("headline__iexact", "JAN"),
                () -> QUERIES.headlineIExact("JAN")));
        cases.add(of("draft__iexact = null", () -> PostQueries_.Commands.draftIExact(null),
                () -> objects().filter(Post_.draft.iExact((String) null)), () -> objects().filter("draft__iexact", null),
                () -> QUERIES.draftIExact(null)));
        cases.add(of("headline__contains (escaped)", () -> PostQueries_.Commands.headlineContains("a.n"),
                () -> objects().filter(Post_.headline.contains("a.n")), () -> objects().filter("headline__contains", "a.n"),
                () -> QUERIES.headlineContains("a.n")));
        cases.add(of("headline__icontains", () -> PostQueries_.Commands.headlineIContains("A"),
                () -> objects().filter(Post_.headline.iContains("A")), () -> objects().filter("headline__icontains", "A"),
                () -> QUERIES.headlineIContains("A")));
        cases.add(of("headline__startswith", () -> PostQueries_.Commands.headlineStartsWith("J"),
                () -> objects().filter(Post_.headline.startsWith("J")), () -> objects().filter("headline__startswith", "J"),
                () -> QUERIES.headlineStartsWith("J")));
        cases.add(of("headline__istartswith", () -> PostQueries_.Commands.headlineIStartsWith("d"),
                () -> objects().filter(Post_.headline.iStartsWith("d")), () -> objects().filter("headline__istartswith", "d"),
                () -> QUERIES.headlineIStartsWith("d")));
        cases.add(of("headline__endswith", () -> PostQueries_.Commands.headlineEndsWith("n"),
                () -> objects().filter(Post_.headline.endsWith("n")), () -> objects().filter("headline__endswith", "n"),
                () -> QUERIES.headlineEndsWith("n")));
        cases.add(of("headline__iendswith = 'N'", PostQueries_.Commands::headlineEndsWithN,
                () -> objects().filter(Post_.headline.iEndsWith("N")), () -> objects().filter("headline__iendswith", "N"),
                QUERIES::headlineEndsWithN));
        cases.add(of("headline__regex", () -> PostQueries_.Commands.headlineRegex("^[JM]"),
                () -> objects().filter(Post_.headline.regex("^[JM]")), () -> objects().filter("headline__regex", "^[JM]"),
                () -> QUERIES.headlineRegex("^[JM]")));
        cases.add(of("headline__iregex", () -> PostQueries_.Commands.headlineIRegex("^[jm]"),
                () -> objects().filter(Post_.headline.iRegex("^[jm]")), () -> objects().filter("headline__iregex", "^[jm]"),
                () -> QUERIES.headlineIRegex("^[jm]")));
        cases.add(of("rating__startswith (text of a number)", () -> PostQueries_.Commands.ratingText("1"), null,
                () -> objects().filter("rating__startswith", "1"), () -> QUERIES.ratingText("1"), REGEX_MATCH));
        // F()
        cases.add(of("views__gt = F(rating)", PostQueries_.Commands::moreViewsThanRating,
                () -> objects().filter(Post_.views.gt(F.of(Post_.rating))), () -> objects().filter("views__gt", F.field("rating")),
                QUERIES::moreViewsThanRating, EXPR));
        cases.add(of("views__lt = F(rating) * 20", PostQueries_.Commands::viewsBelowTwentyRatings,
                () -> objects().filter(Post_.views.lt(F.of(Post_.rating).times(20))), null, QUERIES::viewsBelowTwentyRatings, EXPR));
        cases.add(of("published__icontains = F(draft)", PostQueries_.Commands::publishedHoldsDraft,
                () -> objects().filter(Post_.published.iContains(F.of(Post_.draft))),
                () -> objects().filter("published__icontains", F.field("draft")), QUERIES::publishedHoldsDraft, EXPR,
                STRING_EXPRESSIONS));
        // dates
        cases.add(of("pub_date__year", () -> PostQueries_.Commands.ofYear(2024), () -> objects().filter(Post_.pubDate.year().eq(2024)),
                () -> objects().filter("pub_date__year", 2024), () -> QUERIES.ofYear(2024)));
        cases.add(of("pub_date__year__gte", () -> PostQueries_.Commands.sinceYear(2021),
                () -> objects().filter(Post_.pubDate.year().gte(2021)), () -> objects().filter("pub_date__year__gte", 2021),
                () -> QUERIES.sinceYear(2021)));
        cases.add(of("pub_date__iso_year", () -> PostQueries_.Commands.ofIsoYear(2020),
                () -> objects().filter(Post_.pubDate.isoYear().eq(2020)), () -> objects().filter("pub_date__iso_year", 2020),
                () -> QUERIES.ofIsoYear(2020)));
        cases.add(of("pub_date__year__in = :years (typed)", () -> PostQueries_.Commands.ofYears(List.of(2020, 2021)),
                () -> objects().filter(Post_.pubDate.year().in(List.of(2020, 2021))),
                () -> objects().filter("pub_date__year__in", List.of(2020, 2021)), () -> QUERIES.ofYears(List.of(2020, 2021))));
        cases.add(of("pub_date__month", () -> PostQueries_.Commands.ofMonth(1), () -> objects().filter(Post_.pubDate.month().eq(1)),
                () -> objects().filter("pub_date__month", 1), () -> QUERIES.ofMonth(1), EXPR));
        cases.add(of("pub_date__month__range", () -> PostQueries_.Commands.ofMonths(5, 12),
                () -> objects().filter(Post_.pubDate.month().range(5, 12)), () -> objects().filter("pub_date__month__range",
                        List.of(5, 12)), () -> QUERIES.ofMonths(5, 12), EXPR));
        cases.add(of("pub_date__month__in", () -> PostQueries_.Commands.inMonths(Set.of(1)),
                () -> objects().filter(Post_.pubDate.month().in(Set.of(1))), () -> objects().filter("pub_date__month__in",
                        Set.of(1)), () -> QUERIES.inMonths(Set.of(1)), EXPR));
        cases.add(of("pub_date__day__lt", () -> PostQueries_.Commands.beforeDay(4), () -> objects().filter(Post_.pubDate.day().lt(4)),
                () -> objects().filter("pub_date__day__lt", 4), () -> QUERIES.beforeDay(4), EXPR));
        cases.add(of("pub_date__week_day", () -> PostQueries_.Commands.onWeekDay(1),
                () -> objects().filter(Post_.pubDate.weekDay().eq(1)), () -> objects().filter("pub_date__week_day", 1),
                () -> QUERIES.onWeekDay(1), EXPR, DAY_OF_WEEK));
        cases.add(of("pub_date__iso_week_day", () -> PostQueries_.Commands.onIsoWeekDay(1),
                () -> objects().filter(Post_.pubDate.isoWeekDay().eq(1)), () -> objects().filter("pub_date__iso_week_day", 1),
                () -> QUERIES.onIsoWeekDay(1), EXPR, ISO_DATE_PARTS));
        cases.add(of("pub_date__week", () -> PostQueries_.Commands.inWeek(53), () -> objects().filter(Post_.pubDate.week().eq(53)),
                () -> objects().filter("pub_date__week", 53), () -> QUERIES.inWeek(53), EXPR, ISO_DATE_PARTS));
        cases.add(of("pub_date__quarter", () -> PostQueries_.Commands.inQuarter(2), () -> objects().filter(Post_.pubDate.quarter().eq(2)),
                () -> objects().filter("pub_date__quarter", 2), () -> QUERIES.inQuarter(2), EXPR));
        cases.add(of("pub_date__hour__gte", () -> PostQueries_.Commands.fromHour(12),
                () -> objects().filter(Post_.pubDate.hour().gte(12)), () -> objects().filter("pub_date__hour__gte", 12),
                () -> QUERIES.fromHour(12), EXPR));
        LocalDate day = LocalDate.of(2024, 1, 1);
        cases.add(of("pub_date__date", () -> PostQueries_.Commands.onDay(day), () -> objects().filter(Post_.pubDate.date().eq(day)),
                () -> objects().filter("pub_date__date", day), () -> QUERIES.onDay(day)));
        cases.add(of("pub_date__date__lt", () -> PostQueries_.Commands.beforeDate(day),
                () -> objects().filter(Post_.pubDate.date().lt(day)), () -> objects().filter("pub_date__date__lt", day),
                () -> QUERIES.beforeDate(day)));
        cases.add(of("pub_date__time__lt", () -> PostQueries_.Commands.beforeTime(LocalTime.NOON),
                () -> objects().filter(Post_.pubDate.time().lt(LocalTime.NOON)), () -> objects().filter("pub_date__time__lt",
                        LocalTime.NOON), () -> QUERIES.beforeTime(LocalTime.NOON), EXPR));
        Instant since = Instant.parse("2021-01-01T00:00:00Z");
        cases.add(of("pub_date__gte", () -> PostQueries_.Commands.publishedSince(since),
                () -> objects().filter(Post_.pubDate.gte(since)), () -> objects().filter("pub_date__gte", since),
                () -> QUERIES.publishedSince(since)));
        // arrays
        cases.add(of("tags__contains = :tag", () -> PostQueries_.Commands.tagged("a"), () -> objects().filter(Post_.tags.contains("a")),
                () -> objects().filter("tags__contains", "a"), () -> QUERIES.tagged("a")));
        cases.add(of("tags__contains = :tags", () -> PostQueries_.Commands.taggedAll(List.of("a", "b")),
                () -> objects().filter(Post_.tags.containsAll(List.of("a", "b"))),
                () -> objects().filter("tags__contains", List.of("a", "b")), () -> QUERIES.taggedAll(List.of("a", "b"))));
        cases.add(of("tags__contained_by", () -> PostQueries_.Commands.tagsWithin(List.of("a")),
                () -> objects().filter(Post_.tags.containedBy(List.of("a"))), () -> objects().filter("tags__contained_by",
                        List.of("a")), () -> QUERIES.tagsWithin(List.of("a")), CONTAINED_BY));
        cases.add(of("tags__overlap", () -> PostQueries_.Commands.taggedAny(Set.of("b")), () -> objects().filter(Post_.tags.overlap(Set.of("b"))),
                () -> objects().filter("tags__overlap", Set.of("b")), () -> QUERIES.taggedAny(Set.of("b"))));
        cases.add(of("tags__in = :lists", () -> PostQueries_.Commands.tagsOneOf(List.of(List.of("a"), List.of("b"))),
                () -> objects().filter(Post_.tags.in(List.of(List.of("a"), List.of("b")))),
                () -> objects().filter("tags__in", List.of(List.of("a"), List.of("b"))),
                () -> QUERIES.tagsOneOf(List.of(List.of("a"), List.of("b")))));
        cases.add(of("tags = :tags", () -> PostQueries_.Commands.tagsExactly(List.of("a", "b")),
                () -> objects().filter(Post_.tags.eq(List.of("a", "b"))), () -> objects().filter("tags", List.of("a", "b")),
                () -> QUERIES.tagsExactly(List.of("a", "b"))));
        cases.add(of("tags__len = :length (typed)", () -> PostQueries_.Commands.tagCount(2),
                () -> objects().filter(Post_.tags.length().eq(2)), () -> objects().filter("tags__len", 2), () -> QUERIES.tagCount(2)));
        cases.add(of("tags__len__lte = 1", PostQueries_.Commands::atMostOneTag, () -> objects().filter(Post_.tags.length().lte(1)),
                () -> objects().filter("tags__len__lte", 1), QUERIES::atMostOneTag));
        cases.add(of("tags__isempty = true", PostQueries_.Commands::untagged, () -> objects().filter(Post_.tags.isEmpty()),
                () -> objects().filter("tags__isempty", true), QUERIES::untagged));
        cases.add(of("tags__isempty = :empty (typed)", () -> PostQueries_.Commands.tagsEmpty(false),
                () -> objects().filter(Post_.tags.isNotEmpty()), () -> objects().filter("tags__isempty", false),
                () -> QUERIES.tagsEmpty(false)));
        cases.add(of("tags__0", () -> PostQueries_.Commands.firstTag("a"), () -> objects().filter(Post_.tags.index(0).eq("a")),
                () -> objects().filter("tags__0", "a"), () -> QUERIES.firstTag("a")));
        // maps
        cases.add(of("votes__up__gte", () -> PostQueries_.Commands.upVotes(1), () -> objects().filter(Post_.votes.get("up").gte(1)),
                () -> objects().filter("votes__up__gte", 1), () -> QUERIES.upVotes(1)));
        cases.add(of("votes__up__isnull", () -> PostQueries_.Commands.upVoteMissing(false),
                () -> objects().filter(Post_.votes.get("up").isNull(false)), () -> objects().filter("votes__up__isnull", false),
                () -> QUERIES.upVoteMissing(false)));
        cases.add(of("votes__has_key = 'up'", PostQueries_.Commands::hasUp, () -> objects().filter(Post_.votes.hasKey("up")),
                () -> objects().filter("votes__has_key", "up"), QUERIES::hasUp));
        cases.add(of("votes__has_key = :key (typed)", () -> PostQueries_.Commands.hasVote("down"),
                () -> objects().filter(Post_.votes.hasKey("down")), () -> objects().filter("votes__has_key", "down"),
                () -> QUERIES.hasVote("down")));
        cases.add(of("votes__has_any_keys", PostQueries_.Commands::hasUpOrDown, () -> objects().filter(Post_.votes.hasAnyKeys("up", "down")),
                () -> objects().filter("votes__has_any_keys", List.of("up", "down")), QUERIES::hasUpOrDown));
        cases.add(of("votes__contains = :votes (typed)", () -> PostQueries_.Commands.votesContain(Map.of("down", 2)),
                () -> objects().filter(Post_.votes.contains(Map.of("down", 2))), () -> objects().filter("votes__contains",
                        Map.of("down", 2)), () -> QUERIES.votesContain(Map.of("down", 2))));
        // embedded models and arrays of models
        cases.add(of("site__name__istartswith", () -> PostQueries_.Commands.onSite("bea"),
                () -> objects().filter(Post_.site.name.iStartsWith("bea")), () -> objects().filter("site__name__istartswith", "bea"),
                () -> QUERIES.onSite("bea")));
        cases.add(of("site__owner__home__city", () -> PostQueries_.Commands.ownerIn("Leeds"),
                () -> objects().filter(Post_.site.owner.home.city.eq("Leeds")), () -> objects().filter("site__owner__home__city",
                        "Leeds"), () -> QUERIES.ownerIn("Leeds")));
        cases.add(of("authors__name, authors__email__endswith: one element", () -> PostQueries_.Commands.oneAuthor("Ann", ".org"),
                () -> objects().filter(Post_.authors.any().name.eq("Ann"), Post_.authors.any().email.endsWith(".org")),
                () -> objects().filter(Lookup.of("authors__name", "Ann").and(Lookup.of("authors__email__endswith", ".org"))),
                () -> QUERIES.oneAuthor("Ann", ".org"), ELEM_MATCH_ON_DOCUMENTS));
        cases.add(of("authors__karma__gte", () -> PostQueries_.Commands.authorKarma(5),
                () -> objects().filter(Post_.authors.any().karma.gte(5)), () -> objects().filter("authors__karma__gte", 5),
                () -> QUERIES.authorKarma(5)));
        cases.add(of("authors__0__name", () -> PostQueries_.Commands.firstAuthor("Bob"),
                () -> objects().filter(Post_.authors.at(0).name.eq("Bob")), () -> objects().filter("authors__0__name", "Bob"),
                () -> QUERIES.firstAuthor("Bob")));
        // combinations
        cases.add(of("a | b", () -> PostQueries_.Commands.goodOrTagged(3, "a"),
                () -> objects().filter(Post_.rating.gte(3).or(Post_.tags.contains("a"))),
                () -> objects().filter(Lookup.of("rating__gte", 3).or(Lookup.of("tags__contains", "a"))),
                () -> QUERIES.goodOrTagged(3, "a")));
        cases.add(of("~a", () -> PostQueries_.Commands.notBelow(3), () -> objects().filter(Post_.rating.lt(3).not()),
                () -> objects().exclude("rating__lt", 3), () -> QUERIES.notBelow(3)));
        cases.add(of("filter, exclude, order, slice", () -> PostQueries_.Commands.page(20, "b"),
                () -> objects().filter(Post_.views.gte(20)).exclude(Post_.tags.contains("b"))
                        .orderBy(Post_.views.desc(), Post_.headline.asc()).offset(1).limit(2),
                () -> objects().filter("views__gte", 20).exclude("tags__contains", "b").orderBy("-views", "headline").offset(1)
                        .limit(2), () -> QUERIES.page(20, "b")));
        // derived names
        cases.add(of("findByHeadlineStartsWithAndViewsGreaterThanEqualOrderByViewsDesc",
                () -> PostQueries_.Commands.findByHeadlineStartsWithAndViewsGreaterThanEqualOrderByViewsDesc("", 20),
                () -> objects().filter(Post_.headline.startsWith(""), Post_.views.gte(20)).orderBy(Post_.views.desc()), null,
                () -> QUERIES.findByHeadlineStartsWithAndViewsGreaterThanEqualOrderByViewsDesc("", 20)));
        cases.add(of("findTop2ByOrderByViewsDesc", PostQueries_.Commands::findTop2ByOrderByViewsDesc,
                () -> objects().orderBy(Post_.views.desc()).limit(2), null, QUERIES::findTop2ByOrderByViewsDesc));
        cases.add(of("findByRatingBetween", () -> PostQueries_.Commands.findByRatingBetween(2, 3),
                () -> objects().filter(Post_.rating.range(2, 3)), null, () -> QUERIES.findByRatingBetween(2, 3)));
        cases.add(of("findByRatingIn", () -> PostQueries_.Commands.findByRatingIn(Set.of(1, 11)),
                () -> objects().filter(Post_.rating.in(Set.of(1, 11))), null, () -> QUERIES.findByRatingIn(Set.of(1, 11))));
        cases.add(of("findByRatingNotIn", () -> PostQueries_.Commands.findByRatingNotIn(List.of(1, 11)),
                () -> objects().filter(Post_.rating.in(List.of(1, 11)).not()), null, () -> QUERIES.findByRatingNotIn(List.of(1, 11))));
        cases.add(of("findByDraftIsNull", PostQueries_.Commands::findByDraftIsNull, () -> objects().filter(Post_.draft.isNull(true)),
                null, QUERIES::findByDraftIsNull));
        cases.add(of("findByRatingNot", () -> PostQueries_.Commands.findByRatingNot(2), () -> objects().filter(Post_.rating.eq(2).not()),
                null, () -> QUERIES.findByRatingNot(2)));
        cases.add(of("findBySiteNameIgnoreCase", () -> PostQueries_.Commands.findBySiteNameIgnoreCase("jazz notes"),
                () -> objects().filter(Post_.site.name.iExact("jazz notes")), null,
                () -> QUERIES.findBySiteNameIgnoreCase("jazz notes")));
        cases.add(of("findByViewsLessThanOrTagsContaining", () -> PostQueries_.Commands.findByViewsLessThanOrTagsContaining(15, "b"),
                () -> objects().filter(Post_.views.lt(15).or(Post_.tags.contains("b"))), null,
                () -> QUERIES.findByViewsLessThanOrTagsContaining(15, "b")));
        cases.add(of("findByPubDateAfter", () -> PostQueries_.Commands.findByPubDateAfter(since),
                () -> objects().filter(Post_.pubDate.gt(since)), null, () -> QUERIES.findByPubDateAfter(since)));
        cases.add(of("findByTagsIsEmpty", PostQueries_.Commands::findByTagsIsEmpty, () -> objects().filter(Post_.tags.isEmpty()),
                null, QUERIES::findByTagsIsEmpty));
        // JSON
        cases.add(of("JSON filter", () -> PostQueries_.Commands.json(20, List.of("b")),
                () -> objects().filter(Post_.views.gte(20), Post_.tags.overlap(List.of("b"))), null,
                () -> QUERIES.json(20, List.of("b"))));
        cases.add(of("JSON $or", () -> PostQueries_.Commands.jsonOr(2, "^Jazz"),
                () -> objects().filter(Post_.rating.eq(2).or(Post_.site.name.regex("^Jazz"))), null,
                () -> QUERIES.jsonOr(2, "^Jazz")));
        cases.add(of("JSON @Exclude", () -> PostQueries_.Commands.jsonExclude(20, "b"),
                () -> objects().filter(Post_.views.gte(20)).exclude(Post_.tags.contains("b")), null,
                () -> QUERIES.jsonExclude(20, "b")));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> sameBsonAndResultsAsTypedPaths() {
        return cases().stream().map(test -> DynamicTest.dynamicTest(test.name(), () -> {
            BsonDocument declared = test.command().get();
            if (test.typed() != null) {
                assertEquals(test.typed().get().toBson().toJson(), declared.toJson(), "typed paths");
            }
            if (test.lookups() != null) {
                assertEquals(test.lookups().get().toBson().toJson(), declared.toJson(), "lookup strings");
            }
            for (Capability capability : test.needs()) {
                Capabilities.require(capability);
            }
            QuerySet<Post> reference = test.typed() != null ? test.typed().get() : test.lookups().get();
            List<String> expected = headlines(reference.list());
            List<String> actual = headlines(test.results().get());
            if (reference.toBson().containsKey("sort")) {
                assertEquals(expected, actual, "the same posts in the same order");
            } else {
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), "the same posts");
                assertEquals(expected.size(), actual.size(), "the same number of posts");
            }
        }));
    }

    static List<String> headlines(List<Post> posts) {
        List<String> headlines = new ArrayList<>();
        for (Post post : posts) {
            headlines.add(post.headline);
        }
        return headlines;
    }
}
