package io.djongo.examples.readme.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.Djongo;
import io.djongo.StaleObjectError;
import io.djongo.examples.ExampleServer;
import io.djongo.validation.ValidationError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema section of README.md: field options, validation and versions, run on the test server. */
class ReadmeSchemaTest {
    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_schema"));
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @BeforeEach
    void empty() {
        Book.objects().delete();
    }

    private static Book book() {
        Book book = new Book();
        book.title = "Dubliners";
        book.isbn = "978-0140186475";
        book.author = "James Joyce";
        book.publisher = new Publisher("Penguin");
        return book;
    }

    @Test
    void validationErrorsByPath() {
        Book book = book();
        // README: validation
        book.title = "A Portrait of the Artist as a Young Man";
        book.publisher = new Publisher("");
        try {
            book.save();                               // validates first: nothing is written
        } catch (ValidationError e) {
            Map<String, List<String>> problems = e.messageDict();
            // {title=[Ensure this value has at most 20 characters (it has 39).],
            //  publisher.name=[This field cannot be blank.]}
        }
        // README: end
        ValidationError error = assertThrows(ValidationError.class, book::save);
        assertEquals(Map.of("title", List.of("Ensure this value has at most 20 characters (it has 39)."),
                "publisher.name", List.of("This field cannot be blank.")), error.messageDict());
        assertEquals(0, Book.objects().count());
    }

    @Test
    void uniqueAndClean() {
        book().save();
        Book copy = book();
        copy.format = "ebook";
        copy.pages = 200;
        ValidationError error = assertThrows(ValidationError.class, copy::fullClean);
        assertEquals(List.of("Book with this Isbn already exists."), error.messages("isbn"));
        assertEquals(List.of("an ebook has no pages"), error.messages("pages"));
        assertEquals(List.of("Book with this Publisher name and Title already exists."),
                error.messages(ValidationError.NON_FIELD_ERRORS));
    }

    @Test
    void versions() {
        Book book = book().save();
        // README: versions
        Book mine = Book.objects().getById(book.id);
        Book theirs = Book.objects().getById(book.id);
        theirs.pages = 300;
        theirs.save();                                 // version 1 -> 2
        mine.pages = 250;
        try {
            mine.save();                               // still at version 1: nothing is written
        } catch (StaleObjectError e) {
            mine.refreshFromDb();                      // reload, apply the change again, save
            mine.pages = 250;
            mine.save();
        }
        // README: end
        assertEquals(3, mine.version);
        assertThrows(StaleObjectError.class, () -> {
            theirs.pages = 1;
            theirs.save();
        });
    }

    @Test
    void defaultsAndTimestamps() {
        Book book = book().save();
        assertEquals("paper", book.format);
        assertEquals(book.created, book.updated);
    }
}
