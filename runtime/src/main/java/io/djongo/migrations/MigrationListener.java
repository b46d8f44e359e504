package io.djongo.migrations;

import java.time.Instant;

/**
 * What {@code migrate} reports while it works: each migration and operation as it starts and
 * ends, the progress of long data steps, and waits for the migration lock. The command-line
 * tool prints these, with progress bars; the default listener says nothing.
 */
public interface MigrationListener {
    /** Reports nothing. */
    MigrationListener SILENT = new MigrationListener() {};

    /** {@code migration} starts to be applied, or undone when {@code backwards}. */
    default void migrationStarted(Migration migration, boolean backwards) {}

    /** Operation {@code index} (0-based) of {@code migration} starts. */
    default void operationStarted(Migration migration, int index, Operation operation, boolean backwards) {}

    /**
     * A data step has processed {@code done} of about {@code total} documents ({@code total} is
     * counted when the step starts, so it may be off if documents are written meanwhile).
     */
    default void documents(String task, long done, long total) {}

    /** {@code migration} was applied, or undone when {@code backwards}, and recorded. */
    default void migrationFinished(Migration migration, boolean backwards) {}

    /** Another migrator holds the lock until {@code expires}; this one waits. */
    default void waitingForLock(String holder, Instant expires) {}
}
