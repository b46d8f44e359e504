package io.djongo.cli;

import static io.djongo.migrations.Fields.ENUM;
import static io.djongo.migrations.Fields.INSTANT;
import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.LONG;
import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.bson;
import static io.djongo.migrations.Fields.embedded;
import static io.djongo.migrations.Fields.field;
import static io.djongo.migrations.Fields.listOf;
import static io.djongo.migrations.Fields.mapOf;
import static io.djongo.migrations.Fields.recursive;
import static io.djongo.migrations.Fields.setOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.DropCollection;
import io.djongo.migrations.operations.DropIndex;
import io.djongo.migrations.operations.RemoveField;
import io.djongo.migrations.operations.RenameCollection;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.RunCode;
import io.djongo.migrations.operations.SetValidator;
import io.djongo.schema.IndexSpec;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.bson.BsonBoolean;
import org.bson.BsonDouble;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration writer (Django's MigrationWriter: "Takes a Migration instance and is able to
 * produce the contents of the migration file from it"): readable source, every operation as
 * its static factory, compiling under -Xlint:all -Werror, and read back as the same operations.
 */
class MigrationWriterTest {
    static final List<Operation> EVERYTHING = List.of(
            CreateCollection.named("entry")
                    .model("com.example.blog.Entry")
                    .field("_id", "id", OBJECT_ID)
                    .field("blog", embedded("com.example.blog.Blog", field("name", STRING), field("tagline", STRING)))
                    .field("tags", setOf(STRING))
                    .field("votes", mapOf(INT))
                    .field("comments", listOf(embedded("com.example.blog.Comment", field("text", STRING),
                            field("replies", listOf(recursive("com.example.blog.Comment"))))))
                    .field(field("status", ENUM).withDefault(new BsonString("DRAFT")))
                    .field(field("created", INSTANT).withDefault(bson("{\"$date\": \"2024-01-01T00:00:00Z\"}")))
                    .validator("{\"$jsonSchema\": {\"bsonType\": \"object\", \"required\": [\"status\"]}}"),
            CreateIndex.on("entry", IndexSpec.on("blog.name", 1).then("created", -1)),
            CreateIndex.on("entry", IndexSpec.on("slug", 1).named("by_slug").unique().sparse()
                    .partialFilter("{\"status\": \"PUBLISHED\"}").collation("{\"locale\": \"en\", \"strength\": 2}")),
            CreateIndex.on("entry", IndexSpec.on("created", 1).expireAfterSeconds(86400)),
            CreateIndex.on("entry", IndexSpec.on("headline", "text").named("search").weights("{\"headline\": 10}")
                    .defaultLanguage("english")),
            DropIndex.of("entry", "pub_date_-1"),
            RenameCollection.of("post", "article"),
            DropCollection.named("draft"),
            AddField.to("entry", field("views", LONG).withDefault(new BsonInt64(0))),
            AddField.to("entry", "comments", field("likes", INT)),
            RemoveField.from("entry", "blog.tagline"),
            RenameField.in("entry", "blog.name", "title"),
            AlterField.of("entry", "rating", listOf(INT)).withDefault(new BsonDouble(2.5)),
            AlterField.of("entry", "flag", STRING).withDefault(BsonBoolean.TRUE),
            SetValidator.of("entry", "{\"$jsonSchema\": {\"required\": [\"title\"]}}"),
            SetValidator.remove("article"));

    @TempDir
    Path output;

    private static String everything() {
        return MigrationWriter.source("com.example.blog.migrations", "V0002_Everything", "V0001_Initial", EVERYTHING);
    }

    @Test
    void everyOperationIsWrittenWithItsStaticFactory() {
        Golden.check("V0002_Everything.java", everything());
    }

    @Test
    void theSourceCompilesUnderLintAndIsReadBackAsTheSameOperations() throws Exception {
        Operations compiled = compile("com.example.blog.migrations.V0002_Everything", everything());

        assertEquals(EVERYTHING, compiled.operations());
    }

    @Test
    void theInitialMigrationOfTheFixtureCompilesToo() throws Exception {
        Operations compiled = compile("io.djongo.cli.fixture.blog.migrations.V0001_Initial", Golden.read("blog/V0001_Initial.java"));

        assertEquals(2, compiled.operations().size());
    }

    @Test
    void codeCannotBeWrittenAsSource() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MigrationWriter.source("a.migrations",
                "V0002_X", null, List.of(RunCode.of("fill slugs", RunCode.NOOP))));
        assertTrue(error.getMessage().contains("cannot write \"Run code: fill slugs\" as source"), error.getMessage());
    }

    /** Compiles {@code source} as users' builds do (-Xlint:all -Werror) and creates the class. */
    private Operations compile(String className, String source) throws Exception {
        Path file = output.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(output.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
            assertTrue(ok, diagnostics.getDiagnostics().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            return (Operations) loader.loadClass(className).getConstructor().newInstance();
        }
    }
}
