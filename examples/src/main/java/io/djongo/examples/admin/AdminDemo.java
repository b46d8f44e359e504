package io.djongo.examples.admin;

import io.djongo.Djongo;
import io.djongo.admin.AdminServer;
import io.djongo.admin.AdminSite;
import io.djongo.admin.ModelAdmin;
import io.djongo.embedded.EmbeddedMongo;
import io.djongo.examples.blog.Author;
import io.djongo.examples.blog.Blog;
import io.djongo.examples.blog.BlogExample;
import io.djongo.examples.blog.Entry;
import io.djongo.examples.blog.Entry_;
import io.djongo.examples.blog.Featured_;
import io.djongo.examples.news.NewsExample;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The admin of the blog and news examples, in one command: on an in-process server (or {@code MONGODB_URI}),
 * with a few entries and a demo superuser whose password is printed. Ends on Ctrl-C.
 *
 * <pre>mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.djongo.examples.admin.AdminDemo</pre>
 */
public final class AdminDemo {
    private AdminDemo() {}

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getProperty("admin.port", "8000"));
        String uri = System.getenv("MONGODB_URI");
        EmbeddedMongo embedded = uri == null || uri.isBlank() ? EmbeddedMongo.start() : null;
        String connection = embedded != null ? embedded.connectionString("blog")
                : BlogExample.withDatabase(uri, "djongo_blog_admin");
        CountDownLatch stopped = new CountDownLatch(1);
        Djongo djongo = Djongo.connect(connection);
        {
            seed();
            // README: admin-site
            AdminSite site = AdminSite.create()
                    .register(ModelAdmin.of(Entry_.Meta.INSTANCE)
                            .listDisplay("headline", "blog__name", "rating", "pub_date")
                            .searchFields("headline", "^blog__name", "=authors__email")
                            .listFilter("rating", "pub_date", "blog__name")
                            .dateHierarchy("pub_date")
                            .ordering("-pub_date")
                            .saveAs(true))
                    .register(Featured_.Meta.INSTANCE);
            // README: end
            // The news app's models refer to each other: an entry's blog is a select with autocomplete,
            // its tags a multiple select, and deleting a blog shows the entries that go with it.
            site.register(ModelAdmin.of(io.djongo.examples.news.Blog_.Meta.INSTANCE).searchFields("name"))
                    .register(ModelAdmin.of(io.djongo.examples.news.Entry_.Meta.INSTANCE)
                            .listDisplay("headline", "blog", "rating")
                            .listFilter("blog")
                            .searchFields("headline")
                            .autocompleteFields("blog"))
                    .register(ModelAdmin.of(io.djongo.examples.news.Tag_.Meta.INSTANCE).searchFields("name"));
            String password = password();
            site.accounts().users().filter("username", "admin").delete();
            site.accounts().createSuperuser("admin", "admin@example.org", password);
            AdminServer server = site.start(port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                djongo.close();
                if (embedded != null) {
                    embedded.close();
                }
                stopped.countDown();
            }, "djongo-admin-demo-stop"));
            System.out.println("The admin is at " + server.url());
            System.out.println("Log in as admin with the password " + password + "   (Ctrl-C to stop)");
            stopped.await();
        }
    }

    private static void seed() {
        if (!io.djongo.examples.news.Blog_.objects().exists()) {
            NewsExample.seed();
        }
        if (Entry.objects().exists()) {
            return;
        }
        Blog beatles = new Blog("Beatles Blog", "All the latest Beatles news.");
        List.of(new Entry(beatles, "Abbey Road at fifty", 5, Instant.parse("2019-09-26T10:00:00Z"),
                        List.of(new Author("Ann", "ann@example.org"), new Author("Bob", "bob@example.com")),
                        List.of("rock", "anniversary")),
                new Entry(beatles, "Let It Be, remixed", 4, Instant.parse("2021-10-15T09:30:00Z"),
                        List.of(new Author("Bob", "bob@example.com")), List.of("rock", "remix")),
                new Entry(new Blog("Jazz Notes", "Standards and sessions."), "Kind of Blue", 5,
                        Instant.parse("2020-08-17T18:00:00Z"), List.of(new Author("Ann", "ann@example.org")),
                        List.of("jazz", "modal")))
                .forEach(Entry::save);
    }

    /** A new random password per run, printed for the demo's user. */
    private static String password() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
