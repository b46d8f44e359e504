package io.djongo.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.djongo.Djongo;
import io.djongo.test.model.Note;
import io.djongo.test.model.Note_;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

/**
 * What {@code @DjongoTest} does when a test or its configuration goes wrong, and what it leaves
 * behind: sample test classes run on their own engine, and their outcomes are checked here.
 */
class DjongoExtensionTest {

    /** Django's assertNumQueries failure: the counts, then every captured query. */
    @Test
    void aWrongNumberOfQueriesFailsWithTheCapturedQueries() {
        Throwable failure = onlyFailure(run(CountsWrong.class).tests());

        assertTrue(failure instanceof AssertionFailedError, failure.toString());
        String message = failure.getMessage();
        assertTrue(message.startsWith("2 != 1 : 2 queries were sent, 1 expected\nCaptured queries were:\n1. insert "
                + "{\"insert\": \"note\""), message);
        assertTrue(message.contains("\n2. find {\"find\": \"note\", \"filter\": {\"title\": \"Help!\"}, \"batchSize\": 1000}"), message);
        assertEquals(1, ((AssertionFailedError) failure).getExpected().getValue());
        assertEquals(2, ((AssertionFailedError) failure).getActual().getValue());
    }

    @Test
    void aMissingFixtureSaysWhereItWasLookedFor() {
        Throwable failure = onlyFailure(run(MissingFixture.class).containers());

        assertEquals("fixture \"missing.json\" of " + MissingFixture.class.getName() + " was not found on the test "
                + "class path as io/djongo/test/missing.json. Put the file in src/test/resources/io/djongo/test/, or "
                + "name it from the class-path root with a leading slash (\"/missing.json\" is "
                + "src/test/resources/missing.json)", failure.getMessage());
    }

    @Test
    void anInvalidFixtureSaysWhatAFixtureIs() {
        String broken = onlyFailure(run(BrokenFixture.class).containers()).getMessage();
        String notAnArray = onlyFailure(run(NotAnArrayFixture.class).containers()).getMessage();

        assertTrue(broken.startsWith("fixture io/djongo/test/broken.json of " + BrokenFixture.class.getName()
                + " is not valid: "), broken);
        assertTrue(broken.endsWith("A fixture is one JSON object whose keys are collection names and whose values are "
                + "arrays of documents, in MongoDB Extended JSON: {\"entry\": [{\"_id\": {\"$oid\": "
                + "\"65a000000000000000000001\"}, \"headline\": \"Abbey Road\"}]}"), broken);
        assertTrue(notAnArray.startsWith("fixture io/djongo/test/not-an-array.json: \"note\" must be an array of "
                + "documents, but is a DOCUMENT. A fixture is"), notAnArray);
    }

    /** Each class has a database of its own, dropped after the class; the default connection is closed. */
    @Test
    void eachClassGetsItsOwnDatabaseWhichIsDroppedAfterIt() {
        RecordsItsDatabase.names.clear();
        RecordsItsDatabase.seen.clear();

        run(RecordsItsDatabase.class).tests().assertStatistics(stats -> stats.succeeded(1));
        run(RecordsItsDatabase.class).tests().assertStatistics(stats -> stats.succeeded(1));

        assertEquals(2, RecordsItsDatabase.names.size());
        assertNotEquals(RecordsItsDatabase.names.get(0), RecordsItsDatabase.names.get(1));
        assertEquals(List.of(0L, 0L), RecordsItsDatabase.seen, "neither saw the other's note");
        assertFalse(RecordsItsDatabase.stillOpen(), "the default connection is closed after the class");
    }

    @Test
    void databaseNamesAreShortAndMadeOfSafeCharacters() {
        String name = DjongoExtension.databaseName(AVeryLongNameForATestClassThatGoesOnAndOnAndOnBeyondForty.class);

        assertTrue(name.matches("test_AVeryLongNameForATestClassThatGoesOnAndO_[0-9a-f]{8}"), name);
        assertTrue(name.length() <= 63, name);
    }

    @Test
    void aNegativeCountIsRejected() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new QueryCounter().assertNumQueries(-1, () -> { }));
        assertEquals("a number of queries cannot be negative: -1", e.getMessage());
    }

    // ---- helpers, and the sample classes that the engine above runs

    private static EngineTestKit.Builder engine() {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(Sample.PARAMETER, "true");
    }

    private static Run run(Class<?> sample) {
        return new Run(engine().selectors(selectClass(sample)).execute());
    }

    private record Run(EngineExecutionResults results) {
        Events tests() {
            return results.testEvents();
        }

        Events containers() {
            return results.containerEvents();
        }
    }

    private static Throwable onlyFailure(Events events) {
        List<Throwable> failures = new ArrayList<>();
        for (Event event : events.failed().list()) {
            event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                    .ifPresent(failures::add);
        }
        assertEquals(1, failures.size(), "failures: " + failures);
        assertNotNull(failures.get(0));
        return failures.get(0);
    }

    @Sample
    @DjongoTest
    static class CountsWrong {
        @Test
        void oneQuery(QueryCounter queries) {
            queries.assertNumQueries(1, () -> {
                new Note("Help!", 3).save();
                return Note_.objects().filter(Note_.title.eq("Help!")).list();
            });
        }
    }

    @Sample
    @DjongoTest(fixtures = "missing.json")
    static class MissingFixture {
        @Test
        void test() {}
    }

    @Sample
    @DjongoTest(fixtures = "broken.json")
    static class BrokenFixture {
        @Test
        void test() {}
    }

    @Sample
    @DjongoTest(fixtures = "not-an-array.json")
    static class NotAnArrayFixture {
        @Test
        void test() {}
    }

    @Sample
    @DjongoTest
    static class RecordsItsDatabase {
        static final List<String> names = new ArrayList<>();
        static final List<Long> seen = new ArrayList<>();

        @Test
        void test(Djongo connection) {
            names.add(connection.database().getName());
            seen.add(Note_.objects().count());
            new Note("Mine", 1).save();
        }

        static boolean stillOpen() {
            try {
                Djongo.connection();
                return true;
            } catch (io.djongo.DjongoException e) {
                return false;
            }
        }
    }

    static class AVeryLongNameForATestClassThatGoesOnAndOnAndOnBeyondForty {}
}
