package io.djongo.migrations;

import io.djongo.DjongoException;

/**
 * A migration could not be made or applied: the server rejected a command or ignored an option,
 * data could not be changed without loss, or the migrations themselves are inconsistent. The
 * message says what is wrong and how to fix it; a driver exception, if any, is the cause.
 */
public class MigrationError extends DjongoException {
    private static final long serialVersionUID = 1L;

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
