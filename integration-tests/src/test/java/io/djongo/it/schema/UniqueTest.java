package io.djongo.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.IntegrityError;
import io.djongo.it.schema.model.Book;
import io.djongo.it.schema.model.Publisher;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.support.TestServer;
import io.djongo.schema.IndexSpec;
import io.djongo.validation.ValidationError;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uniqueness: Django's {@code validate_unique()} asks the database before saving; the unique
 * indexes that migrations create make the server refuse a duplicate that slips through.
 */
class UniqueTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static Book book(String isbn, String title) {
        Book book = new Book(title, isbn, "James Joyce");
        book.publisher = new Publisher("Penguin", "GB");
        return book;
    }

    /** Django: "Book with this Isbn already exists." under the field, code unique. */
    @Test
    void validateUniqueNamesTheTakenValue() {
        book("978-0140186475", "Dubliners").save();

        ValidationError error = assertThrows(ValidationError.class, () -> book("978-0140186475", "Ulysses").validateUnique());

        assertEquals(List.of("Book with this Isbn already exists."), error.messages("isbn"));
        assertEquals("unique", error.violations().get(0).code());
    }

    /** A unique index over several fields is Django's unique_together: one problem of the whole object. */
    @Test
    void validateUniqueOfSeveralFieldsIsANonFieldError() {
        book("1", "Dubliners").save();

        ValidationError error = assertThrows(ValidationError.class, () -> book("2", "Dubliners").fullClean());

        assertEquals(List.of("Book with this Publisher name and Title already exists."),
                error.messages(ValidationError.NON_FIELD_ERRORS));
        assertEquals("unique_together", error.violations().get(0).code());
    }

    /** The saved instance itself is not a duplicate of itself. */
    @Test
    void anInstanceDoesNotCollideWithItsOwnDocument() {
        Book saved = book("1", "Dubliners").save();

        saved.validateUnique();
        saved.fullClean();
    }

    /** With the index in place (migrate creates it), the server refuses the duplicate: IntegrityError names the index. */
    @Test
    void theUniqueIndexMakesTheServerRefuseADuplicate() {
        BsonArray indexes = new BsonArray();
        for (IndexSpec index : Book.objects().meta().indexes()) {
            indexes.add(index.toBson());
        }
        db.database().runCommand(new BsonDocument("createIndexes", new BsonString("books")).append("indexes", indexes));
        book("978-0140186475", "Dubliners").save();

        IntegrityError error = assertThrows(IntegrityError.class, () -> book("978-0140186475", "Ulysses").save());

        assertEquals(1, db.raw("books").countDocuments());
        // FerretDB 1.24 says only "E11000 duplicate key error collection: ...", without the index.
        if (!(TestServer.get().isFerretDb() && error.index() == null)) {
            assertEquals("isbn_1", error.index(), error.getMessage());
        }
    }
}
