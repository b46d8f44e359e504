package io.djongo.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Django's pagination tests (tests/pagination/tests.py), ported over lists: the Paginator's
 * arithmetic does not depend on where the objects come from.
 */
class PaginatorTest {
    private static final List<Integer> NINE = range(1, 10);
    private static final List<Integer> TEN = range(1, 11);
    private static final List<Integer> ELEVEN = range(1, 12);

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    private record Case(List<Integer> objects, int perPage, int orphans, boolean allowEmpty, long count, int numPages,
            List<Integer> pageRange) {}

    /** Django's test_paginator: count, num_pages and page_range for varying inputs. */
    @Test
    void countNumPagesAndPageRange() {
        List<Case> cases = List.of(
                // ten items, varying orphans, no empty first page
                new Case(TEN, 4, 0, false, 10, 3, List.of(1, 2, 3)),
                new Case(TEN, 4, 1, false, 10, 3, List.of(1, 2, 3)),
                new Case(TEN, 4, 2, false, 10, 2, List.of(1, 2)),
                new Case(TEN, 4, 5, false, 10, 2, List.of(1, 2)),
                new Case(TEN, 4, 6, false, 10, 1, List.of(1)),
                // ten items, varying orphans, allow empty first page
                new Case(TEN, 4, 0, true, 10, 3, List.of(1, 2, 3)),
                new Case(TEN, 4, 1, true, 10, 3, List.of(1, 2, 3)),
                new Case(TEN, 4, 2, true, 10, 2, List.of(1, 2)),
                new Case(TEN, 4, 5, true, 10, 2, List.of(1, 2)),
                new Case(TEN, 4, 6, true, 10, 1, List.of(1)),
                // one item, varying orphans
                new Case(List.of(1), 4, 0, false, 1, 1, List.of(1)),
                new Case(List.of(1), 4, 1, false, 1, 1, List.of(1)),
                new Case(List.of(1), 4, 2, false, 1, 1, List.of(1)),
                new Case(List.of(1), 4, 0, true, 1, 1, List.of(1)),
                new Case(List.of(1), 4, 1, true, 1, 1, List.of(1)),
                new Case(List.of(1), 4, 2, true, 1, 1, List.of(1)),
                // zero items, varying orphans
                new Case(List.of(), 4, 0, false, 0, 0, List.of()),
                new Case(List.of(), 4, 1, false, 0, 0, List.of()),
                new Case(List.of(), 4, 2, false, 0, 0, List.of()),
                new Case(List.of(), 4, 0, true, 0, 1, List.of(1)),
                new Case(List.of(), 4, 1, true, 0, 1, List.of(1)),
                new Case(List.of(), 4, 2, true, 0, 1, List.of(1)),
                // number of items one less than per_page
                new Case(List.of(), 1, 0, true, 0, 1, List.of(1)),
                new Case(List.of(), 1, 0, false, 0, 0, List.of()),
                new Case(List.of(1), 2, 0, true, 1, 1, List.of(1)),
                new Case(NINE, 10, 0, true, 9, 1, List.of(1)),
                // number of items equal to per_page
                new Case(List.of(1), 1, 0, true, 1, 1, List.of(1)),
                new Case(List.of(1, 2), 2, 0, true, 2, 1, List.of(1)),
                new Case(TEN, 10, 0, true, 10, 1, List.of(1)),
                // number of items one more than per_page
                new Case(List.of(1, 2), 1, 0, true, 2, 2, List.of(1, 2)),
                new Case(List.of(1, 2, 3), 2, 0, true, 3, 2, List.of(1, 2)),
                new Case(ELEVEN, 10, 0, true, 11, 2, List.of(1, 2)),
                // number of items one more than per_page, with one orphan
                new Case(List.of(1, 2), 1, 1, true, 2, 1, List.of(1)),
                new Case(List.of(1, 2, 3), 2, 1, true, 3, 1, List.of(1)),
                new Case(ELEVEN, 10, 1, true, 11, 1, List.of(1)));
        for (Case c : cases) {
            Paginator<Integer> paginator = new Paginator<>(c.objects(), c.perPage(), c.orphans(), c.allowEmpty());
            assertEquals(c.count(), paginator.count(), c::toString);
            assertEquals(c.numPages(), paginator.numPages(), c::toString);
            assertEquals(c.pageRange(), paginator.pageRange(), c::toString);
        }
    }

    /** Django's test_page_indexes: start_index and end_index of the first and last pages. */
    @Test
    void startAndEndIndexes() {
        Object[][] cases = {
            {TEN, 1, 0, true, 1, 1, 10, 10}, {TEN, 2, 0, true, 1, 2, 9, 10}, {TEN, 3, 0, true, 1, 3, 10, 10},
            {TEN, 5, 0, true, 1, 5, 6, 10}, {TEN, 1, 1, true, 1, 1, 9, 10}, {TEN, 1, 2, true, 1, 1, 8, 10},
            {TEN, 3, 1, true, 1, 3, 7, 10}, {TEN, 3, 2, true, 1, 3, 7, 10}, {TEN, 3, 4, true, 1, 3, 4, 10},
            {TEN, 5, 1, true, 1, 5, 6, 10}, {TEN, 5, 2, true, 1, 5, 6, 10}, {TEN, 5, 5, true, 1, 10, 1, 10},
            {List.of(1), 4, 0, false, 1, 1, 1, 1}, {List.of(1), 4, 1, false, 1, 1, 1, 1},
            {List.of(1), 4, 2, false, 1, 1, 1, 1}, {List.of(1), 4, 0, true, 1, 1, 1, 1},
            {List.of(1), 4, 1, true, 1, 1, 1, 1}, {List.of(1), 4, 2, true, 1, 1, 1, 1},
            {List.of(), 4, 0, true, 0, 0, 0, 0}, {List.of(), 4, 1, true, 0, 0, 0, 0}, {List.of(), 4, 2, true, 0, 0, 0, 0},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Paginator<Integer> paginator = new Paginator<>((List<Integer>) c[0], (int) c[1], (int) c[2], (boolean) c[3]);
            Page<Integer> first = paginator.page(1);
            Page<Integer> last = paginator.page(paginator.numPages());
            String what = java.util.Arrays.toString(c);
            assertEquals(((Integer) c[4]).longValue(), first.startIndex(), what);
            assertEquals(((Integer) c[5]).longValue(), first.endIndex(), what);
            assertEquals(((Integer) c[6]).longValue(), last.startIndex(), what);
            assertEquals(((Integer) c[7]).longValue(), last.endIndex(), what);
        }
        // with no objects and no empty first page, there is no page 1
        assertThrows(EmptyPage.class, () -> new Paginator<>(List.<Integer>of(), 4, 0, false).page(1));
    }

    /** Django's test_invalid_page_number and test_float_integer_page. */
    @Test
    void pageNumbersAreWholeNumbersWithinRange() {
        Paginator<Integer> paginator = new Paginator<>(List.of(1, 2, 3), 2);

        assertThrows(InvalidPage.class, () -> paginator.page(3));
        assertEquals("That page contains no results: page 3 of 2",
                assertThrows(EmptyPage.class, () -> paginator.page(3)).getMessage());
        assertEquals("That page number is less than 1: 0", assertThrows(EmptyPage.class, () -> paginator.page(0)).getMessage());
        assertEquals("That page number is less than 1: -4", assertThrows(EmptyPage.class, () -> paginator.page("-4")).getMessage());
        assertEquals("That page number is not an integer: null",
                assertThrows(PageNotAnInteger.class, () -> paginator.validateNumber(null)).getMessage());
        assertEquals("That page number is not an integer: \"x\"",
                assertThrows(PageNotAnInteger.class, () -> paginator.validateNumber("x")).getMessage());
        for (Object notAnInteger : new Object[] {1.2, 1.5f, Double.NaN, Double.POSITIVE_INFINITY, "1.0", "", " ", "1_", "_1",
                "1__0", "0x1", "one", "1 2", new BigDecimal("1.5"), true, new Object(), List.of(1)}) {
            assertThrows(PageNotAnInteger.class, () -> paginator.validateNumber(notAnInteger), String.valueOf(notAnInteger));
        }
        assertEquals(1, paginator.validateNumber(1.0));
        assertEquals(1, paginator.validateNumber(1.0f));
        assertEquals(2, paginator.validateNumber(" 2\n"));
        assertEquals(2, paginator.validateNumber("+2"));
        assertEquals(2, paginator.validateNumber("\u0662")); // Arabic-Indic two, as Python's int() reads it
        assertEquals(1, paginator.validateNumber(new BigDecimal("1.000")));
        assertEquals(2, paginator.validateNumber(BigInteger.TWO));
        assertEquals(2, paginator.validateNumber(2L));
        assertThrows(EmptyPage.class, () -> paginator.validateNumber(new BigInteger("99999999999999999999999")));
        assertThrows(EmptyPage.class, () -> paginator.validateNumber("-99999999999999999999999"));
        assertThrows(EmptyPage.class, () -> paginator.validateNumber(Long.MAX_VALUE));
        assertThrows(EmptyPage.class, () -> paginator.validateNumber(Long.MIN_VALUE));
    }

    /** Django's test_no_content_allow_empty_first_page. */
    @Test
    void pageOneOfNothingIsValidWhenEmptyFirstPagesAreAllowed() {
        assertEquals(1, new Paginator<>(List.of(), 2).validateNumber(1));
        Page<Object> page = new Paginator<>(List.of(), 2).page(1);
        assertEquals(0, page.size());
        assertFalse(page.hasNext());
        assertFalse(page.hasPrevious());
        assertEquals(0, page.startIndex());
        assertEquals(0, page.endIndex());
    }

    /** Django's test_get_page and its empty variants. */
    @Test
    void getPageForgivesBadNumbers() {
        Paginator<Integer> paginator = new Paginator<>(List.of(1, 2, 3), 2);
        assertEquals(List.of(1, 2), paginator.getPage(1).objectList());
        assertEquals(2, paginator.getPage(3).number()); // an empty page gives the last
        assertEquals(2, paginator.getPage(-7).number());
        assertEquals(1, paginator.getPage(null).number()); // not a number gives the first
        assertEquals(1, paginator.getPage("last").number());

        Paginator<Integer> empty = new Paginator<>(List.of(), 2);
        assertEquals(1, empty.getPage(1).number());
        assertEquals(1, empty.getPage(2).number());
        assertEquals(1, empty.getPage(null).number());

        assertThrows(EmptyPage.class, () -> new Paginator<>(List.of(), 2, 0, false).getPage(1));
    }

    /** Django's Page: a sequence with the links around it. */
    @Test
    void pagesAreSequencesWithNeighbours() {
        Paginator<Integer> paginator = new Paginator<>(range(1, 11), 4);
        Page<Integer> first = paginator.page(1);
        Page<Integer> second = paginator.page("2");
        Page<Integer> last = paginator.page(3);

        assertEquals("<Page 2 of 3>", second.toString());
        assertEquals(List.of(5, 6, 7, 8), second);
        assertEquals(6, second.get(1));
        assertEquals(List.of(6, 7), second.subList(1, 3));
        assertTrue(second.contains(8));
        assertEquals(3, second.nextPageNumber());
        assertEquals(1, second.previousPageNumber());
        assertTrue(second.hasOtherPages());
        assertFalse(first.hasPrevious());
        assertThrows(EmptyPage.class, first::previousPageNumber);
        assertFalse(last.hasNext());
        assertEquals("That page contains no results: page 4 of 3",
                assertThrows(EmptyPage.class, last::nextPageNumber).getMessage());
        assertEquals(List.of(9, 10), last.objectList());
        assertThrows(UnsupportedOperationException.class, () -> last.objectList().add(11));
        assertEquals(9, last.startIndex());
        assertEquals(10, last.endIndex());
    }

    /** Django: iterating a paginator gives its pages. */
    @Test
    void iteratingGivesEveryPage() {
        List<List<Integer>> pages = new ArrayList<>();
        for (Page<Integer> page : new Paginator<>(List.of(1, 2, 3), 2)) {
            pages.add(page.objectList());
        }

        assertEquals(List.of(List.of(1, 2), List.of(3)), pages);
    }

    /** Django's test_get_elided_page_range. */
    @Test
    void elidedPageRange() {
        String e = Paginator.ELLIPSIS;
        assertFalse(new Paginator<>(range(0, 1000), 100).elidedPageRange(1).contains(e));
        assertTrue(new Paginator<>(range(0, 1001), 100).elidedPageRange(1).contains(e));
        Object[][] cases = {
            {5, 2, 1, 1, List.of(1, 2, 3, 4, 5)},
            {6, 2, 1, 1, List.of(1, 2, 3, 4, 5, 6)},
            {6, 2, 1, 2, List.of(1, 2, 3, 4, 5, 6)},
            {6, 2, 5, 1, List.of(1, 2, 3, 4, 5, 6)},
            {7, 2, 1, 1, List.of(1, 2, 3, e, 7)},
            {7, 2, 4, 1, List.of(1, 2, 3, 4, 5, 6, 7)},
            {7, 2, 4, 0, List.of(1, 2, 3, 4, 5, 6, 7)},
            {10, 0, 5, 0, List.of(e, 5, e)},
            {10, 2, 5, 1, List.of(1, 2, 3, 4, 5, 6, 7, e, 10)},
            {10, 3, 5, 2, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)},
            {20, 2, 1, 1, List.of(1, 2, 3, e, 20)},
            {20, 2, 6, 1, List.of(1, e, 4, 5, 6, 7, 8, e, 20)},
            {20, 2, 20, 1, List.of(1, e, 18, 19, 20)},
        };
        for (Object[] c : cases) {
            Paginator<Integer> paginator = new Paginator<>(range(0, (int) c[0]), 1);
            assertEquals(c[4], paginator.elidedPageRange(c[2], (int) c[1], (int) c[3]), java.util.Arrays.toString(c));
        }
        assertThrows(EmptyPage.class, () -> new Paginator<>(range(0, 3), 1).elidedPageRange(4));
        assertThrows(IllegalArgumentException.class, () -> new Paginator<>(range(0, 3), 1).elidedPageRange(1, -1, 2));
    }

    /** Django 5.0's error_messages: custom texts for the three errors. */
    @Test
    void customErrorMessages() {
        Paginator<Integer> paginator = new Paginator<>(List.of(1, 2, 3), 2).withErrorMessages(Map.of(
                "invalid_page", "Wrong page number", "min_page", "Too small", "no_results", "There is nothing here"));

        assertEquals("Wrong page number", assertThrows(PageNotAnInteger.class, () -> paginator.validateNumber(1.2)).getMessage());
        assertEquals("Too small", assertThrows(EmptyPage.class, () -> paginator.validateNumber(-1)).getMessage());
        assertEquals("There is nothing here", assertThrows(EmptyPage.class, () -> paginator.validateNumber(3)).getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> paginator.withErrorMessages(Map.of("too_big", "x")));
        assertTrue(unknown.getMessage().contains("the keys are invalid_page, min_page and no_results"), unknown.getMessage());
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        assertEquals("Paginator: perPage is 0, but a page holds at least one object",
                assertThrows(IllegalArgumentException.class, () -> new Paginator<>(List.of(1), 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Paginator<>(List.of(1), -3));
        assertThrows(IllegalArgumentException.class, () -> new Paginator<>(List.of(1), 2, -1, true));
        assertThrows(NullPointerException.class, () -> new Paginator<>((List<Integer>) null, 2));
        assertThrows(NullPointerException.class, () -> new Paginator<>(List.of(1), 2).withErrorMessages(null));
    }

    /** The count is asked for once per paginator, as Django caches it. */
    @Test
    void theCountIsTakenOnce() {
        List<Integer> objects = new ArrayList<>(range(1, 6));
        Paginator<Integer> paginator = new Paginator<>(objects, 2);
        assertEquals(3, paginator.numPages());

        objects.add(6);
        objects.add(7);

        assertEquals(5, paginator.count());
        assertEquals(3, paginator.numPages());
    }
}
