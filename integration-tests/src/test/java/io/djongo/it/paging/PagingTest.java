package io.djongo.it.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.it.paging.model.Story;
import io.djongo.it.paging.model.Story_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.RecordedCommands;
import io.djongo.it.support.TestDatabase;
import io.djongo.paging.EmptyPage;
import io.djongo.paging.InvalidCursor;
import io.djongo.paging.InvalidPage;
import io.djongo.paging.KeysetPage;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.PageNotAnInteger;
import io.djongo.paging.Paginator;
import io.djongo.query.F;
import io.djongo.query.QuerySet;
import io.djongo.query.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's Paginator over QuerySets (one count, one slice per page), and keyset pagination: every
 * ordering, read forwards and backwards page by page, gives the query's own order exactly once,
 * nulls and ties included.
 */
class PagingTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static RecordedCommands commands;

    @BeforeAll
    static void recorded() {
        commands = RecordedCommands.connect("recorded", db.uri(), db.name());
    }

    @AfterAll
    static void close() {
        Djongo.connection("recorded").close();
    }

    /**
     * 23 stories: ratings 1 to 4 repeat and every fifth is null; two authors and some without; days
     * repeat too, so every key has ties.
     */
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

    // ---- Django's Paginator

    @Test
    void aPaginatorCountsOnceAndReadsOneSlicePerPage() {
        QuerySet<Story> stories = Story_.objects().using("recorded").orderBy(Story_.title.asc());
        Paginator<Story> paginator = new Paginator<>(stories, 10);

        assertEquals(23, paginator.count());
        assertEquals(3, paginator.numPages());
        assertEquals(List.of(1, 2, 3), paginator.pageRange());
        Page<Story> second = paginator.page(2);
        assertEquals(List.of("s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18", "s19"), titles(second));
        assertEquals(10, second.size());
        assertEquals(11, second.startIndex());
        assertEquals(20, second.endIndex());
        assertEquals(List.of("s20", "s21", "s22"), titles(paginator.page(3)));

        assertEquals(List.of("aggregate", "find", "find"), commands.names()); // the count, then each page once
        BsonDocument find = commands.all().get(1);
        assertEquals(10, find.getInt32("skip").getValue());
        assertEquals(10, find.getInt32("limit").getValue());
    }

    @Test
    void aCountFromElsewhereReplacesTheQuerysCount() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().using("recorded").orderBy(Story_.title.asc()), 10)
                .withCount(Story_.objects().using("recorded")::mongoEstimatedDocumentCount);

        assertEquals(3, paginator.numPages());
        assertEquals(3, paginator.page(3).size());
        assertEquals(List.of("count", "find"), commands.names());
        assertThrows(IllegalStateException.class, () -> new Paginator<>(Story_.objects(), 10).withCount(() -> -1).count());
    }

    /** Django: with 23 items, per_page=10 and orphans=3, the last page holds 13. */
    @Test
    void orphansJoinThePageBefore() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().orderBy(Story_.title.asc()), 10, 3, true);

        assertEquals(2, paginator.numPages());
        assertEquals(13, paginator.page(2).size());
        assertEquals(23, paginator.page(2).endIndex());
    }

    @Test
    void pageNumbersFromRequestsAreCheckedAndGetPageForgivesThem() {
        Paginator<Story> paginator = new Paginator<>(Story_.objects().filter(Story_.rating.eq(1)).orderBy(Story_.title.asc()), 2);

        assertEquals(3, paginator.numPages()); // s00, s08, s12, s16, s20
        assertThrows(PageNotAnInteger.class, () -> paginator.page("two"));
        assertThrows(EmptyPage.class, () -> paginator.page("9"));
        assertThrows(InvalidPage.class, () -> paginator.page(0));
        assertEquals(1, paginator.getPage("two").number());
        assertEquals(3, paginator.getPage("9").number());
        assertEquals(paginator.page(3).objectList(), paginator.getPage(99).objectList());
    }

    @Test
    void anEmptyQueryHasOneEmptyPageOrNone() {
        QuerySet<Story> none = Story_.objects().filter(Story_.title.eq("missing")).orderBy(Story_.title.asc());

        assertEquals(List.of(), new Paginator<>(none, 5).page(1).objectList());
        assertEquals(0, new Paginator<>(none, 5, 0, false).numPages());
        assertThrows(EmptyPage.class, () -> new Paginator<>(none, 5, 0, false).page(1));
        assertEquals(0, new Paginator<>(Story_.objects().none(), 5).count());
    }

    // ---- keyset pagination

    /** Orderings to page through, each with the capability its sort needs, if any. */
    private static List<List<Sort<Story>>> orderings() {
        List<List<Sort<Story>>> orderings = new ArrayList<>(List.of(
                List.of(),
                List.of(Story_.title.asc()),
                List.of(Story_.rating.asc()),
                List.of(Story_.rating.desc()),
                List.of(Story_.rating.desc(), Story_.published.asc()),
                List.of(Story_.published.desc(), Story_.rating.asc(), Story_.title.desc()),
                List.of(Story_.byline.name.asc(), Story_.id.desc()),
                List.of(Story_.id.desc(), Story_.title.asc())));
        if (Capabilities.has(Capability.AGGREGATION_EXPRESSIONS)) {
            orderings.add(List.of(Story_.rating.asc().nullsLast()));
            orderings.add(List.of(Story_.rating.desc().nullsFirst(), Story_.byline.name.desc().nullsLast()));
        } else {
            System.out.println("[djongo-it] skipped the keyset orderings with nullsFirst()/nullsLast(): the test server lacks "
                    + "computed sort keys");
        }
        return orderings;
    }

    @SuppressWarnings("unchecked") // an array of the list's own keys
    private static QuerySet<Story> ordered(List<Sort<Story>> keys) {
        return keys.isEmpty() ? Story_.objects().orderBy() : Story_.objects().orderBy((Sort<Story>[]) keys.toArray(new Sort<?>[0]));
    }

    /** What the query itself returns, with the id breaking ties as the paginator's last key. */
    private static List<String> expected(KeysetPaginator<Story> paginator) {
        return titles(ordered(paginator.ordering()).list());
    }

    @Test
    void everyOrderingReadsForwardsAndBackwardsExactlyAsTheQuery() {
        for (List<Sort<Story>> keys : orderings()) {
            for (int perPage : List.of(1, 4, 23, 50)) {
                KeysetPaginator<Story> paginator = new KeysetPaginator<>(ordered(keys), perPage);
                List<String> expected = expected(paginator);
                String what = keys + " by " + perPage;

                List<String> forwards = new ArrayList<>();
                KeysetPage<Story> page = paginator.first();
                assertFalse(page.hasPrevious(), what);
                assertNull(page.previousCursor(), what);
                forwards.addAll(titles(page));
                while (page.hasNext()) {
                    page = paginator.after(page.nextCursor());
                    assertTrue(page.hasPrevious(), what);
                    forwards.addAll(titles(page));
                }
                assertNull(page.nextCursor(), what);
                assertEquals(expected, forwards, what);

                List<String> backwards = new ArrayList<>();
                page = paginator.last();
                assertFalse(page.hasNext(), what);
                backwards.addAll(0, titles(page));
                while (page.hasPrevious()) {
                    page = paginator.before(page.previousCursor());
                    assertTrue(page.hasNext(), what);
                    backwards.addAll(0, titles(page));
                }
                assertEquals(expected, backwards, what);
            }
        }
    }

    @Test
    void pagesAfterAndBeforeAnObject() {
        KeysetPaginator<Story> paginator = new KeysetPaginator<>(Story_.objects().orderBy(Story_.rating.desc()), 3);
        List<Story> all = ordered(paginator.ordering()).list();
        Story middle = all.get(10);

        assertEquals(titles(all.subList(11, 14)), titles(paginator.after(middle)));
        assertEquals(titles(all.subList(7, 10)), titles(paginator.before(middle)));
        assertEquals(titles(all.subList(11, all.size())), titles(paginator.rowsAfter(middle).list()));
        List<String> before = new ArrayList<>(titles(paginator.rowsBefore(middle).list()));
        Collections.reverse(before);
        assertEquals(titles(all.subList(0, 10)), before);
        assertEquals(titles(all.subList(11, 14)), titles(paginator.after(paginator.cursor(middle))));
    }

    /** Objects added before the current position neither repeat nor push others onto the next page. */
    @Test
    void insertsMeanwhileRepeatNothing() {
        KeysetPaginator<Story> paginator = new KeysetPaginator<>(Story_.objects().orderBy(Story_.title.asc()), 5);
        KeysetPage<Story> first = paginator.first();

        new Story("a-new-first", 1, Instant.EPOCH, "Cid").save();
        KeysetPage<Story> second = paginator.after(first.nextCursor());

        assertEquals(List.of("s05", "s06", "s07", "s08", "s09"), titles(second));
    }

    @Test
    void cursorsFromElsewhereAreRefused() {
        KeysetPaginator<Story> byTitle = new KeysetPaginator<>(Story_.objects().orderBy(Story_.title.asc()), 5);
        KeysetPaginator<Story> byRating = new KeysetPaginator<>(Story_.objects().orderBy(Story_.rating.asc()), 5);
        String cursor = byTitle.first().nextCursor();

        InvalidCursor other = assertThrows(InvalidCursor.class, () -> byRating.after(cursor));
        assertTrue(other.getMessage().contains("the cursor was made for the ordering [title, _id], but this paginator "
                + "orders Story by [rating, _id]"), other.getMessage());
        for (String garbage : List.of("", "!!!", "abc", "AAAA", "x".repeat(20000), cursor + "AA", cursor.substring(1),
                "eyJvIjogMX0")) {
            assertThrows(InvalidCursor.class, () -> byTitle.after(garbage), garbage);
            assertThrows(InvalidCursor.class, () -> byTitle.before(garbage), garbage);
        }
        assertThrows(NullPointerException.class, () -> byTitle.after((String) null));

        String wrongType = encode(new BsonDocument("o", new BsonArray(List.of(new BsonString("title"), new BsonString("_id"))))
                .append("v", new BsonArray(List.of(new BsonString("s03"), new BsonString("not an id")))));
        InvalidCursor tampered = assertThrows(InvalidCursor.class, () -> byTitle.after(wrongType));
        assertTrue(tampered.getMessage().contains("the cursor's value for _id (STRING \"not an id\")"), tampered.getMessage());
        String operator = encode(new BsonDocument("o", new BsonArray(List.of(new BsonString("title"), new BsonString("_id"))))
                .append("v", new BsonArray(List.of(new BsonDocument("$gt", new BsonString("")),
                        new org.bson.BsonObjectId(new org.bson.types.ObjectId())))));
        assertThrows(InvalidCursor.class, () -> byTitle.after(operator));
    }

    private static String encode(BsonDocument document) {
        RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
        java.nio.ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void orderingsThatCannotBeKeysAreRefused() {
        Function<QuerySet<Story>, String> refusal = query ->
                assertThrows(IllegalArgumentException.class, () -> new KeysetPaginator<>(query, 5)).getMessage();

        assertTrue(refusal.apply(Story_.objects().orderBy(Story_.tags.asc())).contains("Story.tags cannot be a key of the "
                + "ordering: tags holds many values"));
        assertTrue(refusal.apply(Story_.objects().orderBy(Story_.byline.asc())).contains("holds a whole sub-document"));
        assertTrue(refusal.apply(Story_.objects().orderBy(F.of(Story_.rating).plus(1).asc()))
                .contains("orders by the expression"));
        assertTrue(refusal.apply(Story_.objects().orderBy(Story_.title.asc()).limit(5)).contains("has a slice"));
        assertThrows(IllegalArgumentException.class, () -> new KeysetPaginator<>(Story_.objects(), 0));
        assertThrows(NullPointerException.class, () -> new KeysetPaginator<Story>(null, 5));
        KeysetPaginator<Story> paginator = new KeysetPaginator<>(Story_.objects(), 5);
        assertThrows(IllegalArgumentException.class, () -> paginator.after(new Story("unsaved", 1, null, null)));
    }
}
