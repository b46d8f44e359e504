package io.djongo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.djongo.processor.analysis.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/** Compiling small models with the processor, and asserting where and how a diagnostic is reported. */
final class Compilations {
    private Compilations() {}

    /** The imports every test source starts with, on one line, followed by the body. */
    static final String IMPORTS = "package test; "
            + "import io.djongo.annotations.*; import java.time.*; import java.util.*; import org.bson.types.ObjectId;";

    static JavaFileObject source(String topLevelClass, String... body) {
        return sourceWithImports(IMPORTS, topLevelClass, body);
    }

    /** A source whose first line is {@code imports} (a package declaration and imports) instead of the usual ones. */
    static JavaFileObject sourceWithImports(String imports, String topLevelClass, String... body) {
        String[] lines = new String[body.length + 1];
        lines[0] = imports;
        System.arraycopy(body, 0, lines, 1, body.length);
        String pkg = imports.startsWith("package ") ? imports.substring(8, imports.indexOf(';')).trim() + "." : "";
        return JavaFileObjects.forSourceLines(pkg + topLevelClass, lines);
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new DjongoProcessor()).compile(sources);
    }

    /**
     * Asserts that compilation failed with {@code diagnostic}, reported in {@code source} on the
     * one line containing {@code lineFragment}, with a message that mentions each of
     * {@code mentions}.
     */
    static void assertError(Compilation compilation, Diagnostic diagnostic, JavaFileObject source, String lineFragment,
            String... mentions) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContainingMatch(tagged(diagnostic, mentions))
                .inFile(source)
                .onLine(lineOf(source, lineFragment));
    }

    /** Asserts a warning, as {@link #assertError} does an error; the compilation may still succeed. */
    static void assertWarning(Compilation compilation, Diagnostic diagnostic, JavaFileObject source, String lineFragment,
            String... mentions) {
        assertThat(compilation).hadWarningContainingMatch(tagged(diagnostic, mentions))
                .inFile(source)
                .onLine(lineOf(source, lineFragment));
    }

    /** Matches a message with the tag of {@code diagnostic} that contains every one of {@code mentions}. */
    static Pattern tagged(Diagnostic diagnostic, String... mentions) {
        StringBuilder regex = new StringBuilder(Pattern.quote("[djongo:" + diagnostic.tag() + "] "));
        for (String mention : mentions) {
            regex.append("(?=.*").append(Pattern.quote(mention)).append(")");
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    static List<String> errorsTagged(Compilation compilation, Diagnostic diagnostic) {
        return compilation.errors().stream()
                .map(error -> error.getMessage(Locale.ROOT))
                .filter(message -> message.startsWith("[djongo:" + diagnostic.tag() + "]"))
                .collect(Collectors.toList());
    }

    /** The number of the one line of {@code source} that contains {@code fragment}. */
    static int lineOf(JavaFileObject source, String fragment) {
        List<String> lines;
        try {
            lines = source.getCharContent(true).toString().lines().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                if (found != -1) {
                    throw new IllegalArgumentException("'" + fragment + "' is on more than one line of " + source.getName());
                }
                found = i + 1;
            }
        }
        if (found == -1) {
            throw new IllegalArgumentException("'" + fragment + "' is on no line of " + source.getName());
        }
        return found;
    }

    /** The generated source of {@code qualifiedName}, as text. */
    static String generated(Compilation compilation, String qualifiedName) {
        try {
            return compilation.generatedSourceFile(qualifiedName)
                    .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"))
                    .getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
