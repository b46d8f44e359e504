package io.djongo.migrations;

import io.djongo.schema.Schema;
import java.util.List;

/**
 * One step of a migration (Django's migration operations): a small immutable value that knows
 * how it changes the schema state ({@link #stateForwards}), what it does to the database
 * ({@link #forwards}, {@link #backwards}), the exact commands it sends ({@link #plan}) and how to
 * say it ({@link #describe}). Keeping "what changes" apart from "how it is applied" is what makes
 * the plan, the autodetector and reversal possible without touching the database.
 *
 * <p>Every operation is idempotent: running it again after an interrupted run finishes the job
 * and changes nothing that is already done, so {@code migrate} resumes a migration at the
 * operation that was interrupted.
 */
public interface Operation {
    /** What the operation does, in words: {@code Create index pub_date_-1 on entry}. */
    String describe();

    /** The schema after this operation, given the schema before; never touches the database. */
    Schema stateForwards(Schema before);

    /**
     * Applies the operation to the database; {@code context} holds the states before and after
     * it. Idempotent.
     *
     * @throws MigrationError when the server rejects a command, ignores an option, or data cannot
     *     be changed without loss; the message says what and how to fix it
     */
    void forwards(MigrationContext context);

    /**
     * Undoes the operation; {@code context} holds the same states as for {@link #forwards} (the
     * state before the operation is the one to return to). Idempotent.
     *
     * @throws IrreversibleMigrationError when the operation cannot be undone
     */
    default void backwards(MigrationContext context) {
        throw new IrreversibleMigrationError(describe() + " cannot be undone");
    }

    /** Whether {@link #backwards} can undo the operation. */
    default boolean reversible() {
        return false;
    }

    /**
     * The commands {@link #forwards} sends to {@code database}, given the state before the
     * operation, for {@code migrate --plan}.
     */
    List<Command> plan(String database, Schema before);

    /** The commands {@link #backwards} sends, given the state before the operation (the one it returns to). */
    default List<Command> planBackwards(String database, Schema before) {
        return List.of(Command.note("cannot be undone"));
    }

    /**
     * A short CamelCase name for a migration made of this operation ({@code AddPubDateIndex}),
     * used by {@code makemigrations} to name the migration it writes; {@code null} when it has none.
     */
    default String nameFragment() {
        return null;
    }
}
