package io.djongo.examples.readme.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paging examples of README.md: Django's Paginator, and keyset pages. */
class ReadmePagingTest {
    private static final Map<String, String> REQUEST = Map.of("page", "2");

    @BeforeAll
    static void seed() {
        Djongo.connect(ExampleServer.uri("readme_paging"));
        Entry.objects().delete();
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Entry entry = new Entry();
            entry.headline = "Entry " + i;
            entry.rating = i % 3;
            entry.pubDate = Instant.parse("2024-01-0" + i + "T00:00:00Z");
            entries.add(entry);
        }
        Entry.objects().bulkCreate(entries);
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    private static String request(String parameter) {
        return REQUEST.get(parameter);
    }

    @Test
    void djangosPaginator() {
        // README: paginator
        Paginator<Entry> paginator = new Paginator<>(Entry.objects().orderBy(Entry_.pubDate.desc()), 2);
        Page<Entry> page = paginator.getPage(request("page"));   // "2"; a bad number gives page 1, one too high the last
        page.number();                                   // 2
        page.hasPrevious();                              // true
        page.startIndex();                               // 3: the third entry of 5
        paginator.numPages();                            // 3, from one count
        try {
            paginator.page("9");
        } catch (EmptyPage e) {                          // That page contains no results: page 9 of 3
        }
        // README: end
    }

    @Test
    void theExampleSaysWhatItDoes() {
        Paginator<Entry> paginator = new Paginator<>(Entry.objects().orderBy(Entry_.pubDate.desc()), 2);
        Page<Entry> page = paginator.getPage(request("page"));
        assertEquals(2, page.number());
        assertTrue(page.hasPrevious());
        assertEquals(3, page.startIndex());
        assertEquals(3, paginator.numPages());
        assertEquals(List.of("Entry 3", "Entry 2"), page.stream().map(entry -> entry.headline).toList());
        assertEquals("That page contains no results: page 9 of 3",
                org.junit.jupiter.api.Assertions.assertThrows(EmptyPage.class,
                        () -> paginator.page("9")).getMessage());
    }

    @Test
    void keysetPages() {
        // README: keyset
        KeysetPaginator<Entry> pages = new KeysetPaginator<>(Entry.objects().orderBy(Entry_.rating.desc()), 2);
        KeysetPage<Entry> first = pages.first();
        KeysetPage<Entry> second = pages.after(first.nextCursor());   // the cursor goes in the "next" link
        KeysetPage<Entry> back = pages.before(second.previousCursor());
        // README: end

        assertEquals(first, back);
        assertFalse(first.hasPrevious());
        assertTrue(second.hasNext());
        assertEquals(2, second.size());
        List<String> all = new ArrayList<>();
        for (KeysetPage<Entry> page = first; ; page = pages.after(page.nextCursor())) {
            page.forEach(entry -> all.add(entry.headline));
            if (!page.hasNext()) {
                break;
            }
        }
        assertEquals(List.of("Entry 2", "Entry 5", "Entry 1", "Entry 4", "Entry 3"), all);
    }
}
