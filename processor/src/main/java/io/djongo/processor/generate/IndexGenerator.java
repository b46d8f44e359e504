package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.djongo.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code ModelIndex} of a compilation: the names of every model it declares and a
 * lookup from name to metadata, listed as a service so the runtime registers codecs without
 * scanning the class path. A lookup touches only the model asked for, so an application with
 * many models starts as fast as one with a few.
 */
public final class IndexGenerator {

    /** The service file that lists index classes. */
    public static final String SERVICE_FILE = "META-INF/services/io.djongo.meta.ModelIndex";

    /** Cases per lookup method, well below the JVM's 64 KiB limit on a method's code. */
    static final int CASES_PER_METHOD = 256;

    /**
     * @param models every model of the index, sorted
     * @param migrations every {@code @Migration} class of the index, sorted, with the simple names it depends on
     * @param originating the elements the index is derived from, for incremental builds
     */
    public JavaFile generate(ClassName index, List<ClassName> models, Map<ClassName, List<String>> migrations,
            List<? extends Element> originating) {
        return generate(index, models, migrations, List.of(), originating);
    }

    /**
     * @param queries every {@code @Queries} interface of the index, sorted
     */
    public JavaFile generate(ClassName index, List<ClassName> models, Map<ClassName, List<String>> migrations,
            List<ClassName> queries, List<? extends Element> originating) {
        TypeName meta = ParameterizedTypeName.get(RuntimeNames.MODEL_META, WildcardTypeName.subtypeOf(Object.class));
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of($>", List.class);
        for (int i = 0; i < models.size(); i++) {
            names.add(i == 0 ? "\n$S" : ",\n$S", models.get(i).reflectionName());
        }
        names.add(")$<");
        TypeSpec.Builder type = TypeSpec.classBuilder(index)
                .addJavadoc("The models of this compilation, found by the runtime through {@code $L}.\n", SERVICE_FILE)
                .addAnnotation(Generated.annotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeNames.MODEL_INDEX)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "MODELS",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(names.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("modelClassNames")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return MODELS")
                        .build());

        int chunks = Math.max(1, (models.size() + CASES_PER_METHOD - 1) / CASES_PER_METHOD);
        MethodSpec.Builder find = MethodSpec.methodBuilder("find")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(meta)
                .addParameter(String.class, "className");
        if (chunks == 1) {
            find.addCode(lookup(models));
        } else {
            find.addStatement("$T meta = null", meta);
            for (int chunk = 0; chunk < chunks; chunk++) {
                List<ClassName> part = models.subList(chunk * CASES_PER_METHOD,
                        Math.min(models.size(), (chunk + 1) * CASES_PER_METHOD));
                String name = "find" + chunk;
                type.addMethod(MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(meta)
                        .addParameter(String.class, "className")
                        .addCode(lookup(part))
                        .build());
                find.addStatement(chunk == 0 ? "meta = $N(className)" : "meta = meta != null ? meta : $N(className)", name);
            }
            find.addStatement("return meta");
        }
        type.addMethod(find.build());
        if (!migrations.isEmpty()) {
            addMigrations(type, migrations);
        }
        if (!queries.isEmpty()) {
            addQueries(type, queries);
        }
        for (Element element : originating) {
            type.addOriginatingElement(element);
        }
        return Generated.file(index.packageName(), type.build());
    }

    /**
     * The {@code @Migration} classes: their names, a new instance by name, and the migrations each
     * depends on (the annotation is not kept at run time, and the runtime reflects on nothing).
     */
    private static void addMigrations(TypeSpec.Builder type, Map<ClassName, List<String>> dependencies) {
        List<ClassName> migrations = new ArrayList<>(dependencies.keySet());
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of($>", List.class);
        for (int i = 0; i < migrations.size(); i++) {
            names.add(i == 0 ? "\n$S" : ",\n$S", migrations.get(i).reflectionName());
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "MIGRATIONS",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(names.add(")$<").build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("migrationClassNames")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("return MIGRATIONS")
                .build());
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (className) {\n$>");
        for (ClassName migration : migrations) {
            cases.add("case $S -> new $T();\n", migration.reflectionName(), migration);
        }
        type.addMethod(MethodSpec.methodBuilder("newMigration")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.OPERATIONS)
                .addParameter(String.class, "className")
                .addCode(cases.add("default -> null;\n$<};\n").build())
                .build());
        CodeBlock.Builder dependsOn = CodeBlock.builder().add("return switch (className) {\n$>");
        for (Map.Entry<ClassName, List<String>> migration : dependencies.entrySet()) {
            if (migration.getValue().isEmpty()) {
                continue;
            }
            CodeBlock.Builder simpleNames = CodeBlock.builder();
            for (String name : migration.getValue()) {
                simpleNames.add(simpleNames.isEmpty() ? "$S" : ", $S", name);
            }
            dependsOn.add("case $S -> $T.of($L);\n", migration.getKey().reflectionName(), List.class, simpleNames.build());
        }
        type.addMethod(MethodSpec.methodBuilder("migrationDependencies")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addParameter(String.class, "className")
                .addCode(dependsOn.add("default -> $T.of();\n$<};\n", List.class).build())
                .build());
    }

    /**
     * The {@code @Queries} interfaces: their names, and the generated implementation by name, on a
     * connection. Declared to return {@code Object}, so the index loads only the class asked for.
     */
    private static void addQueries(TypeSpec.Builder type, List<ClassName> queries) {
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of($>", List.class);
        for (int i = 0; i < queries.size(); i++) {
            names.add(i == 0 ? "\n$S" : ",\n$S", queries.get(i).reflectionName());
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "QUERIES",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(names.add(")$<").build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("queriesClassNames")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("return QUERIES")
                .build());
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (interfaceName) {\n$>");
        for (ClassName queriesInterface : queries) {
            ClassName implementation = io.djongo.processor.model.queries.QueriesModel.implementationOf(queriesInterface);
            cases.add("case $S -> alias == null ? $T.INSTANCE : $T.INSTANCE.using(alias);\n", queriesInterface.reflectionName(),
                    implementation, implementation);
        }
        type.addMethod(MethodSpec.methodBuilder("queries")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(String.class, "interfaceName")
                .addParameter(String.class, "alias")
                .addCode(cases.add("default -> null;\n$<};\n").build())
                .build());
    }

    /**
     * {@code return switch (className) { case "a.B" -> B_.Meta.instance(); ... default -> null; };}.
     * A call, not {@code B_.Meta.INSTANCE}: the JVM's verifier would load every {@code Meta} class
     * named in the method to check that it is a {@code ModelMeta}, while a method declared to
     * return {@code ModelMeta} needs no such check, so the index loads only the model asked for.
     */
    private static CodeBlock lookup(List<ClassName> models) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (className) {\n$>");
        for (ClassName model : models) {
            cases.add("case $S -> $T.instance();\n", model.reflectionName(), GeneratedNames.meta(model));
        }
        return cases.add("default -> null;\n$<};\n").build();
    }
}
