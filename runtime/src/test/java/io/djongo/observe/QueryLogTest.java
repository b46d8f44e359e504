package io.djongo.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/**
 * The query log: every command at DEBUG with its duration and BSON, slow commands at INFO, values
 * redacted unless asked for, and timings for a metrics hook. Events are built as the driver sends
 * them, with their durations given, so nothing here depends on a clock.
 */
class QueryLogTest {
    private static final ConnectionDescription CONNECTION =
            new ConnectionDescription(new ServerId(new ClusterId(), new ServerAddress()));
    private static final String FIND = """
            {"find": "entry", "filter": {"headline": {"$eq": "Abbey Road"}, "rating": {"$gte": 4}},
             "sort": {"pubDate": -1}, "limit": 10, "lsid": {"id": 1}, "$db": "blog"}""";

    private int requestId;

    /** Keys, operators and the command's options stay; values become "?"; the driver's session fields are left out. */
    @Test
    void everyCommandIsLoggedAtDebugWithItsDurationAndItsBsonWithValuesRedacted() {
        RecordingLogger logger = new RecordingLogger(Level.DEBUG);
        QueryLog log = QueryLog.builder().logger(logger).build();

        run(log, FIND, 1_500_000);

        assertEquals(List.of("DEBUG find blog.entry 1.5 ms {\"find\": \"entry\", \"filter\": {\"headline\": {\"$eq\": \"?\"}, "
                + "\"rating\": {\"$gte\": \"?\"}}, \"sort\": {\"pubDate\": -1}, \"limit\": 10}"), logger.lines);
    }

    @Test
    void insertedDocumentsUpdatesAndPipelinesKeepTheirKeysOnly() {
        RecordingLogger logger = new RecordingLogger(Level.DEBUG);
        QueryLog log = QueryLog.builder().logger(logger).build();

        run(log, "{\"insert\": \"entry\", \"ordered\": true, \"documents\": [{\"_id\": 1, \"tags\": [\"a\", \"b\"]}]}", 1_000);
        run(log, "{\"update\": \"entry\", \"updates\": [{\"q\": {\"rating\": 1}, \"u\": {\"$inc\": {\"views\": 1}}}]}", 1_000);
        run(log, "{\"aggregate\": \"entry\", \"pipeline\": [{\"$match\": {\"tags\": \"jazz\"}}], \"cursor\": {}}", 1_000);

        assertEquals(List.of(
                "DEBUG insert blog.entry 0.0 ms {\"insert\": \"entry\", \"ordered\": true, "
                        + "\"documents\": [{\"_id\": \"?\", \"tags\": [\"?\", \"?\"]}]}",
                "DEBUG update blog.entry 0.0 ms {\"update\": \"entry\", "
                        + "\"updates\": [{\"q\": {\"rating\": \"?\"}, \"u\": {\"$inc\": {\"views\": \"?\"}}}]}",
                "DEBUG aggregate blog.entry 0.0 ms {\"aggregate\": \"entry\", "
                        + "\"pipeline\": [{\"$match\": {\"tags\": \"?\"}}], \"cursor\": {}}"), logger.lines);
    }

    @Test
    void valuesAreLoggedWhenAskedFor() {
        RecordingLogger logger = new RecordingLogger(Level.DEBUG);
        QueryLog log = QueryLog.builder().logger(logger).showValues(true).build();

        run(log, "{\"find\": \"entry\", \"filter\": {\"headline\": \"Abbey \\\"Road\\\"\", \"id\": {\"$oid\": "
                + "\"5f0000000000000000000001\"}}}", 2_000_000);

        assertEquals(List.of("DEBUG find blog.entry 2.0 ms {\"find\": \"entry\", \"filter\": {\"headline\": "
                + "\"Abbey \\\"Road\\\"\", \"id\": {\"$oid\": \"5f0000000000000000000001\"}}}"), logger.lines);
    }

    /** At the usual INFO level only commands at or above the threshold are logged, marked slow. */
    @Test
    void slowCommandsAreLoggedAtInfo() {
        RecordingLogger logger = new RecordingLogger(Level.INFO);
        QueryLog log = QueryLog.builder().logger(logger).slowThreshold(Duration.ofMillis(100)).build();

        run(log, FIND, TimeUnit.MILLISECONDS.toNanos(99));
        run(log, FIND, TimeUnit.MILLISECONDS.toNanos(250));

        assertEquals(1, logger.lines.size(), logger.lines.toString());
        assertTrue(logger.lines.get(0).startsWith("INFO slow find blog.entry 250.0 ms {\"find\": \"entry\", \"filter\": "
                + "{\"headline\": {\"$eq\": \"?\"}"), logger.lines.get(0));
    }

    @Test
    void aZeroThresholdTurnsSlowCommandLoggingOff() {
        RecordingLogger logger = new RecordingLogger(Level.INFO);
        QueryLog log = QueryLog.builder().logger(logger).slowThreshold(Duration.ZERO).build();

        run(log, FIND, TimeUnit.SECONDS.toNanos(5));

        assertEquals(List.of(), logger.lines);
        assertEquals(Duration.ZERO, log.slowThreshold());
    }

    @Test
    void aFailedCommandSaysWhy() {
        RecordingLogger logger = new RecordingLogger(Level.DEBUG);
        QueryLog log = QueryLog.builder().logger(logger).build();
        CommandStartedEvent started = started(FIND);
        log.commandStarted(started);

        log.commandFailed(new CommandFailedEvent(null, 1, started.getRequestId(), CONNECTION, "blog", "find", 3_000_000,
                new IllegalStateException("connection reset")));

        assertEquals(1, logger.lines.size());
        assertTrue(logger.lines.get(0).startsWith("DEBUG find blog.entry 3.0 ms failed (IllegalStateException: "
                + "connection reset) {\"find\": \"entry\""), logger.lines.get(0));
    }

    /** A large insert costs no more to log than a small one. */
    @Test
    void aLongCommandIsCut() {
        RecordingLogger logger = new RecordingLogger(Level.DEBUG);
        QueryLog log = QueryLog.builder().logger(logger).build();
        StringBuilder documents = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            documents.append(i == 0 ? "" : ", ").append("{\"_id\": ").append(i).append(", \"headline\": \"h\"}");
        }

        run(log, "{\"insert\": \"entry\", \"documents\": [" + documents + "]}", 1_000);

        String line = logger.lines.get(0);
        assertTrue(line.endsWith("... (cut at 2000 characters)"), line);
        assertTrue(line.length() < 2100, "length " + line.length());
    }

    /** With no level enabled and no metrics hook, commands are not even rendered. */
    @Test
    void nothingIsLoggedBelowTheLoggersLevel() {
        RecordingLogger logger = new RecordingLogger(Level.WARNING);
        QueryLog log = QueryLog.builder().logger(logger).build();

        run(log, FIND, TimeUnit.SECONDS.toNanos(5));

        assertEquals(List.of(), logger.lines);
    }

    /** A Micrometer-style timer per collection and command can be fed from the hook. */
    @Test
    void theMetricsHookGetsEveryCommandsTimingByCollectionAndCommand() {
        List<CommandTiming> timings = new ArrayList<>();
        QueryLog log = QueryLog.builder().logger(new RecordingLogger(Level.OFF)).metrics(timings::add).build();

        run(log, FIND, 1_000_000);
        run(log, "{\"getMore\": {\"$numberLong\": \"42\"}, \"collection\": \"entry\", \"batchSize\": 10}", 2_000_000);
        run(log, "{\"listCollections\": 1}", 3_000_000);
        CommandStartedEvent failing = started("{\"delete\": \"entry\", \"deletes\": []}");
        log.commandStarted(failing);
        log.commandFailed(new CommandFailedEvent(null, 1, failing.getRequestId(), CONNECTION, "blog", "delete", 4_000_000,
                new IllegalStateException("no")));

        assertEquals(List.of(
                new CommandTiming("blog", "entry", "find", Duration.ofMillis(1), true),
                new CommandTiming("blog", "entry", "getMore", Duration.ofMillis(2), true),
                new CommandTiming("blog", "", "listCollections", Duration.ofMillis(3), true),
                new CommandTiming("blog", "entry", "delete", Duration.ofMillis(4), false)), timings);
    }

    @Test
    void aFailingMetricsHookIsLoggedAndDoesNotFailTheCommand() {
        RecordingLogger logger = new RecordingLogger(Level.WARNING);
        QueryLog log = QueryLog.builder().logger(logger).metrics(timing -> {
            throw new IllegalStateException("registry closed");
        }).build();

        run(log, FIND, 1_000);

        assertEquals(List.of("WARNING the CommandMetrics hook failed on find; the command itself is unaffected"),
                logger.lines);
        assertEquals("registry closed", logger.thrown.get(0).getMessage());
    }

    /** Djongo.connect(...) adds a query log to the settings of the clients it creates, once. */
    @Test
    void installedInAddsOneQueryLogUnlessTheSettingsHaveOne() {
        MongoClientSettings plain = MongoClientSettings.builder().build();
        MongoClientSettings installed = QueryLog.installedIn(plain);
        QueryLog own = QueryLog.builder().showValues(true).build();
        MongoClientSettings withOwn = MongoClientSettings.builder().addCommandListener(own).build();

        assertEquals(1, installed.getCommandListeners().size());
        assertTrue(installed.getCommandListeners().get(0) instanceof QueryLog);
        assertSame(installed, QueryLog.installedIn(installed));
        assertEquals(List.of(own), QueryLog.installedIn(withOwn).getCommandListeners());
    }

    @Test
    void systemPropertiesConfigureTheDefaults() {
        withProperties("250", "true", () -> {
            QueryLog log = QueryLog.fromSystemProperties();
            assertEquals(Duration.ofMillis(250), log.slowThreshold());
            assertTrue(log.showsValues());
            return null;
        });
        withProperties(null, null, () -> {
            QueryLog log = QueryLog.fromSystemProperties();
            assertEquals(QueryLog.DEFAULT_SLOW_THRESHOLD, log.slowThreshold());
            assertTrue(!log.showsValues());
            return null;
        });
    }

    @Test
    void aBadThresholdPropertySaysWhatItMustBe() {
        IllegalArgumentException e = withProperties("fast", null,
                () -> assertThrows(IllegalArgumentException.class, QueryLog::fromSystemProperties));

        assertEquals("the system property djongo.query.slowMillis is \"fast\"; it must be a whole number of "
                + "milliseconds, such as 200, or 0 to turn slow-command logging off", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryLog.builder().slowThreshold(Duration.ofMillis(-1)));
    }

    // ---- helpers

    private void run(QueryLog log, String command, long nanos) {
        CommandStartedEvent started = started(command);
        log.commandStarted(started);
        log.commandSucceeded(new CommandSucceededEvent(null, 1, started.getRequestId(), CONNECTION, "blog",
                started.getCommandName(), new BsonDocument(), nanos));
    }

    private CommandStartedEvent started(String command) {
        BsonDocument document = BsonDocument.parse(command);
        return new CommandStartedEvent(null, 1, ++requestId, CONNECTION, "blog", document.getFirstKey(), document);
    }

    private static <T> T withProperties(String slowMillis, String showValues, Supplier<T> body) {
        String oldSlow = System.getProperty(QueryLog.SLOW_MILLIS_PROPERTY);
        String oldShow = System.getProperty(QueryLog.SHOW_VALUES_PROPERTY);
        set(QueryLog.SLOW_MILLIS_PROPERTY, slowMillis);
        set(QueryLog.SHOW_VALUES_PROPERTY, showValues);
        try {
            return body.get();
        } finally {
            set(QueryLog.SLOW_MILLIS_PROPERTY, oldSlow);
            set(QueryLog.SHOW_VALUES_PROPERTY, oldShow);
        }
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    /** A System.Logger that keeps "LEVEL message" lines at or above its level. */
    private static final class RecordingLogger implements System.Logger {
        final List<String> lines = new ArrayList<>();
        final List<Throwable> thrown = new ArrayList<>();
        private final Level level;

        RecordingLogger(Level level) {
            this.level = level;
        }

        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level candidate) {
            return level != Level.OFF && candidate.getSeverity() >= level.getSeverity();
        }

        @Override
        public void log(Level at, ResourceBundle bundle, String message, Throwable failure) {
            if (isLoggable(at)) {
                lines.add(at.getName() + " " + message);
                thrown.add(failure);
            }
        }

        @Override
        public void log(Level at, ResourceBundle bundle, String format, Object... params) {
            log(at, bundle, params == null || params.length == 0 ? format
                    : java.text.MessageFormat.format(format, params), (Throwable) null);
        }
    }
}
