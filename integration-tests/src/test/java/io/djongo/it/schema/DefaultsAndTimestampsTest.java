package io.djongo.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.it.schema.model.Book;
import io.djongo.it.schema.model.Book_;
import io.djongo.it.schema.model.Publisher;
import io.djongo.it.schema.model.Tag;
import io.djongo.it.schema.model.Tag_;
import io.djongo.it.support.TestDatabase;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Field(defaultValue)} fills fields that a stored document lacks (documents written
 * before the field existed), and {@code autoNowAdd}/{@code autoNow} are set by the writes, as
 * Django's {@code auto_now_add}/{@code auto_now}.
 */
class DefaultsAndTimestampsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void aDocumentWithoutTheFieldReadsItsDefault() {
        db.raw("books").insertOne(new Document("title", "Legacy").append("author", "Anon"));

        Book book = Book.objects().get(Book_.title.eq("Legacy"));

        assertEquals(3, book.stock);
        assertEquals("paper", book.format);
    }

    @Test
    void aStoredValueWinsOverTheDefault() {
        db.raw("books").insertOne(new Document("title", "Stocked").append("stock", 0).append("format", "ebook"));

        Book book = Book.objects().get(Book_.title.eq("Stocked"));

        assertEquals(0, book.stock);
        assertEquals("ebook", book.format);
    }

    @Test
    void recordsReadTheirDefaultsToo() {
        db.raw("schema_tags").insertOne(new Document("_id", "java").append("label", "Java"));

        assertEquals(1, Tag_.objects().get(Tag_.slug.eq("java")).weight());
    }

    /** The defaults are in the metadata, for migrations and forms. */
    @Test
    void theMetadataKnowsTheDefault() {
        assertEquals(3, Book.objects().meta().field("stock").orElseThrow().defaultValue());
    }

    @Test
    void insertSetsBothTimestampsAndSaveMovesOnlyTheModificationTime() throws InterruptedException {
        Book book = new Book("Dubliners", "1", "James Joyce");
        book.publisher = new Publisher("Penguin", "GB");
        Instant before = Instant.now().minusMillis(1);

        book.save();
        Instant created = book.created;
        Instant firstUpdate = book.updated;
        Thread.sleep(5);
        book.stock = 10;
        book.save();

        assertNotNull(created);
        assertTrue(!created.isBefore(before));
        assertEquals(created, book.created);
        assertTrue(book.updated.isAfter(firstUpdate));
        Document stored = db.raw("books").find().first();
        assertEquals(Date.from(created), stored.getDate("created"));
        assertEquals(Date.from(book.updated), stored.getDate("updated"), "timestamps are kept to the millisecond, as stored");
    }

    @Test
    void bulkCreateTimestampsEveryObject() {
        Book first = new Book("One", "1", "A");
        Book second = new Book("Two", "2", "B");

        Book.objects().bulkCreate(java.util.List.of(first, second));

        assertNotNull(first.created);
        assertEquals(first.created, second.created);
    }

    @Test
    void aRecordGetsACopyWithTheTime() {
        Tag saved = Tag_.objects().save(new Tag("java", "Java", 1, null, 0));

        assertNotNull(saved.touched());
    }
}
