package io.djongo.migrations;

import java.util.List;

/**
 * {@code makemigrations} needs an answer it may not ask for ({@code --no-input}): whether a field
 * or collection was renamed, when several candidates fit. The message lists each question with
 * the flags that answer it ({@code --rename entry.headline=title}, {@code --not-renamed entry.title}).
 */
public class AmbiguousChangeError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final List<String> questions;

    public AmbiguousChangeError(List<String> questions) {
        super("makemigrations needs an answer it may not ask for (--no-input):\n  - " + String.join("\n  - ", questions));
        this.questions = List.copyOf(questions);
    }

    /** Each unanswered question, with the flags that answer it. */
    public List<String> questions() {
        return questions;
    }
}
