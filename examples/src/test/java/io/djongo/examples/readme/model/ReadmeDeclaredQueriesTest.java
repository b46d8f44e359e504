package io.djongo.examples.readme.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.DatabaseError;
import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.paging.EmptyPage;
import io.djongo.paging.KeysetPage;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.Paginator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The declared-query examples of README.md, run against the test server. */
class ReadmeDeclaredQueriesTest {
    private static final Map<String, String> REQUEST = Map.of("page", "2");

    private static String request(String parameter) {
        return REQUEST.get(parameter);
    }

    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_declared"));
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @BeforeEach
    void seed() {
        Entry.objects().delete();
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
        entry.authors = List.of(new Author("Ann", "ann@example.org"));
        entry.votes = Map.of("up", rating * 2);
        return entry;
    }

    private static List<String> headlines(List<Entry> entries) {
        List<String> headlines = new ArrayList<>();
        for (Entry entry : entries) {
            headlines.add(entry.headline);
        }
        return headlines;
    }

    @Test
    void declaredQueries() {
        // README: declared-use
        EntryQueries queries = Djongo.queries(EntryQueries.class);      // the generated EntryQueries_, found by the model index
        List<Entry> beatles = queries.byBlog("beat", 3);                // [Abbey Road]
        long rockOrGood = queries.countTagged("rock");                  // 3: tagged rock, or rated 3 or more
        queries.bump(beatles.get(0).id, 1);                             // Abbey Road: rating 6, tags [rock, live, edited]
        List<EntryQueries.Headline> good = queries.headlines(4);        // only headline and rating are read
        EntryQueries archive = Djongo.queries(EntryQueries.class, "archive");   // another connection
        // README: end
        assertEquals(List.of("Abbey Road"), headlines(beatles));
        assertEquals(3, rockOrGood);
        Entry abbey = Entry.objects().get(Entry_.headline.eq("Abbey Road"));
        assertEquals(6, abbey.rating);
        assertEquals(List.of("rock", "live", "edited"), abbey.tags);
        assertEquals(List.of(new EntryQueries.Headline("Abbey Road", 6), new EntryQueries.Headline("Kind of Blue", 4)), good);
        assertEquals(EntryQueries_.INSTANCE.using("archive").getClass(), archive.getClass());
        assertEquals(List.of("Abbey Road"), headlines(queries
                .findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc("Beatles", 3)));
        assertEquals(List.of("Let It Be"), headlines(queries.popular(5, List.of("rock"))));
        try {
            assertEquals(List.of(new EntryQueries.BlogCount("Beatles Blog", 1),
                    new EntryQueries.BlogCount("Jazz Notes", 1)), queries.perBlog(4));
        } catch (DatabaseError e) {
            String reason = "the server cannot run this pipeline: " + e.getMessage();
            System.out.println("[djongo-examples] skipped: " + reason);
            Assumptions.abort(reason);
        }
    }

    @Test
    void declaredPages() {
        EntryQueries queries = Djongo.queries(EntryQueries.class);
        // README: declared-pages
        Page<Entry> page = queries.blogPage("beat", request("page"), 1);   // "2": [Let It Be], as Paginator(query, 1).page("2")
        page.paginator().numPages();                                      // 2, from one countDocuments
        KeysetPage<Entry> good = queries.goodPages(3, 2).first();         // [Abbey Road, Kind of Blue]; then after(good.nextCursor())
        // README: end
        assertEquals(List.of("Let It Be"), headlines(page));
        assertEquals(2, page.paginator().numPages());
        assertEquals(List.of("Abbey Road", "Kind of Blue"), headlines(good));
        assertFalse(good.hasNext());

        Paginator<Entry> typed = new Paginator<>(Entry.objects().filter(Entry_.blog.name.iStartsWith("beat"))
                .orderBy(Entry_.pubDate.desc(), Entry_.id.asc()), 1);
        assertEquals(headlines(typed.page(2)), headlines(page));
        assertEquals(headlines(new KeysetPaginator<>(Entry.objects().filter(Entry_.rating.gte(3))
                .orderBy(Entry_.rating.desc()), 2).first()), headlines(good));
        assertThrows(EmptyPage.class, () -> queries.blogPage("beat", "3", 1));
    }

    @Test
    void theCommandOfADeclaredQuery() {
        // README: declared-commands
        String bson = EntryQueries_.Commands.byBlog("beat", 3).toJson();
        // {"find": "entry", "filter": {"blog.name": {"$regex": "^beat", "$options": "i"}, "rating": {"$gte": 3}},
        //  "sort": {"pubDate": -1}}
        // README: end
        assertEquals("{\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$regex\": \"^beat\", \"$options\": \"i\"}, "
                + "\"rating\": {\"$gte\": 3}}, \"sort\": {\"pubDate\": -1}}", bson);
        assertEquals(Entry.objects().filter("blog__name__istartswith", "beat").filter("rating__gte", 3)
                .orderBy("-pub_date").toBson().toJson(), bson);
    }
}
