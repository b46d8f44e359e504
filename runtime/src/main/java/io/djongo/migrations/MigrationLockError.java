package io.djongo.migrations;

/**
 * Another {@code migrate} held the migration lock for longer than this one would wait, or this
 * run lost its lease. The message names the holder and when its lease ends.
 */
public class MigrationLockError extends MigrationError {
    private static final long serialVersionUID = 1L;

    public MigrationLockError(String message) {
        super(message);
    }
}
