package io.djongo.migrations;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.Schema;
import java.util.Objects;
import java.util.function.Predicate;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * What an operation needs to change the database: the database, the schema states before and
 * after the operation (always in the forwards sense, also when it is undone), a way to run
 * commands that turns failures into {@link MigrationError}s with the server's reason, progress
 * reporting, and the server's checked features.
 */
public final class MigrationContext {
    private final MongoDatabase database;
    private final MongoDatabase admin;
    private final Schema before;
    private final Schema after;
    private final MigrationListener listener;
    private final int batchSize;
    private final ServerFeatures server;
    private final Runnable checkpoint;

    MigrationContext(MongoDatabase database, MongoDatabase admin, Schema before, Schema after, MigrationListener listener,
            int batchSize, ServerFeatures server, Runnable checkpoint) {
        this.database = database;
        this.admin = admin;
        this.before = before;
        this.after = after;
        this.listener = listener;
        this.batchSize = batchSize;
        this.server = server;
        this.checkpoint = checkpoint;
    }

    /** The database being migrated, reading and writing {@link BsonDocument}s. */
    public MongoDatabase database() {
        return database;
    }

    /** A collection of the database as {@link BsonDocument}s, which keep every value's exact BSON type. */
    public MongoCollection<BsonDocument> collection(String name) {
        return database.getCollection(name, BsonDocument.class);
    }

    /** The schema before the operation (in the forwards sense). */
    public Schema before() {
        return before;
    }

    /** The schema after the operation (in the forwards sense). */
    public Schema after() {
        return after;
    }

    /** The collection {@code name} in the state before the operation. */
    public CollectionSchema collectionBefore(String name) {
        return before.collection(name).orElseThrow(() -> new InconsistentMigrationsError(
                "collection " + name + " does not exist in the state built by the earlier migrations"));
    }

    /** How many documents a data step reads and writes at once. */
    public int batchSize() {
        return batchSize;
    }

    /** The server's features, checked by probing when an operation first needs one. */
    public ServerFeatures server() {
        return server;
    }

    /** Reports the progress of a data step. */
    public void progress(String task, long done, long total) {
        listener.documents(task, done, total);
    }

    /**
     * Called by data steps between batches: stops the run (with a {@link MigrationError}) when
     * the migration lock was lost, and lets listeners and tests interrupt a step.
     */
    public void checkpoint() {
        checkpoint.run();
    }

    /**
     * Runs {@code command}. A failure, or a write error in the reply of a write command, is a
     * {@link MigrationError} that quotes the command and the server's reason.
     */
    public BsonDocument run(Command command) {
        return run(command, e -> false);
    }

    /**
     * Runs {@code command}, returning {@code null} when it fails with an error that
     * {@code acceptable} says means the work is already done (an index already dropped).
     */
    public BsonDocument run(Command command, Predicate<MongoCommandException> acceptable) {
        if (command.isNote()) {
            throw new IllegalArgumentException("a note is not a command: " + command);
        }
        BsonDocument reply;
        try {
            reply = (command.admin() ? admin : database).runCommand(command.body(), BsonDocument.class);
        } catch (MongoCommandException e) {
            if (acceptable.test(e)) {
                return null;
            }
            throw new MigrationError("the server rejected " + command + ": " + reason(e), e);
        } catch (MongoException e) {
            throw new MigrationError("the server failed " + command + ": " + e.getMessage(), e);
        }
        BsonValue writeErrors = reply.get("writeErrors");
        if (writeErrors instanceof BsonArray && !((BsonArray) writeErrors).isEmpty()) {
            BsonDocument first = ((BsonArray) writeErrors).get(0).asDocument();
            throw new MigrationError("the server rejected " + command + ": " + first.getString("errmsg", new org.bson.BsonString("?"))
                    .getValue() + " (code " + first.get("code") + ")");
        }
        if (reply.containsKey("writeConcernError")) {
            throw new MigrationError("the server could not confirm " + command + ": " + reply.get("writeConcernError"));
        }
        return reply;
    }

    /** The server's own words for a failed command: its message, code and code name. */
    public static String reason(MongoCommandException e) {
        String message = e.getErrorMessage();
        return (message == null || message.isEmpty() ? "no reason given" : message) + " (code " + e.getErrorCode()
                + (e.getErrorCodeName() == null || e.getErrorCodeName().isEmpty() ? "" : " " + e.getErrorCodeName()) + ")";
    }

    /** A context with the same database and features, between other states: for operations made of operations. */
    public MigrationContext between(Schema before, Schema after) {
        return new MigrationContext(database, admin, Objects.requireNonNull(before), Objects.requireNonNull(after),
                listener, batchSize, server, checkpoint);
    }
}
