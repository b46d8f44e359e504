package io.djongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.MongoClientSettings;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterType;
import com.mongodb.connection.ServerDescription;
import io.djongo.codec.CollectionModelCodec;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.observe.QueryLog;
import io.djongo.transaction.TransactionManagementError;
import io.djongo.transaction.Transactions;
import io.djongo.transaction.TransactionsNotSupported;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
    /** The database as the driver gives it, for the runtime's probes, which run outside any session. */
    private final MongoDatabase unrouted;
    /** The database every query and write goes through: it joins the calling thread's session (see {@link Transactions}). */
    private final MongoDatabase database;
    private final Map<ModelMeta<?>, MongoCollection<?>> collections = new ConcurrentHashMap<>();
    private volatile Boolean lookupPipelines;
    private volatile Boolean transactions;
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
        this.unrouted = client.getDatabase(databaseName).withCodecRegistry(registry);
        this.database = Transactions.routed(unrouted, client);
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

    /**
     * The connection named {@code alias}, or the default one when {@code alias} is {@code null}: the
     * connection of a QuerySet or a reference that was given none with {@code using(...)}.
     */
    public static Djongo connectionOrDefault(String alias) {
        return connection(alias == null ? DEFAULT : alias);
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

    /**
     * The generated implementation of the declared queries {@code type}, an interface annotated
     * {@code @Queries}, found through the generated model index (no reflection):
     * {@code EntryQueries queries = Djongo.queries(EntryQueries.class)}. It runs on the connection its
     * {@code @Queries(using)} names, the default one unless it names another.
     *
     * @throws DjongoException when {@code type} is not a {@code @Queries} interface compiled with the processor
     */
    public static <Q> Q queries(Class<Q> type) {
        return queries(type, null);
    }

    /** The declared queries {@code type} on connection {@code alias}. */
    public static <Q> Q queries(Class<Q> type, String alias) {
        Objects.requireNonNull(type, "queries(): type is null");
        return ModelRegistry.shared().queries(type, alias).orElseThrow(() -> new DjongoException(type.getName()
                + " has no generated implementation in any model index on the class path; annotate it with "
                + "@Queries(Model.class) and compile it with djongo-processor"));
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

    /**
     * The driver client, for anything the runtime does not wrap (other databases). Operations on it
     * do not join atomic blocks by themselves: pass them {@link #currentSession()}.
     */
    public MongoClient client() {
        return client;
    }

    /**
     * The database, with the generated codecs registered. Its operations, and those of the
     * collections it gives, join the calling thread's atomic or session block on this connection.
     */
    public MongoDatabase database() {
        return database;
    }

    /**
     * The typed collection of a model, with its generated codec registered first and the model's
     * {@code @Model(readPreference, readConcern, writeConcern)} applied. Its operations join the
     * calling thread's atomic or session block on this connection.
     */
    @SuppressWarnings("unchecked") // the cache is keyed by meta, whose collection has the meta's type
    public <T> MongoCollection<T> collection(ModelMeta<T> meta) {
        return (MongoCollection<T>) collections.computeIfAbsent(meta, m -> {
            requireCollection(meta);
            CodecRegistry registry = CodecRegistries.fromRegistries(
                    CodecRegistries.fromCodecs(new CollectionModelCodec<>(meta.codec())), database.getCodecRegistry());
            return withModelOptions(meta, database.getCollection(meta.collection(), meta.modelClass())
                    .withCodecRegistry(registry));
        });
    }

    /**
     * The collection of a model read as {@code documentClass} ({@code BsonDocument}, {@code Document},
     * {@code RawBsonDocument}), with the model's read preference and concerns, joining the calling
     * thread's atomic or session block as {@link #collection(ModelMeta)} does.
     */
    public <D> MongoCollection<D> collection(ModelMeta<?> meta, Class<D> documentClass) {
        requireCollection(meta);
        return withModelOptions(meta, database.getCollection(meta.collection(), documentClass));
    }

    private static void requireCollection(ModelMeta<?> meta) {
        if (meta.collection() == null) {
            throw new DjongoException(meta.name() + " is a " + meta.kind()
                    + " model stored inside other documents; it has no collection of its own");
        }
    }

    private static <D> MongoCollection<D> withModelOptions(ModelMeta<?> meta, MongoCollection<D> collection) {
        return CollectionOptions.of(meta).applyTo(collection);
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
                unrouted.getCollection("djongo_probe", BsonDocument.class).aggregate(probe).first();
                supported = true;
            } catch (MongoException e) {
                supported = false;
            }
            lookupPipelines = supported;
        }
        return supported;
    }

    /**
     * Whether the server runs multi-document transactions, which {@link #atomic} needs: a replica set
     * of MongoDB 4.0 or later, a sharded cluster of 4.2 or later, or a load balancer in front of
     * one. Asked once per connection. Standalone servers, FerretDB 1.x and mongo-java-server have none.
     */
    public boolean supportsTransactions() {
        Boolean supported = transactions;
        if (supported == null) {
            ClusterDescription cluster = discovered();
            switch (cluster.getType()) {
                case LOAD_BALANCED:
                    supported = true;
                    break;
                case REPLICA_SET:
                    supported = cluster.getLogicalSessionTimeoutMinutes() != null && wireVersion(cluster) >= 7;
                    break;
                case SHARDED:
                    supported = cluster.getLogicalSessionTimeoutMinutes() != null && wireVersion(cluster) >= 8;
                    break;
                default:
                    supported = false;
                    break;
            }
            transactions = supported;
        }
        return supported;
    }

    /**
     * Whether the server has logical sessions, which {@link #withSession} needs (MongoDB 3.6 and
     * later, FerretDB; not mongo-java-server).
     */
    public boolean supportsSessions() {
        ClusterDescription cluster = discovered();
        return cluster.getType() == ClusterType.LOAD_BALANCED || cluster.getLogicalSessionTimeoutMinutes() != null;
    }

    /** The cluster as the driver sees it, after one round trip if no server has answered yet. */
    private ClusterDescription discovered() {
        ClusterDescription cluster = client.getClusterDescription();
        if (cluster.getServerDescriptions().stream().noneMatch(ServerDescription::isOk)) {
            DriverErrors.call("ping on connection \"" + alias + "\"",
                    () -> unrouted.runCommand(new BsonDocument("ping", new BsonInt32(1))));
            cluster = client.getClusterDescription();
        }
        return cluster;
    }

    private static int wireVersion(ClusterDescription cluster) {
        int version = -1;
        for (ServerDescription server : cluster.getServerDescriptions()) {
            if (server.isOk() && (server.isPrimary() || server.isSecondary() || server.isShardRouter())) {
                version = Math.max(version, server.getMaxWireVersion());
            }
        }
        return version;
    }

    // ---- transactions and sessions

    /**
     * Runs {@code body} in a transaction on the default connection (Django's {@code atomic}):
     * committed when it returns, rolled back when it throws, the exception then leaving unchanged.
     * Every query, save, delete (cascades included), related load, bulk write and raw driver call
     * through the runtime on this thread joins the transaction.
     *
     * <pre>{@code
     * Djongo.atomic(() -> {
     *     from.balance -= 10; from.save();
     *     to.balance += 10; to.save();
     * });
     * }</pre>
     *
     * <p><b>The body may run more than once</b>: the driver runs it again when the transaction fails
     * with a transient error (a write conflict with another transaction, an election), for up to two
     * minutes, so it must be idempotent: no side effects outside the database, or register them with
     * {@link #onCommit(Runnable)}. A block inside another on the same connection joins the outer
     * transaction; MongoDB has no savepoints, so, as with Django's {@code atomic(savepoint=False)},
     * when an inner block fails the whole transaction is rolled back at the end of the outermost
     * block, and queries in between raise {@link TransactionManagementError}. Results must be read
     * inside the block: a cursor ({@code iterator()}, {@code stream()}) cannot outlive it.
     *
     * @throws TransactionsNotSupported before the body runs, when the server has no transactions
     *     (a standalone server, FerretDB 1.x, mongo-java-server); see {@link #supportsTransactions()}
     */
    public static void atomic(Runnable body) {
        atomic(DEFAULT, body);
    }

    /** As {@link #atomic(Runnable)}, returning the body's value. */
    public static <V> V atomic(Supplier<V> body) {
        return atomic(DEFAULT, body);
    }

    /** As {@link #atomic(Runnable)}, on connection {@code using} (Django's {@code atomic(using=...)}). */
    public static void atomic(String using, Runnable body) {
        Objects.requireNonNull(body, "atomic(): body is null");
        atomic(using, null, () -> {
            body.run();
            return null;
        });
    }

    /** As {@link #atomic(Supplier)}, on connection {@code using}. */
    public static <V> V atomic(String using, Supplier<V> body) {
        return atomic(using, null, body);
    }

    /**
     * As {@link #atomic(Supplier)}, on connection {@code using}, with the transaction's read
     * concern, write concern, read preference and maximum commit time ({@code null} for the
     * client's defaults). A nested block joins the outer transaction, whose options apply.
     */
    public static <V> V atomic(String using, TransactionOptions options, Supplier<V> body) {
        return Transactions.atomic(connection(using), options, body);
    }

    /**
     * Django's {@code on_commit}: runs {@code callback} once the transaction of the calling thread's
     * atomic block on the default connection commits, or now when there is none. A transaction that
     * rolls back, or an attempt the driver runs again, drops its callbacks. Callbacks run in order,
     * outside the transaction; one that throws stops the others.
     */
    public static void onCommit(Runnable callback) {
        onCommit(DEFAULT, callback);
    }

    /** As {@link #onCommit(Runnable)}, for an atomic block on connection {@code using}. */
    public static void onCommit(String using, Runnable callback) {
        Transactions.onCommit(connection(using), callback);
    }

    /**
     * Runs {@code body} with every operation of the default connection in one causally consistent
     * session, without a transaction: reads see the writes made before them in the block, even from
     * secondaries ({@code withReadPreference(ReadPreference.secondaryPreferred())}). Inside an atomic
     * block it runs in that block's transaction.
     *
     * @throws DjongoException before the body runs, when the server has no sessions (mongo-java-server)
     */
    public static void withSession(Runnable body) {
        Objects.requireNonNull(body, "withSession(): body is null");
        withSession(DEFAULT, () -> {
            body.run();
            return null;
        });
    }

    /** As {@link #withSession(Runnable)}, on connection {@code using}, returning the body's value. */
    public static <V> V withSession(String using, Supplier<V> body) {
        return Transactions.withSession(connection(using), body);
    }

    /** Whether the calling thread is inside an atomic block on this connection (Django's {@code in_atomic_block}). */
    public boolean inAtomicBlock() {
        return Transactions.inAtomicBlock(this);
    }

    /**
     * The session of the calling thread's atomic or session block on this connection, for driver
     * calls made on {@link #client()} directly; empty outside such blocks.
     */
    public Optional<ClientSession> currentSession() {
        return Transactions.session(this);
    }

    /**
     * Django's {@code set_rollback}: {@code true} makes the transaction of the calling thread's
     * atomic block roll back at the end of the outermost block, without an exception (queries in
     * between raise {@link TransactionManagementError}); {@code false} clears that, also after an
     * inner block failed.
     *
     * @throws TransactionManagementError outside an atomic block
     */
    public void setRollback(boolean rollback) {
        Transactions.setRollback(this, rollback);
    }

    /**
     * Django's {@code get_rollback}: whether the transaction of the calling thread's atomic block
     * will be rolled back at the end of the outermost block.
     *
     * @throws TransactionManagementError outside an atomic block
     */
    public boolean getRollback() {
        return Transactions.getRollback(this);
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
