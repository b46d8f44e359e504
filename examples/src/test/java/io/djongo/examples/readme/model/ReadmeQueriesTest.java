package io.djongo.examples.readme.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DatabaseError;
import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.examples.blog.Featured;
import io.djongo.examples.blog.Featured_;
import io.djongo.query.Aggregation;
import io.djongo.query.Case;
import io.djongo.query.F;
import io.djongo.query.Lookup;
import io.djongo.query.Obtained;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import io.djongo.query.Value;
import io.djongo.query.When;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query, update and aggregation examples of README.md, run against the test server. */
class ReadmeQueriesTest {

    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_queries"));
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @BeforeEach
    void seed() {
        Entry.objects().delete();
        Featured_.objects().delete();
        Entry.objects().bulkCreate(List.of(
                entry("Beatles Blog", "Abbey Road", 5, 3, "2024-03-03T10:00:00Z", "rock", "live"),
                entry("Beatles Blog", "Let It Be", 2, 9, "2023-05-01T10:00:00Z", "rock"),
                entry("Jazz Notes", "Kind of Blue", 4, 1, "2024-06-02T10:00:00Z", "jazz")));
    }

    private static Entry entry(String blog, String headline, int rating, int views, String pubDate, String... tags) {
        Entry entry = new Entry();
        entry.blog = new Blog();
        entry.blog.name = blog;
        entry.headline = headline;
        entry.rating = rating;
        entry.views = views;
        entry.pubDate = Instant.parse(pubDate);
        entry.tags = new ArrayList<>(List.of(tags));
        entry.authors = new ArrayList<>(List.of(new Author("Ann", "ann@example.org"), new Author("Bob", "bob@example.org")));
        entry.votes = Map.of("up", rating * 2);
        return entry;
    }

    private static List<String> headlines(QuerySet<Entry> query) {
        return query.orderBy(Entry_.headline.asc()).valuesList(Entry_.headline);
    }

    @Test
    void lookupStrings() {
        // README: lookup-strings
        QuerySet<Entry> beatles = Entry.objects()
                .filter("blog__name__istartswith", "beat")      // the same BSON as Entry_.blog.name.iStartsWith("beat")
                .exclude("rating__lt", 3)
                .orderBy("-pub_date");
        // README: end
        assertEquals(List.of("Abbey Road"), beatles.valuesList(Entry_.headline));
        assertEquals(Entry.objects().filter(Entry_.blog.name.iStartsWith("beat")).exclude(Entry_.rating.lt(3))
                .orderBy(Entry_.pubDate.desc()).toBson(), beatles.toBson());
    }

    @Test
    void datePartsAndFieldReferences() {
        // README: dates-and-f
        QuerySet<Entry> of2024 = Entry.objects().filter(Entry_.pubDate.year().eq(2024));   // a range on pubDate
        QuerySet<Entry> sundays = Entry.objects().filter(Entry_.pubDate.weekDay().eq(1));   // $expr with $dayOfWeek
        QuerySet<Entry> loved = Entry.objects().filter(Entry_.rating.gt(F.of(Entry_.views))); // field against field
        QuerySet<Entry> same = Entry.objects().filter("rating__gt", F.field("views"));
        // README: end
        assertEquals(List.of("Abbey Road", "Kind of Blue"), headlines(of2024));
        assertEquals("{\"pubDate\": {\"$gte\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"$lt\": {\"$date\": "
                + "\"2025-01-01T00:00:00Z\"}}}", of2024.filterDocument().toJson());
        assertEquals(same.toBson(), loved.toBson());
        try {
            assertEquals(List.of("Abbey Road", "Kind of Blue"), headlines(loved));
        } catch (DatabaseError e) {
            skip("$expr", e);
        }
        if (!dayOfWeekCountsFromSunday()) {
            String reason = "this server's $dayOfWeek is not MongoDB's (1 = Sunday); mongo-java-server counts ISO days";
            System.out.println("[djongo-examples] skipped: " + reason);
            Assumptions.abort(reason);
        }
        assertEquals(List.of("Abbey Road", "Kind of Blue"), headlines(sundays));
    }

    @Test
    void arraysAndMaps() {
        // README: arrays-and-maps
        QuerySet<Entry> rockLive = Entry.objects().filter(Entry_.tags.containsAll(List.of("rock", "live")));
        QuerySet<Entry> twoTags = Entry.objects().filter(Entry_.tags.size(2));
        QuerySet<Entry> firstRock = Entry.objects().filter(Entry_.tags.index(0).eq("rock"));   // tags__0
        QuerySet<Entry> popular = Entry.objects().filter(Entry_.votes.get("up").gte(8));       // votes__up__gte
        // README: end
        assertEquals(List.of("Abbey Road"), headlines(rockLive));
        assertEquals(List.of("Abbey Road"), headlines(twoTags));
        assertEquals(List.of("Abbey Road", "Let It Be"), headlines(firstRock));
        assertEquals(List.of("Abbey Road", "Kind of Blue"), headlines(popular));
        assertEquals(popular.toBson(), Entry.objects().filter("votes__up__gte", 8).toBson());
    }

    @Test
    void oneFilterCallMeansOneElement() {
        // README: same-element
        QuerySet<Entry> oneAuthor = Entry.objects().filter(Map.of(       // one author named Ann, with a .org address
                "authors__name", "Ann", "authors__email__endswith", ".org"));  // {authors: {$elemMatch: {name, email}}}
        QuerySet<Entry> sameAgain = Entry.objects().filter(Lookup.of("authors__name", "Ann")
                .and(Lookup.of("authors__email__endswith", ".org")));          // Django's Q(...) & Q(...)
        QuerySet<Entry> anyAuthors = Entry.objects().filter("authors__name", "Ann")
                .filter("authors__email__endswith", ".org");                   // two calls: perhaps two authors
        // README: end
        assertEquals(oneAuthor.filterDocument().keySet(), sameAgain.filterDocument().keySet());
        assertTrue(oneAuthor.filterDocument().getDocument("authors").containsKey("$elemMatch"));
        assertEquals(List.of("Abbey Road", "Kind of Blue", "Let It Be"), headlines(anyAuthors));
    }

    @Test
    void partialUpdates() {
        // README: updates
        long matched = Entry.objects().filter(Entry_.rating.gte(4)).update(
                Entry_.rating.inc(1),
                Entry_.tags.addToSet("top"),
                Entry_.votes.get("up").set(0));
        Entry.objects().update(Entry_.tags.pushAll(List.of("a", "b")).slice(-3));
        // README: end
        assertEquals(2, matched);
        assertEquals(List.of(6, 5, 2), Entry.objects().orderBy(Entry_.headline.asc()).valuesList(Entry_.rating));
        List<List<String>> tags = Entry.objects().orderBy(Entry_.headline.asc()).valuesList(Entry_.tags);
        if (tags.get(0).size() > 3) {
            String reason = "the server ignores $push's $slice modifier (it kept " + tags.get(0) + ")";
            System.out.println("[djongo-examples] skipped: " + reason);
            Assumptions.abort(reason);
        }
        assertEquals(List.of(List.of("top", "a", "b"), List.of("top", "a", "b"), List.of("rock", "a", "b")), tags);
        try {
            // README: updates-positional
            Entry.objects().update(Entry_.authors.updateWhere(a -> a.name.eq("Ann"), a -> a.email.set("ann@new.org")));
            // README: end
        } catch (DatabaseError e) {
            skip("array filters", e);
        }
        assertEquals(List.of(new Author("Ann", "ann@new.org"), new Author("Bob", "bob@example.org")),
                Entry.objects().get("headline", "Abbey Road").authors);
    }

    @Test
    void moreOfDjangosApi() {
        try {
            // README: django-api
            Entry newest = Entry.objects().latest(Entry_.pubDate);                       // Django's latest("pub_date")
            List<LocalDate> months = Entry.objects().dates(Entry_.pubDate, "month");     // distinct months, ascending
            QuerySet<Entry> either = Entry.objects().filter(Entry_.rating.gte(5))
                    .or(Entry.objects().filter(Entry_.tags.contains("jazz")));           // qs1 | qs2
            F<Entry> band = Case.of(When.of(Entry_.rating.gte(4), Value.<Entry>of("good")))
                    .otherwise(Value.of("other"));                                       // Case(When(...), default=...)
            List<Row<Entry>> bands = Entry.objects().orderBy(Entry_.headline.asc())
                    .values(Entry_.headline).annotate("band", band).list();              // [{headline=Abbey Road, band=good}, ...]
            QuerySet<Entry> byBand = Entry.objects().orderBy(band.asc(), Entry_.pubDate.desc().nullsLast());
            // README: end
            assertEquals("Kind of Blue", newest.headline);
            assertEquals(List.of(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1)), months);
            assertEquals(List.of("Abbey Road", "Kind of Blue"), headlines(either));
            assertEquals("[{headline=Abbey Road, band=good}, {headline=Kind of Blue, band=good}, {headline=Let It Be, band=other}]",
                    bands.toString());
            assertEquals(List.of("Kind of Blue", "Abbey Road", "Let It Be"), byBand.valuesList(Entry_.headline));
        } catch (DatabaseError e) {
            skip("aggregation expressions ($cond, $addFields)", e);
        }
    }

    @Test
    void updatesComputedFromFields() {
        try {
            // README: updates-pipeline
            Entry.objects().update(Entry_.rating.setFrom(F.of(Entry_.views).times(2)));   // an update pipeline
            // README: end
        } catch (DatabaseError e) {
            skip("update pipelines", e);
        }
        assertEquals(List.of(6, 2, 18), Entry.objects().orderBy(Entry_.headline.asc()).valuesList(Entry_.rating));
    }

    @Test
    void valuesAndAggregation() {
        try {
            // README: aggregation
            List<String> titles = Entry.objects().orderBy(Entry_.headline.asc()).valuesList(Entry_.headline);
            List<Row<Entry>> perBlog = Entry.objects().values(Entry_.blog.name)
                    .annotate(Aggregation.count(), Aggregation.max(Entry_.rating))
                    .list();                               // [{blog.name=Beatles Blog, count=2, rating__max=5}, ...]
            Aggregation<Entry, Double> average = Aggregation.avg(Entry_.rating);
            Double mean = Entry.objects().aggregate(average).get(average);
            try (Stream<String> each = Entry.objects().valuesListStream(Entry_.headline)) { // from a cursor, not kept
                long longTitles = each.filter(title -> title.length() > 9).count();
            }
            // README: end
            try (Stream<String> each = Entry.objects().valuesListStream(Entry_.headline)) {
                assertEquals(2, each.filter(title -> title.length() > 9).count());
            }
            assertEquals(List.of("Abbey Road", "Kind of Blue", "Let It Be"), titles);
            assertEquals("[{blog.name=Beatles Blog, count=2, rating__max=5}, {blog.name=Jazz Notes, count=1, "
                    + "rating__max=4}]", perBlog.toString());
            assertEquals(11.0 / 3, mean, 1e-9);
        } catch (DatabaseError e) {
            skip("$avg in $group", e);
        }
    }

    @Test
    void bulkAndGetOrCreate() {
        List<Entry> fresh = List.of(entry("New", "One", 1, 0, "2024-01-01T00:00:00Z"),
                entry("New", "Two", 1, 0, "2024-01-01T00:00:00Z"));
        // README: bulk
        List<Entry> created = Entry.objects().bulkCreate(fresh);            // one insertMany; ids assigned
        created.forEach(e -> e.rating = 3);
        Entry.objects().bulkUpdate(created, Entry_.rating);                 // one bulkWrite of {$set: {rating}}
        Map<ObjectId, Entry> byId = Entry.objects().inBulk(List.of(created.get(0).id, created.get(1).id));
        Obtained<Entry> hello = Entry.objects()
                .getOrCreate(Entry_.headline.eq("Hello"), Entry::new);      // created with headline "Hello" the first time
        Obtained<Entry> rated = Entry.objects().updateOrCreate(Entry_.headline.eq("Hello"), e -> {
            e.rating = 5;                                                   // only rating is written: {$set: {rating: 5}}
            return e;
        }, Entry::new);
        try (Stream<Entry> all = Entry.objects().batchSize(100).stream()) { // a server cursor, closed with the stream
            long count = all.count();
        }
        // README: end
        assertEquals(2, byId.size());
        assertEquals(List.of(3, 3), Entry.objects().filter(Entry_.blog.name.eq("New")).valuesList(Entry_.rating));
        assertTrue(hello.created());
        assertEquals("Hello", hello.object().headline);
        assertFalse(rated.created());
        assertEquals(5, Entry.objects().get(Entry_.headline.eq("Hello")).rating);
        assertFalse(Entry.objects().getOrCreate(Entry_.headline.eq("Hello"), Entry::new).created());
    }

    @Test
    void subquery() {
        Featured_.objects().save(new Featured("Jazz Notes", LocalDate.parse("2024-01-01"), true));
        // README: subquery
        QuerySet<Entry> featured = Entry.objects().filter(Entry_.blog.name.in(
                Featured_.objects().filter(Featured_.active.eq(true)).subquery(Featured_.blogName)));
        // README: end
        assertEquals(List.of("Kind of Blue"), headlines(featured));
        assertEquals("{\"blog.name\": {\"$in\": [\"Jazz Notes\"]}}", featured.filterDocument().toJson());
    }

    /** Whether the server numbers days as MongoDB does: 2024-03-03 was a Sunday, day 1. */
    private static boolean dayOfWeekCountsFromSunday() {
        org.bson.Document day = Entry.objects().rawCollection().aggregate(List.of(
                new org.bson.Document("$match", new org.bson.Document("headline", "Abbey Road")),
                new org.bson.Document("$project", new org.bson.Document("d", new org.bson.Document("$dayOfWeek", "$pubDate")))))
                .first();
        return day != null && Integer.valueOf(1).equals(day.get("d"));
    }

    private static void skip(String feature, DatabaseError e) {
        String reason = "the server lacks " + feature + ": " + e.getCause().getMessage();
        System.out.println("[djongo-examples] skipped: " + reason);
        Assumptions.abort(reason);
    }
}
