package io.djongo.migrations;

/** An app or migration named by the caller ({@code migrate blog V0002_X}) does not exist. */
public class UnknownMigrationError extends MigrationError {
    private static final long serialVersionUID = 1L;

    public UnknownMigrationError(String message) {
        super(message);
    }
}
