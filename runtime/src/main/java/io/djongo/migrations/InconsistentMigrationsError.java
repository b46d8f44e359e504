package io.djongo.migrations;

/**
 * The migrations cannot be ordered or replayed, or disagree with what the database records: a
 * dependency cycle, a missing dependency, two latest migrations in one app, an operation on a
 * collection or field that the earlier migrations never created, or a recorded migration applied
 * before one it depends on (Django's {@code InconsistentMigrationHistory}).
 */
public class InconsistentMigrationsError extends MigrationError {
    private static final long serialVersionUID = 1L;

    public InconsistentMigrationsError(String message) {
        super(message);
    }

    public InconsistentMigrationsError(String message, Throwable cause) {
        super(message, cause);
    }
}
