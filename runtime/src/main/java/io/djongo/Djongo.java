package io.djongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.djongo.codec.CollectionModelCodec;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.observe.QueryLog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * A named connection to one MongoDB database, and the registry of connections that managers use.
 *
 * <pre>{@code
 * Djongo.connect("mongodb://localhost:27017/blog");   // the "default" connection
 * Djongo.connect("archive", "mongodb://archive-host/blog");
 * Entry.objects().using("archive").count();
 * }</pre>
 *
 * <p>The database's codec registry holds the generated codec of every model found through the
 * generated model indexes, ahead of the driver's defaults, so {@link #database()} can also be
 * used directly with model classes.
 *
 * <p>The clients that {@code connect} creates log their commands through a {@link QueryLog}
 * ({@code System.Logger} {@code io.djongo.query}: every command at {@code DEBUG}, slow ones at
 * {@code INFO}, values redacted).
 */
public final class Djongo implements AutoCloseable {
    /** The alias of the connection that managers use unless told otherwise. */
    public static final String DEFAULT = "default";

    private static final Map<String, Djongo> CONNECTIONS = new ConcurrentHashMap<>();

    private final String alias;
    private final MongoClient client;
    private final boolean ownsClient;
    private final MongoDatabase database;
    private final Map<ModelMeta<?>, MongoCollection<?>> collections = new ConcurrentHashMap<>();
    private volatile Boolean lookupPipelines;
    private volatile boolean strictRelations;
    private volatile int batchSize = DEFAULT_BATCH_SIZE;

    /**
     * How many documents a query reads per batch unless it says otherwise: enough that a round
     * trip is small beside the batch, few enough that a batch of ordinary documents stays far below
     * the driver's 48 MB message limit on a server that puts a whole result in one reply when no
     * batch size is given (the in-process server does).
     */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    private Djongo(String alias, MongoClient client, boolean ownsClient, String databaseName) {
        this.alias = alias;
        this.client = client;
        this.ownsClient = ownsClient;
        CodecRegistry registry = CodecRegistries.fromRegistries(
                CodecRegistries.fromProviders(new ModelCodecProvider(ModelRegistry.shared())),
                MongoClientSettings.getDefaultCodecRegistry());
        this.database = client.getDatabase(databaseName).withCodecRegistry(registry);
    }

    /**
     * Opens the default connection to the database named in {@code uri}
     * ({@code mongodb://host:27017/blog}), replacing and closing any previous default.
     */
    public static Djongo connect(String uri) {
        return connect(DEFAULT, uri);
    }

    /** Opens the connection {@code alias} to the database named in {@code uri}. */
    public static Djongo connect(String alias, String uri) {
        Objects.requireNonNull(uri, "uri");
        ConnectionString connectionString;
        try {
            connectionString = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + uri + "\" is not a MongoDB connection string: " + e.getMessage()
                    + "; expected mongodb://host:port/database", e);
        }
        String database = connectionString.getDatabase();
        if (database == null || database.isEmpty()) {
            throw new IllegalArgumentException("the connection string " + connectionString.getHosts()
                    + " names no database; add it after the hosts, as in mongodb://localhost:27017/blog");
        }
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(connectionString).build();
        return register(new Djongo(checkAlias(alias), MongoClients.create(QueryLog.installedIn(settings)), true, database));
    }

    /**
     * Opens the connection {@code alias} to {@code database} with driver settings built by the
     * application, for what a connection string cannot say (a command listener, a custom
     * {@code SSLContext}) or to set retries in code:
     * {@code MongoClientSettings.builder().applyConnectionString(cs).retryWrites(true).retryReads(true).build()}.
     * The connection owns the client and closes it. A {@link QueryLog} is added unless the settings
     * have one.
     */
    public static Djongo connect(String alias, MongoClientSettings settings, String database) {
        Objects.requireNonNull(settings, "settings");
        if (database == null || database.isEmpty()) {
            throw new IllegalArgumentException("a database name is required");
        }
        return register(new Djongo(checkAlias(alias), MongoClients.create(QueryLog.installedIn(settings)), true, database));
    }

    /**
     * Uses an application-managed client as the default connection. Closing the connection leaves
     * the client open; the application closes it.
     */
    public static Djongo configure(MongoClient client, String database) {
        return configure(DEFAULT, client, database);
    }

    /** Uses an application-managed client as connection {@code alias}. */
    public static Djongo configure(String alias, MongoClient client, String database) {
        Objects.requireNonNull(client, "client");
        if (database == null || database.isEmpty()) {
            throw new IllegalArgumentException("a database name is required");
        }
        return register(new Djongo(checkAlias(alias), client, false, database));
    }

    /** The default connection. */
    public static Djongo connection() {
        return connection(DEFAULT);
    }

    /** The connection named {@code alias}. */
    public static Djongo connection(String alias) {
        Djongo connection = CONNECTIONS.get(Objects.requireNonNull(alias, "alias"));
        if (connection == null) {
            throw new DjongoException("there is no connection named \"" + alias + "\"; open it with Djongo.connect(\""
                    + alias + "\", uri) or Djongo.configure(...)" + (CONNECTIONS.isEmpty() ? ""
                    : " (open connections: " + new TreeSet<>(CONNECTIONS.keySet()) + ")"));
        }
        return connection;
    }

    /** Closes every open connection. */
    public static void closeAll() {
        for (Djongo connection : CONNECTIONS.values()) {
            connection.close();
        }
    }

    private static String checkAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("a connection alias must not be blank");
        }
        return alias;
    }

    private static Djongo register(Djongo connection) {
        Djongo previous = CONNECTIONS.put(connection.alias, connection);
        if (previous != null) {
            previous.release();
        }
        return connection;
    }

    public String alias() {
        return alias;
    }

    /** The driver client, for anything the runtime does not wrap (sessions, other databases). */
    public MongoClient client() {
        return client;
    }

    /** The database, with the generated codecs registered. */
    public MongoDatabase database() {
        return database;
    }

    /** The typed collection of a model, with its generated codec registered first. */
    @SuppressWarnings("unchecked") // the cache is keyed by meta, whose collection has the meta's type
    public <T> MongoCollection<T> collection(ModelMeta<T> meta) {
        return (MongoCollection<T>) collections.computeIfAbsent(meta, m -> {
            if (meta.collection() == null) {
                throw new DjongoException(meta.name() + " is a " + meta.kind()
                        + " model stored inside other documents; it has no collection of its own");
            }
            CodecRegistry registry = CodecRegistries.fromRegistries(
                    CodecRegistries.fromCodecs(new CollectionModelCodec<>(meta.codec())), database.getCodecRegistry());
            return database.getCollection(meta.collection(), meta.modelClass()).withCodecRegistry(registry);
        });
    }

    /**
     * Makes every reference read through this connection refuse to load itself with a query of
     * its own ({@code LazyLoadError}): relations must be loaded with {@code selectRelated} or
     * {@code prefetchRelated}, so tests can prove that a page sends no query per object.
     */
    public Djongo strictRelations(boolean strict) {
        this.strictRelations = strict;
        return this;
    }

    /** Whether references read through this connection refuse to load themselves; see {@link #strictRelations(boolean)}. */
    public boolean strictRelations() {
        return strictRelations;
    }

    /**
     * How many documents the queries of this connection read per batch when they set none with
     * {@code QuerySet.batchSize(n)}; {@link #DEFAULT_BATCH_SIZE} unless changed. A server also ends
     * a batch at 16 MiB, so this only bounds the count.
     */
    public Djongo batchSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("batchSize(" + size + "): a batch holds at least one document");
        }
        this.batchSize = size;
        return this;
    }

    /** The batch size of queries that set none; see {@link #batchSize(int)}. */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Whether the server runs {@code $lookup} with a pipeline (MongoDB 3.6 and later), so a query
     * with a subquery runs as one aggregation; asked once per connection. FerretDB 1.x has no
     * {@code $lookup}, and then subqueries run as separate queries.
     */
    public boolean supportsLookupPipelines() {
        Boolean supported = lookupPipelines;
        if (supported == null) {
            List<BsonDocument> probe = List.of(new BsonDocument("$limit", new BsonInt32(1)),
                    new BsonDocument("$lookup", new BsonDocument("from", new BsonString("djongo_probe"))
                            .append("pipeline", new BsonArray(List.of(new BsonDocument("$limit", new BsonInt32(1)))))
                            .append("as", new BsonString("probe"))));
            try {
                database.getCollection("djongo_probe", BsonDocument.class).aggregate(probe).first();
                supported = true;
            } catch (MongoException e) {
                supported = false;
            }
            lookupPipelines = supported;
        }
        return supported;
    }

    /** Closes this connection, and its client when the connection created it. */
    @Override
    public void close() {
        CONNECTIONS.remove(alias, this);
        release();
    }

    private void release() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "Djongo[" + alias + " -> " + database.getName() + "]";
    }
}
