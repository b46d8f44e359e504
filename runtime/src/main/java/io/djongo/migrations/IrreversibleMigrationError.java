package io.djongo.migrations;

/** A backwards migration needs an operation that cannot be undone (Django's {@code IrreversibleError}). */
public class IrreversibleMigrationError extends MigrationError {
    private static final long serialVersionUID = 1L;

    public IrreversibleMigrationError(String message) {
        super(message);
    }
}
