package io.djongo.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.test.model.Note;
import io.djongo.test.model.Note_;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @DjongoTest} as users write it: a database of the class's own as the default connection,
 * fixtures loaded before each test into an emptied database (Django's {@code TransactionTestCase}),
 * and a {@link QueryCounter} that counts from the start of the test.
 */
@DjongoTest(fixtures = {"notes.json", "/fixtures/more-notes.json"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DjongoTestTest {

    @Test
    @Order(1)
    void fixturesAreLoadedBeforeEachTestFromTheClassPackageAndTheRoot() {
        List<String> titles = Note_.objects().orderBy(Note_.title.asc()).valuesList(Note_.title);

        assertEquals(List.of("Abbey Road", "Help!", "Let It Be"), titles);
    }

    @Test
    @Order(2)
    void aTestMayChangeTheData() {
        Note_.objects().delete();
        new Note("Yesterday", 2).save();

        assertEquals(1, Note_.objects().count());
    }

    /** Runs after the test above, and sees the fixtures alone again. */
    @Test
    @Order(3)
    void theNextTestStartsFromTheFixturesAlone() {
        assertEquals(3, Note_.objects().count());
        assertEquals(0, Note_.objects().filter(Note_.title.eq("Yesterday")).count());
    }

    /** The fixtures' loading and the emptying before the test are not counted. */
    @Test
    @Order(4)
    void theCounterStartsAtZeroAndCountsEachCommand(QueryCounter queries) {
        assertEquals(0, queries.count());

        long good = queries.assertNumQueries(1, () -> Note_.objects().filter(Note_.stars.gte(4)).count());
        queries.assertNumQueries(2, () -> {
            new Note("Something", 5).save();
            Note_.objects().get(Note_.title.eq("Something"));
        });

        assertEquals(2, good);
        assertEquals(3, queries.count());
        assertTrue(queries.commands().get(0).startsWith("aggregate {\"aggregate\": \"note\""), queries.commands().get(0));
    }

    @Test
    @Order(5)
    void theConnectionIsTheDefaultOneOnADatabaseOfThisClass(Djongo connection) {
        assertSame(Djongo.connection(), connection);
        assertTrue(connection.database().getName().startsWith("test_DjongoTestTest_"), connection.database().getName());
    }

    /** A nested class shares the enclosing class's database and fixtures. */
    @Nested
    class SharedByNestedClasses {
        @Test
        void seesTheSameDatabase(Djongo connection) {
            assertTrue(connection.database().getName().startsWith("test_DjongoTestTest_"), connection.database().getName());
            assertEquals(3, Note_.objects().count());
        }
    }
}
