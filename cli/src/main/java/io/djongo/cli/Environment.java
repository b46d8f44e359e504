package io.djongo.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command reads and writes besides its options: the console, the environment variables
 * ({@code MONGODB_URI}), the working directory (relative {@code --source-dir}), the class loader
 * that sees the application's models and migrations, and whether a person is at the terminal
 * (questions, progress bars redrawn in place). Tests give their own.
 *
 * @param in answers to questions
 * @param out results
 * @param err progress, waits and errors
 * @param variables the environment variables
 * @param workingDirectory where relative paths start
 * @param classLoader the loader of the application's classes
 * @param terminal whether {@code err} is a terminal, so progress redraws one line
 */
public record Environment(BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> variables,
        Path workingDirectory, ClassLoader classLoader, boolean terminal) {

    public Environment {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The process's own console, environment, directory and class loader. */
    public static Environment system() {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Environment(new BufferedReader(new InputStreamReader(System.in, charset)),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
                Path.of("").toAbsolutePath(), loader != null ? loader : Main.class.getClassLoader(), System.console() != null);
    }

    /** The environment variable {@code name}, or {@code null} when unset or blank. */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
