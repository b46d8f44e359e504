package io.djongo.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Splitting lookup strings without a regular expression, and the bounded tables that keep what they resolve to. */
class LookupCacheTest {
    @Test
    void splitsAsStringSplitDoes() {
        // Django separates the parts of a lookup with "__" (LOOKUP_SEP); empty parts are kept, so
        // that a malformed lookup fails on its empty part instead of being read as another one.
        for (String lookup : List.of("rating", "rating__gte", "blog__name__istartswith", "a__", "__a", "a____b", "a___b",
                "_a_b_", "", "__", "authors__0__name", "votes__up__gt")) {
            assertArrayEquals(lookup.split("__", -1), LookupCache.split(lookup), lookup);
            assertEquals(lookup.split("__", -1)[0], LookupCache.first(lookup), lookup);
        }
    }

    @Test
    void indexesAreAsciiDigits() {
        assertTrue(LookupCache.isIndex("0"));
        assertTrue(LookupCache.isIndex("12"));
        assertFalse(LookupCache.isIndex(""));
        assertFalse(LookupCache.isIndex("1a"));
        assertFalse(LookupCache.isIndex("-1"));
        assertFalse(LookupCache.isIndex("\u0661")); // an Arabic-Indic digit is no array index
    }

    @Test
    void resolvesOnceAndKeepsTheResult() {
        LookupCache.Table table = new LookupCache.Table(4);
        AtomicInteger calls = new AtomicInteger();
        Object first = table.get("rating__gte", key -> new Object[] {key, calls.incrementAndGet()});
        Object again = table.get("rating__gte", key -> new Object[] {key, calls.incrementAndGet()});
        assertSame(first, again);
        assertEquals(1, calls.get());
    }

    @Test
    void aFailedResolutionIsNotKept() {
        LookupCache.Table table = new LookupCache.Table(4);
        assertThrows(IllegalArgumentException.class, () -> table.get("bad", key -> {
            throw new IllegalArgumentException("no field");
        }));
        assertEquals(0, table.size());
    }

    @Test
    void staysWithinItsBoundWhateverStringsItIsGiven() {
        // lookups can come from users (URL filters), so made-up strings must not grow the table
        LookupCache.Table table = new LookupCache.Table(8);
        for (int i = 0; i < 1000; i++) {
            String key = "votes__key" + i;
            assertEquals(key, table.get(key, k -> k));
            assertTrue(table.size() <= 8, "size " + table.size());
        }
    }
}
