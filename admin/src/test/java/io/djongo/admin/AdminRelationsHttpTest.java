package io.djongo.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.admin.auth.PasswordHasher;
import io.djongo.admin.auth.User;
import io.djongo.admin.auth.User_;
import io.djongo.admin.fixture.Book;
import io.djongo.admin.fixture.Book_;
import io.djongo.admin.fixture.Chapter;
import io.djongo.admin.fixture.Contribution;
import io.djongo.admin.fixture.Contribution_;
import io.djongo.admin.fixture.Genre;
import io.djongo.admin.fixture.Genre_;
import io.djongo.admin.fixture.Person;
import io.djongo.admin.fixture.Person_;
import io.djongo.admin.fixture.Publisher;
import io.djongo.admin.fixture.Publisher_;
import io.djongo.admin.fixture.Review;
import io.djongo.admin.fixture.Review_;
import io.djongo.admin.history.LogEntry_;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import io.djongo.test.DjongoTest;
import io.djongo.test.QueryCounter;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * References in the admin over HTTP, as Django's admin shows ForeignKey and ManyToManyField:
 * selects named as the admin names objects, an autocomplete for large targets that works as an id
 * input, ids that must exist, names in the changelist read in one query per column, many-to-many
 * relations through another model shown read-only; and deletions that say what cascades, what
 * changes and what protects, before anything is deleted.
 */
@DjongoTest
class AdminRelationsHttpTest {
    /** Above this many objects, a reference of a book is not a select. */
    static final int SELECT_LIMIT = 3;

    static AdminServer server;
    static AdminSite site;
    AdminClient client;
    Publisher penguin;
    Publisher faber;
    Genre fiction;
    Genre poetry;
    Person ann;
    Book dune;

    @BeforeAll
    static void start() {
        site = AdminSite.create()
                .passwordHasher(PasswordHasher.withIterations(1000))
                .register(ModelAdmin.of(Publisher_.Meta.INSTANCE).searchFields("name"))
                .register(ModelAdmin.of(Genre_.Meta.INSTANCE))
                .register(ModelAdmin.of(Person_.Meta.INSTANCE).searchFields("^name").ordering("name"))
                .register(ModelAdmin.of(Book_.Meta.INSTANCE)
                        .listDisplay("title", "publisher", "reprinter", "genres", "chapters__author")
                        .listFilter("publisher", "genres")
                        .searchFields("title")
                        .referenceSelectLimit(SELECT_LIMIT))
                .register(ModelAdmin.of(Review_.Meta.INSTANCE).autocompleteFields("book"))
                .register(ModelAdmin.of(Contribution_.Meta.INSTANCE).rawIdFields("book"));
        server = site.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void data() {
        site.accounts().createSuperuser("admin", "admin@example.org", "s3cret!");
        penguin = new Publisher("Penguin").save();
        faber = new Publisher("Faber").save();
        fiction = new Genre("Fiction").save();
        poetry = new Genre("Poetry").save();
        ann = new Person("Ann").save();
        dune = new Book("Dune", penguin);
        dune.genres = RefList.of(fiction);
        dune.chapters.add(new Chapter("Arrakis", ann));
        dune.save();
        client = new AdminClient(server.url());
        site.throttle().clear();
    }

    private void login() {
        assertEquals(303, client.login("admin", "s3cret!").statusCode());
    }

    private void loginAs(String username, List<String> permissions) {
        User user = new User(username, PasswordHasher.withIterations(1000).hash("pw"), null).staff(true);
        User_.objects().create(user);
        User_.objects().filter(User_.username.eq(username)).update(User_.permissions.set(permissions));
        assertEquals(303, client.login(username, "pw").statusCode());
    }

    private String bookUrl(Book book, String action) {
        return "book/" + book.id.toHexString() + "/" + action + "/";
    }

    private static String element(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in\n" + html);
        return html.substring(from, html.indexOf(end, from) + end.length());
    }

    private static BsonDocument stored(Book book) {
        return Book_.objects().rawCollection().withDocumentClass(BsonDocument.class)
                .find(new Document("_id", book.id)).first();
    }

    /** The change form of Dune as the browser would send it back. */
    private Map<String, Object> duneForm(String html) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("_snapshot", AdminClient.snapshot(html));
        form.put("title", "Dune");
        form.put("publisher_id", penguin.id.toHexString());
        form.put("reprinter_id", "");
        form.put("genres.__present", "1");
        form.put("genres", List.of(fiction.id.toHexString()));
        form.put("chapters.__present", "1");
        form.put("chapters.__row", List.of("i0"));
        form.put("chapters.i0.title", "Arrakis");
        form.put("chapters.i0.author_id", ann.id.toHexString());
        return form;
    }

    // ---- selects

    @Test
    void aForeignKeyIsASelectOfItsTargetsNamedAsTheAdminNamesThem() {
        // Django's ModelChoiceField: the related objects by str(), with "---------" when the field may be empty
        login();
        String form = client.get(bookUrl(dune, "change")).body();
        String publisher = element(form, "<select name=\"publisher_id\"", "</select>");
        assertTrue(publisher.contains("<option value=\"" + penguin.id.toHexString() + "\" selected=\"selected\">Penguin</option>"),
                publisher);
        assertTrue(publisher.contains(">Faber</option>"), publisher);
        assertTrue(publisher.indexOf(">Faber<") < publisher.indexOf(">Penguin<"), "in the publishers' order (name)");
        assertFalse(publisher.contains("---------"), "a required reference with a value offers no empty choice");
        String reprinter = element(form, "<select name=\"reprinter_id\"", "</select>");
        assertTrue(reprinter.contains("<option value=\"\" selected=\"selected\">---------</option>"), reprinter);

        String add = client.get("book/add/").body();
        assertTrue(element(add, "<select name=\"publisher_id\"", "</select>").contains("---------"),
                "a new book starts with no publisher chosen");
    }

    @Test
    void aManyToManyIsAMultipleSelectAndReferencesInRowsAreSelectsToo() {
        login();
        String form = client.get(bookUrl(dune, "change")).body();
        String genres = element(form, "<select name=\"genres\"", "</select>");
        assertTrue(genres.contains("multiple=\"multiple\""), genres);
        assertTrue(genres.contains("selected=\"selected\">Fiction</option>") && genres.contains(">Poetry</option>"), genres);
        assertTrue(form.contains("name=\"genres.__present\""), "an empty multiple select still says it was on the form");
        String author = element(form, "<select name=\"chapters.i0.author_id\"", "</select>");
        assertTrue(author.contains("selected=\"selected\">Ann</option>"), author);
    }

    @Test
    void choosingReferencesSavesTheirIds() {
        login();
        Map<String, Object> form = duneForm(client.get(bookUrl(dune, "change")).body());
        form.put("publisher_id", faber.id.toHexString());
        form.put("reprinter_id", penguin.id.toHexString());
        form.put("genres", List.of(fiction.id.toHexString(), poetry.id.toHexString()));
        HttpResponse<String> saved = client.post(bookUrl(dune, "change"), form);
        assertEquals(303, saved.statusCode(), saved.body());

        BsonDocument stored = stored(dune);
        assertEquals(new BsonObjectId(faber.id), stored.get("publisher_id"));
        assertEquals(new BsonObjectId(penguin.id), stored.get("reprinter_id"));
        assertEquals(new BsonArray(List.of(new BsonObjectId(fiction.id), new BsonObjectId(poetry.id))), stored.get("genres"));

        form = duneForm(client.get(bookUrl(dune, "change")).body());
        form.put("publisher_id", faber.id.toHexString());
        form.remove("genres"); // nothing chosen in the multiple select
        assertEquals(303, client.post(bookUrl(dune, "change"), form).statusCode());
        assertEquals(new BsonArray(), stored(dune).get("genres"));
        assertTrue(stored(dune).get("reprinter_id") == null || stored(dune).get("reprinter_id").isNull(),
                "the empty choice clears a nullable reference");
    }

    @Test
    void anIdThatIsNoObjectIsTheFieldsErrorAndNothingIsWritten() {
        // Django: "Select a valid choice. That choice is not one of the available choices."
        login();
        String page = client.get(bookUrl(dune, "change")).body();
        BsonDocument before = stored(dune);
        for (String bad : List.of(new ObjectId().toHexString(), "not-an-id", "{\"$gt\": \"\"}")) {
            Map<String, Object> form = duneForm(page);
            form.put("title", "Changed");
            form.put("publisher_id", bad);
            HttpResponse<String> response = client.post(bookUrl(dune, "change"), form);
            assertEquals(200, response.statusCode(), bad);
            String errors = element(response.body(), "<ul class=\"errorlist\" id=\"id_publisher_id-errors\"", "</ul>");
            assertTrue(errors.contains("Select a valid choice. That choice is not one of the available choices."), errors);
            assertEquals(before, stored(dune), "nothing was written for " + bad);
        }
        String missing = new ObjectId().toHexString();
        Map<String, Object> form = duneForm(page);
        form.put("genres", List.of(fiction.id.toHexString(), missing));
        form.put("chapters.i0.author_id", new ObjectId().toHexString());
        String html = client.post(bookUrl(dune, "change"), form).body();
        assertTrue(html.contains("Select a valid choice. " + missing + " is not one of the available choices."), html);
        assertTrue(html.contains("id=\"id_chapters-i0-author_id-errors\""), "a reference inside a row has its error in place");
        assertEquals(before, stored(dune));

        Map<String, Object> adding = new LinkedHashMap<>();
        adding.put("title", "Orphan");
        adding.put("publisher_id", new ObjectId().toHexString());
        assertEquals(200, client.post("book/add/", adding).statusCode());
        assertEquals(1, Book_.objects().count(), "an add with a missing reference adds nothing");
    }

    @Test
    void aReadOnlyReferenceShowsItsObjectsName() {
        loginAs("reader", List.of("book.view"));
        String form = client.get(bookUrl(dune, "change")).body();
        assertFalse(form.contains("name=\"publisher_id\""), "view only: no inputs");
        assertTrue(element(form, "<div class=\"readonly\" id=\"id_publisher_id\"", "</div>").contains("Penguin"), form);
        assertTrue(element(form, "<div class=\"readonly\" id=\"id_genres\"", "</div>").contains("Fiction"), form);
    }

    @Test
    void aManyToManyThroughAnotherModelIsShownReadOnly() {
        // Django leaves such a relation to the through model's pages (inlines); the form shows who, and edits nothing
        new Contribution(dune, ann, "author").save();
        new Contribution(dune, new Person("Bob").save(), "editor").save();
        login();
        String form = client.get(bookUrl(dune, "change")).body();
        String contributors = element(form, "<div class=\"readonly\" id=\"id_contributors\"", "</div>");
        assertTrue(contributors.contains("<li>Ann</li>") && contributors.contains("<li>Bob</li>"), contributors);
        assertFalse(form.contains("name=\"contributors"), "no input");
        assertTrue(form.contains("Edited through contributions."), form);
    }

    // ---- large targets: the autocomplete

    private void manyPeople(int count) {
        for (int i = 0; i < count; i++) {
            new Person(String.format("Person %02d", i)).save();
        }
    }

    @Test
    void aLargeTargetIsAnAutocompleteThatWorksAsAnIdInput() {
        manyPeople(SELECT_LIMIT + 1);
        for (int i = 0; i < SELECT_LIMIT + 1; i++) {
            new Genre("g" + i).save();
        }
        login();
        String form = client.get(bookUrl(dune, "change")).body();
        String author = element(form, "<span class=\"reference autocomplete\"", "</span></span>");
        assertTrue(author.contains("data-autocomplete=\"/admin/book/autocomplete/?field=chapters__author\""), author);
        assertTrue(author.contains("name=\"chapters.i0.author_id\" id=\"id_chapters-i0-author_id\" value=\""
                + ann.id.toHexString() + "\""), author);
        assertTrue(author.contains(">Ann</span>"), "the chosen object's name beside its id: " + author);
        assertTrue(author.contains("class=\"autocomplete-search\" hidden=\"hidden\""), "the search box waits for the script");
        assertFalse(form.contains("<select name=\"chapters.i0.author_id\""));
        // genres have no registered searchFields: an input of ids, separated by commas
        String genres = element(form, "<span class=\"reference\"", "</span>");
        assertTrue(genres.contains("name=\"genres\"") && genres.contains("value=\"" + fiction.id.toHexString() + "\""), genres);
        assertFalse(genres.contains("data-autocomplete"), genres);

        Person bob = Person_.objects().get(Person_.name.eq("Person 01"));
        Map<String, Object> posted = duneForm(form);
        posted.put("chapters.i0.author_id", bob.id.toHexString());
        posted.put("genres", fiction.id.toHexString() + ", " + poetry.id.toHexString());
        assertEquals(303, client.post(bookUrl(dune, "change"), posted).statusCode(), "typed ids, without the script");
        Book saved = Book_.objects().getById(dune.id);
        assertEquals(bob.id, saved.chapters.get(0).author.id());
        assertEquals(List.of(fiction.id, poetry.id), saved.genres.ids());
    }

    @Test
    void autocompleteFieldsAndRawIdFieldsChooseTheWidget() {
        Review review = new Review("great", dune).save();
        login();
        String reviewForm = client.get("review/" + review.id.toHexString() + "/change/").body();
        assertTrue(reviewForm.contains("data-autocomplete=\"/admin/review/autocomplete/?field=book\""), reviewForm);
        assertTrue(reviewForm.contains("<span class=\"reference-label\" id=\"id_book_id-label\">Dune</span>"), reviewForm);
        String contribution = client.get("contribution/add/").body();
        assertTrue(contribution.contains("name=\"book_id\"") && !contribution.contains("<select name=\"book_id\""),
                "rawIdFields: an id input");
        assertTrue(contribution.contains("<select name=\"person_id\""), "the other reference is still a select");
    }

    private static List<String> texts(String json) {
        Matcher matcher = Pattern.compile("\"text\": \"([^\"]*)\"").matcher(json);
        List<String> texts = new java.util.ArrayList<>();
        while (matcher.find()) {
            texts.add(matcher.group(1));
        }
        return texts;
    }

    @Test
    void theAutocompleteSearchesTheTargetsSearchFieldsTwentyAtATime() {
        // Django's AutocompleteJsonView: {"results": [{"id", "text"}], "pagination": {"more"}}, search_fields of the target's admin
        manyPeople(25);
        login();
        HttpResponse<String> first = client.get("book/autocomplete/?field=chapters__author&term=person");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("application/json", first.headers().firstValue("Content-Type").orElseThrow());
        List<String> names = texts(first.body());
        assertEquals(20, names.size(), first.body());
        assertEquals("Person 00", names.get(0));
        assertTrue(first.body().contains("\"more\": true"), first.body());
        Person person = Person_.objects().get(Person_.name.eq("Person 00"));
        assertTrue(first.body().contains("{\"id\": \"" + person.id.toHexString() + "\", \"text\": \"Person 00\"}"), first.body());

        String second = client.get("book/autocomplete/?field=chapters__author&term=person&page=2").body();
        assertEquals(5, texts(second).size(), second);
        assertTrue(second.contains("\"more\": false"), second);

        assertEquals(List.of("Ann"), texts(client.get("book/autocomplete/?field=chapters__author&term=an").body()));
        assertEquals(List.of(), texts(client.get("book/autocomplete/?field=chapters__author&term=nn").body()),
                "^name: the words start the name");
        assertEquals(List.of(), texts(client.get("book/autocomplete/?field=chapters__author&term=.*").body()),
                "words are text, never patterns");
        assertEquals(List.of("Faber", "Penguin"), texts(client.get("book/autocomplete/?field=publisher").body()),
                "no words: every object, in its admin's order");
    }

    @Test
    void theAutocompleteRefusesWhatItCannotAnswer() {
        login();
        assertEquals(400, client.get("book/autocomplete/").statusCode(), "no field");
        HttpResponse<String> notReference = client.get("book/autocomplete/?field=title&term=a");
        assertEquals(400, notReference.statusCode());
        assertTrue(notReference.body().contains("is not a reference field"), notReference.body());
        assertEquals(400, client.get("book/autocomplete/?field=nosuch&term=a").statusCode());
        HttpResponse<String> unsearchable = client.get("book/autocomplete/?field=genres&term=a");
        assertEquals(404, unsearchable.statusCode(), "Genre's admin has no searchFields");
        assertTrue(unsearchable.body().contains("has no searchFields"), unsearchable.body());
        assertEquals(400, client.get("book/autocomplete/?field=publisher&page=0").statusCode());
        assertEquals(400, client.get("book/autocomplete/?field=publisher&page=x").statusCode());
        assertEquals(405, client.post("book/autocomplete/?field=publisher", Map.of()).statusCode(), "read only");
        assertEquals(404, client.get("nosuchmodel/autocomplete/?field=publisher").statusCode());

        AdminClient anonymous = new AdminClient(server.url());
        assertEquals(303, anonymous.get("book/autocomplete/?field=publisher").statusCode(), "login first");
    }

    @Test
    void theAutocompleteNeedsTheViewPermissionOfTheTarget() {
        // Django: AutocompleteJsonView.has_perm asks the target's admin for the view permission
        loginAs("clerk", List.of("book.view", "book.change"));
        assertEquals(403, client.get("book/autocomplete/?field=publisher&term=p").statusCode());
        User_.objects().filter(User_.username.eq("clerk"))
                .update(User_.permissions.set(List.of("book.view", "book.change", "publisher.view")));
        HttpResponse<String> allowed = client.get("book/autocomplete/?field=publisher&term=p");
        assertEquals(200, allowed.statusCode());
        assertEquals(List.of("Penguin"), texts(allowed.body()));
    }

    @Test
    void autocompleteFieldsAreCheckedWhenTheSiteStarts() {
        // Django's checks admin.E039 (the target has an admin) and admin.E040 (with search_fields)
        IllegalStateException unregistered = assertThrows(IllegalStateException.class, () -> AdminSite.create()
                .register(ModelAdmin.of(Review_.Meta.INSTANCE).autocompleteFields("book")).start(0));
        assertTrue(unregistered.getMessage().contains("Review: autocompleteFields names 'book', a reference to Book, "
                + "which is not registered in this admin"), unregistered.getMessage());
        IllegalStateException unsearchable = assertThrows(IllegalStateException.class, () -> AdminSite.create()
                .register(ModelAdmin.of(Review_.Meta.INSTANCE).autocompleteFields("book"))
                .register(Book_.Meta.INSTANCE).start(0));
        assertTrue(unsearchable.getMessage().contains("whose admin has no searchFields"), unsearchable.getMessage());
        IllegalArgumentException notReference = assertThrows(IllegalArgumentException.class,
                () -> AdminSite.create().register(ModelAdmin.of(Book_.Meta.INSTANCE).autocompleteFields("title")));
        assertTrue(notReference.getMessage().contains("autocompleteFields names 'title', which is a String field, not a "
                + "reference"), notReference.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ModelAdmin.of(Book_.Meta.INSTANCE).referenceSelectLimit(-1));
    }

    // ---- the changelist

    @Test
    void theChangelistNamesReferencesWithOneQueryPerColumn(QueryCounter queries) {
        // Django's list_select_related: no query per row
        for (int i = 0; i < 6; i++) {
            Book book = new Book("Book " + i, i % 2 == 0 ? penguin : faber);
            book.reprinter = Ref.of(faber);
            book.genres = RefList.of(fiction, poetry);
            book.save();
        }
        login();
        queries.reset();
        String list = client.get("book/").body();
        assertTrue(list.contains("<td class=\"field-publisher\">Penguin</td>"), list);
        assertTrue(list.contains("<td class=\"field-genres\">Fiction, Poetry</td>"), list);
        assertTrue(list.contains("<td class=\"field-chapters__author\">Ann</td>"), list);
        assertTrue(list.contains("<td class=\"field-reprinter\">-</td>"), "no reprinter: " + list);
        long publisherQueries = queries.commands().stream().filter(c -> c.startsWith("find {\"find\": \"publisher\"")).count();
        long genreQueries = queries.commands().stream().filter(c -> c.startsWith("find {\"find\": \"genre\"")).count();
        long personQueries = queries.commands().stream().filter(c -> c.startsWith("find {\"find\": \"person\"")).count();
        assertEquals(3, publisherQueries, "the publisher and reprinter columns and the publisher filter: one query "
                + "each, for seven books");
        assertEquals(2, genreQueries, "the genres column and filter");
        assertEquals(1, personQueries, "the chapters' authors column");
    }

    @Test
    void aFilterOfReferencesListsItsObjectsByName() {
        // Django's RelatedFieldListFilter: a link per related object, by str()
        new Book("Ulysses", faber).save();
        Book poems = new Book("Poems", faber);
        poems.genres = RefList.of(poetry);
        poems.save();
        login();
        String list = client.get("book/").body();
        String publishers = element(list, "<ul data-filter=\"publisher\">", "</ul>");
        Matcher faberLink = Pattern.compile("href=\"([^\"]*)\">Faber</a>").matcher(publishers);
        assertTrue(faberLink.find(), publishers);
        assertTrue(publishers.contains(">Penguin</a>"), publishers);
        String byFaber = element(client.get("book/" + faberLink.group(1).replace("&amp;", "&")).body(),
                "<table id=\"result_list\">", "</table>");
        assertTrue(byFaber.contains("Ulysses") && byFaber.contains("Poems") && !byFaber.contains("Dune"), byFaber);

        String genres = element(list, "<ul data-filter=\"genres\">", "</ul>");
        Matcher poetryLink = Pattern.compile("href=\"([^\"]*)\">Poetry</a>").matcher(genres);
        assertTrue(poetryLink.find(), genres);
        String byPoetry = element(client.get("book/" + poetryLink.group(1).replace("&amp;", "&")).body(),
                "<table id=\"result_list\">", "</table>");
        assertTrue(byPoetry.contains("Poems") && !byPoetry.contains("Dune"), byPoetry);
        assertEquals(400, client.get("book/?publisher__exact=nope").statusCode(), "an id that cannot be one");

        Publisher twin = new Publisher("Faber").save();
        new Book("Twin", twin).save();
        String twins = element(client.get("book/").body(), "<ul data-filter=\"publisher\">", "</ul>");
        assertTrue(twins.contains(">Faber</a>") && twins.contains(">Faber (" + twin.id.toHexString() + ")</a>"),
                "two publishers of one name are two choices: " + twins);
    }

    // ---- deleting

    @Test
    void deletingShowsWhatCascadesAndWhatChangesThenDeletesIt() {
        // Django's delete confirmation: "All of the following related items will be deleted"
        Book reprinted = new Book("Ulysses", faber);
        reprinted.reprinter = Ref.of(penguin);
        reprinted.save();
        new Contribution(dune, ann, "author").save();
        login();
        String url = "publisher/" + penguin.id.toHexString() + "/delete/";
        HttpResponse<String> confirm = client.get(url);
        assertEquals(200, confirm.statusCode());
        String html = confirm.body();
        assertTrue(html.contains("Are you sure you want to delete the publisher \u201cPenguin\u201d? All of the following "
                + "related items will be deleted:"), html);
        String summary = element(html, "<ul class=\"deletion-summary\">", "</ul>");
        assertTrue(summary.contains("<li>Publishers: 1</li>") && summary.contains("<li>Books: 1</li>")
                && summary.contains("<li>Contributions: 1</li>"), summary);
        String objects = element(html, "<ul class=\"deleted-objects\">", "</ul>");
        assertTrue(objects.contains("Book: <a href=\"/admin/book/" + dune.id.toHexString() + "/change/\">Dune</a>"), objects);
        assertTrue(objects.contains("Contribution: <a"), objects);
        // nested as Django nests them: the publisher, its book beneath it, the book's contribution beneath that
        assertTrue(html.contains("<ul class=\"deleted-objects\"><li>Publisher: <a href=\"/admin/publisher/"
                + penguin.id.toHexString() + "/change/\">Penguin</a><ul><li>Book: <a href=\"/admin/book/"
                + dune.id.toHexString() + "/change/\">Dune</a><ul><li>Contribution: <a"), html);
        String changed = element(html, "<ul class=\"changed-objects\">", "</ul>");
        assertTrue(changed.contains(">Ulysses</a> (reprinter set to null)"), changed);
        assertTrue(html.contains("Yes, I\u2019m sure"));
        assertEquals(2, Book_.objects().count(), "a confirmation page deletes nothing");

        assertEquals(303, client.post(url, Map.of("post", "yes")).statusCode());
        assertEquals(List.of("Ulysses"), Book_.objects().valuesListFlat("title"));
        assertNull(Book_.objects().get().reprinter, "SET_NULL, as the page said");
        assertEquals(0, Contribution_.objects().count());
    }

    @Test
    void aProtectedObjectForbidsTheDeletionAndThePageHasNoButton() {
        // Django: "Deleting the publisher ... would require deleting the following protected related objects"
        Review review = new Review("A classic", dune).save();
        login();
        for (String url : List.of(bookUrl(dune, "delete"), "publisher/" + penguin.id.toHexString() + "/delete/")) {
            String html = client.get(url).body();
            assertTrue(html.contains("would require deleting the following protected related objects:"), html);
            String blocking = element(html, "<ul class=\"protected-objects\">", "</ul>");
            assertTrue(blocking.contains("Review: <a href=\"/admin/review/" + review.id.toHexString()
                    + "/change/\">A classic</a>"), blocking);
            assertFalse(html.contains("Yes, I\u2019m sure"), "no button");
            assertEquals(409, client.post(url, Map.of("post", "yes")).statusCode(), "a POST deletes nothing either");
        }
        assertEquals(1, Book_.objects().count());
        assertEquals(2, Publisher_.objects().count());
        assertEquals(0, LogEntry_.objects().count());
    }

    @Test
    void deletingNeedsTheDeletePermissionOfEverythingThatCascades() {
        // Django: "your account doesn't have permission to delete the following types of objects"
        loginAs("clerk", List.of("publisher.view", "publisher.delete", "book.view"));
        String url = "publisher/" + penguin.id.toHexString() + "/delete/";
        String html = client.get(url).body();
        assertTrue(html.contains("would result in deleting related objects, but your account doesn&#x27;t have permission to "
                + "delete the following types of objects:"), html);
        assertTrue(element(html, "<ul class=\"perms-needed\">", "</ul>").contains("<li>book</li>"), html);
        assertFalse(html.contains("Yes, I\u2019m sure"));
        assertEquals(403, client.post(url, Map.of("post", "yes")).statusCode());
        assertEquals(2, Publisher_.objects().count());
        String faberUrl = "publisher/" + faber.id.toHexString() + "/delete/";
        assertTrue(client.get(faberUrl).body().contains("Yes, I\u2019m sure"), "Faber has no books");
        assertEquals(303, client.post(faberUrl, Map.of("post", "yes")).statusCode());
    }

    @Test
    void deleteSelectedShowsTheCascadeAndRefusesWhatIsProtected() {
        Book other = new Book("Ulysses", faber).save();
        login();
        List<String> ids = List.of(penguin.id.toHexString(), faber.id.toHexString());
        String html = client.post("publisher/", Map.of("action", "delete_selected", "_selected_action", ids)).body();
        assertTrue(html.contains("Are you sure you want to delete the selected publishers? All of the following objects "
                + "and their related items will be deleted:"), html);
        assertTrue(element(html, "<ul class=\"deletion-summary\">", "</ul>").contains("<li>Books: 2</li>"), html);

        new Review("Long", other).save();
        String refused = client.post("publisher/", Map.of("action", "delete_selected", "_selected_action", ids)).body();
        assertTrue(refused.contains("Deleting the selected publishers would require deleting the following protected "
                + "related objects:"), refused);
        assertFalse(refused.contains("Yes, I\u2019m sure"));
        HttpResponse<String> forced = client.post("publisher/", Map.of("action", "delete_selected", "_selected_action", ids,
                "post", "yes"));
        assertEquals(409, forced.statusCode());
        assertEquals(2, Publisher_.objects().count(), "nothing deleted, not even the unprotected one");

        Review_.objects().all().delete();
        assertEquals(303, client.post("publisher/", Map.of("action", "delete_selected", "_selected_action", ids,
                "post", "yes")).statusCode());
        assertEquals(0, Publisher_.objects().count() + Book_.objects().count());
        assertEquals(2, LogEntry_.objects().count(), "one history entry per selected object");
    }

    @Test
    void aDeletionPostNeedsTheCsrfToken() {
        login();
        String url = "publisher/" + penguin.id.toHexString() + "/delete/";
        assertEquals(403, client.postRaw(url, "post=yes").statusCode());
        assertEquals(403, client.postRaw("publisher/", "action=delete_selected&post=yes&_selected_action="
                + penguin.id.toHexString()).statusCode());
        assertEquals(2, Publisher_.objects().count());
    }
}
