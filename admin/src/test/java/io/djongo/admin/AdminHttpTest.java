package io.djongo.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.admin.auth.PasswordHasher;
import io.djongo.admin.auth.User;
import io.djongo.admin.auth.User_;
import io.djongo.admin.fixture.Author;
import io.djongo.admin.fixture.Blog;
import io.djongo.admin.fixture.Entry;
import io.djongo.admin.fixture.Entry_;
import io.djongo.admin.fixture.Note;
import io.djongo.admin.fixture.Note_;
import io.djongo.admin.history.LogEntry_;
import io.djongo.test.DjongoTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin over HTTP, as Django's admin tests drive it with the test client: every route, the
 * login and permission rules, CSRF and origins, escaping, saving only what changed, validation in
 * place, conflicts, and bad input of every kind answered with 400/403/404, never 500.
 */
@DjongoTest
class AdminHttpTest {
    static AdminServer server;
    static AdminSite site;
    AdminClient client;
    ObjectId entryId;

    @BeforeAll
    static void start() {
        site = AdminSite.create()
                .passwordHasher(PasswordHasher.withIterations(1000))
                .register(ModelAdmin.of(Entry_.Meta.INSTANCE)
                        .listDisplay("headline", "blog__name", "rating", "pub_date")
                        .searchFields("headline", "^blog__name", "=authors__email")
                        .listFilter("featured", "status", "pub_date", "blog__name", "tags", "authors__email")
                        .dateHierarchy("pub_date")
                        .listPerPage(2)
                        .countCap(3)
                        .saveAs(true)
                        .action("make_five", "Rate the selected entries 5", "change",
                                selected -> "Rated " + selected.update(Entry_.rating.set(5)) + " entries 5."))
                .register(ModelAdmin.of(Note_.Meta.INSTANCE));
        server = site.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void data() {
        site.accounts().createSuperuser("admin", "admin@example.org", "s3cret!");
        Entry entry = new Entry(new Blog("Beatles Blog", "All the latest Beatles news."), "Abbey Road at fifty", 4,
                Instant.parse("2019-09-26T10:00:00Z"));
        entry.authors.add(new Author("Ann", "ann@example.org"));
        entry.authors.add(new Author("Bob", "bob@example.com"));
        entry.tags.add("rock");
        entry.save();
        entryId = entry.id;
        new Entry(new Blog("Jazz Notes", null), "Kind of Blue", 5, Instant.parse("2020-08-17T18:00:00Z")).save();
        client = new AdminClient(server.url());
        site.throttle().clear();
    }

    private void login() {
        HttpResponse<String> response = client.login("admin", "s3cret!");
        assertEquals(303, response.statusCode(), response.body());
    }

    private String changeUrl() {
        return "entry/" + entryId.toHexString() + "/change/";
    }

    // ---- login, sessions, headers

    @Test
    void everyPageNeedsALogin() {
        // Django: admin views redirect anonymous users to the login page with ?next=
        for (String path : List.of("", "entry/", "entry/add/", changeUrl(), "admin_user/")) {
            HttpResponse<String> response = client.get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/admin/login/?next="), path);
        }
    }

    @Test
    void loginStartsASessionWithSafeCookiesAndLogoutEndsIt() {
        client.get("login/");
        HttpResponse<String> response = client.post("login/", Map.of("username", "admin", "password", "s3cret!",
                "next", "/admin/entry/"));

        assertEquals(303, response.statusCode());
        assertEquals("/admin/entry/", response.headers().firstValue("Location").orElseThrow());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AdminSite.SESSION_COOKIE)).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/admin/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP has no Secure cookies: " + cookie);
        assertEquals(200, client.get("").statusCode());

        assertEquals(405, client.get("logout/").statusCode(), "logging out is a POST");
        assertEquals(303, client.post("logout/", Map.of()).statusCode());
        assertEquals(303, client.get("").statusCode(), "the session is gone");
    }

    @Test
    void wrongPasswordsAreRefusedAndThrottled() {
        HttpResponse<String> wrong = client.login("admin", "nope");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Please enter the correct username and password"));

        for (int i = 0; i < 5; i++) {
            client.login("admin", "nope");
        }
        HttpResponse<String> throttled = client.login("admin", "s3cret!");
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.body().contains("Too many failed login attempts"));
    }

    @Test
    void anOpenRedirectIsNotFollowed() {
        client.get("login/");
        HttpResponse<String> response = client.post("login/", Map.of("username", "admin", "password", "s3cret!",
                "next", "//evil.example/admin/"));
        assertEquals("/admin/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("login/", "nowhere", "static/admin.css")) {
            HttpResponse<String> response = client.get(path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
    }

    @Test
    void inactiveAndNonStaffUsersCannotLogIn() {
        site.accounts().createSuperuser("gone", null, "pw");
        User_.objects().filter(User_.username.eq("gone")).update(User_.isActive.set(false));
        assertTrue(client.login("gone", "pw").body().contains("Please enter the correct"));
    }

    // ---- CSRF and origins

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        login();
        HttpResponse<String> response = client.postRaw(changeUrl(), "headline=x");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("CSRF"));
        assertEquals("Abbey Road at fifty", Entry.objects().getById(entryId).headline);
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithTheToken() {
        login();
        client.origin = "https://evil.example";
        HttpResponse<String> response = client.post(entryDelete(), Map.of("post", "yes"));
        assertEquals(403, response.statusCode());
        assertEquals(2, Entry.objects().count());
    }

    @Test
    void theLoginFormNeedsTheTokenToo() {
        HttpResponse<String> response = client.postRaw("login/", "username=admin&password=s3cret!");
        assertEquals(403, response.statusCode());
    }

    // ---- changelist

    @Test
    void theChangelistListsSearchesFiltersAndCounts() {
        login();
        HttpResponse<String> list = client.get("entry/");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("Abbey Road at fifty") && list.body().contains("Kind of Blue"));
        assertTrue(list.body().contains("2 entrys") || list.body().contains("2 entries"), "the collection's own count");

        String search = client.get("entry/?q=beat").body();
        assertTrue(search.contains("Abbey Road") && !search.contains("Kind of Blue"), "^blog__name: starts with");
        assertTrue(client.get("entry/?q=ANN%40EXAMPLE.ORG").body().contains("Abbey Road"), "=authors__email: iexact");
        assertFalse(client.get("entry/?q=ann%40example").body().contains("Abbey Road"), "= is exact, not contains");
        assertTrue(client.get("entry/?q=.*").body().contains("0 results"), "search words are not patterns");

        String filtered = client.get("entry/?blog__name__exact=Jazz+Notes").body();
        assertTrue(filtered.contains("Kind of Blue") && !filtered.contains("Abbey Road"));
        assertTrue(filtered.contains("1 result (2 total)"), filtered);
        assertTrue(client.get("entry/?pub_date__year=2019").body().contains("Abbey Road"));
    }

    /** The links of one filter of the changelist's sidebar. */
    private static String filterOf(String html, String field) {
        int start = html.indexOf("<ul data-filter=\"" + field + "\">");
        assertTrue(start >= 0, "no filter " + field + " in " + html);
        return html.substring(start, html.indexOf("</ul>", start));
    }

    @Test
    void aFilterOfOtherValuesListsTheStoredValuesOnEveryServer() {
        // Django's AllValuesFieldListFilter: a link per value stored, through embedded models and arrays too.
        // The values are read by an aggregation, which FerretDB runs under the admin's time limit (its distinct does not).
        login();
        String list = client.get("entry/").body();
        String blogs = filterOf(list, "blog__name");
        assertTrue(blogs.contains(">Beatles Blog</a>") && blogs.contains(">Jazz Notes</a>"), blogs);
        String emails = filterOf(list, "authors__email");
        assertTrue(emails.contains(">ann@example.org</a>") && emails.contains(">bob@example.com</a>"), emails);
        assertTrue(filterOf(list, "tags").contains(">rock</a>"), filterOf(list, "tags"));

        java.util.regex.Matcher jazz = java.util.regex.Pattern.compile("href=\"([^\"]*)\">Jazz Notes</a>").matcher(blogs);
        assertTrue(jazz.find(), blogs);
        String filtered = client.get("entry/" + jazz.group(1).replace("&amp;", "&")).body();
        assertTrue(filtered.contains("Kind of Blue") && !filtered.contains("Abbey Road"), filtered);
        java.util.regex.Matcher ann = java.util.regex.Pattern.compile("href=\"([^\"]*)\">ann@example.org</a>").matcher(emails);
        assertTrue(ann.find(), emails);
        String byAuthor = client.get("entry/" + ann.group(1).replace("&amp;", "&")).body();
        assertTrue(byAuthor.contains("Abbey Road") && !byAuthor.contains("Kind of Blue"), byAuthor);
    }

    @Test
    void aFilteredCountStopsAtTheCapAndKeysetPagingGoesOn() {
        for (int i = 0; i < 6; i++) {
            new Entry(new Blog("Beatles Blog", null), "Extra " + i, 1, Instant.parse("2021-01-0" + (i + 1) + "T00:00:00Z"))
                    .save();
        }
        login();
        String first = client.get("entry/?blog__name__exact=Beatles+Blog&o=1").body();
        assertTrue(first.contains("3+ results"), first);
        String page2 = client.get("entry/?blog__name__exact=Beatles+Blog&o=1&p=2").body();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]*after=[^\"]*)\"").matcher(page2);
        assertTrue(next.find(), "past the cap, Next continues after the last row: " + page2);
        String page3 = client.get("entry/" + next.group(1).replace("&amp;", "&")).body();
        assertTrue(page3.contains("Extra 3") && page3.contains("Extra 4"), page3);
        assertEquals(400, client.get("entry/?blog__name__exact=Beatles+Blog&o=1&after=forged.sig").statusCode());
    }

    @Test
    void storedValuesAreEscaped() {
        new Entry(new Blog("<script>alert(1)</script>", null), "<img src=x onerror=alert(1)>", 1,
                Instant.parse("2030-01-01T00:00:00Z")).save();
        login();
        String list = client.get("entry/").body();
        assertFalse(list.contains("<img src=x") || list.contains("<script>alert"), list);
        assertTrue(list.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void badChangelistParametersAre400Or404() {
        login();
        assertEquals(400, client.get("entry/?headline__regex=x").statusCode(), "a lookup not offered by listFilter");
        assertEquals(400, client.get("entry/?o=9").statusCode());
        assertEquals(400, client.get("entry/?o=x").statusCode());
        assertEquals(404, client.get("entry/?p=0").statusCode());
        assertEquals(404, client.get("entry/?p=abc").statusCode());
        assertEquals(400, client.get("entry/?pub_date__year=soon").statusCode());
        assertEquals(400, client.get("entry/?q=%E0%A4").statusCode(), "a cut UTF-8 sequence");
        assertEquals(400, client.get("entry/?q=%C3%28").statusCode(), "not UTF-8");
        assertEquals(404, client.get("nosuchmodel/").statusCode());
    }

    @Test
    void userActionsAndDeleteSelectedWithConfirmation() {
        login();
        List<String> ids = Entry.objects().valuesList(Entry_.id).stream().map(ObjectId::toHexString).toList();
        HttpResponse<String> action = client.post("entry/", Map.of("action", "make_five", "_selected_action", ids));
        assertEquals(303, action.statusCode());
        assertEquals(2, Entry.objects().filter(Entry_.rating.eq(5)).count());
        assertTrue(client.get("entry/").body().contains("Rated 2 entries 5."));

        HttpResponse<String> confirm = client.post("entry/", Map.of("action", "delete_selected", "_selected_action", ids));
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Are you sure"));
        assertEquals(2, Entry.objects().count(), "the confirmation page deletes nothing");
        client.post("entry/", Map.of("action", "delete_selected", "_selected_action", ids, "post", "yes"));
        assertEquals(0, Entry.objects().count());
        assertEquals(2, LogEntry_.objects().count());
        assertEquals(400, client.post("entry/", Map.of("action", "delete_selected", "_selected_action", "nope"))
                .statusCode());
    }

    // ---- change form

    @Test
    void theChangeFormShowsEmbeddedFieldsAndRows() {
        login();
        String form = client.get(changeUrl()).body();
        assertTrue(form.contains("name=\"blog.name\"") && form.contains("value=\"Beatles Blog\""), form);
        assertTrue(form.contains("name=\"authors.i1.email\"") && form.contains("value=\"bob@example.com\""));
        assertTrue(form.contains("name=\"tags.i0\""));
        assertTrue(form.contains("<select name=\"status\""), "an enum is a select");
        assertTrue(form.contains("type=\"datetime-local\""), "an Instant is a date-time input");
    }

    private Map<String, Object> formOf(String html) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("_snapshot", AdminClient.snapshot(html));
        if (AdminClient.rows(html) != null) {
            form.put("_rows", AdminClient.rows(html));
        }
        form.put("headline", "Abbey Road at fifty");
        form.put("blog.__present", "1");
        form.put("blog.name", "Beatles Blog");
        form.put("blog.tagline", "All the latest Beatles news.");
        form.put("authors.__present", "1");
        form.put("authors.__row", List.of("i0", "i1"));
        form.put("authors.i0.name", "Ann");
        form.put("authors.i0.email", "ann@example.org");
        form.put("authors.i1.name", "Bob");
        form.put("authors.i1.email", "bob@example.com");
        form.put("tags.__present", "1");
        form.put("tags.__row", List.of("i0"));
        form.put("tags.i0", "rock");
        form.put("votes.__present", "1");
        form.put("rating", "4");
        form.put("status", "");
        form.put("language", "");
        form.put("pub_date", "2019-09-26T10:00:00");
        form.put("pubDate", "2019-09-26T10:00:00");
        return form;
    }

    @Test
    void saveWritesOnlyTheChangedPathsAndKeepsUndeclaredFields() {
        Entry.objects().rawCollection().updateOne(new Document("_id", entryId),
                new Document("$set", new Document("legacy", "kept").append("authors.1.twitter", "@bob")));
        login();
        Map<String, Object> form = formOf(client.get(changeUrl()).body());
        form.put("blog.name", "Beatles Weekly");
        form.put("authors.i1.email", "bob@example.org");
        form.put("_continue", "1");

        HttpResponse<String> saved = client.post(changeUrl(), form);
        assertEquals(303, saved.statusCode(), saved.body());

        Document stored = Entry.objects().rawCollection().find(new Document("_id", entryId)).first();
        assertEquals("Beatles Weekly", stored.get("blog", Document.class).getString("name"));
        assertEquals("kept", stored.getString("legacy"), "an undeclared field survives");
        Document bob = stored.getList("authors", Document.class).get(1);
        assertEquals("bob@example.org", bob.getString("email"));
        assertEquals("@bob", bob.getString("twitter"), "an undeclared field of a row survives");
        assertEquals("All the latest Beatles news.", stored.get("blog", Document.class).getString("tagline"));
        String history = client.get("entry/" + entryId.toHexString() + "/history/").body();
        assertTrue(history.contains("Changed blog.name, authors[1]") || history.contains("blog.name"), history);
    }

    @Test
    void rowsAreAddedRemovedAndReorderedInOneSave() {
        login();
        Map<String, Object> form = formOf(client.get(changeUrl()).body());
        form.put("authors.__row", List.of("i1", "nx1", "i0"));
        form.put("authors.nx1.name", "Cy");
        form.put("authors.nx1.email", "cy@example.org");
        form.put("authors.i0.__delete", "1");
        assertEquals(303, client.post(changeUrl(), form).statusCode());

        List<Author> authors = Entry.objects().getById(entryId).authors;
        assertEquals(List.of("Bob", "Cy"), authors.stream().map(Author::name).toList());
    }

    @Test
    void theRowButtonsWorkWithoutJavaScript() {
        login();
        Map<String, Object> form = formOf(client.get(changeUrl()).body());
        form.put("_rowop", "add:authors");
        HttpResponse<String> added = client.post(changeUrl(), form);
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("name=\"authors.__row\" value=\"n1s\""), "a new empty row");
        assertEquals(2, Entry.objects().getById(entryId).authors.size(), "nothing is saved by a row button");

        form.put("_rowop", "up:authors.i1");
        String moved = client.post(changeUrl(), form).body();
        assertTrue(moved.indexOf("value=\"bob@example.com\"") < moved.indexOf("value=\"ann@example.org\""));
    }

    @Test
    void validationErrorsAppearBesideTheirInputsAndNothingIsWritten() {
        login();
        Map<String, Object> form = formOf(client.get(changeUrl()).body());
        form.put("blog.name", "");
        form.put("authors.i1.email", "not an address");
        form.put("rating", "many");
        HttpResponse<String> response = client.post(changeUrl(), form);

        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("id=\"id_blog-name-errors\""), html);
        assertTrue(html.contains("id=\"id_authors-i1-email-errors\""), html);
        assertTrue(html.contains("id=\"id_rating-errors\"") && html.contains("Enter a whole number."), html);
        assertTrue(html.contains("value=\"many\""), "the input is shown as typed");
        assertEquals("Beatles Blog", Entry.objects().getById(entryId).blog.name);
    }

    @Test
    void aConcurrentEditIsAConflictAndSavingAgainResolvesIt() {
        login();
        String page = client.get(changeUrl()).body();
        Map<String, Object> mine = formOf(page);
        Map<String, Object> theirs = formOf(page);
        theirs.put("headline", "Their headline");
        assertEquals(303, client.post(changeUrl(), theirs).statusCode());

        mine.put("headline", "My headline");
        HttpResponse<String> conflict = client.post(changeUrl(), mine);
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body().contains("Someone else changed this entry"), conflict.body());
        assertTrue(conflict.body().contains("Their headline"), "what is stored now is shown");
        assertEquals("Their headline", Entry.objects().getById(entryId).headline);

        Map<String, Object> again = formOf(conflict.body());
        again.put("headline", "My headline");
        assertEquals(303, client.post(changeUrl(), again).statusCode());
        assertEquals("My headline", Entry.objects().getById(entryId).headline);
    }

    /** Ann's row holds a long the model does not declare, Bob's a string: both must stay with their rows. */
    private void undeclaredFieldsInTheRows() {
        Entry.objects().rawCollection().updateOne(new Document("_id", entryId), new Document("$set",
                new Document("authors.0.since", 2001L).append("authors.1.twitter", "@bob")));
    }

    private void assertTheRowsKeptTheirUndeclaredFields(List<String> names) {
        BsonDocument stored = Entry.objects().rawCollection().withDocumentClass(BsonDocument.class)
                .find(new Document("_id", entryId)).first();
        List<String> found = new java.util.ArrayList<>();
        for (org.bson.BsonValue row : stored.getArray("authors")) {
            BsonDocument author = row.asDocument();
            String name = author.getString("name").getValue();
            found.add(name);
            if (name.equals("Ann")) {
                assertEquals(new org.bson.BsonInt64(2001), author.get("since"), "Ann's long, a long still: " + stored.toJson());
                assertFalse(author.containsKey("twitter"), stored.toJson());
            } else {
                assertEquals("@bob", author.getString("twitter").getValue(), stored.toJson());
                assertFalse(author.containsKey("since"), stored.toJson());
            }
        }
        assertEquals(names, found);
    }

    @Test
    void aConflictAfterSomeoneReorderedTheRowsKeepsEachRowsUndeclaredFields() {
        // "Fields the model does not declare are never dropped by a save", in every path: here someone
        // moves Bob first while I edit Ann's e-mail in the old order; my save conflicts, and saving again
        // writes my rows, each with its own undeclared fields.
        undeclaredFieldsInTheRows();
        login();
        String page = client.get(changeUrl()).body();
        Map<String, Object> theirs = formOf(page);
        theirs.put("authors.__row", List.of("i1", "i0"));
        assertEquals(303, client.post(changeUrl(), theirs).statusCode());
        assertTheRowsKeptTheirUndeclaredFields(List.of("Bob", "Ann"));

        Map<String, Object> mine = formOf(page);
        mine.put("authors.i0.email", "ann@example.com");
        HttpResponse<String> conflict = client.post(changeUrl(), mine);
        assertEquals(409, conflict.statusCode(), conflict.body());

        Map<String, Object> again = formOf(conflict.body());
        assertNotNull(again.get("_rows"), "the conflict's form names its rows' source");
        again.put("authors.i0.email", "ann@example.com");
        assertEquals(303, client.post(changeUrl(), again).statusCode());
        assertTheRowsKeptTheirUndeclaredFields(List.of("Ann", "Bob"));
        assertEquals("ann@example.com", Entry.objects().getById(entryId).authors.get(0).email());
    }

    @Test
    void aConflictAfterIReorderedAndSomeoneRemovedARowKeepsEachRowsUndeclaredFields() {
        undeclaredFieldsInTheRows();
        login();
        String page = client.get(changeUrl()).body();
        Map<String, Object> theirs = formOf(page);
        theirs.put("authors.i0.__delete", "1");
        assertEquals(303, client.post(changeUrl(), theirs).statusCode());
        assertTheRowsKeptTheirUndeclaredFields(List.of("Bob"));

        Map<String, Object> mine = formOf(page);
        mine.put("authors.__row", List.of("i1", "i0"));
        HttpResponse<String> conflict = client.post(changeUrl(), mine);
        assertEquals(409, conflict.statusCode(), conflict.body());
        String html = conflict.body();
        assertTrue(html.indexOf("value=\"bob@example.com\"") < html.indexOf("value=\"ann@example.org\""), "my order");

        // the conflict's rows are mine, in my order: Bob then Ann, named i0 and i1
        Map<String, Object> again = formOf(html);
        again.put("authors.__row", List.of("i0", "i1"));
        again.put("authors.i0.name", "Bob");
        again.put("authors.i0.email", "bob@example.com");
        again.put("authors.i1.name", "Ann");
        again.put("authors.i1.email", "ann@example.org");
        assertEquals(303, client.post(changeUrl(), again).statusCode());
        assertTheRowsKeptTheirUndeclaredFields(List.of("Bob", "Ann"));

        // and a tampered source of rows is refused
        Map<String, Object> forged = formOf(client.get(changeUrl()).body());
        forged.put("_rows", AdminClient.rows(html).replace('.', 'x'));
        assertEquals(400, client.post(changeUrl(), forged).statusCode());
    }

    @Test
    void reorderingRowsKeepsTheTypesOfTheirUndeclaredFields() {
        undeclaredFieldsInTheRows();
        login();
        Map<String, Object> form = formOf(client.get(changeUrl()).body());
        form.put("authors.__row", List.of("i1", "i0"));
        assertEquals(303, client.post(changeUrl(), form).statusCode());
        assertTheRowsKeptTheirUndeclaredFields(List.of("Bob", "Ann"));
    }

    @Test
    void aVersionedModelChecksItsVersion() {
        new Note("first", "one").save();
        login();
        String page = client.get("note/first/change/").body();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("_snapshot", AdminClient.snapshot(page));
        form.put("text", "two");
        form.put("count", "0");
        form.put("score", "0");
        assertEquals(303, client.post("note/first/change/", form).statusCode());
        assertEquals(2, Note_.objects().getById("first").version);
        form.put("text", "three");
        assertEquals(409, client.post("note/first/change/", form).statusCode(), "the version moved on");
    }

    @Test
    void addingAnEntryWithItsBlogAndThreeAuthors() {
        login();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("headline", "Revolver");
        form.put("blog.__present", "1");
        form.put("blog.name", "Beatles Blog");
        form.put("authors.__present", "1");
        form.put("authors.__row", List.of("n1", "n2", "n3"));
        for (String row : List.of("n1", "n2", "n3")) {
            form.put("authors." + row + ".name", "Author " + row);
            form.put("authors." + row + ".email", row + "@example.org");
        }
        form.put("rating", "3");
        form.put("featured", "true");
        form.put("status", "PUBLISHED");
        form.put("pubDate", "1966-08-05T00:00:00");
        HttpResponse<String> response = client.post("entry/add/", form);
        assertEquals(303, response.statusCode(), response.body());

        Entry added = Entry.objects().get(Entry_.headline.eq("Revolver"));
        assertEquals(3, added.authors.size());
        assertEquals(Entry.Status.PUBLISHED, added.status);
        assertTrue(added.featured);
        assertEquals(Instant.parse("1966-08-05T00:00:00Z"), added.pubDate);
    }

    @Test
    void saveAsNewCopiesTheObject() {
        login();
        Map<String, Object> form = formOf(client.get(changeUrl()).body());
        form.put("headline", "A copy");
        form.put("_saveasnew", "1");
        assertEquals(303, client.post(changeUrl(), form).statusCode());
        assertEquals(3, Entry.objects().count());
        assertEquals("Abbey Road at fifty", Entry.objects().getById(entryId).headline);
    }

    @Test
    void deleteAsksFirstAndOnlyThePostDeletes() {
        login();
        HttpResponse<String> confirm = client.get(entryDelete());
        assertEquals(200, confirm.statusCode());
        assertEquals(2, Entry.objects().count());
        assertEquals(303, client.post(entryDelete(), Map.of("post", "yes")).statusCode());
        assertEquals(1, Entry.objects().count());
        assertEquals(404, client.get(changeUrl()).statusCode());
    }

    private String entryDelete() {
        return "entry/" + entryId.toHexString() + "/delete/";
    }

    @Test
    void badIdsAreNotFound() {
        login();
        for (String id : List.of("nope", "123", "65a0000000000000000000zz", "%00", "000000000000000000000000",
                "..", "%2e%2e", "a%2Fb")) {
            int status = client.get("entry/" + id + "/change/").statusCode();
            assertTrue(status == 404 || status == 400, id + " gave " + status);
        }
        assertEquals(404, client.get("note/missing/change/").statusCode());
        assertEquals(404, client.get("entry/" + entryId.toHexString() + "/nothing/").statusCode());
    }

    @Test
    void badFormValuesAre400OrShownAsErrorsNever500() {
        login();
        String page = client.get(changeUrl()).body();
        Map<String, Object> form = formOf(page);
        form.put("authors.__row", List.of("i0", "i0"));
        assertEquals(400, client.post(changeUrl(), form).statusCode(), "duplicate row tokens");
        form = formOf(page);
        form.put("_snapshot", "tampered.sig");
        assertEquals(400, client.post(changeUrl(), form).statusCode());
        form = formOf(page);
        form.put("pubDate", "+99999999-01-01T00:00");
        form.put("status", "EXPLODED");
        form.put("rating", "99999999999999999999");
        form.put("votes.__row", List.of("n1"));
        form.put("votes.n1.__key", "$where");
        form.put("votes.n1", "1");
        HttpResponse<String> response = client.post(changeUrl(), form);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Select a valid choice"));
        assertTrue(response.body().contains("This key cannot be stored"));
        assertEquals(400, client.postRaw(changeUrl(), "csrfmiddlewaretoken=" + client.csrf() + "&x=%E0%A4%A").statusCode());
    }

    @Test
    void aUserWithoutPermissionsSeesNothingAndIsRefused() {
        User clerk = new User("clerk", PasswordHasher.withIterations(1000).hash("pw"), null).staff(true);
        User_.objects().create(clerk);
        client.login("clerk", "pw");
        assertTrue(client.get("").body().contains("permission to view or edit anything"));
        assertEquals(403, client.get("entry/").statusCode());

        User_.objects().filter(User_.username.eq("clerk")).update(User_.permissions.set(List.of("entry.view")));
        assertEquals(200, client.get("entry/").statusCode());
        HttpResponse<String> form = client.get(changeUrl());
        assertFalse(form.body().contains("name=\"headline\""), "view only: no inputs");
        assertEquals(403, client.post(changeUrl(), Map.of("headline", "x")).statusCode());
    }

    @Test
    void staticFilesAndUnknownMethods() {
        assertEquals(200, client.get("static/admin.js").statusCode());
        assertEquals(404, client.get("static/passwd").statusCode());
        assertEquals(405, client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "entry/"))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void passwordsAreStoredInDjangosFormat() {
        User admin = User_.objects().get(User_.username.eq("admin"));
        assertTrue(admin.passwordHash().startsWith("pbkdf2_sha256$1000$"));
        assertNotNull(BsonDocument.class);
        assertNull(null);
    }
}
