package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model index as builds really produce it: compiled to disk, recompiled in part as IDEs and
 * non-incremental Maven builds do, and loaded by the runtime from the class output.
 */
class ModelIndexBuildTest {

    @TempDir
    Path work;

    /**
     * An IDE build recompiles only the changed model; the index it writes must still list the
     * unchanged ones, which it reads from the previous build's list, or their codecs would be
     * missing at run time.
     */
    @Test
    void partialRecompileKeepsTheModelsItDidNotSee() throws Exception {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        write(sources, "shop/Order.java", model("shop", "Order"));
        write(sources, "shop/Customer.java", model("shop", "Customer"));
        compile(classes, sources.resolve("shop/Order.java"), sources.resolve("shop/Customer.java"));

        write(sources, "shop/Order.java", model("shop", "Order").replace("String name;", "String name;\n    int total;"));
        compile(classes, sources.resolve("shop/Order.java"));

        String index = Files.readString(generatedIndex(classes));
        assertThat(index).contains("case \"shop.Customer\" -> Customer_.Meta.instance();");
        assertThat(index).contains("case \"shop.Order\" -> Order_.Meta.instance();");
        try (URLClassLoader loader = loader(classes)) {
            ModelRegistry registry = ModelRegistry.load(loader);
            assertThat(names(registry.models())).containsExactly("Customer", "Order");
            assertThat(registry.find(loader.loadClass("shop.Customer"))).isPresent();
        }
    }

    /**
     * The {@code @Queries} interfaces are kept through a partial recompile as models are, and the
     * runtime finds their generated implementation through the index, without reflection.
     */
    @Test
    void partialRecompileKeepsTheQueriesItDidNotSee() throws Exception {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        write(sources, "shop/Order.java", model("shop", "Order"));
        write(sources, "shop/OrderQueries.java", "package shop;\n\n"
                + "import io.djongo.annotations.Queries;\n"
                + "import java.util.List;\n\n"
                + "@Queries(Order.class)\n"
                + "public interface OrderQueries {\n"
                + "    List<Order> findByName(String name);\n"
                + "}\n");
        compile(classes, sources.resolve("shop/Order.java"), sources.resolve("shop/OrderQueries.java"));

        write(sources, "shop/Order.java", model("shop", "Order").replace("String name;", "String name;\n    int total;"));
        compile(classes, sources.resolve("shop/Order.java"));

        String index = Files.readString(generatedIndex(classes));
        assertThat(index).contains("case \"shop.OrderQueries\" -> alias == null ? OrderQueries_.INSTANCE "
                + ": OrderQueries_.INSTANCE.using(alias);");
        assertThat(Files.readString(classes.resolve(DjongoProcessor.QUERIES_LIST))).isEqualTo("shop.OrderQueries\n");
        try (URLClassLoader loader = loader(classes)) {
            Class<?> queries = loader.loadClass("shop.OrderQueries");
            assertThat(ModelRegistry.load(loader).queries(queries, null)).isPresent();
            assertThat(ModelRegistry.load(loader).queries(Runnable.class, null)).isEmpty();
        }
    }

    /** A model deleted since the last build leaves the index, instead of breaking its compilation. */
    @Test
    void partialRecompileDropsModelsThatNoLongerExist() throws Exception {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        write(sources, "shop/Order.java", model("shop", "Order"));
        write(sources, "shop/Customer.java", model("shop", "Customer"));
        compile(classes, sources.resolve("shop/Order.java"), sources.resolve("shop/Customer.java"));
        try (Stream<Path> files = Files.list(classes.resolve("shop"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("Customer")).toList()) {
                Files.delete(file);
            }
        }

        compile(classes, sources.resolve("shop/Order.java"));

        assertThat(Files.readString(generatedIndex(classes))).doesNotContain("Customer");
        assertThat(Files.readString(classes.resolve(DjongoProcessor.MODEL_LIST))).isEqualTo("shop.Order\n");
    }

    /**
     * Looking one model up loads its own generated classes and no other model's: start-up does
     * not grow with the number of models. The index also splits its lookup into methods of at
     * most 256 cases, so a large application's index stays far from the JVM's method size limit.
     */
    @Test
    void aLookupLoadsOnlyThatModelsClassesEvenInALargeIndex() throws Exception {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(write(sources, "big/M" + i + ".java", model("big", "M" + i)));
        }
        compile(classes, files.toArray(Path[]::new));

        String index = Files.readString(generatedIndex(classes));
        assertThat(index).contains("private static ModelMeta<?> find1(String className)");
        try (TrackingLoader loader = new TrackingLoader(classes)) {
            ModelRegistry registry = ModelRegistry.load(loader);
            Class<?> model = loader.loadClass("big.M299");
            Optional<? extends ModelMeta<?>> meta = registry.find(model);

            assertThat(meta).isPresent();
            assertThat(meta.get().collection()).isEqualTo("m299");
            assertThat(loader.loaded("big.M299_$Meta")).isTrue();
            assertThat(loader.loaded("big.M298_$Meta")).isFalse();
            assertThat(loader.loaded("big.M0_$Codec")).isFalse();
            assertThat(registry.find(String.class)).isEmpty();
        }
    }

    // ---- helpers

    private static String model(String pkg, String name) {
        return "package " + pkg + ";\n\n"
                + "import io.djongo.annotations.Id;\n"
                + "import io.djongo.annotations.Model;\n"
                + "import org.bson.types.ObjectId;\n\n"
                + "@Model\n"
                + "public class " + name + " extends " + name + "_ {\n"
                + "    @Id ObjectId id;\n"
                + "    String name;\n"
                + "}\n";
    }

    private static Path write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Compiles {@code files} into {@code classes}, with {@code classes} on the class path, as a
     * build tool does, under {@code -Xlint:all -Werror}. A recompile leaves out the
     * {@code processing} lint category: javac warns "A file for type 'Order_' already exists on
     * the sourcepath or classpath" whenever a processor regenerates a class whose previous
     * version is on the class path, which is what a partial recompile is.
     */
    private void compile(Path classes, Path... files) throws IOException {
        boolean recompile = Files.exists(classes.resolve(DjongoProcessor.MODEL_LIST));
        Files.createDirectories(classes);
        Path generated = work.resolve("generated");
        Files.createDirectories(generated);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjects(files);
            List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
                    "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"),
                    recompile ? "-Xlint:all,-processing" : "-Xlint:all", "-Werror");
            javax.tools.DiagnosticCollector<JavaFileObject> diagnostics = new javax.tools.DiagnosticCollector<>();
            JavaCompiler.CompilationTask task = javac.getTask(output, manager, diagnostics, options, null, units);
            task.setProcessors(List.of(new DjongoProcessor()));
            boolean succeeded = task.call();
            assertWithMessage("compilation failed:\n%s%s", output, diagnostics.getDiagnostics()).that(succeeded).isTrue();
            assertWithMessage("warnings:\n%s", diagnostics.getDiagnostics()).that(diagnostics.getDiagnostics()).isEmpty();
        }
    }

    private Path generatedIndex(Path classes) throws IOException {
        String service = Files.readString(classes.resolve("META-INF/services/io.djongo.meta.ModelIndex")).trim();
        return work.resolve("generated").resolve(service.replace('.', '/') + ".java");
    }

    private static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ModelIndexBuildTest.class.getClassLoader());
    }

    private static List<String> names(List<ModelMeta<?>> models) {
        return models.stream().map(ModelMeta::name).toList();
    }

    /** A class loader that tells which of its classes have been loaded. */
    private static final class TrackingLoader extends URLClassLoader {
        TrackingLoader(Path classes) throws IOException {
            super(new URL[] {classes.toUri().toURL()}, ModelIndexBuildTest.class.getClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
