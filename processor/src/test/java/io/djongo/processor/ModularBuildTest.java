package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.djongo.processor.analysis.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models inside a named module, compiled as a modular build does: the runtime and the driver on
 * the module path, {@code -Xlint:all}. The module descriptor must read {@code io.djongo.runtime}
 * and provide the generated model index; the processor says so, with the exact line, when it
 * does not.
 */
class ModularBuildTest {
    private static final Set<String> MODULE_PATH = Set.of("io.djongo.annotations", "io.djongo.runtime",
            "org.mongodb.bson", "org.mongodb.bson.record.codec", "org.mongodb.driver.core", "org.mongodb.driver.sync.client");

    private static final String ORDER = """
            package shop;

            import io.djongo.annotations.Id;
            import io.djongo.annotations.Model;
            import org.bson.types.ObjectId;

            @Model
            public class Order extends Order_ {
                @Id ObjectId id;
                String name;

                public Order() {}
            }
            """;

    @TempDir
    Path work;

    @Test
    void aModuleThatRequiresTheRuntimeAndProvidesItsIndexCompilesWithoutWarnings() throws IOException {
        List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics = compile("""
                module shop {
                    requires transitive io.djongo.runtime;
                    exports shop;
                    provides io.djongo.meta.ModelIndex with shop.DjongoModelIndex;
                }
                """, "-Werror");

        assertWithMessage("diagnostics: %s", diagnostics).that(diagnostics).isEmpty();
        ModuleDescriptor descriptor = ModuleFinder.of(work.resolve("classes")).find("shop").orElseThrow().descriptor();
        assertThat(descriptor.provides()).hasSize(1);
        assertThat(descriptor.provides().iterator().next().providers()).containsExactly("shop.DjongoModelIndex");
    }

    /** Without the line the module compiles, but the runtime's registry cannot find its models. */
    @Test
    void moduleProvidesIsWarnedWithTheLineToAddWhenTheDescriptorLacksIt() throws IOException {
        List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics = compile("""
                module shop {
                    requires io.djongo.runtime;
                }
                """);

        List<String> warnings = messages(diagnostics, javax.tools.Diagnostic.Kind.WARNING);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("[djongo:" + Diagnostic.MODULE_PROVIDES.tag() + "] module shop does not provide");
        assertThat(warnings.get(0)).endsWith(
                "Add this line to its module-info.java: provides io.djongo.meta.ModelIndex with shop.DjongoModelIndex;");
        javax.tools.Diagnostic<? extends JavaFileObject> warning = diagnostics.stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING).findFirst().orElseThrow();
        assertThat(warning.getSource().getName()).endsWith("module-info.java");
        assertThat(warning.getLineNumber()).isEqualTo(1L);
        assertThat(messages(diagnostics, javax.tools.Diagnostic.Kind.ERROR)).isEmpty();
    }

    /** Reading only the annotations is not enough: generated code calls the runtime. */
    @Test
    void moduleRequiresIsAnErrorWhenTheModuleDoesNotReadTheRuntime() throws IOException {
        List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics = compile("""
                module shop {
                    requires io.djongo.annotations;
                    requires org.mongodb.bson;
                    provides io.djongo.meta.ModelIndex with shop.DjongoModelIndex;
                }
                """);

        assertThat(messages(diagnostics, javax.tools.Diagnostic.Kind.ERROR)).contains(
                Diagnostic.MODULE_REQUIRES.format("shop"));
    }

    // ---- helpers

    private List<javax.tools.Diagnostic<? extends JavaFileObject>> compile(String moduleInfo, String... extraOptions)
            throws IOException {
        Path sources = work.resolve("src");
        Files.createDirectories(sources.resolve("shop"));
        Path descriptor = Files.writeString(sources.resolve("module-info.java"), moduleInfo, StandardCharsets.UTF_8);
        Path order = Files.writeString(sources.resolve("shop/Order.java"), ORDER, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path generated = Files.createDirectories(work.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                    "--module-path", modulePath(), "-Xlint:all"));
            options.addAll(List.of(extraOptions));
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjects(descriptor, order));
            task.setProcessors(List.of(new DjongoProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics();
    }

    /** The annotations, the runtime and the driver, taken from this test's class path. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                for (ModuleReference module : ModuleFinder.of(Path.of(entry)).findAll()) {
                    if (MODULE_PATH.contains(module.descriptor().name())) {
                        entries.add(entry);
                    }
                }
            } catch (FindException e) {
                // not a module: left out
            }
        }
        assertWithMessage("module path %s", entries).that(entries.size()).isAtLeast(5);
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> messages(List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics,
            javax.tools.Diagnostic.Kind kind) {
        return diagnostics.stream()
                .filter(d -> d.getKind() == kind)
                .map(d -> d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
