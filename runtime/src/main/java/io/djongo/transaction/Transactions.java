package io.djongo.transaction;

import com.mongodb.ClientSessionOptions;
import com.mongodb.MongoException;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import io.djongo.DjongoException;
import io.djongo.Djongo;
import io.djongo.DriverErrors;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sessions and transactions of each thread, in one place: {@link Djongo#atomic} and
 * {@link Djongo#withSession} open them, and every collection and database that a connection hands
 * out ({@link #routed}) asks {@link #current} for the session of the calling thread before each
 * operation, so QuerySets, managers, {@code save()}, {@code delete()} and its cascades, related
 * loading, bulk writes and raw driver calls through the runtime join the block without being
 * handed a session.
 *
 * <p>A session belongs to the thread that opened the block: work handed to other threads
 * (executors, parallel streams) runs outside it.
 */
public final class Transactions {
    private static final ThreadLocal<Map<MongoClient, Scope>> SCOPES = new ThreadLocal<>();

    private Transactions() {}

    /** One thread's work with one client: a session, in a transaction while {@code depth > 0}. */
    private static final class Scope {
        final ClientSession session;
        final String alias;
        /** How many atomic blocks are open in the transaction; 0 when no transaction is open. */
        int depth;
        /** Django's {@code needs_rollback}: the failure of an inner block, kept until the outermost one ends. */
        Throwable failure;
        /** Django's {@code set_rollback(True)}. */
        boolean rollback;
        final List<Runnable> onCommit = new ArrayList<>();

        Scope(ClientSession session, String alias) {
            this.session = session;
            this.alias = alias;
        }

        boolean needsRollback() {
            return failure != null || rollback;
        }

        void reset() {
            failure = null;
            rollback = false;
            onCommit.clear();
        }
    }

    /**
     * A database of {@code client} whose operations, and those of its collections, run in the
     * calling thread's session on {@code client} when it has one. {@link Djongo} hands out only
     * such databases and collections.
     */
    public static MongoDatabase routed(MongoDatabase database, MongoClient client) {
        return new SessionDatabase(database, client);
    }

    /**
     * The session of the calling thread on {@code client}: the one of the innermost
     * {@code atomic} or {@code withSession} block, or {@code null} outside them.
     *
     * @throws TransactionManagementError when an inner atomic block of the transaction failed
     *     (or {@code setRollback(true)} was called): the transaction will be rolled back at the
     *     end of the outermost block, and, as in Django, no query may run until then
     */
    public static ClientSession current(MongoClient client) {
        Scope scope = scope(client);
        if (scope == null) {
            return null;
        }
        if (scope.depth > 0 && scope.needsRollback()) {
            throw new TransactionManagementError("An error occurred in the current transaction on connection \""
                    + scope.alias + "\"" + (scope.failure == null ? " (setRollback(true) was called)"
                    : " (" + scope.failure + ")") + ", so it will be rolled back at the end of the outermost atomic block; "
                    + "no query can run until then. Let the exception leave the atomic block, or catch it outside",
                    scope.failure);
        }
        return scope.session;
    }

    /** The session of the calling thread on {@code connection}, if it is inside an atomic or session block. */
    public static Optional<ClientSession> session(Djongo connection) {
        Scope scope = scope(connection.client());
        return scope == null ? Optional.empty() : Optional.of(scope.session);
    }

    /** Whether the calling thread is inside an atomic block on {@code connection}. */
    public static boolean inAtomicBlock(Djongo connection) {
        Scope scope = scope(connection.client());
        return scope != null && scope.depth > 0;
    }

    private static Scope scope(MongoClient client) {
        Map<MongoClient, Scope> scopes = SCOPES.get();
        return scopes == null ? null : scopes.get(client);
    }

    private static void enter(MongoClient client, Scope scope) {
        Map<MongoClient, Scope> scopes = SCOPES.get();
        if (scopes == null) {
            scopes = new IdentityHashMap<>();
            SCOPES.set(scopes);
        }
        scopes.put(client, scope);
    }

    private static void leave(MongoClient client) {
        Map<MongoClient, Scope> scopes = SCOPES.get();
        scopes.remove(client);
        if (scopes.isEmpty()) {
            SCOPES.remove();
        }
    }

    // ---- atomic blocks

    /**
     * Runs {@code body} in a transaction on {@code connection} and returns its value: committed when
     * the body returns, rolled back when it throws (the exception then leaves unchanged). See
     * {@link Djongo#atomic(String, TransactionOptions, Supplier)}.
     *
     * @throws TransactionsNotSupported before the body runs, when the server has no transactions
     */
    public static <V> V atomic(Djongo connection, TransactionOptions options, Supplier<V> body) {
        Objects.requireNonNull(connection, "atomic(): connection is null");
        Objects.requireNonNull(body, "atomic(): body is null");
        MongoClient client = connection.client();
        Scope scope = scope(client);
        if (scope != null && scope.depth > 0) {
            return nested(scope, body);
        }
        requireTransactions(connection);
        if (scope != null) {
            return transaction(scope, options, body); // a withSession block: its session runs the transaction
        }
        Scope opened = new Scope(start(connection, false), connection.alias());
        enter(client, opened);
        try {
            return transaction(opened, options, body);
        } finally {
            leave(client);
            opened.session.close();
        }
    }

    /**
     * An atomic block inside another on the same connection joins the outer transaction, as
     * Django's {@code atomic(savepoint=False)} does (MongoDB has no savepoints): when it fails, the
     * whole transaction is rolled back at the end of the outermost block, and queries in between
     * raise {@link TransactionManagementError}.
     */
    private static <V> V nested(Scope scope, Supplier<V> body) {
        scope.depth++;
        try {
            return body.get();
        } catch (RuntimeException | Error e) {
            if (scope.failure == null) {
                scope.failure = e;
            }
            throw e;
        } finally {
            scope.depth--;
        }
    }

    /** What the body threw in its last attempt, to tell its own failures from those of the commit. */
    private static final class Attempt {
        Throwable original;
        Throwable thrown;
    }

    /** Ends a transaction that must be rolled back although its body returned, carrying the body's value. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object value;

        RolledBack(Object value) {
            super("rolled back", null, false, false);
            this.value = value;
        }
    }

    @SuppressWarnings("unchecked") // the value the body of this very transaction returned
    private static <V> V transaction(Scope scope, TransactionOptions options, Supplier<V> body) {
        Attempt attempt = new Attempt();
        List<Runnable> callbacks;
        V result;
        try {
            com.mongodb.client.TransactionBody<V> run = () -> attempt(scope, body, attempt);
            result = options == null ? scope.session.withTransaction(run) : scope.session.withTransaction(run, options);
            callbacks = new ArrayList<>(scope.onCommit);
        } catch (RolledBack rolledBack) {
            return (V) rolledBack.value;
        } catch (RuntimeException | Error e) {
            if (attempt.thrown != null && e == attempt.thrown) {
                throw rethrown(attempt.original);
            }
            if (e instanceof MongoException) {
                throw DriverErrors.translate("commit of the transaction on connection \"" + scope.alias + "\"",
                        (MongoException) e, true);
            }
            throw e;
        } finally {
            scope.depth = 0;
            scope.reset();
        }
        for (Runnable callback : callbacks) {
            callback.run();
        }
        return result;
    }

    /**
     * One run of the body. The driver runs it again when it fails with a transient transaction
     * error (a write conflict, a primary stepping down); the runtime's own exceptions keep the
     * driver's as their cause, so that cause is what the driver is shown.
     */
    private static <V> V attempt(Scope scope, Supplier<V> body, Attempt attempt) {
        scope.depth = 1;
        scope.reset();
        V value;
        try {
            value = body.get();
        } catch (RuntimeException | Error e) {
            MongoException transientError = e instanceof DjongoException ? transientCause(e) : null;
            attempt.original = e;
            attempt.thrown = transientError != null ? transientError : e;
            throw rethrown(attempt.thrown);
        }
        if (scope.needsRollback()) {
            throw new RolledBack(value);
        }
        return value;
    }

    private static MongoException transientCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause instanceof MongoException
                    && ((MongoException) cause).hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)) {
                return (MongoException) cause;
            }
        }
        return null;
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof Error) {
            throw (Error) e;
        }
        return (RuntimeException) e;
    }

    /** Django's {@code on_commit}: see {@link Djongo#onCommit(String, Runnable)}. */
    public static void onCommit(Djongo connection, Runnable callback) {
        Objects.requireNonNull(callback, "onCommit(): callback is null");
        Scope scope = scope(connection.client());
        if (scope == null || scope.depth == 0) {
            callback.run();
            return;
        }
        scope.onCommit.add(callback);
    }

    /** Django's {@code set_rollback}: see {@link Djongo#setRollback(boolean)}. */
    public static void setRollback(Djongo connection, boolean rollback) {
        Scope scope = atomicScope(connection, "setRollback");
        scope.rollback = rollback;
        if (!rollback) {
            scope.failure = null;
        }
    }

    /** Django's {@code get_rollback}: whether the transaction will be rolled back at the end of the outermost block. */
    public static boolean getRollback(Djongo connection) {
        return atomicScope(connection, "getRollback").needsRollback();
    }

    private static Scope atomicScope(Djongo connection, String method) {
        Scope scope = scope(connection.client());
        if (scope == null || scope.depth == 0) {
            throw new TransactionManagementError(method + "() works only inside an atomic block, and connection \""
                    + connection.alias() + "\" is in none on this thread");
        }
        return scope;
    }

    // ---- sessions

    /**
     * Runs {@code body} with every operation of {@code connection} in one causally consistent
     * session, without a transaction; see {@link Djongo#withSession(String, Supplier)}.
     */
    public static <V> V withSession(Djongo connection, Supplier<V> body) {
        Objects.requireNonNull(connection, "withSession(): connection is null");
        Objects.requireNonNull(body, "withSession(): body is null");
        MongoClient client = connection.client();
        if (scope(client) != null) {
            return body.get(); // joins the session, or the transaction, already open
        }
        if (!connection.supportsSessions()) {
            throw new DjongoException("withSession() cannot run on connection \"" + connection.alias() + "\": "
                    + server(connection) + " has no logical sessions (its hello reply gives no logicalSessionTimeoutMinutes). "
                    + "Nothing of the block was run. Sessions need MongoDB 3.6 or later, or FerretDB; run the code without "
                    + "withSession()");
        }
        ClientSession session = start(connection, true);
        try {
            return within(client, session, connection.alias(), body);
        } finally {
            session.close();
        }
    }

    /** Runs {@code body} with {@code session} as the calling thread's session on {@code client}, without a transaction. */
    static <V> V within(MongoClient client, ClientSession session, String alias, Supplier<V> body) {
        enter(client, new Scope(session, alias));
        try {
            return body.get();
        } finally {
            leave(client);
        }
    }

    private static ClientSession start(Djongo connection, boolean causallyConsistent) {
        ClientSessionOptions options = ClientSessionOptions.builder().causallyConsistent(causallyConsistent).build();
        return DriverErrors.call("start of a session on connection \"" + connection.alias() + "\"",
                () -> connection.client().startSession(options));
    }

    private static void requireTransactions(Djongo connection) {
        if (!connection.supportsTransactions()) {
            throw new TransactionsNotSupported("atomic() cannot run on connection \"" + connection.alias() + "\": "
                    + server(connection) + " cannot run multi-document transactions, which MongoDB runs only on replica "
                    + "sets (4.0 and later) and sharded clusters (4.2 and later); FerretDB 1.x and mongo-java-server have "
                    + "none. Nothing of the block was run. Connect to a replica set (a single member is enough for "
                    + "development: start mongod with --replSet rs0, then run rs.initiate()), or leave out atomic() where "
                    + "the writes need not be atomic");
        }
    }

    /** {@code the standalone server at [localhost:27017] (MongoDB wire version 21)}, for messages. */
    private static String server(Djongo connection) {
        ClusterDescription cluster = connection.client().getClusterDescription();
        int wire = -1;
        for (ServerDescription server : cluster.getServerDescriptions()) {
            if (server.isOk()) {
                wire = Math.max(wire, server.getMaxWireVersion());
            }
        }
        String type = cluster.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        List<String> hosts = new ArrayList<>();
        for (ServerDescription server : cluster.getServerDescriptions()) {
            hosts.add(server.getAddress().toString());
        }
        return "the " + type + " server at " + hosts + (wire < 0 ? "" : " (wire version " + wire + ")");
    }
}
