package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden-source tests: the processor's output for one representative set of models, compared
 * character for character with reviewed files.
 *
 * <p>The inputs are in {@code src/test/resources/golden/input/com/example/blog}, the expected
 * files in {@code src/test/resources/golden/expected}. After an intended change to the
 * generators, regenerate the expected files and review the diff before keeping it:
 *
 * <pre>
 * mvn -B -q -pl processor test -Dtest=GeneratedSourcesTest -Dgolden.update=true
 * git diff processor/src/test/resources/golden/expected
 * </pre>
 */
class GeneratedSourcesTest {
    /** When set, the tests write the generated files over the expected ones instead of comparing. */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** The module directory: Surefire sets {@code basedir}; an IDE usually runs in the module directory. */
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", ""), "src", "test", "resources", "golden");
    private static final Path INPUT = GOLDEN.resolve("input");
    private static final Path EXPECTED = GOLDEN.resolve("expected");

    private static final String PACKAGE = "com.example.blog";
    private static final String SERVICE_FILE = "META-INF/services/io.djongo.meta.ModelIndex";
    private static final String MODEL_LIST = "META-INF/djongo/models";

    private static Compilation compilation;

    @BeforeAll
    static void compileGoldenInputs() {
        compilation = javac().withProcessors(new DjongoProcessor()).compile(goldenInputs());
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Entry_", "Blog_", "Author_", "Comment_", "Category_", "Tag_", "Review_", "DjongoModelIndex",
            "EntryQueries_"})
    void generatedSourceMatchesGolden(String simpleName) {
        String qualifiedName = PACKAGE + "." + simpleName;
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated; generated: " + generatedSources()));
        assertGolden(simpleName + ".java", contents(file));
    }

    @Test
    void modelIndexIsListedAsAService() {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
                .orElseThrow(() -> new AssertionError(SERVICE_FILE + " was not generated"));
        assertGolden(SERVICE_FILE, contents(file));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"com.example.blog.Entry", "com.example.blog.Category"})
    void schemaSnapshotMatchesGoldenAndReadsBack(String model) {
        String resource = "META-INF/djongo/schema/" + model + ".json";
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)
                .orElseThrow(() -> new AssertionError(resource + " was not generated"));
        String json = contents(file);
        assertGolden(resource, json);

        // The runtime reads what the processor writes, and writes it back the same.
        io.djongo.schema.CollectionSchema read = io.djongo.schema.SchemaSnapshot.read(org.bson.BsonDocument.parse(json));
        assertThat(org.bson.BsonDocument.parse(io.djongo.schema.SchemaSnapshot.toJson(read)))
                .isEqualTo(org.bson.BsonDocument.parse(json));
    }

    @Test
    void modelListForPartialRecompilesIsWritten() {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, MODEL_LIST)
                .orElseThrow(() -> new AssertionError(MODEL_LIST + " was not generated"));
        assertGolden(MODEL_LIST, contents(file));
    }

    /**
     * One source file per annotated class keeps javac's bookkeeping of generated files small: a
     * companion per model, an implementation per {@code @Queries} interface, and one index.
     */
    @Test
    void generatesOneCompanionPerModelOneImplementationPerQueriesAndOneIndex() {
        assertThat(generatedSources()).containsExactly(
                "Author_", "Blog_", "Category_", "Comment_", "DjongoModelIndex", "EntryQueries_", "Entry_", "Review_", "Tag_");
    }

    /**
     * Users compile with strict settings, so neither the generated code nor the processor may
     * add warnings: not even javac's {@code -Xlint:processing} "No processor claimed any of these
     * annotations", which the processor avoids by claiming the Djongo annotations and the
     * {@code @Generated} it writes.
     */
    @Test
    void compilesWithoutWarningsUnderXlintAllWerror() {
        Compilation strict = javac().withProcessors(new DjongoProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(goldenInputs());

        assertThat(strict).succeededWithoutWarnings();
    }

    // ---- helpers

    private static List<JavaFileObject> goldenInputs() {
        try (Stream<Path> files = Files.walk(INPUT)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .map(GeneratedSourcesTest::source)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the golden inputs in " + INPUT.toAbsolutePath(), e);
        }
    }

    private static JavaFileObject source(Path path) {
        String relative = INPUT.relativize(path).toString().replace('\\', '/');
        String qualifiedName = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        return JavaFileObjects.forSourceString(qualifiedName, read(path));
    }

    /** The simple names of the generated sources in {@link #PACKAGE}. */
    private static TreeSet<String> generatedSources() {
        TreeSet<String> names = new TreeSet<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            names.add(path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length()));
        }
        return names;
    }

    private static void assertGolden(String expectedName, String actual) {
        Path expectedFile = EXPECTED.resolve(expectedName);
        if (UPDATE) {
            write(expectedFile, actual);
            return;
        }
        assertWithMessage("golden file %s is missing; create it with -Dgolden.update=true and review it",
                expectedFile.toAbsolutePath()).that(Files.exists(expectedFile)).isTrue();
        assertWithMessage("the generated %s differs from %s; if the change is intended, regenerate the golden files "
                + "with -Dgolden.update=true and review the diff", expectedName, expectedFile)
                .that(actual)
                .isEqualTo(read(expectedFile));
    }

    private static String contents(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text with line endings normalized, so a checkout with CRLF endings still compares equal. */
    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
