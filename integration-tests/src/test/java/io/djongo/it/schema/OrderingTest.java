package io.djongo.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.it.schema.model.Book;
import io.djongo.it.schema.model.Book_;
import io.djongo.it.support.TestDatabase;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's {@code Meta.ordering} ({@code @Model(ordering = "title")} on {@link Book}): the order of
 * every query that does not choose its own; {@code first()}, {@code last()} and {@code reverse()}
 * follow it, {@code orderBy(...)} replaces it, {@code orderBy()} removes it.
 */
class OrderingTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @BeforeEach
    void books() {
        for (String title : List.of("Ulysses", "Dubliners", "Finnegans Wake")) {
            Book book = new Book(title, title, "James Joyce");
            book.save();
        }
    }

    @Test
    void queriesWithoutOrderUseTheModelsOrdering() {
        assertEquals(List.of("Dubliners", "Finnegans Wake", "Ulysses"), Book.objects().valuesList(Book_.title));
        assertEquals(List.of("Dubliners", "Finnegans Wake", "Ulysses"),
                Book.objects().filter(Book_.author.eq("James Joyce")).list().stream().map(b -> b.title).toList());
        assertEquals(BsonDocument.parse("{\"title\": 1}"), Book.objects().all().toBson().getDocument("sort"));
    }

    @Test
    void firstLastAndReverseFollowIt() {
        assertEquals("Dubliners", Book.objects().first().orElseThrow().title);
        assertEquals("Ulysses", Book.objects().last().orElseThrow().title);
        assertEquals("Ulysses", Book.objects().reverse().first().orElseThrow().title);
    }

    @Test
    void orderByReplacesItAndAnEmptyOrderByRemovesIt() {
        assertEquals("Ulysses", Book.objects().orderBy(Book_.title.desc()).first().orElseThrow().title);
        assertEquals(BsonDocument.parse("{\"isbn\": -1}"), Book.objects().orderBy("-isbn").toBson().getDocument("sort"));
        assertEquals(false, Book.objects().orderBy().toBson().containsKey("sort"));
    }
}
