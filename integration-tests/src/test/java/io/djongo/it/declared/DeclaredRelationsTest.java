package io.djongo.it.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.it.declared.model.Book;
import io.djongo.it.declared.model.Book_;
import io.djongo.it.declared.model.Publisher;
import io.djongo.it.declared.model.Publisher_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.QuerySet;
import io.djongo.relation.Ref;
import io.djongo.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Declared queries through references (Django's {@code filter(publisher__country="UK")}): the
 * conditions on the target run as the typed paths' semi-join, a {@code $lookup} where the server has
 * it and a query of ids elsewhere, so the command and the results are those of
 * {@code Book_.publisher.where(...)}. Conditions given together through one reference are about one
 * publisher.
 */
class DeclaredRelationsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final BookQueries QUERIES = BookQueries_.INSTANCE;

    private Publisher faber;
    private Publisher penguin;

    /*
     * title      pages  publisher (country)
     * Ulysses    730    Faber (UK)
     * Dubliners  150    Faber (UK)
     * Walden     300    Penguin (US)
     * Anonymous  90     -
     */
    @BeforeEach
    void books() {
        faber = Publisher_.objects().create(new Publisher("Faber", "UK"));
        penguin = Publisher_.objects().create(new Publisher("Penguin", "US"));
        new Book("Ulysses", 730, faber).save();
        new Book("Dubliners", 150, faber).save();
        new Book("Walden", 300, penguin).save();
        new Book("Anonymous", 90, null).save();
    }

    @Test
    void conditionsOnTheTargetAreTheTypedSemiJoin() {
        QuerySet<Book> typed = Book_.objects().filter(Book_.publisher.where(Publisher_.country.eq("UK")), Book_.pages.gte(200))
                .orderBy(Book_.title.asc());
        assertEquals(typed.toBson(), BookQueries_.Commands.fromCountry("UK", 200));
        assertEquals(List.of("Ulysses"), titles(QUERIES.fromCountry("UK", 200)));
        assertEquals(List.of("Dubliners", "Ulysses"), titles(QUERIES.findByPublisherCountryOrderByTitle("UK")));
    }

    /** As in Django, conditions of one filter through one reference refer to the same object: one semi-join. */
    @Test
    void conditionsTogetherAreAboutOnePublisher() {
        QuerySet<Book> typed = Book_.objects().filter(Book_.publisher.where(
                Publisher_.name.startsWith("Pen").and(Publisher_.country.eq("US"))));
        assertEquals(typed.toBson(), BookQueries_.Commands.countPublishedBy("Pen", "US"));
        assertEquals(1, QUERIES.countPublishedBy("Pen", "US"));
        assertEquals(0, QUERIES.countPublishedBy("Pen", "UK"));
    }

    @Test
    void aReferenceEqualsAReferenceOrAnObject() {
        assertEquals(List.of("Dubliners", "Ulysses"), titles(QUERIES.byPublisher(Ref.of(faber))));
        assertEquals(Book_.objects().filter(Book_.publisher.is(penguin)).orderBy(Book_.title.asc()).toBson(),
                BookQueries_.Commands.byPublisherObject(penguin));
        assertEquals(List.of("Walden"), titles(QUERIES.byPublisherObject(penguin)));
        assertEquals(List.of("Anonymous"), titles(QUERIES.orphans()));
    }

    /** An update validates the values it sets, as QuerySet.update does: nothing is written when one breaks a rule. */
    @Test
    void updatesValidateTheValuesTheySet() {
        assertThrows(ValidationError.class, () -> QUERIES.retitle("Walden", "Walden; or, Life in the Woods"));
        assertEquals(List.of("Walden"), titles(QUERIES.byPublisher(Ref.of(penguin))));
        assertEquals(1, QUERIES.retitle("Walden", "Walden (1854)"));
    }

    private static List<String> titles(List<Book> books) {
        List<String> titles = new ArrayList<>();
        for (Book book : books) {
            titles.add(book.title);
        }
        return titles;
    }
}
