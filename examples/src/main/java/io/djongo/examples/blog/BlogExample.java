package io.djongo.examples.blog;

import com.mongodb.ConnectionString;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import io.djongo.DatabaseError;
import io.djongo.Djongo;
import io.djongo.DoesNotExist;
import io.djongo.embedded.EmbeddedMongo;
import io.djongo.examples.news.NewsExample;
import io.djongo.migrations.MigrationStatus;
import io.djongo.migrations.Migrator;
import io.djongo.migrations.Plan;
import io.djongo.paging.Page;
import io.djongo.query.Aggregation;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import io.djongo.query.Values;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The blog of the Djongo documentation: entries with an embedded blog, an array of authors and
 * tags; then {@link NewsExample}, the same blog with relations between collections. Applies the
 * apps' migrations, inserts a few entries and runs queries, printing each query's BSON and its
 * result.
 *
 * <p>Runs on the server in {@code MONGODB_URI} when it is set, otherwise on an in-process
 * embedded server.
 */
public final class BlogExample {
    /** Starts the line printed when the server rejects a query it does not support. */
    static final String UNSUPPORTED = "not supported by this server: ";

    private final PrintStream out;

    BlogExample(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            new BlogExample(System.out).run(withDatabase(uri, "djongo_blog"));
            return;
        }
        try (EmbeddedMongo server = EmbeddedMongo.start()) {
            System.out.println("Embedded server at " + server.connectionString());
            new BlogExample(System.out).run(server.connectionString("blog"));
        }
    }

    /** {@code uri} with {@code database} as its database unless it names one. */
    public static String withDatabase(String uri, String database) {
        ConnectionString parsed = new ConnectionString(uri);
        if (parsed.getDatabase() != null) {
            return uri;
        }
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String options = query < 0 ? "" : uri.substring(query);
        return (base.endsWith("/") ? base : base + "/") + database + options;
    }

    void run(String uri) {
        try (Djongo connection = Djongo.connect(uri)) {
            out.println("Connected to " + connection);
            migrate(connection);
            Entry.objects().delete(); // start from empty collections
            Featured_.objects().delete();
            seed();
            queries();
            new NewsExample(out).run();
        }
    }

    /**
     * Applies the app's pending migrations (its collections and the index on pubDate): nothing is
     * created implicitly at start-up. Running the example again finds them applied.
     */
    private void migrate(Djongo connection) {
        out.println("\n# Migrate: collections and indexes come from the migrations (djongo migrate), never from start-up");
        Migrator migrator = Migrator.of(connection);
        Plan applied = migrator.migrate();
        if (applied.isEmpty()) {
            out.println("  up to date: no migrations to apply");
        }
        for (Plan.Step step : applied.steps()) {
            out.println("  applied: " + step.migration().label());
        }
        for (String app : List.of("blog", "news")) {
            for (MigrationStatus status : migrator.showMigrations(app)) {
                out.println("  " + app + " " + status);
            }
        }
    }

    private void seed() {
        Blog beatles = new Blog("Beatles Blog", "All the latest Beatles news.");
        Blog jazz = new Blog("Jazz Notes", "Standards and sessions.");
        Author ann = new Author("Ann", "ann@example.org");
        Author bob = new Author("Bob", "bob@example.com");
        List.of(
                new Entry(beatles, "Abbey Road at fifty", 5, Instant.parse("2019-09-26T10:00:00Z"),
                        List.of(ann, bob), List.of("rock", "anniversary")),
                new Entry(beatles, "Let It Be, remixed", 4, Instant.parse("2021-10-15T09:30:00Z"),
                        List.of(bob), List.of("rock", "remix")),
                new Entry(beatles, "A rumour, unconfirmed", 1, Instant.parse("2022-04-01T08:00:00Z"),
                        List.of(new Author("Ann", "ann@example.com")), List.of("draft")),
                new Entry(jazz, "Kind of Blue", 5, Instant.parse("2020-08-17T18:00:00Z"),
                        List.of(ann), List.of("jazz", "modal")))
                .forEach(Entry::save);
        Featured_.objects().bulkCreate(List.of(
                new Featured("Jazz Notes", LocalDate.parse("2024-01-01"), true),
                new Featured("Beatles Blog", LocalDate.parse("2020-01-01"), false)));
        out.println("Saved " + Entry.objects().count() + " entries");
    }

    private void queries() {
        show("Entries whose blog name starts with \"Beatles\"",
                Entry.objects().filter(Entry_.blog.name.startsWith("Beatles")));

        show("Beatles entries rated 3 or more, newest first",
                Entry.objects().filter(Entry_.blog.name.startsWith("Beatles"))
                        .exclude(Entry_.rating.lt(3))
                        .orderBy(Entry_.pubDate.desc())
                        .limit(10));

        show("Entries with one author who is Ann AND writes from a .org address (elemMatch)",
                Entry.objects().filter(Entry_.authors.elemMatch(a -> a.name.eq("Ann").and(a.email.endsWith(".org")))));

        show("Entries with any author named Ann", Entry.objects().filter(Entry_.authors.any().name.eq("Ann")));

        QuerySet<Entry> rock = Entry.objects().filter(Entry_.tags.contains("rock"));
        out.println("\n# Entries tagged \"rock\", counted by the server");
        out.println("  bson:   " + rock.toBson().toJson());
        out.println("  count:  " + rock.count());

        Entry first = Entry.objects().orderBy(Entry_.pubDate.asc()).first().orElseThrow();
        out.println("\n# Active record: rate the oldest entry 3, save, and read it back");
        first.rate(3);
        first.save();
        Entry reloaded = Entry.objects().get(Entry_.id.eq(first.id()));
        out.println("  stored: " + reloaded);

        out.println("\n# get() that matches nothing");
        try {
            Entry.objects().get(Entry_.headline.eq("Yesterday"));
        } catch (DoesNotExist e) {
            out.println("  DoesNotExist: " + e.getMessage());
        }

        show("Django lookup strings, checked against the generated metadata",
                Entry.objects().filter("blog__name__istartswith", "beat").orderBy("-pub_date"));

        EntryQueries declared = Djongo.queries(EntryQueries.class);
        out.println("\n# Declared queries (EntryQueries): checked when the example compiled, sent as BSON built then");
        out.println("  bson:   " + EntryQueries_.Commands.wellRated("beat", 3).toJson());
        for (Entry entry : declared.wellRated("beat", 3)) {
            out.println("  result: " + entry);
        }
        out.println("  bson:   " + EntryQueries_.Commands.findByAuthorsNameAndAuthorsEmailEndsWith("Ann", ".org").toJson());
        try {
            for (Entry entry : declared.findByAuthorsNameAndAuthorsEmailEndsWith("Ann", ".org")) {
                out.println("  result: " + entry);
            }
        } catch (DatabaseError e) {
            unsupported(e);
        }
        out.println("  countByTagsContains(\"rock\"): " + declared.countByTagsContains("rock"));

        Page<Entry> page = declared.frontPage("2", 2);
        out.println("\n# A page of the front page (EntryQueries.frontPage): Django's Paginator, newest first, two a page");
        out.println("  bson:   " + EntryQueries_.Commands.frontPage().toJson());
        out.println("  " + page + ": entries " + page.startIndex() + " to " + page.endIndex() + " of "
                + page.paginator().count() + (page.hasPrevious() ? ", previous page " + page.previousPageNumber() : ""));
        for (Entry entry : page) {
            out.println("  result: " + entry);
        }

        show("Date parts: entries of 2020 or later (a range on pubDate, so an index serves it)",
                Entry.objects().filter(Entry_.pubDate.year().gte(2020)).orderBy(Entry_.pubDate.asc()));

        show("Entries of actively featured blogs (the subquery runs when the query does)",
                Entry.objects().filter(Entry_.blog.name.in(
                        Featured_.objects().filter(Featured_.active.eq(true)).subquery(Featured_.blogName))));

        QuerySet<Entry> rockEntries = Entry.objects().filter(Entry_.tags.contains("rock"));
        out.println("\n# Partial updates: +1 rating and a new tag on rock entries, Bob's address fixed in place");
        out.println("  bson:   " + rockEntries.updateBson(Entry_.rating.inc(1), Entry_.tags.push("classic")).toJson());
        out.println("  matched: " + rockEntries.update(Entry_.rating.inc(1), Entry_.tags.push("classic")));
        QuerySet<Entry> withBob = Entry.objects().filter(Entry_.authors.any().name.eq("Bob"));
        out.println("  bson:   " + withBob.updateBson(Entry_.authors.updateWhere(a -> a.name.eq("Bob"),
                a -> a.email.set("bob@example.org"))).toJson());
        try {
            out.println("  matched: " + withBob.update(Entry_.authors.updateWhere(a -> a.name.eq("Bob"),
                    a -> a.email.set("bob@example.org"))));
        } catch (DatabaseError e) {
            unsupported(e);
        }
        out.println("  now:    " + Entry.objects().valuesList(Entry_.authors.any().email));

        Values<Entry> perBlog = Entry.objects().values(Entry_.blog.name)
                .annotate(Aggregation.count(), Aggregation.avg(Entry_.rating));
        out.println("\n# Group by blog: values(...).annotate(count, avg)");
        out.println("  bson:   " + perBlog.toBson().toJson());
        try {
            for (Row<Entry> row : perBlog.list()) {
                out.println("  result: " + row);
            }
        } catch (DatabaseError e) {
            unsupported(e);
        }

        out.println("\n# The raw driver, one call away: mongoAggregate, with typed filters as driver Bson in the pipeline");
        List<Bson> pipeline = List.of(
                Aggregates.match(Entry_.rating.gte(4)),
                Aggregates.group("$blog.name", Accumulators.sum("entries", 1)),
                Aggregates.sort(Sorts.ascending("_id")));
        out.println("  pipeline: " + pipeline.stream().map(stage -> stage.toBsonDocument().toJson()).toList());
        for (Document group : Entry.objects().mongoAggregate(pipeline, Document.class)) {
            out.println("  result: " + group.getString("_id") + " has " + group.getInteger("entries") + " entries rated 4+");
        }

        out.println("\n# A declared update (EntryQueries.promote): one more star and a tag for the jazz entries");
        out.println("  bson:   " + EntryQueries_.Commands.promote("jazz", "featured").toJson());
        out.println("  matched: " + Djongo.queries(EntryQueries.class).promote("jazz", "featured"));
        out.println("  now:    " + Entry.objects().filter(Entry_.tags.contains("jazz")).list());
    }

    private void show(String title, QuerySet<Entry> query) {
        out.println("\n# " + title);
        out.println("  bson:   " + query.toBson().toJson());
        try {
            for (Entry entry : query.list()) {
                out.println("  result: " + entry);
            }
        } catch (DatabaseError e) {
            unsupported(e);
        }
    }

    /** Servers other than MongoDB lack some operators; say so and go on with the next section. */
    private void unsupported(DatabaseError e) {
        out.println("  " + UNSUPPORTED + e.getCause().getMessage());
    }
}
