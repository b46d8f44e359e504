package io.djongo.it.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.TestDatabase;
import io.djongo.observe.QueryLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection opened by {@code Djongo.connect} logs its commands to the JDK's logger named
 * {@code io.djongo.query}, found while the client connects rather than on the first command.
 */
class DefaultQueryLogTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void aConnectionLogsItsCommandsAtFineToTheJdkLoggerNamedIoDjongoQuery() {
        Logger jul = Logger.getLogger(QueryLog.LOGGER_NAME);
        Level oldLevel = jul.getLevel();
        List<String> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.setLevel(Level.FINE);
        jul.addHandler(handler);
        Djongo connection = Djongo.connect("logged", db.uri());
        try {
            assertEquals(0, Post_.objects().using("logged").filter(Post_.views.gte(3)).count());
        } finally {
            connection.close();
            jul.removeHandler(handler);
            jul.setLevel(oldLevel);
        }

        assertTrue(records.stream().anyMatch(line -> line.startsWith("FINE aggregate ") || line.startsWith("FINE count ")),
                () -> "no count command at FINE in " + records);
        assertTrue(records.stream().allMatch(line -> !line.contains("\"$gte\": 3")),
                () -> "values are redacted by default: " + records);
    }
}
