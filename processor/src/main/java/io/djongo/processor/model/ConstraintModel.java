package io.djongo.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A Jakarta Bean Validation constraint read from a field at compile time, as the call of the
 * runtime's {@code io.djongo.validation.Constraint} factory that checks it.
 *
 * @param annotation the annotation's simple name, for messages ({@code Size})
 * @param factory the factory method ({@code size})
 * @param arguments the factory's arguments: {@code Long}, {@code Integer}, {@code Boolean} or {@code String}
 * @param message the annotation's own {@code message}, or {@code null} for the default
 */
public record ConstraintModel(String annotation, String factory, List<Object> arguments, String message) {
    public ConstraintModel {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(factory, "factory");
        arguments = List.copyOf(arguments);
    }

    /** The argument at {@code index}. */
    public Object argument(int index) {
        return arguments.get(index);
    }
}
