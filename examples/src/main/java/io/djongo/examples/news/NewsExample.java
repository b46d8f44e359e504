package io.djongo.examples.news;

import io.djongo.DatabaseError;
import io.djongo.query.Aggregation;
import io.djongo.query.Deleted;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import io.djongo.relation.RefList;
import java.io.PrintStream;
import java.util.List;

/**
 * The relations of the Django documentation's blog: {@link Blog}s in a collection of their own,
 * {@link Entry}s that refer to them, and {@link Tag}s many-to-many. Runs the seed's nested query
 * through the relation, joins, reverse accessors, grouping by a related field and a cascading
 * delete, printing each query's BSON and its result. The connection and the migrations are the
 * caller's ({@code BlogExample} applies both apps' migrations).
 */
public final class NewsExample {
    private final PrintStream out;

    public NewsExample(PrintStream out) {
        this.out = out;
    }

    public void run() {
        Entry_.objects().delete();
        Blog_.objects().delete();
        Tag_.objects().delete();
        seed();
        out.println("\n# Relations: " + Blog_.objects().count() + " blogs, " + Entry_.objects().count() + " entries that refer to them");
        queries();
    }

    /** Three blogs, two tags and four entries that refer to them and to the tags. */
    public static void seed() {
        Blog cheese = new Blog("Cheese Weekly", "Rinds and rounds.").save();
        Blog chess = new Blog("Chess Corner", "Openings and endgames.").save();
        Blog beatles = new Blog("Beatles Blog", "All the latest Beatles news.").save();
        Tag news = new Tag("news").save();
        Tag review = new Tag("review").save();
        entry(cheese, "Comté, aged 24 months", 5, news, review);
        entry(cheese, "A brie too far", 2, review);
        entry(chess, "The Najdorf at 75", 4, news);
        entry(beatles, "Abbey Road at fifty", 5, news);
    }

    private static void entry(Blog blog, String headline, int rating, Tag... tags) {
        Entry entry = new Entry(blog, headline, rating);
        entry.tags = RefList.of(tags);
        entry.save();
    }

    private void queries() {
        // Django: Entry.objects.filter(blog__name__in=Blog.objects.filter(name__contains='Ch').values('name'))
        show("The seed's nested query through the relation: entries of blogs whose name contains \"Ch\"",
                Entry_.objects()
                        .filter("blog__name__in", Blog_.objects().filter("name__contains", "Ch").values("name"))
                        .orderBy("headline"));

        show("Typed: entries of blogs named Cheese..., best first",
                Entry_.objects().filter(Entry_.blog.where(Blog_.name.startsWith("Cheese"))).orderBy(Entry_.rating.desc()));

        out.println("\n# selectRelated(\"blog\"): the entries and their blogs in one query; entry.blog.get() sends none");
        QuerySet<Entry> joined = Entry_.objects().selectRelated("blog").orderBy("blog__name", "headline").strict();
        out.println("  bson:   " + joined.toBson().toJson());
        for (Entry entry : joined.list()) {
            out.println("  result: " + entry.headline + " in " + entry.blog.get());
        }

        out.println("\n# prefetchRelated(\"tags\"): one more query for the tags of all the entries");
        for (Entry entry : Entry_.objects().prefetchRelated("tags").orderBy("headline").strict().list()) {
            out.println("  result: " + entry.headline + " " + entry.tags.list());
        }

        out.println("\n# Reverse accessors and lookups: blog.entries(), Blog_.objects().filter(\"entries__rating__gte\", 5)");
        for (Blog blog : Blog_.objects().list()) {
            out.println("  result: " + blog + ", entries: " + blog.entries().count());
        }
        out.println("  rated 5: " + Blog_.objects().filter("entries__rating__gte", 5).list());

        out.println("\n# Group by a related field: values(\"blog__name\").annotate(count, avg)");
        try {
            for (Row<Entry> row : Entry_.objects().values("blog__name")
                    .annotate(Aggregation.count(), Aggregation.avg(Entry_.rating)).list()) {
                out.println("  result: " + row);
            }
        } catch (DatabaseError e) {
            out.println("  not supported by this server: " + e.getCause().getMessage());
        }

        Blog cheese = Blog_.objects().get("name", "Cheese Weekly");
        Deleted deleted = cheese.delete();
        out.println("\n# Deleting a blog deletes its entries (onDelete = CASCADE)");
        out.println("  deleted: " + deleted.perModel());
        out.println("  left:    " + Entry_.objects().count() + " entries");
    }

    private void show(String title, QuerySet<Entry> query) {
        out.println("\n# " + title);
        out.println("  bson:   " + query.toBson().toJson());
        List<Entry> entries = query.list();
        for (Entry entry : entries) {
            out.println("  result: " + entry);
        }
    }
}
