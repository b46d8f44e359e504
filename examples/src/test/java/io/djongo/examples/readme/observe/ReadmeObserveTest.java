package io.djongo.examples.readme.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.examples.blog.Entry;
import io.djongo.examples.blog.Entry_;
import io.djongo.observe.QueryLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The README's logging and metrics: Djongo.connect installs a query log that writes through
 * System.Logger (here the JDK's java.util.logging, with no logging library), and a metrics hook
 * feeds Micrometer timers by collection and command.
 */
class ReadmeObserveTest {

    /** With io.djongo.query at FINE (System.Logger's DEBUG), each command is logged, values redacted. */
    @Test
    void djongoConnectLogsEveryCommandAtDebug() {
        Logger jul = Logger.getLogger(QueryLog.LOGGER_NAME);
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = jul.getLevel();
        jul.setLevel(Level.FINE);
        jul.addHandler(handler);
        try (Djongo connection = Djongo.connect("logged", ExampleServer.uri("readme_observe"))) {
            Entry.objects().using(connection.alias()).filter(Entry_.headline.eq("private headline")).count();
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(level);
        }

        List<String> aggregates = records.stream().map(LogRecord::getMessage)
                .filter(message -> message.startsWith("aggregate readme_observe.entry ")).toList();
        assertEquals(1, aggregates.size(), records.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(aggregates.get(0).contains("{\"$match\": {\"headline\": \"?\"}}"), aggregates.get(0));
        assertEquals(Level.FINE, records.get(0).getLevel());
    }

    @Test
    void aMetricsHookFeedsMicrometerTimers() {
        String uri = ExampleServer.uri("readme_metrics");
        // README: metrics
        MeterRegistry registry = new SimpleMeterRegistry();
        QueryLog log = QueryLog.builder()
                .slowThreshold(Duration.ofMillis(200))           // INFO for commands of 200 ms or more
                .metrics(timing -> Timer.builder("djongo.commands")
                        .tag("collection", timing.collection())
                        .tag("command", timing.command())
                        .tag("outcome", timing.succeeded() ? "success" : "failure")
                        .register(registry)
                        .record(timing.duration()))
                .build();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .addCommandListener(log)                         // Djongo.connect adds no second one
                .build();
        Djongo.connect("metered", settings, "blog");
        // README: end
        try {
            Entry.objects().using("metered").filter(Entry_.rating.gte(4)).list();

            Timer finds = registry.get("djongo.commands").tags("collection", "entry", "command", "find").timer();
            assertEquals(1, finds.count());
        } finally {
            Djongo.connection("metered").close();
        }
    }
}
