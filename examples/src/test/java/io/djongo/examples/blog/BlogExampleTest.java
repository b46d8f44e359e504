package io.djongo.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.examples.ExampleServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the example end to end on the test server and checks what it prints. */
class BlogExampleTest {
    private static String uri;

    @BeforeAll
    static void server() {
        uri = ExampleServer.uri("blog_example_test");
    }

    private static List<String> run() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new BlogExample(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(uri);
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * {@code lines}, unless the server rejected the section's query as unsupported: then the test is
     * skipped with the server's reason (FerretDB 1.x lacks some MongoDB operators).
     */
    private static List<String> assumeSupported(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("  " + BlogExample.UNSUPPORTED)) {
                String reason = "the server lacks a feature this section shows: " + line.trim();
                System.out.println("[djongo-examples] skipped: " + reason);
                Assumptions.abort(reason);
            }
        }
        return lines;
    }

    /** The lines after the heading that starts with {@code heading}, up to the next blank line. */
    private static List<String> section(List<String> lines, String heading) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# " + heading)) {
                start = i + 1;
                break;
            }
        }
        assertTrue(start > 0, "no section \"" + heading + "\" in\n" + String.join("\n", lines));
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start, end);
    }

    /**
     * {@code mvn -pl examples exec:java} and {@code java BlogExample} end when main() returns: the
     * example stops its server and its connection, and leaves no thread behind that keeps a JVM
     * alive (the driver's own daemon threads do not).
     */
    @Test
    void mainLeavesNoThreadThatKeepsTheJvmAlive() throws InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            BlogExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }

        List<Thread> started = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && !thread.isDaemon()) {
                thread.join(TimeUnit.SECONDS.toMillis(10)); // a stopped server's threads finish their last step
                if (thread.isAlive()) {
                    started.add(thread);
                }
            }
        }
        assertEquals(List.of(), started, "threads still running after main() returned");
    }

    @Test
    void printsTheSeedQueryWithItsBsonAndResults() {
        List<String> beatles = section(run(), "Entries whose blog name starts with \"Beatles\"");
        assertEquals("  bson:   {\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$regex\": \"^Beatles\"}}}", beatles.get(0));
        assertEquals(4, beatles.size(), String.join("\n", beatles));
        assertTrue(beatles.stream().skip(1).allMatch(line -> line.contains("Blog[Beatles Blog]")));
    }

    /** The declared queries of EntryQueries print the BSON the processor built, and find what the typed chains find. */
    @Test
    void declaredQueriesSendTheBsonBuiltAtCompileTime() {
        List<String> declared = section(run(), "Declared queries (EntryQueries)");
        assertEquals(List.of(
                "  bson:   {\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$regex\": \"^beat\", \"$options\": \"i\"}, "
                        + "\"$nor\": [{\"rating\": {\"$lt\": 3}}]}, \"sort\": {\"pubDate\": -1}}",
                "  result: Entry[Let It Be, remixed, Blog[Beatles Blog], rating 4, tags [rock, remix]]",
                "  result: Entry[Abbey Road at fifty, Blog[Beatles Blog], rating 3, tags [rock, anniversary]]",
                "  bson:   {\"find\": \"entry\", \"filter\": {\"authors\": {\"$elemMatch\": {\"name\": \"Ann\", \"email\": "
                        + "{\"$regex\": \"\\\\.org\\\\z\"}}}}}"), declared.subList(0, 4));
        assertEquals("  countByTagsContains(\"rock\"): 2", declared.get(declared.size() - 1));
        List<String> oneAuthor = assumeSupported(declared.subList(4, declared.size() - 1));
        assertEquals(List.of(
                "  result: Entry[Abbey Road at fifty, Blog[Beatles Blog], rating 3, tags [rock, anniversary]]",
                "  result: Entry[Kind of Blue, Blog[Jazz Notes], rating 5, tags [jazz, modal]]"), oneAuthor);
    }

    /** Django: Paginator(entries, 2).page("2") is the second pair, newest first, after one count. */
    @Test
    void aDeclaredPageIsThePaginatorsPage() {
        List<String> page = section(run(), "A page of the front page (EntryQueries.frontPage)");
        assertEquals(List.of(
                "  bson:   {\"find\": \"entry\", \"filter\": {}, \"sort\": {\"pubDate\": -1, \"_id\": 1}}",
                "  <Page 2 of 2>: entries 3 to 4 of 4, previous page 1",
                "  result: Entry[Kind of Blue, Blog[Jazz Notes], rating 5, tags [jazz, modal]]",
                "  result: Entry[Abbey Road at fifty, Blog[Beatles Blog], rating 3, tags [rock, anniversary]]"), page);
    }

    @Test
    void aDeclaredUpdateChangesTheMatchingEntries() {
        List<String> promoted = section(run(), "A declared update (EntryQueries.promote)");
        assertEquals(List.of(
                "  bson:   {\"update\": \"entry\", \"updates\": [{\"q\": {\"tags\": \"jazz\"}, \"u\": {\"$inc\": {\"rating\": 1}, "
                        + "\"$addToSet\": {\"tags\": \"featured\"}}, \"multi\": true}]}",
                "  matched: 1",
                "  now:    [Entry[Kind of Blue, Blog[Jazz Notes], rating 6, tags [jazz, modal, featured]]]"), promoted);
    }

    @Test
    void excludeOrderAndLimitKeepTheWellRatedBeatlesEntriesNewestFirst() {
        List<String> rated = section(run(), "Beatles entries rated 3 or more");
        assertEquals(List.of(
                "  bson:   {\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$regex\": \"^Beatles\"}, \"$nor\": "
                        + "[{\"rating\": {\"$lt\": 3}}]}, \"sort\": {\"pubDate\": -1}, \"limit\": 10}",
                "  result: Entry[Let It Be, remixed, Blog[Beatles Blog], rating 4, tags [rock, remix]]",
                "  result: Entry[Abbey Road at fifty, Blog[Beatles Blog], rating 5, tags [rock, anniversary]]"), rated);
    }

    @Test
    void elemMatchRequiresOneAuthorToSatisfyBothConditions() {
        List<String> lines = run();
        List<String> elemMatch = assumeSupported(section(lines, "Entries with one author who is Ann AND"));
        List<String> any = section(lines, "Entries with any author named Ann");
        // "A rumour" has an Ann with a .com address: matched by "any author named Ann" only.
        assertEquals(3, elemMatch.size());
        assertEquals(4, any.size());
        assertTrue(any.stream().anyMatch(line -> line.contains("A rumour")));
        assertTrue(elemMatch.stream().noneMatch(line -> line.contains("A rumour")));
    }

    @Test
    void countsActiveRecordAndRawDriverSections() {
        List<String> lines = run();
        assertEquals("  count:  2", section(lines, "Entries tagged \"rock\"").get(1));
        assertTrue(section(lines, "Active record").get(0).contains("Abbey Road at fifty, Blog[Beatles Blog], rating 3"));
        assertTrue(section(lines, "get() that matches nothing").get(0).startsWith("  DoesNotExist: Entry matching query"));
        assertEquals(List.of(
                "  result: Beatles Blog has 2 entries rated 4+",
                "  result: Jazz Notes has 1 entries rated 4+"),
                section(lines, "The raw driver").subList(1, 3));
    }

    @Test
    void lookupStringsDatePartsAndSubqueries() {
        List<String> lines = run();
        List<String> strings = section(lines, "Django lookup strings");
        assertEquals("  bson:   {\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$regex\": \"^beat\", \"$options\": \"i\"}}, "
                + "\"sort\": {\"pubDate\": -1}}", strings.get(0));
        assertEquals(4, strings.size());
        List<String> years = section(lines, "Date parts");
        assertEquals("  bson:   {\"find\": \"entry\", \"filter\": {\"pubDate\": {\"$gte\": {\"$date\": \"2020-01-01T00:00:00Z\"}}}, "
                + "\"sort\": {\"pubDate\": 1}}", years.get(0));
        assertEquals(4, years.size());
        List<String> featured = section(lines, "Entries of actively featured blogs");
        // One aggregation with $lookup where the server has it, else the subquery's values in $in.
        assertTrue(featured.get(0).startsWith("  bson:   {\"aggregate\": \"entry\", \"pipeline\": [{\"$lookup\": "
                + "{\"from\": \"featured\", \"pipeline\": [{\"$match\": {\"active\": true}}")
                || featured.get(0).equals("  bson:   {\"find\": \"entry\", \"filter\": {\"blog.name\": {\"$in\": "
                + "[\"Jazz Notes\"]}}}"), featured.get(0));
        assertEquals(List.of("  result: Entry[Kind of Blue, Blog[Jazz Notes], rating 5, tags [jazz, modal]]"),
                featured.subList(1, featured.size()));
    }

    @Test
    void partialUpdates() {
        List<String> updates = section(run(), "Partial updates");
        assertEquals("  bson:   {\"update\": \"entry\", \"updates\": [{\"q\": {\"tags\": \"rock\"}, \"u\": {\"$inc\": "
                + "{\"rating\": 1}, \"$push\": {\"tags\": \"classic\"}}, \"multi\": true}]}", updates.get(0));
        assertEquals("  matched: 2", updates.get(1));
        assertTrue(updates.get(2).contains("\"arrayFilters\": [{\"e0.name\": \"Bob\"}]"), updates.get(2));
        assumeSupported(updates);
        assertEquals("  matched: 2", updates.get(3));
        assertEquals("  now:    [ann@example.org, bob@example.org, bob@example.org, ann@example.com, ann@example.org]",
                updates.get(4));
    }

    @Test
    void groupBy() {
        List<String> groups = assumeSupported(section(run(), "Group by blog"));
        assertEquals(List.of("  result: {blog.name=Beatles Blog, count=3, rating__avg=3.3333333333333335}",
                "  result: {blog.name=Jazz Notes, count=1, rating__avg=5.0}"), groups.subList(1, 3));
    }

    /** The seed's nested query, with Blog a model of its own: through the relation, one aggregation where the server joins. */
    @Test
    void theSeedsNestedQueryRunsThroughTheRelation() {
        List<String> lines = run();
        List<String> nested = section(lines, "The seed's nested query through the relation");
        assertEquals(List.of("  result: Entry[A brie too far, rating 2]", "  result: Entry[Comté, aged 24 months, rating 5]",
                "  result: Entry[The Najdorf at 75, rating 4]"), nested.subList(1, nested.size()));
        // one aggregation with $lookup from news_blog, or, where the server has none, the blog ids found first
        assertTrue(nested.get(0).contains("blog_id"), nested.get(0));
        assertEquals(List.of("  result: Abbey Road at fifty in Blog[Beatles Blog]",
                "  result: A brie too far in Blog[Cheese Weekly]", "  result: Comté, aged 24 months in Blog[Cheese Weekly]",
                "  result: The Najdorf at 75 in Blog[Chess Corner]"), section(lines, "selectRelated").subList(1, 5));
        assertEquals("  result: Comté, aged 24 months [news, review]", section(lines, "prefetchRelated").get(2));
        assertEquals(List.of("  result: Blog[Beatles Blog], entries: 1", "  result: Blog[Cheese Weekly], entries: 2",
                "  result: Blog[Chess Corner], entries: 1", "  rated 5: [Blog[Beatles Blog], Blog[Cheese Weekly]]"),
                section(lines, "Reverse accessors"));
        assertEquals(List.of("  result: {blog__name=Beatles Blog, count=1, rating__avg=5.0}",
                "  result: {blog__name=Cheese Weekly, count=2, rating__avg=3.5}",
                "  result: {blog__name=Chess Corner, count=1, rating__avg=4.0}"),
                assumeSupported(section(lines, "Group by a related field")));
        assertEquals(List.of("  deleted: {Entry=2, Blog=1}", "  left:    2 entries"), section(lines, "Deleting a blog"));
    }

    /** The README's example command migrates first: the app's collections and index come from its migration. */
    @Test
    void theExampleMigratesBeforeTheBlogAndOnlyOnce() {
        String fresh = ExampleServer.uri("blog_example_migrate_" + Long.toHexString(System.nanoTime()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new BlogExample(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(fresh);
        List<String> first = section(buffer.toString(StandardCharsets.UTF_8).lines().toList(), "Migrate");
        assertTrue(first.contains("  applied: blog.V0001_Initial"), String.join("\n", first));
        assertTrue(first.contains("  applied: news.V0001_Initial"), String.join("\n", first));
        assertTrue(first.contains("  blog [X] V0001_Initial"), String.join("\n", first));
        assertTrue(first.contains("  news [X] V0001_Initial"), String.join("\n", first));
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(fresh)) {
            com.mongodb.client.MongoDatabase database = client.getDatabase(new com.mongodb.ConnectionString(fresh).getDatabase());
            assertTrue(database.getCollection("entry").listIndexes().into(new java.util.ArrayList<>()).stream()
                    .anyMatch(index -> index.getString("name").equals("pubDate_1")));

            buffer.reset();
            new BlogExample(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(fresh);
            List<String> second = section(buffer.toString(StandardCharsets.UTF_8).lines().toList(), "Migrate");
            assertEquals("  up to date: no migrations to apply", second.get(0));
            database.drop();
        }
    }

    @Test
    void runningTwiceStartsFromAnEmptyCollection() {
        run();
        assertTrue(run().contains("Saved 4 entries"));
    }

    @Test
    void aDatabaseIsAddedToUrisThatNameNone() {
        assertEquals("mongodb://h:1/blog", BlogExample.withDatabase("mongodb://h:1", "blog"));
        assertEquals("mongodb://h:1/blog", BlogExample.withDatabase("mongodb://h:1/", "blog"));
        assertEquals("mongodb://h:1/blog?w=1", BlogExample.withDatabase("mongodb://h:1/?w=1", "blog"));
        assertEquals("mongodb://h:1/other", BlogExample.withDatabase("mongodb://h:1/other", "blog"));
    }
}
