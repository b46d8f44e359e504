package io.djongo.it.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database per test class, registered as Djongo's default connection.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabase db = new TestDatabase();
 * }</pre>
 *
 * <p>Before all tests of the class it creates the name {@code it_<Class>_<random>} and calls
 * {@link Djongo#connect(String)}; before each test it empties every collection (indexes stay);
 * after all tests it drops the database and closes the connection, plus every extra database
 * made with {@link #otherDatabase}.
 */
public final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final List<String> extraDatabases = new ArrayList<>();
    private String name;
    private String uri;

    @Override
    public void beforeAll(ExtensionContext context) {
        name = databaseName(context.getRequiredTestClass().getSimpleName());
        uri = TestServer.get().uri(name);
        Djongo.connect(uri);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MongoDatabase database = database();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).deleteMany(new Document());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Djongo.closeAll();
        // A client of its own, so the databases are dropped even if a test closed the default connection.
        try (MongoClient client = MongoClients.create(uri)) {
            for (String extra : extraDatabases) {
                client.getDatabase(extra).drop();
            }
            client.getDatabase(name).drop();
        }
    }

    /** {@code it_<Class>_<6 hex>}, short enough for every server's database-name limit. */
    private static String databaseName(String testClass) {
        String base = testClass.length() > 40 ? testClass.substring(0, 40) : testClass;
        return "it_" + base + "_" + Integer.toHexString(0x100000 + ThreadLocalRandom.current().nextInt(0xEFFFFF));
    }

    /** Another database for this test class (dropped afterwards), e.g. for a second connection alias. */
    public String otherDatabase(String suffix) {
        String other = name.substring(0, Math.min(name.length(), 50)) + "_" + suffix;
        extraDatabases.add(other);
        return TestServer.get().uri(other);
    }

    /** The database name of this class. */
    public String name() {
        return name;
    }

    /** The URI of this class's database. */
    public String uri() {
        return uri;
    }

    /** Opens the default connection again, after a test closed it. */
    public void reconnect() {
        Djongo.connect(uri);
    }

    /** The database through Djongo's default connection (generated codecs registered). */
    public MongoDatabase database() {
        return Djongo.connection().database();
    }

    /** A collection as plain driver documents, bypassing every generated codec. */
    public MongoCollection<Document> raw(String collection) {
        return database().getCollection(collection);
    }

    /** A collection as {@link BsonDocument}s, which keep the exact BSON type of every value. */
    public MongoCollection<BsonDocument> bson(String collection) {
        return database().getCollection(collection, BsonDocument.class);
    }
}
