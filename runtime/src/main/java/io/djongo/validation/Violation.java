package io.djongo.validation;

import java.util.Objects;

/**
 * One problem found by validation.
 *
 * @param path where: a field ({@code headline}), a path through embedded models and list
 *     elements ({@code blog.name}, {@code authors[2].email}), or {@link ValidationError#NON_FIELD_ERRORS}
 *     for a problem of the whole object
 * @param message what is wrong, for people
 * @param code a stable code for programs, as Django's ({@code max_length}, {@code null},
 *     {@code blank}, {@code invalid_choice}, {@code unique}, {@code min_value}, ...)
 */
public record Violation(String path, String message, String code) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
