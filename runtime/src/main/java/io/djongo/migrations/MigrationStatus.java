package io.djongo.migrations;

import java.time.Instant;

/**
 * Whether a migration is applied, as {@code showmigrations} lists it.
 *
 * @param app the app
 * @param name the migration
 * @param state applied, partly applied (an interrupted run), not applied, or recorded but not in the code
 * @param done how many operations are in place
 * @param operations how many operations it has
 * @param applied when it was applied, or {@code null}
 */
public record MigrationStatus(String app, String name, State state, int done, int operations, Instant applied) {
    /** The state of a migration. */
    public enum State {
        APPLIED("[X]"),
        /** Interrupted: some operations are in place; {@code migrate} continues it, or undoes it backwards. */
        PARTIAL("[~]"),
        UNAPPLIED("[ ]"),
        /** Recorded as applied in the database, but no migration of that name is in the code. */
        UNKNOWN("[?]");

        private final String mark;

        State(String mark) {
            this.mark = mark;
        }

        /** Django's marks: {@code [X]} applied, {@code [ ]} not; {@code [~]} partly, {@code [?]} not in the code. */
        public String mark() {
            return mark;
        }
    }

    /** {@code [X] V0001_Initial}, with how far a partial migration got. */
    @Override
    public String toString() {
        return state.mark() + " " + name + switch (state) {
            case PARTIAL -> " (" + done + " of " + operations + " operations applied; run migrate to continue)";
            case UNKNOWN -> " (recorded as applied, but not in the code)";
            default -> "";
        };
    }
}
