package io.djongo.processor.analysis;

import javax.annotation.processing.Messager;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Reports diagnostics through {@link Messager} on the element they concern, and remembers whether
 * an error was reported, so analysis goes on after an error and users see every problem at once.
 */
public final class Reporter {
    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** A reporter that only records whether errors occurred, for analysing classes of other compilations. */
    public static Reporter silent() {
        return new Reporter(null);
    }

    public void report(Diagnostic diagnostic, Element element, Object... args) {
        report(diagnostic, element, null, null, args);
    }

    /**
     * Reports on an annotation of {@code element}, or on one of its values, so the compiler points
     * at the exact text ({@code @Index(fields = "blg.name")}); {@code value} may be {@code null}.
     */
    public void report(Diagnostic diagnostic, Element element, javax.lang.model.element.AnnotationMirror annotation,
            javax.lang.model.element.AnnotationValue value, Object... args) {
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        if (messager != null) {
            Object[] readable = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                readable[i] = args[i] instanceof TypeMirror || args[i] instanceof TypeName
                        ? simpleNames(args[i].toString()) : args[i];
            }
            if (annotation == null) {
                messager.printMessage(diagnostic.kind(), diagnostic.format(readable), element);
            } else if (value == null) {
                messager.printMessage(diagnostic.kind(), diagnostic.format(readable), element, annotation);
            } else {
                messager.printMessage(diagnostic.kind(), diagnostic.format(readable), element, annotation, value);
            }
        }
    }

    /** How many errors have been reported; analysis compares counts to tell whether a model failed. */
    public int errorCount() {
        return errors;
    }

    /** A type as people write it in source: {@code java.util.List<java.lang.String>} → {@code List<String>}. */
    static String simpleNames(String type) {
        return type.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }
}
