package io.djongo.migrations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.meta.ModelRegistry;
import io.djongo.migrations.MigrationRecorder.Record;
import io.djongo.schema.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies and undoes migrations on a database: Django's {@code migrate}, {@code migrate --plan}
 * and {@code showmigrations}, as an API.
 *
 * <pre>{@code
 * Migrator.of(Djongo.connection()).migrate();                       // every app to its latest migration
 * Migrator.of(Djongo.connection()).migrate("blog", "V0001_Initial"); // forwards or backwards to it
 * Migrator.of(Djongo.connection()).migrate("blog", Migrator.ZERO);   // undo every migration of blog
 * System.out.print(Migrator.of(Djongo.connection()).plan());          // the exact commands, nothing run
 * }</pre>
 *
 * <p>The migrations are the {@code @Migration} classes registered at compile time (no class-path
 * scanning), or given with {@link #withMigrations}. Each applied migration is recorded in
 * {@code djongo_migrations}, with its progress per operation, so a run that was interrupted
 * continues where it stopped. A lease lock document ({@code {_id: "lock"}} there) keeps two
 * migrators from running at once: the second waits, then finds the work done, or gives up after
 * the lock timeout naming the holder. After every change of indexes and collections the result is
 * checked with {@code listIndexes}/{@code listCollections}; an option the server ignores or
 * rejects fails the run with the reason, and the migration is not recorded as applied.
 *
 * <p>A {@code Migrator} is immutable; the {@code with...} methods return changed copies.
 */
public final class Migrator {
    /** The target that undoes every migration of an app. */
    public static final String ZERO = "zero";
    /** Documents read and written at once by data steps. */
    public static final int DEFAULT_BATCH_SIZE = 1000;
    /** How long a lock lasts without renewal; it is renewed every third of it. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    /** How long a migrator waits for another one to finish. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(2);

    private final MongoDatabase database;
    private final MongoDatabase admin;
    private final Supplier<MigrationGraph> graph;
    private final MigrationListener listener;
    private final int batchSize;
    private final Duration lease;
    private final Duration lockTimeout;

    private Migrator(MongoDatabase database, MongoDatabase admin, Supplier<MigrationGraph> graph, MigrationListener listener,
            int batchSize, Duration lease, Duration lockTimeout) {
        this.database = database;
        this.admin = admin;
        this.graph = graph;
        this.listener = listener;
        this.batchSize = batchSize;
        this.lease = lease;
        this.lockTimeout = lockTimeout;
    }

    /** A migrator for the database of {@code connection}, with the migrations registered at compile time. */
    public static Migrator of(Djongo connection) {
        return of(connection.client(), connection.database().getName());
    }

    /** A migrator for {@code database} of {@code client}, with the migrations registered at compile time. */
    public static Migrator of(MongoClient client, String database) {
        Objects.requireNonNull(client, "client");
        if (database == null || database.isEmpty()) {
            throw new IllegalArgumentException("a database name is required");
        }
        return new Migrator(client.getDatabase(database), client.getDatabase("admin"),
                memoize(() -> MigrationGraph.load(ModelRegistry.load())), MigrationListener.SILENT, DEFAULT_BATCH_SIZE,
                DEFAULT_LEASE, DEFAULT_LOCK_TIMEOUT);
    }

    private static Supplier<MigrationGraph> memoize(Supplier<MigrationGraph> supplier) {
        return new Supplier<>() {
            private MigrationGraph value;

            @Override
            public synchronized MigrationGraph get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The same migrator with these migrations instead of the registered ones. */
    public Migrator withMigrations(Collection<Migration> migrations) {
        MigrationGraph given = MigrationGraph.of(migrations);
        return new Migrator(database, admin, () -> given, listener, batchSize, lease, lockTimeout);
    }

    /** The same migrator with the migrations registered in {@code registry} (another class loader). */
    public Migrator withRegistry(ModelRegistry registry) {
        return new Migrator(database, admin, memoize(() -> MigrationGraph.load(registry)), listener, batchSize, lease,
                lockTimeout);
    }

    /** The same migrator reporting progress to {@code listener}. */
    public Migrator withListener(MigrationListener listener) {
        return new Migrator(database, admin, graph, Objects.requireNonNull(listener), batchSize, lease, lockTimeout);
    }

    /** The same migrator reading and writing {@code size} documents at once in data steps. */
    public Migrator withBatchSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + size);
        }
        return new Migrator(database, admin, graph, listener, size, lease, lockTimeout);
    }

    /** The same migrator waiting up to {@code timeout} for another migrator's lock. */
    public Migrator withLockTimeout(Duration timeout) {
        return new Migrator(database, admin, graph, listener, batchSize, lease, Objects.requireNonNull(timeout));
    }

    /** The same migrator holding its lock for {@code lease} between renewals (renewed every third of it). */
    public Migrator withLease(Duration lease) {
        if (lease.toMillis() < 300) {
            throw new IllegalArgumentException("a lease shorter than 300 ms cannot be renewed reliably");
        }
        return new Migrator(database, admin, graph, listener, batchSize, lease, lockTimeout);
    }

    /** The migrations and their order. */
    public MigrationGraph graph() {
        return graph.get();
    }

    /** The database name. */
    public String databaseName() {
        return database.getName();
    }

    // ---- migrate

    /** Applies every app's pending migrations, up to each app's latest; returns what was done. */
    public Plan migrate() {
        return migrate(null, null);
    }

    /** Applies {@code app}'s pending migrations, up to its latest. */
    public Plan migrate(String app) {
        return migrate(Objects.requireNonNull(app, "app"), null);
    }

    /**
     * Brings {@code app} to {@code target}: applies the migrations up to it, and undoes applied
     * ones after it (backwards); {@link #ZERO} undoes them all. {@code app} {@code null} means
     * every app (then {@code target} must be {@code null}), {@code target} {@code null} the latest.
     *
     * @return what was done; an empty plan when nothing was to do
     * @throws UnknownMigrationError for an unknown app or migration
     * @throws IrreversibleMigrationError when an operation to undo cannot be undone (nothing is run)
     * @throws MigrationLockError when another migrator held the lock for longer than the lock timeout
     * @throws MigrationError when an operation fails; the completed operations stay recorded
     */
    public Plan migrate(String app, String target) {
        List<Move> moves = moves(new MigrationRecorder(database).read(), app, target);
        if (moves.isEmpty()) {
            return new Plan(List.of());
        }
        checkReversible(moves);
        try (MigrationLock lock = MigrationLock.acquire(database, lease, lockTimeout, listener)) {
            // Another migrator may have done the work while this one waited.
            MigrationRecorder recorder = new MigrationRecorder(database);
            moves = moves(recorder.read(), app, target);
            checkReversible(moves);
            Plan plan = plan(moves);
            ServerFeatures server = new ServerFeatures(database);
            for (Move move : moves) {
                if (move.backwards) {
                    backwards(move, recorder, server, lock);
                } else {
                    forwards(move, recorder, server, lock);
                }
            }
            return plan;
        }
    }

    /** What {@link #migrate()} would do, with the exact commands; runs nothing. */
    public Plan plan() {
        return plan(null, null);
    }

    /** What {@link #migrate(String)} would do. */
    public Plan plan(String app) {
        return plan(Objects.requireNonNull(app, "app"), null);
    }

    /** What {@link #migrate(String, String)} would do. */
    public Plan plan(String app, String target) {
        return plan(moves(new MigrationRecorder(database).read(), app, target));
    }

    /** Whether {@link #migrate()} has anything to do (Django's {@code migrate --check}). */
    public boolean hasPending() {
        return !plan().isEmpty();
    }

    // ---- showmigrations

    /** Every migration of every app, in order, with whether it is applied. */
    public List<MigrationStatus> showMigrations() {
        return showMigrations(null);
    }

    /** The migrations of {@code app} ({@code null} for all), in order, with whether each is applied. */
    public List<MigrationStatus> showMigrations(String app) {
        MigrationGraph graph = this.graph.get();
        Map<String, Record> records = new MigrationRecorder(database).read();
        Set<String> apps = new java.util.TreeSet<>(graph.apps());
        records.values().forEach(record -> apps.add(record.app()));
        if (app != null) {
            if (!apps.contains(app)) {
                graph.get(app, ""); // the unknown-app error, with the list of apps
            }
            apps.retainAll(Set.of(app));
        }
        List<MigrationStatus> statuses = new ArrayList<>();
        for (String each : apps) {
            Set<String> known = new HashSet<>();
            for (Migration migration : graph.ordered(each)) {
                known.add(migration.label());
                Record record = records.get(migration.label());
                int operations = migration.operations().size();
                if (record == null) {
                    statuses.add(new MigrationStatus(each, migration.name(), MigrationStatus.State.UNAPPLIED, 0, operations, null));
                } else {
                    statuses.add(new MigrationStatus(each, migration.name(), record.isApplied() ? MigrationStatus.State.APPLIED
                            : MigrationStatus.State.PARTIAL, record.done(), operations, record.applied()));
                }
            }
            for (Record record : records.values()) {
                if (record.app().equals(each) && !known.contains(each + "." + record.name())) {
                    statuses.add(new MigrationStatus(each, record.name(), MigrationStatus.State.UNKNOWN, record.done(),
                            record.operations(), record.applied()));
                }
            }
        }
        return statuses;
    }

    // ---- planning

    /** One migration to apply or undo. */
    private record Move(Migration migration, boolean backwards, Record record) {}

    private List<Move> moves(Map<String, Record> records, String app, String target) {
        MigrationGraph graph = this.graph.get();
        if (app == null && target != null) {
            throw new IllegalArgumentException("a target migration needs its app: migrate(app, target)");
        }
        if (app != null && !graph.hasApp(app)) {
            graph.get(app, target == null ? "" : target); // the unknown-app error
        }
        checkHistory(graph, records);
        List<Move> moves = new ArrayList<>();
        for (String each : app == null ? graph.apps() : Set.of(app)) {
            Set<Migration> wanted;
            if (ZERO.equals(target)) {
                wanted = Set.of();
            } else if (target != null) {
                wanted = graph.ancestors(graph.get(each, target));
            } else {
                Migration leaf = graph.leaf(each);
                wanted = leaf == null ? Set.of() : graph.ancestors(leaf);
            }
            List<Migration> ordered = graph.ordered(each);
            for (int i = ordered.size() - 1; i >= 0; i--) {
                Migration migration = ordered.get(i);
                Record record = records.get(migration.label());
                if (record != null && !wanted.contains(migration)) {
                    moves.add(new Move(migration, true, checkRecord(migration, record)));
                }
            }
            for (Migration migration : ordered) {
                Record record = records.get(migration.label());
                if (wanted.contains(migration) && (record == null || !record.isApplied())) {
                    moves.add(new Move(migration, false, record == null ? null : checkRecord(migration, record)));
                }
            }
        }
        return moves;
    }

    /** An applied migration whose dependency is not applied: the database and the code disagree. */
    private static void checkHistory(MigrationGraph graph, Map<String, Record> records) {
        for (Migration migration : graph.all()) {
            Record record = records.get(migration.label());
            if (record == null || !record.isApplied()) {
                continue;
            }
            for (String dependency : migration.dependsOn()) {
                Record before = records.get(migration.app() + "." + dependency);
                if (before == null || !before.isApplied()) {
                    throw new InconsistentMigrationsError(migration.label() + " is recorded as applied, but "
                            + migration.app() + "." + dependency + ", which it depends on, is not (Django's inconsistent "
                            + "migration history): check the dependsOn of " + migration.name() + ", or the records in "
                            + MigrationRecorder.COLLECTION);
                }
            }
        }
    }

    private static Record checkRecord(Migration migration, Record record) {
        if (record.operations() != migration.operations().size() && record.operations() > 0) {
            throw new InconsistentMigrationsError(migration.label() + " was recorded with " + record.operations()
                    + " operations, but the code has " + migration.operations().size() + ": it was edited after it was "
                    + (record.isApplied() ? "applied" : "partly applied") + ". Restore it, and put new changes in a new migration");
        }
        return record;
    }

    private void checkReversible(List<Move> moves) {
        for (Move move : moves) {
            if (!move.backwards) {
                continue;
            }
            List<Operation> operations = move.migration.operations();
            for (int i = done(move) - 1; i >= 0; i--) {
                if (!operations.get(i).reversible()) {
                    throw new IrreversibleMigrationError(move.migration.label() + " cannot be undone: operation " + (i + 1)
                            + " (" + operations.get(i).describe() + ") is irreversible; nothing was changed. Give it "
                            + "backwards code (RunCode.withBackwards, AlterField.backwardsWith) or stop before it");
                }
            }
        }
    }

    private static int done(Move move) {
        if (move.record == null) {
            return 0;
        }
        return move.record.isApplied() ? move.migration.operations().size() : move.record.done();
    }

    private Plan plan(List<Move> moves) {
        List<Plan.Step> steps = new ArrayList<>();
        String name = database.getName();
        for (Move move : moves) {
            List<Schema> states = states(move.migration);
            List<Operation> operations = move.migration.operations();
            List<Plan.PlannedOperation> planned = new ArrayList<>();
            if (move.backwards) {
                for (int i = done(move) - 1; i >= 0; i--) {
                    Operation operation = operations.get(i);
                    planned.add(new Plan.PlannedOperation(i, operation.describe(), operation.planBackwards(name, states.get(i))));
                }
            } else {
                for (int i = done(move); i < operations.size(); i++) {
                    Operation operation = operations.get(i);
                    planned.add(new Plan.PlannedOperation(i, operation.describe(), operation.plan(name, states.get(i))));
                }
            }
            steps.add(new Plan.Step(move.migration, move.backwards, planned));
        }
        return new Plan(steps);
    }

    /** The states before each operation of {@code migration}, and after the last. */
    private List<Schema> states(Migration migration) {
        List<Schema> states = new ArrayList<>();
        Schema state = graph.get().stateBefore(migration);
        states.add(state);
        for (Operation operation : migration.operations()) {
            state = operation.stateForwards(state);
            states.add(state);
        }
        return states;
    }

    // ---- running

    private void forwards(Move move, MigrationRecorder recorder, ServerFeatures server, MigrationLock lock) {
        Migration migration = move.migration;
        List<Operation> operations = migration.operations();
        List<Schema> states = states(migration);
        int start = done(move);
        listener.migrationStarted(migration, false);
        recorder.started(migration);
        for (int i = start; i < operations.size(); i++) {
            lock.check();
            Operation operation = operations.get(i);
            listener.operationStarted(migration, i, operation, false);
            try {
                operation.forwards(context(states.get(i), states.get(i + 1), server, lock));
            } catch (RuntimeException e) {
                throw failure(migration, i, operation, false, e);
            }
            recorder.progress(migration, i + 1);
        }
        recorder.applied(migration);
        listener.migrationFinished(migration, false);
    }

    private void backwards(Move move, MigrationRecorder recorder, ServerFeatures server, MigrationLock lock) {
        Migration migration = move.migration;
        List<Operation> operations = migration.operations();
        List<Schema> states = states(migration);
        listener.migrationStarted(migration, true);
        recorder.unapplying(migration);
        for (int i = done(move) - 1; i >= 0; i--) {
            lock.check();
            Operation operation = operations.get(i);
            listener.operationStarted(migration, i, operation, true);
            try {
                operation.backwards(context(states.get(i), states.get(i + 1), server, lock));
            } catch (RuntimeException e) {
                throw failure(migration, i, operation, true, e);
            }
            recorder.progress(migration, i);
        }
        recorder.removed(migration);
        listener.migrationFinished(migration, true);
    }

    private MigrationContext context(Schema before, Schema after, ServerFeatures server, MigrationLock lock) {
        return new MigrationContext(database, admin, before, after, listener, batchSize, server, lock::check);
    }

    private static MigrationError failure(Migration migration, int index, Operation operation, boolean backwards,
            RuntimeException e) {
        int total = migration.operations().size();
        String where = (backwards ? "Undoing " : "") + migration.label() + " stopped at operation " + (index + 1) + " of "
                + total + " (" + operation.describe() + "): ";
        String reason = e instanceof MigrationError ? e.getMessage() : e.toString();
        String again = "un migrate again to continue " + (backwards ? "undoing " : "") + "from operation " + (index + 1)
                + " once the cause is fixed.";
        String state = backwards
                ? (index + 1 < total ? " Operations " + (index + 2) + " to " + total + " are undone and recorded; r" : " R") + again
                : (index > 0 ? " Operations 1 to " + index + " are applied and recorded; r" : " R") + again;
        String message = where + reason + (reason.endsWith(".") ? "" : ".") + state;
        if (e instanceof MigrationLockError) {
            return new MigrationLockError(message);
        }
        return new MigrationError(message, e);
    }
}
