package io.djongo.test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.embedded.EmbeddedMongo;
import io.djongo.observe.QueryLog;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link DjongoTest}: the server once per run, a database per test class as
 * the default connection, fixtures, and a {@link QueryCounter}. {@code @Nested} classes share the
 * database of the class that encloses them.
 */
public final class DjongoExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    /** The system property that names a server for the tests, as the environment variable {@code MONGODB_URI} does. */
    public static final String URI_PROPERTY = "djongo.test.uri";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DjongoExtension.class);

    /** The server of the run, kept in the root store, which JUnit closes at the end of the run. */
    private record Server(String uri, EmbeddedMongo embedded) implements AutoCloseable {
        static Server start() {
            String external = System.getProperty(URI_PROPERTY, "");
            if (external.isBlank()) {
                external = System.getenv().getOrDefault("MONGODB_URI", "");
            }
            if (!external.isBlank()) {
                return new Server(external, null);
            }
            EmbeddedMongo embedded = EmbeddedMongo.start();
            return new Server(embedded.connectionString(), embedded);
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** What one test class (and its nested classes) works with. */
    private record TestDatabase(Djongo connection, QueryCounter counter, Fixtures fixtures, Isolation isolation,
            String owner) implements AutoCloseable {
        MongoDatabase database() {
            return connection.database();
        }

        @Override
        public void close() {
            try {
                database().drop();
            } finally {
                connection.close();
            }
        }
    }

    /** The extension is created by JUnit, through {@code @DjongoTest}. */
    public DjongoExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        TestDatabase inherited = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
        if (inherited != null) {
            return; // a @Nested class: the enclosing class's database
        }
        DjongoTest settings = AnnotationSupport.findAnnotation(testClass, DjongoTest.class)
                .orElseThrow(() -> new IllegalStateException(testClass.getName() + " uses DjongoExtension without "
                        + "@DjongoTest; annotate the class with @DjongoTest instead of @ExtendWith"));
        Fixtures fixtures = Fixtures.read(testClass, settings.fixtures());
        Server server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, type -> Server.start(),
                Server.class);
        QueryCounter counter = new QueryCounter();
        MongoClientSettings client = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.uri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .addCommandListener(counter)
                .addCommandListener(queryLog())
                .build();
        Djongo connection = Djongo.connect(Djongo.DEFAULT, client, databaseName(testClass));
        TestDatabase database = new TestDatabase(connection, counter, fixtures, settings.isolation(),
                context.getUniqueId());
        context.getStore(NAMESPACE).put(TestDatabase.class, database);
        if (database.isolation() == Isolation.CLASS) {
            fixtures.load(database.database());
        }
        counter.reset();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestDatabase database = database(context);
        if (database.isolation() == Isolation.TEST) {
            for (String collection : database.database().listCollectionNames()) {
                if (!collection.startsWith("system.")) {
                    database.database().getCollection(collection, BsonDocument.class).deleteMany(new BsonDocument());
                }
            }
            database.fixtures().load(database.database());
        }
        database.counter().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
        if (database != null && database.owner().equals(context.getUniqueId())) {
            context.getStore(NAMESPACE).remove(TestDatabase.class);
            database.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == QueryCounter.class || type == Djongo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = database(context);
        return parameter.getParameter().getType() == QueryCounter.class ? database.counter() : database.connection();
    }

    private static TestDatabase database(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
        if (database == null) {
            throw new IllegalStateException("no Djongo test database for " + context.getDisplayName()
                    + ": it is opened before all tests of a @DjongoTest class");
        }
        return database;
    }

    /**
     * The query log of test connections: as everywhere, every command at {@code DEBUG}; but slow
     * commands are not logged unless {@value QueryLog#SLOW_MILLIS_PROPERTY} is set, since in tests
     * they measure a warming JVM and a busy machine rather than a query.
     */
    private static QueryLog queryLog() {
        QueryLog.Builder log = QueryLog.builder();
        if (System.getProperty(QueryLog.SLOW_MILLIS_PROPERTY) == null) {
            log.slowThreshold(Duration.ZERO);
        }
        return log.build();
    }

    /** {@code test_<ClassName>_<8 hex digits>}: readable, unique per run, and short enough for every server. */
    static String databaseName(Class<?> testClass) {
        String name = testClass.getSimpleName().replaceAll("[^A-Za-z0-9_]", "_");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return "test_" + name + "_" + suffix;
    }
}
