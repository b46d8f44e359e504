package io.djongo.migrations.autodetector;

import java.util.List;
import java.util.Optional;

/**
 * Answers the questions the autodetector cannot decide alone (Django's
 * {@code MigrationQuestioner}): whether an added field or collection is a removed one renamed,
 * when several candidates fit. The command line asks the user; {@link #NO_INPUT} asks nobody,
 * and the autodetector then fails with every question and the flags that answer it.
 */
public interface Questioner {
    /** A questioner that may not ask ({@code makemigrations --no-input}). */
    Questioner NO_INPUT = new Questioner() {
        @Override
        public boolean canAsk() {
            return false;
        }

        @Override
        public Optional<String> renamedFrom(String what, String added, List<String> candidates) {
            throw new UnsupportedOperationException("--no-input: no questions");
        }
    };

    /** Whether this questioner may ask; {@code false} for {@link #NO_INPUT}. */
    default boolean canAsk() {
        return true;
    }

    /**
     * Which of {@code candidates} (removed fields or collections, by path) was renamed to
     * {@code added}; empty when none was, and {@code added} is new.
     *
     * @param what {@code "field"} or {@code "collection"}
     */
    Optional<String> renamedFrom(String what, String added, List<String> candidates);
}
