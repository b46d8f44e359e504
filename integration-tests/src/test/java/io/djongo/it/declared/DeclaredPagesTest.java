package io.djongo.it.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.it.paging.model.Story;
import io.djongo.it.paging.model.Story_;
import io.djongo.it.support.RecordedCommands;
import io.djongo.it.support.TestDatabase;
import io.djongo.paging.EmptyPage;
import io.djongo.paging.InvalidPage;
import io.djongo.paging.KeysetPage;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.PageNotAnInteger;
import io.djongo.paging.Paginator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Declared queries that return pages ({@link StoryQueries}) give, page by page, what Django's
 * Paginator gives over the same query written with typed paths: the same objects, numbers and
 * links, the same errors for pages that do not exist, and the same commands (one count, then one
 * slice per page). Their keyset paginators read the same pages, and take each other's cursors.
 */
class DeclaredPagesTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StoryQueries_ QUERIES = StoryQueries_.INSTANCE;

    static RecordedCommands commands;

    @BeforeAll
    static void recorded() {
        commands = RecordedCommands.connect("recorded", db.uri(), db.name());
    }

    @AfterAll
    static void close() {
        Djongo.connection("recorded").close();
    }

    /** 23 stories, as the paging tests have them: ratings repeat and every fifth is null, days and authors repeat. */
    @BeforeEach
    void stories() {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            stories.add(new Story(String.format("s%02d", i), i % 5 == 4 ? null : i % 4 + 1,
                    Instant.parse("2024-01-0" + (i % 3 + 1) + "T00:00:00Z"), i % 7 == 0 ? null : i % 2 == 0 ? "Ann" : "Bob"));
        }
        Story_.objects().bulkCreate(stories);
        commands.clear();
    }

    private static List<String> titles(List<Story> stories) {
        return stories.stream().map(story -> story.title).toList();
    }

    /** Every page of {@code declared} is the page of {@code paginator} with its number: objects, position and links. */
    private static void samePages(Paginator<Story> paginator, IntFunction<Page<Story>> declared) {
        assertTrue(paginator.numPages() > 1, "the query has several pages");
        for (int number = 1; number <= paginator.numPages(); number++) {
            Page<Story> expected = paginator.page(number);
            Page<Story> page = declared.apply(number);
            String what = "page " + number + " of " + paginator.numPages();
            assertEquals(titles(expected), titles(page), what);
            assertEquals(expected.number(), page.number(), what);
            assertEquals(paginator.count(), page.paginator().count(), what);
            assertEquals(paginator.numPages(), page.paginator().numPages(), what);
            assertEquals(expected.hasNext(), page.hasNext(), what);
            assertEquals(expected.hasPrevious(), page.hasPrevious(), what);
            assertEquals(expected.startIndex(), page.startIndex(), what);
            assertEquals(expected.endIndex(), page.endIndex(), what);
            assertEquals(expected.toString(), page.toString(), what);
        }
    }

    /** Both throw the same kind of {@link InvalidPage}, with the same message. */
    private static void sameError(Executable expected, Executable declared) {
        InvalidPage django = assertThrows(InvalidPage.class, expected);
        InvalidPage ours = assertThrows(InvalidPage.class, declared);
        assertEquals(django.getClass(), ours.getClass());
        assertEquals(django.getMessage(), ours.getMessage());
    }

    // ---- Page<T>: Django's Paginator(query, perPage).page(number)

    @Test
    void aPageIsThePaginatorsPageOfTheSameQuery() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().filter(Story_.rating.gte(2))
                .orderBy(Story_.rating.desc(), Story_.title.asc()), 4);

        samePages(paginator, number -> QUERIES.rated(2, number, 4));
        assertEquals(List.of("s03", "s07", "s11", "s15"), titles(QUERIES.rated(2, 1, 4)));
    }

    @Test
    void aPageThroughAnEmbeddedModelWithItsNumberAsTextOfARequest() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().filter(Story_.byline.name.eq("Ann"))
                .orderBy(Story_.published.asc(), Story_.id.asc()), 3);

        samePages(paginator, number -> QUERIES.byAuthor("Ann", String.valueOf(number), 3));
        assertEquals(QUERIES.byAuthor("Ann", " 2 ", 3).objectList(), QUERIES.byAuthor("Ann", "2", 3).objectList());
    }

    @Test
    void aDerivedNameWithItsPageParametersAnywhere() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().filter(Story_.rating.isNull(false))
                .orderBy(Story_.published.desc(), Story_.title.asc()), 5);

        samePages(paginator, number -> QUERIES.findByRatingNotNullOrderByPublishedDescTitleAsc(5, number));
    }

    /** Django: page() raises EmptyPage below 1 and past the last page, PageNotAnInteger for what is not a number. */
    @Test
    void pagesThatDoNotExistAreTheErrorsOfThePaginator() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().filter(Story_.byline.name.eq("Ann"))
                .orderBy(Story_.published.asc(), Story_.id.asc()), 3);

        for (String number : List.of("0", "-1", "9", "two", "1.5", "")) {
            sameError(() -> paginator.page(number), () -> QUERIES.byAuthor("Ann", number, 3));
        }
        sameError(() -> paginator.page((Object) null), () -> QUERIES.byAuthor("Ann", null, 3));
        assertThrows(PageNotAnInteger.class, () -> QUERIES.byAuthor("Ann", "two", 3));
        assertThrows(EmptyPage.class, () -> QUERIES.rated(2, 99, 4));
        assertThrows(EmptyPage.class, () -> QUERIES.rated(2, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> QUERIES.rated(2, 1, 0));
    }

    /** Django: an empty query has one page, empty (allow_empty_first_page), and no page 2. */
    @Test
    void anEmptyQueryHasOneEmptyPage() {
        Page<Story> page = QUERIES.rated(9, 1, 4);

        assertEquals(List.of(), page.objectList());
        assertEquals(1, page.paginator().numPages());
        assertEquals(0, page.startIndex());
        assertThrows(EmptyPage.class, () -> QUERIES.rated(9, 2, 4));
    }

    /** As the Paginator reads a page: countDocuments with the query's filter, then the page's slice only. */
    @Test
    void aPageSendsThePaginatorsCommands() {
        new Paginator<>(Story_.objects().using("recorded").filter(Story_.rating.gte(2))
                .orderBy(Story_.rating.desc(), Story_.title.asc()), 4).page(3).objectList();
        List<BsonDocument> expected = queries(commands.all());
        commands.clear();

        QUERIES.using("recorded").rated(2, 3, 4).objectList();

        assertEquals(expected, queries(commands.all()));
        assertEquals(2, expected.size()); // one count, one slice
        BsonDocument find = expected.get(1);
        assertEquals("find", find.getFirstKey());
        assertEquals(8, find.getInt32("skip").getValue());
        assertEquals(4, find.getInt32("limit").getValue());
    }

    /** The parts of each command that say what it asks for, without session and cluster bookkeeping. */
    private static List<BsonDocument> queries(List<BsonDocument> sent) {
        List<BsonDocument> queries = new ArrayList<>();
        for (BsonDocument command : sent) {
            BsonDocument query = new BsonDocument(command.getFirstKey(), command.get(command.getFirstKey()));
            for (String key : List.of("filter", "sort", "skip", "limit", "pipeline", "query")) {
                if (command.containsKey(key)) {
                    query.append(key, command.get(key));
                }
            }
            queries.add(query);
        }
        return queries;
    }

    // ---- Paginator<T> and KeysetPaginator<T>: the paginator of the query

    @Test
    void aPaginatorIsDjangosPaginatorOfTheQuery() {
        Paginator<Story> expected = new Paginator<>(Story_.objects().exclude(Story_.rating.isNull(true))
                .orderBy(Story_.published.desc(), Story_.title.asc()), 5);
        Paginator<Story> paginator = QUERIES.ratedPages(5);

        samePages(expected, paginator::page);
        assertEquals(expected.pageRange(), paginator.pageRange());
        assertEquals(expected.getPage("9").number(), paginator.getPage("9").number()); // Django's get_page forgives
        assertEquals(titles(expected.getPage("two")), titles(paginator.getPage("two")));
    }

    @Test
    void aKeysetPaginatorReadsThePagesOfTheQueryBothWays() {
        KeysetPaginator<Story> expected = new KeysetPaginator<>(Story_.objects().filter(Story_.title.startsWith("s1"))
                .orderBy(Story_.byline.name.asc(), Story_.rating.desc()), 3);
        KeysetPaginator<Story> paginator = QUERIES.byByline("s1", 3);

        assertEquals(expected.ordering().toString(), paginator.ordering().toString());
        List<String> forwards = new ArrayList<>();
        KeysetPage<Story> page = paginator.first();
        KeysetPage<Story> twin = expected.first();
        while (true) {
            assertEquals(titles(twin), titles(page));
            assertEquals(twin.nextCursor(), page.nextCursor());
            forwards.addAll(titles(page));
            if (!page.hasNext()) {
                break;
            }
            String next = page.nextCursor();
            twin = expected.after(next); // the typed paginator takes the declared one's cursor: they order alike
            page = paginator.after(next);
        }
        assertEquals(titles(Story_.objects().filter(Story_.title.startsWith("s1"))
                .orderBy(Story_.byline.name.asc(), Story_.rating.desc(), Story_.id.asc()).list()), forwards);

        KeysetPage<Story> last = paginator.last();
        assertEquals(titles(expected.last()), titles(last));
        assertEquals(titles(expected.before(last.previousCursor())), titles(paginator.before(last.previousCursor())));
    }
}
