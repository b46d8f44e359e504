package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.test.DjongoTest;
import io.djongo.test.QueryCounter;
import io.djongo.paging.KeysetPage;
import io.djongo.paging.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application's queries, on a database of this class's own with the books of books.json. */
@DjongoTest(fixtures = "books.json")
class LibraryTest {

    @Test
    void titlesByAnAuthorInOneQuery(QueryCounter queries) {
        List<String> titles = queries.assertNumQueries(1, () -> Library.titlesBy("James Joyce"));

        assertEquals(List.of("Dubliners", "Ulysses"), titles);
    }

    @Test
    void longBooksFromACity() {
        assertEquals(1, Library.longBooksFrom("London", 160));
    }

    @Test
    void aReviewIsStoredWithAGeneratedId(QueryCounter queries) {
        Review review = queries.assertNumQueries(1, () -> Library.review("Ulysses", 5));

        assertNotNull(review.id());
        assertEquals(1, Review_.objects().count());
    }

    @Test
    void theCatalogueIsPagedByTitle(QueryCounter queries) {
        Page<Book> second = queries.assertNumQueries(2, () -> {
            Page<Book> page = Library.catalogue("2", 2);
            page.size(); // the count, then the page's own slice
            return page;
        });

        assertEquals("<Page 2 of 2>", second.toString());
        assertEquals("Ulysses", second.get(0).title());
        assertEquals(1, Library.catalogue("not a number", 2).number());
    }

    @Test
    void theShortestBooksComeByKeyset() {
        KeysetPage<Book> first = Library.shortestFirst(null, 2);
        KeysetPage<Book> next = Library.shortestFirst(first.nextCursor(), 2);

        assertEquals(List.of("Dubliners", "Mrs Dalloway"), first.stream().map(Book::title).toList());
        assertEquals(List.of("Ulysses"), next.stream().map(Book::title).toList());
        assertTrue(next.hasPrevious());
        assertFalse(next.hasNext());
    }

    @Test
    void declaredPagesAreThoseOfThePaginators() {
        BookQueries queries = Djongo.queries(BookQueries.class);
        Page<Book> joyce = queries.byAuthor("James Joyce", "2", 1);

        assertEquals("<Page 2 of 2>", joyce.toString());
        assertEquals(List.of("Ulysses"), joyce.stream().map(Book::title).toList());
        KeysetPage<Book> first = queries.shortestFirst(2).first();
        assertEquals(Library.shortestFirst(null, 2).stream().map(Book::title).toList(),
                first.stream().map(Book::title).toList());
        assertEquals(List.of("Ulysses"), queries.shortestFirst(2).after(first.nextCursor()).stream().map(Book::title).toList());
    }

    @Test
    void aLoanIsSavedAsANewImmutableCopy() {
        Loan loan = Library.lend("Ulysses", "Molly", LocalDate.of(2024, 6, 16));

        assertNotNull(loan.getId());
        assertEquals(1, loan.getVersion());
        assertEquals(LocalDate.of(2024, 7, 7), Loan_.objects().getById(loan.getId()).getDue());
        assertEquals(2, loan.withDue(LocalDate.of(2024, 7, 14)).save().getVersion());
    }
}
