package io.djongo.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.test.DjongoTest;
import io.djongo.test.QueryCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of djongo-test: fixtures from entries.json, and a counted query. */
// README: djongo-test
@DjongoTest(fixtures = "entries.json")   // src/test/resources/io/djongo/examples/blog/entries.json
class EntryQueriesTest {

    @Test
    void jazzEntriesInOneQuery(QueryCounter queries) {
        List<Entry> jazz = queries.assertNumQueries(1,
                () -> Entry.objects().filter(Entry_.blog.name.eq("Jazz Notes")).list());

        assertEquals("Kind of Blue", jazz.get(0).headline());
    }

    @Test
    void eachTestStartsFromTheFixtures() {
        Entry.objects().filter(Entry_.rating.lt(5)).delete();
        new Entry(null, "Draft", 1, null, List.of(), List.of()).save();

        assertEquals(3, Entry.objects().count());
    }
}
// README: end
