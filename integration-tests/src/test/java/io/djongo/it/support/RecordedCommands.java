package io.djongo.it.support;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.djongo.Djongo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bson.BsonDocument;

/**
 * The commands a connection sends, recorded with their full text: open one with
 * {@link #connect(String, String, String)} (the test database through a client that listens), run
 * the code, then ask which commands went out and what they carried ({@code lsid},
 * {@code readConcern}, {@code writeConcern}).
 */
public final class RecordedCommands implements CommandListener {
    private final List<BsonDocument> sent = new CopyOnWriteArrayList<>();

    /** Opens connection {@code alias} to {@code database} of the test server, recording into a new recorder. */
    public static RecordedCommands connect(String alias, String uri, String database) {
        RecordedCommands commands = new RecordedCommands();
        Djongo.connect(alias, MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .addCommandListener(commands).build(), database);
        return commands;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!List.of("hello", "isMaster", "ismaster", "buildInfo", "endSessions", "ping").contains(event.getCommandName())) {
            sent.add(event.getCommand().clone());
        }
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        sent.clear();
    }

    /** Every command recorded, in order. */
    public List<BsonDocument> all() {
        return List.copyOf(sent);
    }

    /** The names of the recorded commands, in order ({@code find}, {@code insert}, ...). */
    public List<String> names() {
        return sent.stream().map(BsonDocument::getFirstKey).collect(Collectors.toList());
    }
}
