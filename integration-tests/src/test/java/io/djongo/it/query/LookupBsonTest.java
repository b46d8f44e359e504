package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import io.djongo.FieldError;
import io.djongo.it.model.Entry_;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Topic;
import io.djongo.it.query.model.Topic_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.DatePartPath;
import io.djongo.query.F;
import io.djongo.query.Filter;
import io.djongo.query.Lookups;
import io.djongo.query.QuerySet;
import io.djongo.query.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Golden BSON of every lookup: the typed path and the Django lookup string must compile to the
 * same filter document, character for character. Expected strings are written with {@code '}
 * for {@code "} to stay readable; {@link #same} swaps them back. Only the subquery test talks to
 * the server (the subquery runs when the filter is rendered).
 */
class LookupBsonTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** {@code typed} and {@code filter(lookup, value)} both render as {@code expected}. */
    private static void same(String expected, Filter<Post> typed, String lookup, Object value) {
        assertEquals(json(expected), typed.toBsonDocument().toJson(), "typed filter for " + lookup);
        assertEquals(json(expected), Post_.objects().filter(lookup, value).filterDocument().toJson(),
                "filter(\"" + lookup + "\", " + value + ")");
    }

    /**
     * {@code typed} and {@code filter(lookup, value)} render the same document, whose {@code $expr}
     * is {@code expectedExpr}: for comparisons whose null handling may add conditions beside it.
     */
    private static void sameExpr(String expectedExpr, Filter<Post> typed, String lookup, Object value) {
        org.bson.BsonDocument document = typed.toBsonDocument();
        assertEquals(document.toJson(), Post_.objects().filter(lookup, value).filterDocument().toJson(),
                "filter(\"" + lookup + "\", " + value + ")");
        assertEquals(json(expectedExpr), document.get("$expr").asDocument().toJson(), lookup);
    }

    private static String filter(QuerySet<?> query) {
        return query.filterDocument().toJson();
    }

    private static Filter<Post> lookup(String lookup, Object value) {
        return Lookups.filter(Post_.objects().meta(), lookup, value);
    }

    private static String error(String lookup, Object value) {
        return assertThrows(FieldError.class, () -> Entry_.objects().filter(lookup, value)).getMessage();
    }

    // ---- exact and the string family

    @Test
    void exactAndIexact() {
        same("{'headline': 'a.b'}", Post_.headline.eq("a.b"), "headline", "a.b");
        same("{'headline': 'a.b'}", Post_.headline.eq("a.b"), "headline__exact", "a.b");
        same("{'headline': null}", Post_.headline.eq(null), "headline__exact", null);
        same("{'headline': {'$regex': '^a\\\\.b\\\\z', '$options': 'i'}}", Post_.headline.iExact("a.b"), "headline__iexact", "a.b");
    }

    /** Every metacharacter of the value is escaped; case-insensitive lookups add the {@code i} option. */
    @Test
    void containsStartsWithEndsWithAndTheirCaseInsensitiveForms() {
        String value = "C++ (live)?";
        String escaped = "C\\\\+\\\\+ \\\\(live\\\\)\\\\?";
        same("{'headline': {'$regex': '" + escaped + "'}}", Post_.headline.contains(value), "headline__contains", value);
        same("{'headline': {'$regex': '" + escaped + "', '$options': 'i'}}", Post_.headline.iContains(value),
                "headline__icontains", value);
        same("{'headline': {'$regex': '^" + escaped + "'}}", Post_.headline.startsWith(value), "headline__startswith", value);
        same("{'headline': {'$regex': '^" + escaped + "', '$options': 'i'}}", Post_.headline.iStartsWith(value),
                "headline__istartswith", value);
        same("{'headline': {'$regex': '" + escaped + "\\\\z'}}", Post_.headline.endsWith(value), "headline__endswith", value);
        same("{'headline': {'$regex': '" + escaped + "\\\\z', '$options': 'i'}}", Post_.headline.iEndsWith(value),
                "headline__iendswith", value);
        same("{'headline': {'$regex': '\\\\^\\\\$\\\\.\\\\|\\\\*\\\\[\\\\]\\\\{\\\\}\\\\\\\\'}}",
                Post_.headline.contains("^$.|*[]{}\\"), "headline__contains", "^$.|*[]{}\\");
    }

    /** regex and iregex take the pattern as given. */
    @Test
    void regexAndIregex() {
        same("{'headline': {'$regex': '^Ab+ey.*\\\\d$'}}", Post_.headline.regex("^Ab+ey.*\\d$"), "headline__regex", "^Ab+ey.*\\d$");
        same("{'headline': {'$regex': 'road|street', '$options': 'i'}}", Post_.headline.iRegex("road|street"),
                "headline__iregex", "road|street");
    }

    // ---- membership, comparisons, range, isnull

    @Test
    void inTakesAListOrAnArray() {
        same("{'rating': {'$in': [1, 3]}}", Post_.rating.in(1, 3), "rating__in", List.of(1, 3));
        same("{'rating': {'$in': [1, 3]}}", Post_.rating.in(1, 3), "rating__in", new int[] {1, 3});
        same("{'rating': {'$in': [1, 3]}}", Post_.rating.in(1, 3), "rating__in", List.of("1", "3"));
        same("{'headline': {'$in': []}}", Post_.headline.in(List.of()), "headline__in", List.of());
    }

    @Test
    void orderedComparisons() {
        same("{'rating': {'$gt': 3}}", Post_.rating.gt(3), "rating__gt", 3);
        same("{'rating': {'$gte': 3}}", Post_.rating.gte(3), "rating__gte", 3L);
        same("{'rating': {'$lt': 3}}", Post_.rating.lt(3), "rating__lt", "3");
        same("{'rating': {'$lte': 3}}", Post_.rating.lte(3), "rating__lte", (short) 3);
        same("{'price': {'$gt': 2.5}}", Post_.price.gt(2.5), "price__gt", 2.5);
        same("{'headline': {'$lt': 'M'}}", Post_.headline.lt("M"), "headline__lt", "M");
        same("{'pubDate': {'$gte': {'$date': '2024-03-01T10:00:00Z'}}}", Post_.pubDate.gte(Instant.parse("2024-03-01T10:00:00Z")),
                "pub_date__gte", "2024-03-01T10:00:00Z");
        same("{'_id': {'$gt': {'$oid': '65a1b2c3d4e5f60718293a4b'}}}",
                Post_.id.gt(new org.bson.types.ObjectId("65a1b2c3d4e5f60718293a4b")), "id__gt", "65a1b2c3d4e5f60718293a4b");
    }

    /**
     * Django resolves a lookup on every call; Djongo resolves a string once per model and keeps what
     * it means, so every later use must still convert, round and refuse its own value as a first
     * use would, whatever value came first.
     */
    @Test
    void aLookupStringUsedAgainTakesEachValueAfresh() {
        for (int round = 0; round < 2; round++) {
            same("{'rating': {'$gt': 3}}", Post_.rating.gt(3), "rating__gt", 3);
            same("{'rating': {'$gt': 3}}", Post_.rating.gt(3), "rating__gt", 3.5); // above 3.5: 4 and more
            same("{'rating': {'$gte': 4}}", Post_.rating.gte(4), "rating__gte", 3.5);
            same("{'rating': {'$gt': 7}}", Post_.rating.gt(7), "rating__gt", "7");
            sameExpr("{'$gt': ['$rating', '$views']}", Post_.rating.gt(F.of(Post_.views)), "rating__gt", F.field("views"));
            same("{'headline': 'x'}", Post_.headline.eq("x"), "headline", "x");
            same("{'headline': null}", Post_.headline.eq(null), "headline", null);
            same("{'headline': {'$regex': '^3'}}", Post_.headline.startsWith("3"), "headline__startswith", 3);
            same("{'headline': {'$regex': '^a\\\\.b', '$options': 'i'}}", Post_.headline.iStartsWith("a.b"),
                    "headline__istartswith", "a.b");
            assertEquals("Entry.rating (int): rating__gt cannot take String \"abc\": expected a whole number from "
                    + "-2147483648 to 2147483647", error("rating__gt", "abc"));
            assertEquals("Entry.rating (int): rating__gt cannot take null: null matches nothing here; use isnull to find "
                    + "missing values", error("rating__gt", null));
            assertEquals("Entry.rating (int): rating__lt cannot take List [3]: expected a single int value, not a list (a "
                    + "value is never an operator or a list, except for in and range)", error("rating__lt", List.of(3)));
        }
    }

    @Test
    void rangeIncludesBothBounds() {
        same("{'rating': {'$gte': 2, '$lte': 4}}", Post_.rating.range(2, 4), "rating__range", List.of(2, 4));
        same("{'pubDate': {'$gte': {'$date': '2024-01-01T00:00:00Z'}, '$lte': {'$date': '2024-12-31T23:59:59Z'}}}",
                Post_.pubDate.range(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T23:59:59Z")),
                "pub_date__range", new String[] {"2024-01-01T00:00:00Z", "2024-12-31T23:59:59Z"});
    }

    @Test
    void isnull() {
        same("{'rating': null}", Post_.rating.isNull(true), "rating__isnull", true);
        same("{'rating': {'$ne': null}}", Post_.rating.isNull(false), "rating__isnull", false);
        same("{'rating': {'$ne': null}}", Post_.rating.isNull(false), "rating__isnull", "false");
        same("{'site.owner': null}", Post_.site.owner.isNull(true), "site__owner__isnull", "1");
    }

    // ---- date parts

    private static final String Y2024 = "{'$date': '2024-01-01T00:00:00Z'}";
    private static final String Y2025 = "{'$date': '2025-01-01T00:00:00Z'}";

    /** The calendar date (UTC) is always a range on the field, so an index serves it. */
    @Test
    void date() {
        String day = "{'$date': '2024-03-01T00:00:00Z'}";
        String next = "{'$date': '2024-03-02T00:00:00Z'}";
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        same("{'pubDate': {'$gte': " + day + ", '$lt': " + next + "}}", Post_.pubDate.date().eq(march1), "pub_date__date", "2024-03-01");
        same("{'pubDate': {'$gte': " + next + "}}", Post_.pubDate.date().gt(march1), "pub_date__date__gt", "2024-03-01");
        same("{'pubDate': {'$gte': " + day + "}}", Post_.pubDate.date().gte(march1), "pub_date__date__gte", "2024-03-01");
        same("{'pubDate': {'$lt': " + day + "}}", Post_.pubDate.date().lt(march1), "pub_date__date__lt", "2024-03-01");
        same("{'pubDate': {'$lt': " + next + "}}", Post_.pubDate.date().lte(march1), "pub_date__date__lte", "2024-03-01");
        same("{'pubDate': {'$gte': " + day + ", '$lt': {'$date': '2024-03-04T00:00:00Z'}}}",
                Post_.pubDate.date().range(march1, LocalDate.of(2024, 3, 3)), "pub_date__date__range", List.of("2024-03-01", "2024-03-03"));
        same("{'$or': [{'pubDate': {'$gte': " + day + ", '$lt': " + next + "}}, "
                        + "{'pubDate': {'$gte': {'$date': '2024-12-25T00:00:00Z'}, '$lt': {'$date': '2024-12-26T00:00:00Z'}}}]}",
                Post_.pubDate.date().eq(march1).or(Post_.pubDate.date().eq(LocalDate.of(2024, 12, 25))),
                "pub_date__date__in", List.of("2024-03-01", "2024-12-25"));
    }

    /** The natural value of a {@code __date} lookup is a LocalDate, as Django's is a {@code datetime.date}. */
    @Test
    void dateLookupsTakeLocalDateValues() {
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        same("{'pubDate': {'$gte': {'$date': '2024-03-01T00:00:00Z'}, '$lt': {'$date': '2024-03-02T00:00:00Z'}}}",
                Post_.pubDate.date().eq(march1), "pub_date__date", march1);
        same("{'pubDate': {'$lt': {'$date': '2024-03-02T00:00:00Z'}}}", Post_.pubDate.date().lte(march1), "pub_date__date__lte", march1);
        same("{'pubDate': {'$gte': {'$date': '2024-03-01T00:00:00Z'}, '$lt': {'$date': '2024-03-03T00:00:00Z'}}}",
                Post_.pubDate.date().range(march1, march1.plusDays(1)), "pub_date__date__range", List.of(march1, march1.plusDays(1)));
    }

    /** Years are ranges on the field too: {@code [Jan 1 of y, Jan 1 of y+1)}. */
    @Test
    void year() {
        same("{'pubDate': {'$gte': " + Y2024 + ", '$lt': " + Y2025 + "}}", Post_.pubDate.year().eq(2024), "pub_date__year", 2024);
        same("{'pubDate': {'$gte': " + Y2024 + ", '$lt': " + Y2025 + "}}", Post_.pubDate.year().eq(2024), "pub_date__year__exact", "2024");
        same("{'pubDate': {'$gte': " + Y2024 + "}}", Post_.pubDate.year().gt(2023), "pub_date__year__gt", 2023);
        same("{'pubDate': {'$gte': " + Y2024 + "}}", Post_.pubDate.year().gte(2024), "pub_date__year__gte", 2024);
        same("{'pubDate': {'$lt': " + Y2024 + "}}", Post_.pubDate.year().lt(2024), "pub_date__year__lt", 2024);
        same("{'pubDate': {'$lt': " + Y2025 + "}}", Post_.pubDate.year().lte(2024), "pub_date__year__lte", 2024);
        same("{'pubDate': {'$gte': {'$date': '2022-01-01T00:00:00Z'}, '$lt': " + Y2025 + "}}",
                Post_.pubDate.year().range(2022, 2024), "pub_date__year__range", List.of(2022, 2024));
        same("{'$or': [{'pubDate': {'$gte': {'$date': '2020-01-01T00:00:00Z'}, '$lt': {'$date': '2021-01-01T00:00:00Z'}}}, "
                        + "{'pubDate': {'$gte': " + Y2024 + ", '$lt': " + Y2025 + "}}]}",
                Post_.pubDate.year().in(2020, 2024), "pub_date__year__in", List.of(2020, 2024));
    }

    /** Parts other than the year compare a computed value with {@code $expr}. */
    @Test
    void monthDayWeekDayHourMinute() {
        record Part(String lookup, String operator, Function<io.djongo.query.DatePath<Post, Instant>, DatePartPath<Post>> path) {}
        List<Part> parts = List.of(
                new Part("month", "$month", p -> p.month()),
                new Part("day", "$dayOfMonth", p -> p.day()),
                new Part("week_day", "$dayOfWeek", p -> p.weekDay()),
                new Part("hour", "$hour", p -> p.hour()),
                new Part("minute", "$minute", p -> p.minute()));
        for (Part part : parts) {
            DatePartPath<Post> typed = part.path().apply(Post_.pubDate);
            String computed = "{'" + part.operator() + "': '$pubDate'}";
            String lookup = "pub_date__" + part.lookup();
            same("{'$expr': {'$eq': [" + computed + ", 3]}}", typed.eq(3), lookup, 3);
            same("{'$expr': {'$eq': [" + computed + ", 3]}}", typed.eq(3), lookup + "__exact", "3");
            same("{'$expr': {'$gt': [" + computed + ", 3]}}", typed.gt(3), lookup + "__gt", 3);
            same("{'$expr': {'$gte': [" + computed + ", 3]}}", typed.gte(3), lookup + "__gte", 3);
            // lt and lte may also need the date to be present (see LookupBehaviourTest)
            sameExpr("{'$lt': [" + computed + ", 3]}", typed.lt(3), lookup + "__lt", 3);
            sameExpr("{'$lte': [" + computed + ", 3]}", typed.lte(3), lookup + "__lte", 3);
            same("{'$expr': {'$in': [" + computed + ", [1, 5]]}}", typed.in(1, 5), lookup + "__in", List.of(1, 5));
            same("{'$and': [{'$expr': {'$gte': [" + computed + ", 2]}}, {'$expr': {'$lte': [" + computed + ", 4]}}]}",
                    typed.range(2, 4), lookup + "__range", List.of(2, 4));
        }
    }

    // ---- scalar lists, maps

    @Test
    void scalarLists() {
        same("{'tags': 'jazz'}", Post_.tags.contains("jazz"), "tags__contains", "jazz");
        same("{'tags': {'$all': ['jazz', 'sax']}}", Post_.tags.containsAll(List.of("jazz", "sax")), "tags__contains", List.of("jazz", "sax"));
        same("{'tags': {'$all': ['jazz', 'sax']}}", Post_.tags.containsAll(List.of("jazz", "sax")), "tags__contains_all",
                List.of("jazz", "sax"));
        same("{'tags': {'$in': ['jazz', 'rock']}}", Post_.tags.overlap(List.of("jazz", "rock")), "tags__overlap", List.of("jazz", "rock"));
        same("{'tags': {'$in': ['jazz', 'rock']}}", Post_.tags.overlap(List.of("jazz", "rock")), "tags__in", List.of("jazz", "rock"));
        same("{'tags': {'$size': 2}}", Post_.tags.size(2), "tags__len", 2);
        same("{'tags': {'$size': 0}}", Post_.tags.isEmpty(), "tags__isempty", true);
        same("{'tags.0': {'$exists': true}}", Post_.tags.isNotEmpty(), "tags__isempty", false);
        same("{'tags': {'$eq': ['jazz', 'sax']}}", Post_.tags.eq(List.of("jazz", "sax")), "tags", List.of("jazz", "sax"));
        same("{'tags': null}", Post_.tags.isNull(true), "tags__isnull", true);
        same("{'marks': {'$all': [1, 2]}}", Post_.marks.containsAll(List.of(1, 2)), "marks__contains_all", List.of("1", 2L));
    }

    /** An index picks one element ({@code tags.0}); after it, the element's own lookups apply. */
    @Test
    void listIndex() {
        same("{'tags.0': 'jazz'}", Post_.tags.index(0).eq("jazz"), "tags__0", "jazz");
        same("{'tags.1': {'$in': ['a', 'b']}}", Post_.tags.index(1).in("a", "b"), "tags__1__in", List.of("a", "b"));
        assertEquals(json("{'tags.0': {'$regex': '^ja', '$options': 'i'}}"), filter(Post_.objects().filter("tags__0__istartswith", "ja")));
        assertEquals(json("{'marks.2': {'$gt': 5}}"), filter(Post_.objects().filter("marks__2__gt", 5)));
    }

    @Test
    void mapKeys() {
        same("{'votes.up': 2}", Post_.votes.get("up").eq(2), "votes__up", 2);
        same("{'votes.up': {'$gte': 3}}", Post_.votes.get("up").gte(3), "votes__up__gte", 3);
        same("{'votes.up': {'$gte': 1, '$lte': 5}}", Post_.votes.get("up").range(1, 5), "votes__up__range", List.of(1, 5));
        same("{'votes.down': {'$in': [0, 1]}}", Post_.votes.get("down").in(0, 1), "votes__down__in", List.of(0, 1));
        // Django's JSON keys: isnull is about the key, so a key holding null is present
        same("{'votes.down': {'$exists': false}}", Post_.votes.get("down").isNull(true), "votes__down__isnull", true);
        same("{'votes.down': {'$exists': true}}", Post_.votes.get("down").isNull(false), "votes__down__isnull", false);
        String bad = assertThrows(FieldError.class, () -> Post_.objects().filter("votes__$where", 1)).getMessage();
        assertEquals("Post: \"$where\" in \"votes__$where\" is not a valid map key: keys may not be empty, start with '$' or "
                + "contain '.' or NUL, which MongoDB reads as operators, paths or the end of a name; replace those characters", bad);
        assertThrows(IllegalArgumentException.class, () -> Post_.votes.get("$where"));
        assertThrows(IllegalArgumentException.class, () -> Post_.votes.get("a.b"));
    }

    // ---- embedded models and arrays of models

    @Test
    void embeddedModelsAtEveryDepth() {
        same("{'site.name': 'Jazz'}", Post_.site.name.eq("Jazz"), "site__name", "Jazz");
        same("{'site.owner.name': {'$regex': '^ann', '$options': 'i'}}", Post_.site.owner.name.iStartsWith("ann"),
                "site__owner__name__istartswith", "ann");
        same("{'site.owner.home.city': {'$regex': '^paris\\\\z', '$options': 'i'}}", Post_.site.owner.home.city.iExact("paris"),
                "site__owner__home__city__iexact", "paris");
        same("{'site.owner.home.zip': {'$ne': null}}", Post_.site.owner.home.zip.isNull(false), "site__owner__home__zip__isnull", false);
        same("{'site.owner.home.city': {'$in': ['Oslo', 'Lima']}}", Post_.site.owner.home.city.in("Oslo", "Lima"),
                "site__owner__home__city__in", List.of("Oslo", "Lima"));
    }

    /** {@code authors__name} is any element; elemMatch (typed only) is one element satisfying all. */
    @Test
    void arraysOfModels() {
        same("{'authors.name': 'Ann'}", Post_.authors.any().name.eq("Ann"), "authors__name", "Ann");
        same("{'authors.email': {'$regex': '\\\\.org\\\\z', '$options': 'i'}}", Post_.authors.any().email.iEndsWith(".org"),
                "authors__email__iendswith", ".org");
        same("{'authors.karma': {'$gte': 3}}", Post_.authors.any().karma.gte(3), "authors__karma__gte", 3);
        same("{'authors': {'$size': 2}}", Post_.authors.size(2), "authors__len", 2);
        same("{'authors.0.name': 'Ann'}", Post_.authors.at(0).name.eq("Ann"), "authors__0__name", "Ann");
        same("{'authors': {'$size': 0}}", Post_.authors.isEmpty(), "authors__isempty", true);
        assertEquals(json("{'authors': {'$elemMatch': {'name': 'Ann', 'karma': {'$gte': 3}}}}"),
                Post_.authors.elemMatch(a -> a.name.eq("Ann").and(a.karma.gte(3))).toBsonDocument().toJson());
        assertEquals(json("{'authors.1.name': 'Bob'}"), Post_.authors.at(1).name.eq("Bob").toBsonDocument().toJson());
    }

    // ---- F, subqueries, composition, raw filters

    @Test
    void fieldReferences() {
        sameExpr("{'$gt': ['$rating', '$views']}", Post_.rating.gt(F.of(Post_.views)), "rating__gt", F.field("views"));
        sameExpr("{'$gte': ['$rating', '$views']}", Post_.rating.gte(F.of(Post_.views)), "rating__gte", F.field("views"));
        sameExpr("{'$lt': ['$rating', '$views']}", Post_.rating.lt(F.of(Post_.views)), "rating__lt", F.field("views"));
        sameExpr("{'$lte': ['$rating', '$views']}", Post_.rating.lte(F.of(Post_.views)), "rating__lte", F.field("views"));
        sameExpr("{'$eq': ['$rating', '$views']}", F.of(Post_.rating).eq(F.of(Post_.views)), "rating", F.field("views"));
        sameExpr("{'$eq': ['$site.name', '$site.owner.name']}", F.of(Post_.site.name).eq(F.of(Post_.site.owner.name)),
                "site__name", F.field("site__owner__name"));
        assertEquals(json("{'$lt': ['$rating', {'$multiply': ['$views', 2]}]}"),
                Post_.rating.lt(F.of(Post_.views).times(2)).toBsonDocument().get("$expr").asDocument().toJson());
        assertEquals(json("{'$gt': [{'$add': ['$rating', 1]}, {'$subtract': ['$views', '$price']}]}"),
                F.of(Post_.rating).plus(1).gt(F.of(Post_.views).minus(F.of(Post_.price))).toBsonDocument().get("$expr").asDocument()
                        .toJson());
        String unknown = assertThrows(FieldError.class, () -> Post_.objects().filter("rating__gt", F.field("vews"))).getMessage();
        assertEquals("cannot resolve \"vews\" in \"vews\": Post has no such field; did you mean \"views\"? Choices are: id, "
                + "headline, site, authors, tags, marks, rating, views, price, pub_date, votes, draft, published", unknown);
        String swapped = assertThrows(FieldError.class, () -> Post_.objects().filter("veiws__gt", 1)).getMessage();
        assertTrue(swapped.contains("did you mean \"views\"?"), swapped);
    }

    /** The subquery runs each time the outer filter is rendered, so its values are current. */
    @Test
    void subqueryIn() {
        Topic_.objects().bulkCreate(List.of(new Topic(null, "Jazz", true), new Topic(null, "Jazz", true),
                new Topic(null, "Rock", false)));
        Subquery<String> hot = Topic_.objects().filter(Topic_.hot.eq(true)).subquery(Topic_.siteName);

        same("{'site.name': {'$in': ['Jazz']}}", Post_.site.name.in(hot), "site__name__in", hot);
        QuerySet<Post> posts = Post_.objects().filter("site__name__in", hot).filter(Post_.rating.gte(3));
        assertEquals(json("{'site.name': {'$in': ['Jazz']}, 'rating': {'$gte': 3}}"), filter(posts));

        Topic_.objects().create(new Topic(null, "Folk", true));
        org.bson.BsonDocument again = posts.filterDocument();
        assertEquals(java.util.Set.of("Folk", "Jazz"), again.getDocument("site.name").getArray("$in").stream()
                .map(v -> v.asString().getValue()).collect(java.util.stream.Collectors.toSet()),
                "the subquery ran again: " + again.toJson());
        assertEquals(2, again.getDocument("site.name").getArray("$in").size(), "distinct values");
        assertEquals(json("{'$nor': [{'site.name': {'$in': ['Jazz']}}]}"),
                filter(Post_.objects().exclude(Post_.site.name.in(Topic_.objects().filter(Topic_.siteName.eq("Jazz"))
                        .subquery(Topic_.siteName)))));
    }

    /**
     * Django's {@code exclude(a, b)} removes what matches a AND b: one {@code $nor} of both;
     * {@code exclude(a).exclude(b)} removes what matches either: two {@code $nor}s.
     */
    @Test
    void excludeOverSeveralConditions() {
        assertEquals(json("{'$nor': [{'rating': {'$lt': 3}}]}"), filter(Post_.objects().exclude("rating__lt", 3)));
        assertEquals(json("{'$nor': [{'rating': {'$lt': 3}}]}"), filter(Post_.objects().exclude(Post_.rating.lt(3))));
        String both = "{'$nor': [{'rating': {'$lt': 3}, 'site.name': 'Jazz'}]}";
        assertEquals(json(both), filter(Post_.objects().exclude(Post_.rating.lt(3), Post_.site.name.eq("Jazz"))));
        assertEquals(json(both), filter(Post_.objects().exclude(lookup("rating__lt", 3), lookup("site__name", "Jazz"))));
        assertEquals(json("{'$and': [{'$nor': [{'rating': {'$lt': 3}}]}, {'$nor': [{'site.name': 'Jazz'}]}]}"),
                filter(Post_.objects().exclude("rating__lt", 3).exclude("site__name", "Jazz")));
        assertEquals(json("{'$nor': [{'$and': [{'rating': {'$gt': 1}}, {'rating': {'$lt': 5}}]}]}"),
                filter(Post_.objects().exclude(lookup("rating__gt", 1), lookup("rating__lt", 5))));
        assertEquals(json("{'tags': 'jazz', '$nor': [{'pubDate': {'$gte': " + Y2024 + ", '$lt': " + Y2025 + "}, 'views': {'$gt': 10}}]}"),
                filter(Post_.objects().filter("tags__contains", "jazz").exclude(lookup("pub_date__year", 2024), lookup("views__gt", 10))));
    }

    @Test
    void andOrNotComposition() {
        assertEquals(json("{'$or': [{'rating': 1}, {'tags': 'jazz'}]}"), lookup("rating", 1).or(lookup("tags__contains", "jazz"))
                .toBsonDocument().toJson());
        assertEquals(json("{'$nor': [{'$or': [{'rating': 1}, {'rating': 5}]}]}"),
                lookup("rating", 1).or(lookup("rating", 5)).not().toBsonDocument().toJson());
        assertEquals(json("{'rating': 1, 'headline': {'$regex': '^A'}}"),
                lookup("rating", 1).and(lookup("headline__startswith", "A")).toBsonDocument().toJson());
    }

    @Test
    void rawDriverFilters() {
        assertEquals(json("{'tags': {'$size': 2}}"), Filter.<Post>raw(Filters.size("tags", 2)).toBsonDocument().toJson());
        assertEquals(json("{'draft': {'$exists': true}, 'rating': {'$gte': 3}, 'views': {'$mod': [2, 0]}}"),
                filter(Post_.objects().filter(Filter.raw(Filters.exists("draft")), Post_.rating.gte(3))
                        .filter(Filter.raw(Filters.mod("views", 2, 0)))));
    }

    // ---- errors name the model, the bad part and the choices

    @Test
    void unknownFieldWithDidYouMean() {
        assertEquals("cannot resolve \"blg\" in \"blg__name\": Entry has no such field; did you mean \"blog\"? Choices are: id, "
                + "blog, headline, authors, tags, rating, pub_date, scores", error("blg__name", "x"));
        assertEquals("cannot resolve \"nme\" in \"blog__nme\": Blog has no such field; did you mean \"name\"? Choices are: "
                + "name, tagline (fields of Blog inside Entry)", error("blog__nme", "x"));
        String nope = error("nope", "x");
        assertTrue(nope.startsWith("cannot resolve \"nope\" in \"nope\": Entry has no such field"), nope);
        assertTrue(nope.endsWith("Choices are: id, blog, headline, authors, tags, rating, pub_date, scores"), nope);
    }

    @Test
    void unknownLookupWithDidYouMean() {
        assertEquals("\"istartwith\" in \"headline__istartwith\" is not a lookup of Entry.headline (String); did you mean "
                + "\"istartswith\"? Lookups for this field: exact, iexact, in, isnull, gt, gte, lt, lte, range, contains, "
                + "icontains, startswith, istartswith, endswith, iendswith, regex, iregex", error("headline__istartwith", "x"));
        String mnth = error("pub_date__year__mnth", 1);
        assertTrue(mnth.startsWith("\"mnth\" in \"pub_date__year__mnth\" is not a lookup of Entry.pubDate (Instant)"), mnth);
        assertTrue(mnth.endsWith("Lookups for this field: exact, gt, gte, lt, lte, in, range"), mnth);
    }

    /** Django: "Unsupported lookup 'year' for CharField"; pattern lookups fit every field (see LookupParityTest). */
    @Test
    void lookupNotFittingTheType() {
        String year = error("rating__year", 2024);
        assertTrue(year.startsWith("\"year\" in \"rating__year\" is not a lookup of Entry.rating (int)"), year);
        assertTrue(year.endsWith("Lookups for this field: exact, iexact, in, isnull, gt, gte, lt, lte, range, contains, icontains, startswith, istartswith, endswith, iendswith, regex, iregex"), year);
        String text = error("headline__year", 2024);
        assertTrue(text.startsWith("\"year\" in \"headline__year\" is not a lookup of Entry.headline (String)"), text);
        assertTrue(text.endsWith("Lookups for this field: exact, iexact, in, isnull, gt, gte, lt, lte, range, contains, icontains, startswith, istartswith, endswith, iendswith, regex, iregex"), text);
        assertEquals("Entry.authors (List<Author>): authors__len cannot take String \"two\": expected a whole number from "
                + "-2147483648 to 2147483647", error("authors__len", "two"));
    }

    /**
     * Without a "did you mean", two sentences run together ("no such field Choices are",
     * "(int) Lookups for this field"), and collection values are described by their JDK-internal
     * class ("List12 [1]").
     */
    @Test
    void errorMessagesWithoutASuggestionArePunctuated() {
        assertEquals("cannot resolve \"nope\" in \"nope\": Entry has no such field. Choices are: id, blog, headline, authors, "
                + "tags, rating, pub_date, scores", error("nope", "x"));
        assertEquals("\"hour\" in \"pub_date__year__hour\" is not a lookup of Entry.pubDate (Instant). Lookups for this "
                + "field: exact, gt, gte, lt, lte, in, range", error("pub_date__year__hour", 1));
        assertEquals("Entry.rating (int): rating__range cannot take List [1]: expected two bounds, [from, to]",
                error("rating__range", List.of(1)));
    }

    @Test
    void wrongValueTypes() {
        assertEquals("Entry.rating (int): rating__gt cannot take String \"abc\": expected a whole number from -2147483648 to "
                + "2147483647", error("rating__gt", "abc"));
        assertEquals("Entry.rating (int): rating cannot take Double 3.5: expected a whole number from -2147483648 to 2147483647; "
                + "3.5 has a fraction, and no whole number equals it", error("rating", 3.5));
        assertEquals("Entry.rating (int): rating__in cannot take Integer 3: expected a list or an array of values",
                error("rating__in", 3));
        assertEquals("Entry.pubDate (Instant): pub_date__gt cannot take String \"yesterday\": expected a date and time such as "
                + "2024-03-01T10:00:00Z or 2024-03-01 10:00", error("pub_date__gt", "yesterday"));
        assertEquals("Entry.rating (int): rating__isnull cannot take String \"maybe\": expected true or false",
                error("rating__isnull", "maybe"));
        assertEquals("Entry.headline (String): headline cannot take Map {$gt=}: expected a single String value, not a map (a "
                + "value is never an operator or a list, except for in and range)", error("headline", Map.of("$gt", "")),
                "a map value is never an operator");
    }

    @Test
    void orderByStrings() {
        assertEquals(json("{'pubDate': -1}"), Entry_.objects().orderBy("-pub_date").sortDocument().toJson());
        assertEquals(json("{'blog.name': 1, 'rating': -1, '_id': 1}"),
                Entry_.objects().orderBy("blog__name", "-rating", "id").sortDocument().toJson());
        assertEquals(json("{'site.owner.home.city': 1, 'votes.up': -1}"),
                Post_.objects().orderBy("site__owner__home__city", "-votes__up").sortDocument().toJson());
        String nope = assertThrows(FieldError.class, () -> Entry_.objects().orderBy("-nope")).getMessage();
        assertTrue(nope.startsWith("cannot resolve \"nope\" in \"nope\": Entry has no such field"), nope);
        assertTrue(nope.endsWith("Choices are: id, blog, headline, authors, tags, rating, pub_date, scores"), nope);
        assertEquals("Entry cannot be ordered by \"-rating__gt\": [gt] is not a field; order by a field path such as "
                + "\"-pub_date\" or \"blog__name\"", assertThrows(FieldError.class, () -> Entry_.objects().orderBy("-rating__gt")).getMessage());
    }
}
