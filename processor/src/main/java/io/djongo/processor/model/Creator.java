package io.djongo.processor.model;

import java.util.List;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;

/**
 * How generated code builds an instance with values it has read: a constructor, or a static
 * factory method, whose parameters are the model's fields by name. Records use their canonical
 * constructor; classes with final fields (Lombok's {@code @Value}, Kotlin's {@code data class}, the
 * Immutables style) a constructor that takes them, or the one marked {@code @Creator}. Fields that
 * are not parameters are set afterwards, through their setters.
 *
 * @param parameters the Java names of the fields passed, in the order of the parameters
 * @param factory the static factory method's name, or {@code null} for a constructor
 * @param element the constructor or method, where diagnostics about it are reported
 */
public record Creator(List<String> parameters, String factory, ExecutableElement element) {
    public Creator {
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(element, "element");
    }

    /** Whether {@code field} is one of the parameters. */
    public boolean takes(FieldModel field) {
        return parameters.contains(field.name());
    }
}
