package io.djongo.it.support;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.djongo.Djongo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A second connection to a test class's database whose commands are recorded, to prove how many
 * round trips an operation takes (Django's {@code assertNumQueries}): run the operation with
 * {@code .using(counted.alias())} inside {@link #count}.
 */
public final class CountedConnection {
    /** Commands the driver sends by itself, not for the operation. */
    private static final Set<String> HOUSEKEEPING = Set.of("hello", "isMaster", "ismaster", "endSessions", "ping",
            "buildInfo", "buildinfo", "getLastError");

    private final String alias;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;

    private CountedConnection(String alias) {
        this.alias = alias;
    }

    /** Opens connection {@code alias} to {@code db}'s database; it closes with the others after the class. */
    public static CountedConnection open(TestDatabase db, String alias) {
        CountedConnection counted = new CountedConnection(alias);
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (counted.recording && !HOUSEKEEPING.contains(event.getCommandName())) {
                    counted.commands.add(event.getCommandName() + " " + event.getCommand().toJson());
                }
            }
        };
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(db.uri()))
                .addCommandListener(listener)
                .build();
        Djongo connection = Djongo.connect(alias, settings, db.name());
        connection.supportsLookupPipelines(); // probed once per connection: not part of what is counted
        return counted;
    }

    public String alias() {
        return alias;
    }

    /** Runs {@code operation} and returns the commands it sent, each as its name and BSON. */
    public <R> Counted<R> count(Callable<R> operation) {
        commands.clear();
        recording = true;
        R result;
        try {
            result = operation.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            recording = false;
        }
        return new Counted<>(result, List.copyOf(commands));
    }

    /** What an operation returned, and the commands it sent. */
    public record Counted<R>(R result, List<String> commands) {
        public int size() {
            return commands.size();
        }
    }
}
