package io.djongo.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.it.schema.model.Book;
import io.djongo.it.schema.model.Book_;
import io.djongo.it.schema.model.Critique;
import io.djongo.it.schema.model.Publisher;
import io.djongo.it.support.TestDatabase;
import io.djongo.validation.ValidationError;
import io.djongo.validation.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Model validation as Django's {@code full_clean()}: every field option and constraint, embedded
 * models and list elements by path, the model's own {@code clean()}, all problems in one
 * {@link ValidationError}; and every write validates first, so an invalid object writes nothing.
 */
class ValidationTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static Book valid() {
        Book book = new Book("Dubliners", "978-0140186475", "James Joyce");
        book.publisher = new Publisher("Penguin", "GB");
        book.critiques = List.of(new Critique("ann@example.org", 5));
        return book;
    }

    private static long stored() {
        return db.raw("books").countDocuments();
    }

    @Test
    void aValidBookPassesAndIsSaved() {
        Book book = valid();

        book.fullClean();
        book.save();

        assertEquals(1, stored());
    }

    /** Django: "Ensure this value has at most 20 characters (it has 46)." with the code max_length. */
    @Test
    void maxLengthIsEnforcedOnSaveAndNothingIsWritten() {
        Book book = valid();
        book.title = "A Portrait of the Artist as a Young Man, again";

        ValidationError error = assertThrows(ValidationError.class, book::save);

        assertEquals(List.of("Ensure this value has at most 20 characters (it has 46)."), error.messages("title"));
        assertEquals("max_length", error.violations().get(0).code());
        assertEquals(0, stored());
    }

    /** fullClean() reports every problem at once, each under its path, as Django's message_dict. */
    @Test
    void everyProblemIsReportedByPath() {
        Book book = valid();
        book.author = null;
        book.format = "scroll";
        book.contact = "not-an-address";
        book.tags = List.of("a", "b", "c", "d");
        book.pages = -1;
        book.publisher = new Publisher("", "Britain");
        book.critiques = List.of(new Critique("ann@example.org", 5), new Critique("bob@", 9));

        ValidationError error = assertThrows(ValidationError.class, book::fullClean);

        Map<String, List<String>> messages = error.messageDict();
        assertEquals(List.of("This field cannot be null."), messages.get("author"));
        assertEquals(List.of("Value 'scroll' is not a valid choice."), messages.get("format"));
        assertEquals(List.of("must be a well-formed email address"), messages.get("contact"));
        assertEquals(List.of("size must be between 1 and 3"), messages.get("tags"));
        assertEquals(List.of("Ensure this value is greater than or equal to 0."), messages.get("pages"));
        assertEquals(List.of("This field cannot be blank."), messages.get("publisher.name"));
        assertEquals(List.of("must match \"[A-Z]{2}\""), messages.get("publisher.country"));
        assertEquals(List.of("must be a well-formed email address"), messages.get("critiques[1].reviewer"));
        assertEquals(List.of("Ensure this value is less than or equal to 5."), messages.get("critiques[1].stars"));
        assertTrue(error.getMessage().startsWith("Book is not valid: author: This field cannot be null."),
                error.getMessage());
    }

    /** Constraints on list elements ({@code List<@Size(max = 10) String>}) report the element's index. */
    @Test
    void elementConstraintsNameTheElement() {
        Book book = valid();
        book.tags = List.of("short", "much-too-long-a-tag");

        ValidationError error = assertThrows(ValidationError.class, book::fullClean);

        assertEquals(List.of("size must be between 0 and 10"), error.messages("tags[1]"));
    }

    /** Django's Model.clean(): its error joins the field errors, under the field it names. */
    @Test
    void theModelsCleanMethodAddsItsProblem() {
        Book book = valid();
        book.format = "ebook";
        book.pages = 120;
        book.contact = "nobody";

        ValidationError error = assertThrows(ValidationError.class, book::fullClean);

        assertEquals(List.of("an ebook has no pages"), error.messages("pages"));
        assertEquals(List.of("must be a well-formed email address"), error.messages("contact"));
        Violation pages = error.violations().stream().filter(v -> v.path().equals("pages")).findFirst().orElseThrow();
        assertEquals("ebook_pages", pages.code());
    }

    /** An error of clean() without a field goes under Django's NON_FIELD_ERRORS, "__all__". */
    @Test
    void aCleanErrorWithoutAFieldConcernsTheWholeObject() {
        Book book = valid();
        book.title = "James Joyce";

        ValidationError error = assertThrows(ValidationError.class, book::save);

        assertEquals(List.of("the title cannot be the author's name"), error.messages(ValidationError.NON_FIELD_ERRORS));
        assertEquals(0, stored());
    }

    @Test
    void createValidatesToo() {
        Book book = valid();
        book.author = null;

        assertThrows(ValidationError.class, () -> Book.objects().create(book));
        assertEquals(0, stored());
    }

    /** One invalid object in a bulk call: nothing of the call is written, and the error names it by position. */
    @Test
    void bulkCreateWritesNothingWhenOneObjectIsInvalid() {
        Book bad = valid();
        bad.isbn = "2";
        bad.title = "x".repeat(21);

        ValidationError error = assertThrows(ValidationError.class,
                () -> Book.objects().bulkCreate(List.of(valid(), bad, valid())));

        assertEquals(List.of("Ensure this value has at most 20 characters (it has 21)."), error.messages("[1].title"));
        assertEquals(0, stored());
    }

    @Test
    void bulkUpdateValidatesEveryObjectBeforeWriting() {
        Book first = valid().save();
        Book second = valid();
        second.isbn = "other";
        second.save();
        first.title = "Ulysses";
        second.title = "x".repeat(30);

        assertThrows(ValidationError.class, () -> Book.objects().bulkUpdate(List.of(first, second), Book_.title));

        assertEquals(List.of("Dubliners", "Dubliners"), Book.objects().valuesList(Book_.title));
    }

    @Test
    void getOrCreateValidatesTheNewObject() {
        assertThrows(ValidationError.class, () -> Book.objects().getOrCreate(Book_.isbn.eq("1"), () -> {
            Book book = valid();
            book.author = null;
            return book;
        }));
        assertEquals(0, stored());
    }

    /** update() checks the values it sets where a field's rules can judge them alone. */
    @Test
    void updateValidatesTheValuesItSets() {
        valid().save();

        ValidationError tooLong = assertThrows(ValidationError.class,
                () -> Book.objects().update(Book_.title.set("x".repeat(25))));
        ValidationError notAChoice = assertThrows(ValidationError.class,
                () -> Book.objects().update(Book_.format.set("vinyl")));
        ValidationError blankPublisher = assertThrows(ValidationError.class,
                () -> Book.objects().update(Book_.publisher.name.set("")));

        assertEquals("max_length", tooLong.violations().get(0).code());
        assertEquals("invalid_choice", notAChoice.violations().get(0).code());
        assertEquals(List.of("This field cannot be blank."), blankPublisher.messages("publisher.name"));
        assertEquals(List.of("Dubliners"), Book.objects().valuesList(Book_.title));
        assertEquals(1, Book.objects().update(Book_.title.set("Ulysses")));
    }
}
