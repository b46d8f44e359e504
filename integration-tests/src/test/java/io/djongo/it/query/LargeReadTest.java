package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.djongo.Djongo;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading more than the driver takes in one reply (48 MB) without choosing a batch size: a server
 * that sends a whole result at once when no batch size is given (the in-process server) would
 * overflow it, so every read of a query asks for batches of the connection's batch size.
 */
class LargeReadTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /** 2,500 documents of 20 KB: 50 MB, more than one reply may carry. */
    static final int POSTS = 2_500;
    static final String TEXT = "x".repeat(20_000);

    static final List<CommandStartedEvent> sent = new CopyOnWriteArrayList<>();
    static MongoClient countedClient;

    @BeforeAll
    static void countedConnection() {
        countedClient = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(db.uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        sent.add(event);
                    }
                }).build());
        Djongo.configure("counted", countedClient, db.name());
    }

    @BeforeEach
    void largeCollection() {
        for (int from = 0; from < POSTS; from += 250) {
            List<Document> batch = new ArrayList<>();
            for (int i = from; i < from + 250; i++) {
                batch.add(new Document("headline", "post " + i).append("views", i).append("draft", TEXT));
            }
            db.raw("posts").insertMany(batch);
        }
    }

    @AfterAll
    static void closeCounted() {
        countedClient.close();
    }

    @Test
    void everyReadOfALargeResultComesInBatches() {
        assertEquals(POSTS, Post_.objects().list().size());
        try (Stream<Post> posts = Post_.objects().stream()) {
            assertEquals(POSTS, posts.count());
        }
        assertEquals(POSTS, Post_.objects().valuesList(Post_.draft).size());
        try (Stream<String> drafts = Post_.objects().valuesListStream(Post_.draft)) {
            assertEquals(POSTS, drafts.filter(TEXT::equals).count());
        }
        assertEquals(POSTS, Post_.objects().values(Post_.headline, Post_.draft).list().size());
    }

    /** Django reads in chunks of 2000 rows; here a query reads 1000 documents per batch unless it says otherwise. */
    @Test
    void theBatchSizeIsTheQuerysOrElseTheConnections() {
        sent.clear();
        assertEquals(POSTS, Post_.objects().using("counted").list().size());
        assertEquals(Djongo.DEFAULT_BATCH_SIZE, find().getInt32("batchSize").getValue());
        assertTrue(getMores() >= 2, "2,500 documents in batches of at most 1000: " + getMores() + " getMore");

        sent.clear();
        assertEquals(POSTS, Post_.objects().using("counted").batchSize(300).valuesList(Post_.headline).size());
        assertEquals(300, find().getInt32("batchSize").getValue());
        assertTrue(getMores() >= 8, getMores() + " getMore");

        Djongo counted = Djongo.connection("counted").batchSize(700);
        try {
            sent.clear();
            try (Stream<Post> posts = Post_.objects().using("counted").stream()) {
                assertEquals(POSTS, posts.count());
            }
            assertEquals(700, find().getInt32("batchSize").getValue());
        } finally {
            counted.batchSize(Djongo.DEFAULT_BATCH_SIZE);
        }
    }

    private static org.bson.BsonDocument find() {
        return sent.stream().filter(event -> event.getCommandName().equals("find")).findFirst().orElseThrow().getCommand();
    }

    private static long getMores() {
        return sent.stream().filter(event -> event.getCommandName().equals("getMore")).count();
    }
}
