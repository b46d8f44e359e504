package io.djongo.processor.analysis;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;

/**
 * Reports diagnostics through {@link Messager} on the element they concern, and remembers whether
 * an error was reported, so analysis goes on after an error and users see every problem at once.
 */
public final class Reporter {
    private final Messager messager;
    private boolean errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** A reporter that only records whether errors occurred, for analysing classes of other compilations. */
    public static Reporter silent() {
        return new Reporter(null);
    }

    public void report(Diagnostic diagnostic, Element element, Object... args) {
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors = true;
        }
        if (messager != null) {
            messager.printMessage(diagnostic.kind(), diagnostic.format(args), element);
        }
    }

    /** Whether any error has been reported since the last {@link #reset()}. */
    public boolean hasErrors() {
        return errors;
    }

    public void reset() {
        errors = false;
    }
}
