package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.djongo.test.DjongoTest;
import io.djongo.test.QueryCounter;
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
}
