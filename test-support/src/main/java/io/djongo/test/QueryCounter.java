package io.djongo.test;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Counts the commands that the test connection sends, as Django's {@code assertNumQueries} counts
 * SQL queries: each command is one round trip to the server ({@code find}, {@code insert},
 * {@code getMore} for the next batch of a cursor, ...). A {@link DjongoTest} class gets one per
 * class, emptied before each test (after the fixtures are loaded), as a parameter of its test
 * methods, constructors and lifecycle methods.
 *
 * <pre>{@code
 * List<Entry> entries = queries.assertNumQueries(1, () -> Entry.objects().filter(Entry_.rating.gte(4)).list());
 * }</pre>
 *
 * <p>Commands sent from other threads on the same connection count too.
 */
public final class QueryCounter implements CommandListener {
    /** Added by the driver to every command; they say nothing about the query. */
    private static final Set<String> LEFT_OUT = Set.of("lsid", "$clusterTime", "$db", "$readPreference");

    private final List<String> commands = new ArrayList<>();

    /** A counter to add to a client's settings ({@code MongoClientSettings.builder().addCommandListener(counter)}). */
    public QueryCounter() {}

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = new BsonDocument();
        for (var entry : event.getCommand().entrySet()) {
            if (!LEFT_OUT.contains(entry.getKey())) {
                command.append(entry.getKey(), entry.getValue());
            }
        }
        String text = event.getCommandName() + " " + command.toJson();
        synchronized (commands) {
            commands.add(text);
        }
    }

    /** The number of commands sent since the test started (or {@link #reset()}). */
    public int count() {
        synchronized (commands) {
            return commands.size();
        }
    }

    /** The commands sent since the test started, each as its name and its JSON: {@code find {"find": "entry", ...}}. */
    public List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    /** Forgets the commands counted so far. */
    public void reset() {
        synchronized (commands) {
            commands.clear();
        }
    }

    /**
     * Runs {@code block} and asserts that it sent exactly {@code expected} commands; the failure
     * lists the commands it sent. An exception of the block propagates unchanged.
     */
    public void assertNumQueries(int expected, Executable block) {
        assertNumQueries(expected, () -> {
            block.execute();
            return null;
        });
    }

    /** As {@link #assertNumQueries(int, Executable)}, returning what {@code block} returns. */
    public <T> T assertNumQueries(int expected, ThrowingSupplier<T> block) {
        if (expected < 0) {
            throw new IllegalArgumentException("a number of queries cannot be negative: " + expected);
        }
        int before = count();
        T result;
        try {
            result = block.get();
        } catch (Throwable e) {
            throw QueryCounter.<RuntimeException>unchecked(e);
        }
        List<String> sent = commands();
        sent = sent.subList(Math.min(before, sent.size()), sent.size());
        if (sent.size() != expected) {
            StringBuilder message = new StringBuilder()
                    .append(sent.size()).append(" != ").append(expected).append(" : ")
                    .append(sent.size()).append(sent.size() == 1 ? " query was" : " queries were")
                    .append(" sent, ").append(expected).append(" expected");
            if (!sent.isEmpty()) {
                message.append("\nCaptured queries were:");
                for (int i = 0; i < sent.size(); i++) {
                    message.append('\n').append(i + 1).append(". ").append(sent.get(i));
                }
            }
            throw new AssertionFailedError(message.toString(), expected, sent.size());
        }
        return result;
    }

    /** Rethrows {@code failure} as it is, checked or not, as JUnit's own assertions do. */
    @SuppressWarnings("unchecked") // the cast only satisfies the compiler; nothing is converted
    private static <E extends Throwable> E unchecked(Throwable failure) throws E {
        throw (E) failure;
    }

    @Override
    public String toString() {
        return "QueryCounter[" + count() + " commands]";
    }
}
