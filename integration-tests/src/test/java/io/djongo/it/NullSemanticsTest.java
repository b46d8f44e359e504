package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.it.model.Review;
import io.djongo.it.model.Review_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Filter;
import io.djongo.query.QuerySet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django semantics for null and missing values: a condition on a field never matches a document
 * where the field is null or missing, so negations (exclude, ne, notIn, not) keep those documents.
 */
class NullSemanticsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @BeforeEach
    void reviews() {
        new Review("one", 1).save();
        new Review("five", 5).save();
        new Review("null", null).save();
        db.raw("review").insertOne(new Document("title", "missing"));
    }

    private static Set<String> found(QuerySet<Review> query) {
        return new TreeSet<>(query.list().stream().map(r -> r.title).toList());
    }

    private static Set<String> found(Filter<Review> filter) {
        return found(Review_.objects().filter(filter));
    }

    private static Set<String> set(String... titles) {
        return new TreeSet<>(List.of(titles));
    }

    @Test
    void theRawDocumentReallyLacksTheField() {
        assertEquals(false, db.raw("review").find(new Document("title", "missing")).first().containsKey("rating"));
        assertEquals(true, db.raw("review").find(new Document("title", "null")).first().containsKey("rating"));
    }

    @Test
    void excludeKeepsNullAndMissing() {
        assertEquals(set("five", "null", "missing"), found(Review_.objects().exclude(Review_.rating.lt(3))));
        assertEquals(set("five", "null", "missing"), found(Review_.rating.lt(3).not()));
        assertEquals(set("one", "null", "missing"), found(Review_.objects().exclude(Review_.rating.gte(3))));
    }

    @Test
    void comparisonsNeverMatchNullOrMissing() {
        assertEquals(set("five"), found(Review_.rating.gte(3)));
        assertEquals(set("one"), found(Review_.rating.lt(3)));
        assertEquals(set("one", "five"), found(Review_.rating.range(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }

    @Test
    void neAndNotInKeepNullAndMissing() {
        assertEquals(set("five", "null", "missing"), found(Review_.rating.ne(1)));
        assertEquals(set("null", "missing"), found(Review_.rating.notIn(1, 5)));
    }

    @Test
    void isNullAndEqNull() {
        assertEquals(set("null", "missing"), found(Review_.rating.isNull(true)));
        assertEquals(set("one", "five"), found(Review_.rating.isNull(false)));
        assertEquals(set("null", "missing"), found(Review_.rating.eq(null)));
        assertEquals(set("one", "five"), found(Review_.objects().exclude(Review_.rating.isNull(true))));
        assertEquals(set("one", "five"), found(Review_.rating.ne(null)));
    }

    @Test
    void excludeOfSeveralConditionsRemovesOnlyDocumentsMatchingAll() {
        assertEquals(set("one", "five", "null", "missing"),
                found(Review_.objects().exclude(Review_.title.eq("one"), Review_.rating.eq(5))), "no document matches both");
        assertEquals(set("five", "null", "missing"),
                found(Review_.objects().exclude(Review_.title.eq("one"), Review_.rating.eq(1))));
    }

    @Test
    void countAndExistsAgreeWithList() {
        QuerySet<Review> kept = Review_.objects().exclude(Review_.rating.lt(3));

        assertEquals(3, kept.count());
        assertEquals(kept.list().size(), kept.count());
        assertEquals(true, Review_.objects().filter(Review_.rating.isNull(true)).exists());
    }
}
