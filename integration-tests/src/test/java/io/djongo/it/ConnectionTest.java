package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Entry_;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.support.TestServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Named connections: the default one, a second alias, and the errors when one is missing or malformed. */
class ConnectionTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void withoutConnectTheDefaultConnectionIsAClearError() {
        Djongo.connection().close();
        try {
            DjongoException e = assertThrows(DjongoException.class, Djongo::connection);
            assertTrue(e.getMessage().startsWith("there is no connection named \"default\"; open it with "
                    + "Djongo.connect(\"default\", uri) or Djongo.configure(...)"), e.getMessage());
            DjongoException fromQuery = assertThrows(DjongoException.class, () -> Entry_.objects().count());
            assertEquals(e.getMessage(), fromQuery.getMessage(), "a manager resolves its connection when a query runs");
        } finally {
            db.reconnect();
        }
        assertEquals(0, Entry_.objects().count());
    }

    @Test
    void aUriWithoutDatabaseIsRejected() {
        String hostOnly = TestServer.get().uri("x").replaceFirst("/x$", "");
        for (String uri : List.of(hostOnly, hostOnly + "/", hostOnly + "/?connectTimeoutMS=1000")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Djongo.connect(uri), uri);
            assertTrue(e.getMessage().contains("names no database"), e.getMessage());
        }
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class, () -> Djongo.connect("http://localhost/db"));
        assertTrue(malformed.getMessage().contains("is not a MongoDB connection string"), malformed.getMessage());

        assertEquals(db.name(), Djongo.connection().database().getName(), "the default connection is untouched");
    }

    @Test
    void usingReadsAndWritesThroughAnotherConnection() {
        String archiveUri = db.otherDatabase("archive");
        Djongo archive = Djongo.connect("archive", archiveUri);
        Entry archived = Entry_.objects().using("archive").save(new Entry("Old Blog", "Archived", 2, Instant.EPOCH));
        new Entry("New Blog", "Current", 5, Instant.now()).save();

        assertEquals(List.of("Current"), Entry_.objects().list().stream().map(e -> e.headline).toList());
        assertEquals(List.of("Archived"), Entry_.objects().using("archive").list().stream().map(e -> e.headline).toList());
        assertEquals(1, Entry_.objects().filter(Entry_.rating.lt(3)).using("archive").count());
        assertEquals(0, Entry_.objects().filter(Entry_.rating.lt(3)).count());
        assertEquals("Archived", Entry_.objects().using("archive").get(Entry_.id.eq(archived.id)).headline);
        assertEquals(1, archive.database().getCollection("entry").countDocuments(), "stored in the archive database");
        assertEquals(1, Entry_.objects().using("archive").delete(archived).count());
    }

    @Test
    void connectionOrDefaultTakesNullForTheDefaultConnection() {
        Djongo archive = Djongo.connect("archive", db.otherDatabase("archive"));

        assertSame(Djongo.connection(), Djongo.connectionOrDefault(null));
        assertSame(archive, Djongo.connectionOrDefault("archive"));
        DjongoException e = assertThrows(DjongoException.class, () -> Djongo.connectionOrDefault("nope"));
        assertTrue(e.getMessage().startsWith("there is no connection named \"nope\""), e.getMessage());
    }

    @Test
    void anUnknownAliasNamesTheOpenConnections() {
        DjongoException e = assertThrows(DjongoException.class, () -> Entry_.objects().using("nope").count());

        assertTrue(e.getMessage().startsWith("there is no connection named \"nope\""), e.getMessage());
        assertTrue(e.getMessage().contains("open connections: [") && e.getMessage().contains("default"), e.getMessage());
    }

    @Test
    void testUrisGetTheirDatabaseAndKeepOptions() {
        assertEquals("mongodb://h:1/db", TestServer.withDatabase("mongodb://h:1", "db"));
        assertEquals("mongodb://h:1/db", TestServer.withDatabase("mongodb://h:1/", "db"));
        assertEquals("mongodb://h:1,h2:2/db?replicaSet=rs&w=majority",
                TestServer.withDatabase("mongodb://h:1,h2:2/other?replicaSet=rs&w=majority", "db"));
        assertEquals("mongodb://u:p@h:1/db?authSource=admin", TestServer.withDatabase("mongodb://u:p@h:1/admin", "db"),
                "the path database was the authentication database");
        assertEquals("mongodb://u:p@h:1/db?authSource=admin", TestServer.withDatabase("mongodb://u:p@h:1", "db"));
        assertEquals("mongodb://u:p@h:1/db?authSource=x", TestServer.withDatabase("mongodb://u:p@h:1/?authSource=x", "db"));
    }
}
