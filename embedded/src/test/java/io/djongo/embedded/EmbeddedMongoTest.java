package io.djongo.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    /** A client that fails within seconds instead of the driver's default 30 s when the server is unusable. */
    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    @Test
    void memoryServerStoresAndFindsDocumentsThroughTheDriver() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start();
             MongoClient client = client(mongo.connectionString("blog"))) {
            String database = new ConnectionString(mongo.connectionString("blog")).getDatabase();
            MongoCollection<Document> entries = client.getDatabase(database).getCollection("entries");

            entries.insertOne(new Document("headline", "Beatles").append("rating", 5));

            Document found = entries.find(Filters.eq("headline", "Beatles")).first();
            assertNotNull(found);
            assertEquals(5, found.getInteger("rating"));
            assertEquals(1, entries.countDocuments());
        }
    }

    @Test
    void reportsAWireVersionTheDriverSupports() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start();
             MongoClient client = client(mongo.connectionString())) {
            // mongo-java-server answers the legacy isMaster handshake, not "hello".
            Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
            // MongoDB Java driver 5.x requires wire version 8 (MongoDB 4.2) or newer.
            assertTrue(hello.getInteger("maxWireVersion") >= 8, hello.toJson());
        }
    }

    @Test
    void connectionStringsNameTheLoopbackAddressAndPort() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            assertTrue(mongo.port() > 0);
            assertEquals("mongodb://127.0.0.1:" + mongo.port(), mongo.connectionString());
            assertEquals("mongodb://127.0.0.1:" + mongo.port() + "/blog", mongo.connectionString("blog"));
            assertNull(new ConnectionString(mongo.connectionString()).getDatabase());
        }
    }

    @Test
    void serversStartedTogetherUseDifferentPorts() {
        try (EmbeddedMongo first = EmbeddedMongo.start(); EmbeddedMongo second = EmbeddedMongo.start()) {
            assertNotEquals(first.port(), second.port());
        }
    }

    @Test
    void invalidDatabaseNamesAreRejected() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            assertThrows(IllegalArgumentException.class, () -> mongo.connectionString(""));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> mongo.connectionString("my.db"));
            assertTrue(e.getMessage().contains("my.db"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> mongo.connectionString("a/b"));
            assertThrows(NullPointerException.class, () -> mongo.connectionString(null));
        }
    }

    @Test
    void fileBackedDataSurvivesARestart(@TempDir Path dir) {
        Path file = dir.resolve("djongo.mv");

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file);
             MongoClient client = client(mongo.connectionString())) {
            client.getDatabase("blog").getCollection("entries")
                    .insertOne(new Document("_id", 1).append("headline", "Persisted"));
        }
        assertTrue(Files.isRegularFile(file), "the data file is created at exactly the given path");

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file);
             MongoClient client = client(mongo.connectionString())) {
            MongoDatabase blog = client.getDatabase("blog");
            Document found = blog.getCollection("entries").find(Filters.eq("_id", 1)).first();
            assertNotNull(found, "document written before the restart");
            assertEquals("Persisted", found.getString("headline"));
        }
    }

    @Test
    void memoryDataDoesNotSurviveARestart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(); MongoClient client = client(mongo.connectionString())) {
            client.getDatabase("blog").getCollection("entries").insertOne(new Document("_id", 1));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(); MongoClient client = client(mongo.connectionString())) {
            assertEquals(0, client.getDatabase("blog").getCollection("entries").countDocuments());
        }
    }

    @Test
    void closeIsIdempotentAndStopsListening() {
        EmbeddedMongo mongo = EmbeddedMongo.start();
        int port = mongo.port();
        mongo.close();
        mongo.close();

        assertEquals(port, mongo.port());
        assertTrue(mongo.toString().contains("closed"), mongo.toString());
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(EmbeddedMongo.HOST, port), 1000);
            }
        });
    }

    @Test
    void closeDoesNotWaitForConnectedClients() {
        EmbeddedMongo mongo = EmbeddedMongo.start();
        try (MongoClient client = client(mongo.connectionString())) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            long start = System.nanoTime();
            mongo.close();
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "close() returned promptly");
        }
    }

    @Test
    void missingParentDirectoryIsExplained(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("djongo.mv");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddedMongo.start(file));

        assertTrue(e.getMessage().contains(file.getParent().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("Create it first"), e.getMessage());
        assertTrue(Files.notExists(file.getParent()), "nothing is created on failure");
    }

    @Test
    void directoryInsteadOfFileIsExplained(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddedMongo.start(dir));

        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("djongo.mv").toString()), e.getMessage());
    }

    @Test
    void fileInUseByAnotherServerIsExplained(@TempDir Path dir) {
        Path file = dir.resolve("djongo.mv");
        try (EmbeddedMongo first = EmbeddedMongo.start(file)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedMongo.start(file));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("close that one first"), e.getMessage());

            try (MongoClient client = client(first.connectionString())) {
                client.getDatabase("blog").getCollection("entries").insertOne(new Document("_id", 1));
            }
        }
        // The failed attempt must not keep the file: it opens again once the first server is closed.
        EmbeddedMongo.start(file).close();
    }

    @Test
    void fileThatIsNotADataFileIsExplained(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not an MVStore file\n".repeat(500));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedMongo.start(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void busyPortIsExplained() {
        try (EmbeddedMongo first = EmbeddedMongo.start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMongo.start(first.port(), null));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(first.port())), e.getMessage());
        }
    }

    @Test
    void nullFileIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> EmbeddedMongo.start(null));
        assertTrue(e.getMessage().contains("EmbeddedMongo.start()"), e.getMessage());
    }
}
