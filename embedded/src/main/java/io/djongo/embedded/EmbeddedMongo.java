package io.djongo.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-process server that speaks the MongoDB wire protocol, for examples, tests and
 * local development.
 *
 * <p>It wraps <a href="https://github.com/bwaldvogel/mongo-java-server">mongo-java-server</a>
 * and listens on the loopback interface only. Any MongoDB client, including the official
 * Java driver and therefore Djongo, connects to it through {@link #connectionString()}:
 *
 * <pre>{@code
 * try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
 *     Djongo.connect(mongo.connectionString("blog"));
 *     ...
 * }
 * }</pre>
 *
 * <p>Two storage backends are available:
 * <ul>
 *   <li>{@link #start()} keeps everything in memory; the data is gone after {@link #close()}.</li>
 *   <li>{@link #start(Path)} stores the data in an H2 MVStore file, so it survives
 *       {@link #close()} and a later {@code start(samePath)} sees it again.</li>
 * </ul>
 *
 * <p>This is not a MongoDB: it implements a large subset of the query language but has no
 * transactions, no authentication and no replication. Use a real MongoDB (or FerretDB) for
 * anything beyond development and tests.
 *
 * <p>The server logs through SLF4J, to the application's SLF4J backend if it has one; without one,
 * nothing is logged and SLF4J's "No SLF4J providers were found" lines are not printed either.
 *
 * <p>Instances are thread-safe.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** Loopback only: an embedded development server must never be reachable from the network. */
    static final String HOST = "127.0.0.1";

    /**
     * The version the server reports in its handshake. The MongoDB Java driver 5.x refuses
     * servers older than wire version 8 (MongoDB 4.2); mongo-java-server's default (3.6,
     * wire version 6) and {@code MONGO_4_0} (wire version 7) are both rejected, so the
     * newest emulated version is used.
     */
    static final ServerVersion REPORTED_VERSION = ServerVersion.MONGO_5_0;

    static {
        ServerLogging.quietWithoutBackend();
    }

    private final MongoServer server;
    private final int port;
    private final Path file;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(MongoServer server, int port, Path file) {
        this.server = server;
        this.port = port;
        this.file = file;
    }

    /**
     * Starts a server with in-memory storage on a free port of {@code 127.0.0.1}.
     *
     * @return the running server; close it to stop it
     * @throws IllegalStateException if the server cannot be started
     */
    public static EmbeddedMongo start() {
        return start(0, null);
    }

    /**
     * Starts a server that stores its data in the given file, on a free port of
     * {@code 127.0.0.1}.
     *
     * <p>The file is created if it does not exist; its parent directory must exist. Data
     * written before {@link #close()} is there again when a server is started on the same
     * file later. A file can be used by only one server at a time.
     *
     * @param file the H2 MVStore file holding the data, for example {@code data/djongo.mv}
     * @return the running server; close it to stop it
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if {@code file} is a directory, its parent directory
     *         does not exist, or it cannot be read and written
     * @throws IllegalStateException if the file is in use by another server or process, is
     *         not an H2 MVStore file, or the server cannot be started
     */
    public static EmbeddedMongo start(Path file) {
        Objects.requireNonNull(file, "file must not be null; use EmbeddedMongo.start() for an in-memory server");
        return start(0, file);
    }

    /**
     * Starts a server on the given port ({@code 0} for a free one), in memory when
     * {@code file} is {@code null}.
     */
    static EmbeddedMongo start(int port, Path file) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535 (0 picks a free port), got " + port);
        }
        Path absolute = file == null ? null : checkedDataFile(file);
        MongoBackend backend = absolute == null ? new MemoryBackend() : openH2(absolute);
        backend.version(REPORTED_VERSION);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (Exception e) {
            // MongoServer only cleans up after unchecked exceptions, but Netty rethrows the
            // checked BindException unchanged; shut down here so no threads or file locks leak.
            server.shutdownNow();
            if (e instanceof BindException) {
                throw new IllegalStateException("Cannot start embedded MongoDB: port " + port + " on " + HOST
                        + " is already in use. Stop the process using it or choose another port.", e);
            }
            throw new IllegalStateException("Cannot start embedded MongoDB on " + HOST + ":" + port + ": " + e, e);
        }
        return new EmbeddedMongo(server, server.getLocalAddress().getPort(), absolute);
    }

    private static Path checkedDataFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("Cannot store embedded MongoDB data in " + absolute
                    + ": the directory " + parent + " does not exist. Create it first"
                    + " (for example with Files.createDirectories) or choose a file in an existing directory.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("Cannot store embedded MongoDB data in " + absolute
                    + ": it is a directory. Pass a file path inside it instead, for example "
                    + absolute.resolve("djongo.mv") + ".");
        }
        if (Files.exists(absolute) ? !(Files.isReadable(absolute) && Files.isWritable(absolute))
                                   : !Files.isWritable(parent)) {
            throw new IllegalArgumentException("Cannot store embedded MongoDB data in " + absolute
                    + ": permission denied. The file must be readable and writable, or its directory writable"
                    + " so that the file can be created.");
        }
        return absolute;
    }

    private static H2Backend openH2(Path file) {
        try {
            return new H2Backend(file.toString());
        } catch (RuntimeException e) {
            // H2 reports problems as MVStoreException with a message such as
            // "The file is locked: /path [2.3.232/7]"; say what it means for the caller.
            String message = String.valueOf(e.getMessage());
            String hint = message.contains("locked")
                    ? "Another EmbeddedMongo or process is using it; close that one first."
                    : "Make sure it is a data file written by EmbeddedMongo.start(Path), or choose a new file.";
            throw new IllegalStateException("Cannot open embedded MongoDB data file " + file + ": " + message
                    + ". " + hint, e);
        }
    }

    /**
     * The connection string of this server, without a database, for example
     * {@code mongodb://127.0.0.1:40123}.
     *
     * @return a {@code mongodb://} URI accepted by the MongoDB drivers
     */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    /**
     * The connection string of this server with a default database, for example
     * {@code mongodb://127.0.0.1:40123/blog}.
     *
     * @param database the database name; it must not be empty nor contain
     *        {@code / \ . " $}, spaces or NUL, which MongoDB does not allow in database names
     * @return a {@code mongodb://} URI accepted by the MongoDB drivers
     * @throws IllegalArgumentException if {@code database} is not a valid database name
     */
    public String connectionString(String database) {
        Objects.requireNonNull(database, "database must not be null; use connectionString() for no database");
        if (database.isEmpty()) {
            throw new IllegalArgumentException("Database name must not be empty; use connectionString() for no database");
        }
        for (char c : database.toCharArray()) {
            if ("/\\. \"$\0".indexOf(c) >= 0) {
                throw new IllegalArgumentException("Invalid MongoDB database name '" + database
                        + "': it must not contain any of / \\ . \" $, spaces or NUL");
            }
        }
        return connectionString() + "/" + database;
    }

    /**
     * The TCP port the server listens on, on {@code 127.0.0.1}.
     *
     * @return the port, also after {@link #close()}
     */
    public int port() {
        return port;
    }

    /**
     * Stops the server: closes client connections, stops listening and, for a file-backed
     * server, writes all data to the file and releases it. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // shutdownNow() drops open client connections first; plain shutdown() would wait
            // for clients (such as a driver's connection pool) that may never disconnect.
            server.shutdownNow();
        }
    }

    /**
     * Describes the server, e.g. {@code EmbeddedMongo[mongodb://127.0.0.1:40123, memory]}.
     */
    @Override
    public String toString() {
        return "EmbeddedMongo[" + connectionString() + ", " + (file == null ? "memory" : "file " + file)
                + (closed.get() ? ", closed" : "") + "]";
    }
}
