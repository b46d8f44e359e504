package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.CountedConnection;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.QuerySet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code maxTime(Duration)}: every command of a QuerySet carries the server time limit
 * ({@code maxTimeMS}), and {@code estimatedCount()} counts the collection from its metadata.
 */
class MaxTimeTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static CountedConnection counted;

    @BeforeAll
    static void connect() {
        counted = CountedConnection.open(db, "timed");
    }

    @BeforeEach
    void posts() {
        Post.objects().delete();
        Post.objects().bulkCreate(List.of(new Post("One", 1, 10, Instant.parse("2024-01-01T00:00:00Z")),
                new Post("Two", 2, 20, Instant.parse("2024-02-01T00:00:00Z"))));
    }

    @Test
    void everyCommandOfTheQueryCarriesTheLimit() {
        QuerySet<Post> timed = Post_.objects().using(counted.alias()).maxTime(Duration.ofSeconds(7))
                .filter(Post_.views.gte(10)).orderBy(Post_.views.asc());

        CountedConnection.Counted<Long> count = counted.count(timed::count);
        CountedConnection.Counted<List<Post>> list = counted.count(timed::list);
        CountedConnection.Counted<Long> updated = counted.count(() -> timed.update(Post_.views.inc(1)));

        assertEquals(2, count.result());
        assertEquals(2, list.result().size());
        assertEquals(2, updated.result());
        List<String> all = new java.util.ArrayList<>(count.commands());
        all.addAll(list.commands());
        all.addAll(updated.commands());
        for (String command : all) {
            assertTrue(command.contains("\"maxTimeMS\""), command);
        }
    }

    @Test
    void withoutALimitNothingIsAdded() {
        CountedConnection.Counted<List<Post>> list = counted.count(() -> Post_.objects().using(counted.alias()).list());

        assertFalse(list.commands().get(0).contains("maxTimeMS"), list.commands().get(0));
    }

    @Test
    void theLimitIsKeptByEveryRefinementAndZeroRemovesIt() {
        QuerySet<Post> timed = Post_.objects().using(counted.alias()).maxTime(Duration.ofSeconds(3));

        String refined = counted.count(() -> timed.filter(Post_.headline.eq("One")).limit(1).list()).commands().get(0);
        String removed = counted.count(() -> timed.maxTime(Duration.ZERO).list()).commands().get(0);

        assertTrue(refined.contains("maxTimeMS"), refined);
        assertFalse(removed.contains("maxTimeMS"), removed);
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Post.objects().maxTime(Duration.ofSeconds(-1)));

        assertTrue(error.getMessage().contains("maxTime(PT-1S)"), error.getMessage());
    }

    @Test
    void estimatedCountCountsTheCollectionWithoutItsFilters() {
        // not Django's: a count from the collection's metadata, for totals of large collections
        CountedConnection.Counted<Long> estimated = counted.count(
                () -> Post_.objects().using(counted.alias()).filter(Post_.views.gt(15)).estimatedCount());

        assertEquals(2, estimated.result());
        assertEquals(1, estimated.size());
    }
}
