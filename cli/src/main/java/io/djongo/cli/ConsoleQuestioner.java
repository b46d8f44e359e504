package io.djongo.cli;

import io.djongo.migrations.AmbiguousChangeError;
import io.djongo.migrations.autodetector.Questioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Asks at the console, as Django's {@code InteractiveMigrationQuestioner}: "Was the field entry.headline renamed to entry.title? [y/N]". */
final class ConsoleQuestioner implements Questioner {
    private final Environment environment;

    ConsoleQuestioner(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> renamedFrom(String what, String added, List<String> candidates) {
        if (candidates.size() == 1) {
            while (true) {
                String answer = ask("Was the " + what + " " + candidates.get(0) + " renamed to " + added + "? [y/N] ", added);
                switch (answer.toLowerCase(Locale.ROOT)) {
                    case "y", "yes" -> {
                        return Optional.of(candidates.get(0));
                    }
                    case "", "n", "no" -> {
                        return Optional.empty();
                    }
                    default -> environment.out().println("Please answer y or n.");
                }
            }
        }
        StringBuilder question = new StringBuilder("Was the " + what + " " + added + " renamed from one of these?\n");
        for (int i = 0; i < candidates.size(); i++) {
            question.append("  ").append(i + 1).append(") ").append(candidates.get(i)).append('\n');
        }
        question.append("  0) no, ").append(added).append(" is a new ").append(what).append('\n').append("Select an option: ");
        while (true) {
            String answer = ask(question.toString(), added);
            try {
                int chosen = Integer.parseInt(answer);
                if (chosen == 0) {
                    return Optional.empty();
                }
                if (chosen >= 1 && chosen <= candidates.size()) {
                    return Optional.of(candidates.get(chosen - 1));
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            environment.out().println("Please select a number from 0 to " + candidates.size() + ".");
        }
    }

    private String ask(String question, String added) {
        environment.out().print(question);
        environment.out().flush();
        String line;
        try {
            line = environment.in().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            throw new AmbiguousChangeError(List.of("no answer (the input ended) to whether " + added
                    + " was renamed; answer with --rename or --not-renamed, and --no-input"));
        }
        return line.trim();
    }
}
