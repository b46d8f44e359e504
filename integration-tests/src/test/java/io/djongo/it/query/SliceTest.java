package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slicing composes as Python slices do, and what Django forbids after a slice is forbidden here,
 * with Django's wording and the way out.
 */
class SliceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final QuerySet<Post> BY_VIEWS = Post_.objects().orderBy(Post_.views.asc());

    /** One to Five, with views 10 to 50, saved in this order. */
    @BeforeEach
    void posts() {
        List<String> headlines = List.of("One", "Two", "Three", "Four", "Five");
        for (int i = 0; i < headlines.size(); i++) {
            new Post(headlines.get(i), i + 1, 10 * (i + 1), Instant.parse("2024-01-01T00:00:00Z")).save();
        }
    }

    static List<String> headlines(QuerySet<Post> query) {
        return query.list().stream().map(p -> p.headline).toList();
    }

    // ---- composition: qs[a:b][c:d] is qs[a+c : min(b, a+d)]

    /** Python: {@code rows[0:5][4:]} is {@code rows[4:5]}. */
    @Test
    void anOffsetAfterALimitMovesInsideTheSlice() {
        assertEquals(List.of("Five"), headlines(BY_VIEWS.offset(0).limit(5).offset(4)));
        assertEquals(List.of("Two", "Three"), headlines(BY_VIEWS.limit(3).offset(1)));
        assertEquals("{\"find\": \"posts\", \"filter\": {}, \"sort\": {\"views\": 1}, \"skip\": 4, \"limit\": 1}",
                BY_VIEWS.offset(0).limit(5).offset(4).toBson().toJson());
    }

    /** Python: {@code rows[1:][:3]} is {@code rows[1:4]}, and {@code rows[2:][1:]} is {@code rows[3:]}. */
    @Test
    void aLimitAfterAnOffsetCountsFromTheOffset() {
        assertEquals(List.of("Two", "Three", "Four"), headlines(BY_VIEWS.offset(1).limit(3)));
        assertEquals(List.of("Four", "Five"), headlines(BY_VIEWS.offset(2).offset(1)));
    }

    /** Python: {@code rows[:3][:5]} has 3 rows; a limit narrows, never widens. */
    @Test
    void aLimitNarrowsAndNeverWidens() {
        assertEquals(List.of("One", "Two", "Three"), headlines(BY_VIEWS.limit(3).limit(5)));
        assertEquals(List.of("One", "Two"), headlines(BY_VIEWS.limit(3).limit(2)));
        assertEquals(List.of("Two", "Three"), headlines(BY_VIEWS.offset(1).limit(3).limit(2)));
    }

    /** Python: a slice of an empty slice is empty: {@code rows[:0][:5]}, {@code rows[:2][3:]}. */
    @Test
    void aSliceOfAnEmptySliceStaysEmpty() {
        assertEquals(List.of(), headlines(BY_VIEWS.limit(0).limit(5)));
        assertEquals(List.of(), headlines(BY_VIEWS.limit(0).offset(2)));
        assertEquals(List.of(), headlines(BY_VIEWS.limit(2).offset(3)));
        assertEquals(0, BY_VIEWS.limit(2).offset(3).count());
        assertFalse(BY_VIEWS.limit(2).offset(3).exists());
        assertEquals(List.of(), headlines(BY_VIEWS.offset(5).limit(3)));
    }

    /** Django's {@code qs[0:]} is not a slice: it can still be filtered. */
    @Test
    void offsetZeroAloneIsNoSlice() {
        assertEquals(List.of("Five"), headlines(BY_VIEWS.offset(0).filter(Post_.views.gt(40))));
    }

    // ---- what a slice can still do

    /** Django evaluates, counts and tests slices, and takes their first row. */
    @Test
    void aSliceCanBeListedCountedTestedAndAskedForItsFirstRow() {
        QuerySet<Post> middle = BY_VIEWS.offset(1).limit(3);
        assertEquals(List.of("Two", "Three", "Four"), headlines(middle));
        assertEquals(3, middle.count());
        assertTrue(middle.exists());
        assertEquals("Two", middle.first().orElseThrow().headline);
        assertEquals(List.of(20, 30, 40), middle.valuesList(Post_.views));
        assertEquals(List.of("Two", "Three", "Four"), headlines(middle.filter()), "filter() without conditions changes nothing");
        assertEquals("Three", middle.offset(1).limit(1).get().headline, "get() without conditions: the one row of the slice");
    }

    /** On an unordered slice, first() is the slice's first row: ordering by id would change the slice. */
    @Test
    void firstOfAnUnorderedSliceIsItsFirstRow() {
        QuerySet<Post> slice = Post_.objects().offset(2).limit(2);
        assertEquals(slice.list().get(0).headline, slice.first().orElseThrow().headline);
    }

    // ---- what a slice cannot do, as in Django

    static void refused(String expected, Function<QuerySet<Post>, Object> change) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> change.apply(BY_VIEWS.limit(2)));
        assertEquals(expected, e.getMessage());
    }

    /** Django: "Cannot filter a query once a slice has been taken." and the same for the others. */
    @Test
    void filteringOrderingReversingAndWritingAfterASliceAreErrors() {
        refused("Cannot filter a query once a slice has been taken; call filter() before limit()/offset()",
                q -> q.filter(Post_.views.gt(1)));
        refused("Cannot filter a query once a slice has been taken; call filter() before limit()/offset()",
                q -> q.filter("views__gt", 1));
        refused("Cannot filter a query once a slice has been taken; call exclude() before limit()/offset()",
                q -> q.exclude(Post_.views.gt(1)));
        refused("Cannot filter a query once a slice has been taken; call filter() before limit()/offset()",
                q -> q.get(Post_.views.eq(10)));
        refused("Cannot reorder a query once a slice has been taken; call orderBy() before limit()/offset()",
                q -> q.orderBy(Post_.views.desc()));
        refused("Cannot reorder a query once a slice has been taken; call orderBy() before limit()/offset()",
                q -> q.orderBy("-views"));
        refused("Cannot reverse a query once a slice has been taken; call reverse() before limit()/offset()", QuerySet::reverse);
        refused("Cannot reverse a query once a slice has been taken; call last() before limit()/offset(), or take the last "
                + "element of list()", QuerySet::last);
        refused("Cannot update a query once a slice has been taken; update() changes every match, so filter the rows "
                + "instead, for example filter(id.in(slice.subquery(id))).update(...)", q -> q.update(Post_.views.inc(1)));
        refused("Cannot use limit()/offset() with delete(); delete by filter instead, for example "
                + "filter(id.in(slice.subquery(id))).delete()", QuerySet::delete);

        assertEquals(5, Post_.objects().count(), "nothing was deleted");
        assertEquals(List.of(10, 20, 30, 40, 50), BY_VIEWS.valuesList(Post_.views), "nothing was updated");
    }

    /** The way out the messages give: update or delete the slice's rows by id. */
    @Test
    void aSliceIsWrittenThroughItsIds() {
        QuerySet<Post> topTwo = Post_.objects().orderBy(Post_.views.desc()).limit(2);
        assertEquals(2, Post_.objects().filter(Post_.id.in(topTwo.subquery(Post_.id))).update(Post_.views.inc(1)));
        assertEquals(List.of(10, 20, 30, 41, 51), BY_VIEWS.valuesList(Post_.views));
        assertEquals(2, Post_.objects().filter(Post_.id.in(topTwo.subquery(Post_.id))).delete().count());
        assertEquals(List.of("One", "Two", "Three"), headlines(BY_VIEWS));
    }

    // ---- ordering keys

    /** Django's {@code order_by("headline", "-headline")} orders by the first key; the second decides nothing. */
    @Test
    void theFirstKeyForAFieldWins() {
        assertEquals("{\"views\": 1}", Post_.objects().orderBy(Post_.views.asc(), Post_.views.desc()).sortDocument().toJson());
        assertEquals("{\"views\": -1, \"headline\": 1}",
                Post_.objects().orderBy("-views", "headline", "views").sortDocument().toJson());
        assertEquals(List.of("One", "Two", "Three", "Four", "Five"),
                headlines(Post_.objects().orderBy(Post_.views.asc(), Post_.views.desc())));
    }
}
