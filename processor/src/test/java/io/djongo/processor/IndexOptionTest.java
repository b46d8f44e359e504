package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Where the model index goes: {@code -Adjongo.index}, or the models' common package by default. */
class IndexOptionTest {
    private static final String SERVICE_FILE = "META-INF/services/io.djongo.meta.ModelIndex";

    @Test
    void optionNamesTheIndexClass() {
        Compilation compilation = compile("-Adjongo.index=com.example.MyIndex",
                model("com.example.blog", "Entry"), model("com.example.shop", "Order"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.MyIndex")
                .contentsAsUtf8String().contains("public final class MyIndex implements ModelIndex {");
        assertThat(compilation).generatedSourceFile("com.example.MyIndex")
                .contentsAsUtf8String().containsMatch("List\\.of\\(\\s*\"com.example.blog.Entry\",\\s*\"com.example.shop.Order\"\\)");
        assertThat(serviceFile(compilation)).isEqualTo("com.example.MyIndex\n");
        assertThat(compilation.generatedSourceFile("com.example.DjongoModelIndex")).isEmpty();
        assertThat(compilation.generatedSourceFile("com.example.blog.DjongoModelIndex")).isEmpty();
    }

    @Test
    void optionWithoutPackagePutsTheIndexInTheUnnamedPackage() {
        Compilation compilation = compile("-Adjongo.index=Models", model("com.example.blog", "Entry"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("Models").contentsAsUtf8String()
                .contains("public final class Models implements ModelIndex {");
        assertThat(serviceFile(compilation)).isEqualTo("Models\n");
    }

    @Test
    void withoutOptionTheIndexGoesToTheModelsPackage() {
        Compilation compilation = compile(null, model("com.example.blog", "Entry"), model("com.example.blog", "Post"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.blog.DjongoModelIndex");
        assertThat(serviceFile(compilation)).isEqualTo("com.example.blog.DjongoModelIndex\n");
    }

    @Test
    void withoutOptionTheIndexGoesToTheLongestPackageAllModelsShare() {
        Compilation compilation = compile(null,
                model("com.example.blog", "Entry"), model("com.example.blog.admin", "Editor"),
                model("com.example.shop", "Order"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.DjongoModelIndex");
        assertThat(serviceFile(compilation)).isEqualTo("com.example.DjongoModelIndex\n");
    }

    @Test
    void packagesThatOnlyShareAPrefixOfTheirNameHaveNoCommonPackage() {
        // "com.example" and "com.examples" share the characters, not a package.
        Compilation compilation = compile(null, model("com.example", "Entry"), model("com.examples", "Order"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.DjongoModelIndex");
    }

    @Test
    void compilationWithoutModelsGetsNoIndex() {
        JavaFileObject plain = JavaFileObjects.forSourceLines("com.example.Plain",
                "package com.example;",
                "public class Plain { String name; }");

        Compilation compilation = compile(null, plain);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).isEmpty();
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)).isEmpty();
    }

    // ---- helpers

    private static Compilation compile(String option, JavaFileObject... sources) {
        Compiler compiler = javac().withProcessors(new DjongoProcessor());
        return (option == null ? compiler : compiler.withOptions(option)).compile(sources);
    }

    /** A minimal valid {@code @Model} class. */
    private static JavaFileObject model(String packageName, String name) {
        return JavaFileObjects.forSourceLines(packageName + "." + name,
                "package " + packageName + ";",
                "",
                "@io.djongo.annotations.Model",
                "public class " + name + " {",
                "    @io.djongo.annotations.Id org.bson.types.ObjectId id;",
                "    String title;",
                "}");
    }

    private static String serviceFile(Compilation compilation) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
                .orElseThrow(() -> new AssertionError(SERVICE_FILE + " was not generated"));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
