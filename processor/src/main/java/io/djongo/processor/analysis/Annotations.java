package io.djongo.processor.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reading annotations as mirrors, by name: for annotations the processor does not depend on
 * (Jakarta Bean Validation), and to report problems on the exact annotation value.
 */
final class Annotations {
    private Annotations() {}

    /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The qualified name of the annotation's type. */
    static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** The value of {@code member}, as written or by default. */
    static AnnotationValue value(Elements elements, AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException(name(mirror) + " has no member " + member);
    }

    /** The value of {@code member} as written in source, or {@code null} when left at its default. */
    static AnnotationValue explicit(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The elements of an array value: {@code {"a", "b"}}, or a single value written without braces. */
    @SuppressWarnings("unchecked") // an array member's value is a List<? extends AnnotationValue>, per AnnotationValue
    static List<? extends AnnotationValue> array(AnnotationValue value) {
        Object raw = value.getValue();
        return raw instanceof List ? (List<? extends AnnotationValue>) raw : List.of(value);
    }
}
