package io.djongo.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Model;
import io.djongo.processor.analysis.MigrationAnalyzer;
import io.djongo.processor.analysis.ModelAnalyzer;
import io.djongo.processor.analysis.ModuleCheck;
import io.djongo.processor.analysis.Recursion;
import io.djongo.processor.analysis.RelationAnalyzer;
import io.djongo.processor.analysis.Reporter;
import io.djongo.processor.analysis.SchemaAnalyzer;
import io.djongo.processor.generate.CompanionGenerator;
import io.djongo.processor.generate.IndexGenerator;
import io.djongo.processor.generate.QueriesGenerator;
import io.djongo.processor.analysis.queries.QueriesAnalyzer;
import io.djongo.processor.model.queries.QueriesModel;
import io.djongo.processor.generate.SchemaGenerator;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Reads {@code @Model}, {@code @EmbeddedModel} and {@code @ArrayModel} classes and generates, for
 * each, its codec, metadata and paths, plus one model index per compilation.
 *
 * <p>A pipeline per round: analyse every annotated element into an immutable {@link ModelClass}
 * (reporting problems on the elements, and deferring elements whose field types do not exist
 * yet), then hand the models to one generator per generated file.
 */
@AutoService(Processor.class)
public final class DjongoProcessor extends AbstractProcessor {
    /** Option naming the generated index class; by default {@code DjongoModelIndex} in the models' common package. */
    public static final String INDEX_OPTION = "djongo.index";

    /**
     * The models of the last index written to the class output, one canonical name a line. A
     * partial recompile (an IDE build, or Maven without incremental compilation) sees only the
     * changed models; the index it writes keeps the others, read from here.
     */
    static final String MODEL_LIST = "META-INF/djongo/models";

    /** The {@code @Migration} classes of the last index, kept through partial recompiles as {@link #MODEL_LIST} is. */
    static final String MIGRATION_LIST = "META-INF/djongo/migrations";

    /** The {@code @Queries} interfaces of the last index, kept through partial recompiles as {@link #MODEL_LIST} is. */
    static final String QUERIES_LIST = "META-INF/djongo/queries";

    private static final String GENERATED = "javax.annotation.processing.Generated";

    private final Map<String, ModelClass> generated = new LinkedHashMap<>();
    private final Map<String, TypeElement> migrations = new LinkedHashMap<>();
    private final Map<String, TypeElement> queries = new LinkedHashMap<>();
    private final Set<String> deferredQueries = new LinkedHashSet<>();
    private final Set<String> deferred = new LinkedHashSet<>();
    private final Set<ClassName> failed = new LinkedHashSet<>();
    private final Map<ClassName, List<FieldModel>> externalFields = new HashMap<>();
    private boolean indexWritten;
    private boolean lastRound;

    /**
     * Every Djongo annotation, and {@code @Generated}, which this processor puts on its own
     * output. The processor claims them all (returns {@code true}), so that javac's
     * {@code -Xlint:processing} has no "No processor claimed any of these annotations" warning
     * to give in a user's {@code -Xlint:all -Werror} build. {@code @Generated} has no processor;
     * claiming it only keeps it from processors that would run after this one in the same round.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("io.djongo.annotations.*", GENERATED, "jakarta.validation.constraints.*",
                "javax.validation.constraints.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(INDEX_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        lastRound = round.processingOver();
        Reporter reporter = new Reporter(processingEnv.getMessager());
        ModelAnalyzer analyzer = new ModelAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter,
                lastRound);

        Set<Element> elements = new LinkedHashSet<>();
        for (String name : deferred) {
            elements.add(processingEnv.getElementUtils().getTypeElement(name));
        }
        deferred.clear();
        for (Class<? extends java.lang.annotation.Annotation> annotation
                : List.of(Model.class, EmbeddedModel.class, ArrayModel.class)) {
            elements.addAll(round.getElementsAnnotatedWith(annotation));
        }

        for (Element element : round.getElementsAnnotatedWith(io.djongo.annotations.Creator.class)) {
            analyzer.checkCreatorPlacement(element);
        }

        MigrationAnalyzer migrationAnalyzer = new MigrationAnalyzer(processingEnv.getElementUtils(),
                processingEnv.getTypeUtils(), reporter);
        for (Element element : round.getElementsAnnotatedWith(io.djongo.annotations.Migration.class)) {
            if (migrationAnalyzer.analyze(element)) {
                migrations.put(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
            }
        }

        List<ModelClass> models = new ArrayList<>();
        for (Element element : elements) {
            ModelAnalyzer.Outcome outcome = analyzer.analyze(element);
            if (outcome.deferred()) {
                deferred.add(((TypeElement) element).getQualifiedName().toString());
            } else if (outcome.model() != null) {
                models.add(outcome.model());
            } else if (element instanceof TypeElement) {
                failed.add(ClassName.get((TypeElement) element));
                writeSkeleton((TypeElement) element);
            }
        }

        Map<ClassName, ModelClass> byName = new HashMap<>();
        for (ModelClass model : models) {
            byName.put(model.className(), model);
        }
        Recursion recursion = new Recursion(name -> fieldsOf(name, byName));
        SchemaAnalyzer schema = new SchemaAnalyzer(processingEnv.getElementUtils(), reporter, name -> fieldsOf(name, byName));
        List<ModelClass> resolved = new ArrayList<>();
        for (ModelClass analysed : models) {
            ModelClass model = dependsOnFailed(analysed) ? null : schema.resolve(analysed);
            if (model == null) {
                failed.add(analysed.className());
                writeSkeleton(analysed.element());
                continue;
            }
            resolved.add(model);
        }
        Set<ClassName> relationFailures = new LinkedHashSet<>();
        List<ModelClass> related = new RelationAnalyzer(reporter, name -> fieldsOf(name, byName))
                .resolve(resolved, relationFailures);
        for (ClassName name : relationFailures) {
            failed.add(name);
            writeSkeleton(byName.get(name).element());
        }
        for (ModelClass model : related) {
            if (dependsOnFailed(model)) {
                failed.add(model.className());
                writeSkeleton(model.element());
                continue;
            }
            ModelClass marked = model.kind() == ModelKind.MODEL ? model : recursion.mark(model);
            generate(marked, byName);
            generated.put(model.className().canonicalName(), marked);
        }

        declaredQueries(round, reporter, byName);

        if (models.isEmpty() && deferred.isEmpty() && deferredQueries.isEmpty()
                && (!generated.isEmpty() || !migrations.isEmpty() || !queries.isEmpty()) && !indexWritten
                && !round.processingOver()) {
            writeIndex();
        }
        return true;
    }

    /**
     * The {@code @Queries} interfaces of this round and those deferred: analysed once their models
     * are, each generating its {@code FooQueries_}.
     */
    private void declaredQueries(RoundEnvironment round, Reporter reporter, Map<ClassName, ModelClass> thisRound) {
        Set<Element> elements = new LinkedHashSet<>();
        for (String name : deferredQueries) {
            elements.add(processingEnv.getElementUtils().getTypeElement(name));
        }
        deferredQueries.clear();
        elements.addAll(round.getElementsAnnotatedWith(io.djongo.annotations.Queries.class));
        if (elements.isEmpty()) {
            return;
        }
        QueriesAnalyzer analyzer = new QueriesAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter,
                this::modelFor, name -> queryFields(name, thisRound), lastRound);
        for (Element element : elements) {
            QueriesAnalyzer.Outcome outcome = analyzer.analyze(element);
            if (outcome.deferred()) {
                deferredQueries.add(((TypeElement) element).getQualifiedName().toString());
            } else if (outcome.model() != null) {
                QueriesModel model = outcome.model();
                write(new QueriesGenerator().generate(model));
                queries.put(model.name().canonicalName(), model.element());
            }
        }
    }

    /** The generated model of {@code name}, or one of another compilation; {@code null} while it is deferred or failed. */
    private ModelClass modelFor(ClassName name) {
        ModelClass model = generated.get(name.canonicalName());
        if (model != null) {
            return model;
        }
        if (failed.contains(name) || deferred.contains(name.canonicalName())) {
            return null;
        }
        TypeElement element = processingEnv.getElementUtils().getTypeElement(name.canonicalName());
        if (element == null) {
            return null;
        }
        Reporter silent = Reporter.silent();
        ModelAnalyzer.Outcome outcome = new ModelAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                silent).analyze(element);
        if (outcome == null || outcome.model() == null) {
            return null;
        }
        ModelClass resolved = new SchemaAnalyzer(processingEnv.getElementUtils(), silent,
                other -> fieldsOf(other, Map.of())).resolve(outcome.model());
        return resolved != null && silent.errorCount() == 0 ? resolved : null;
    }

    /** The fields of a model for declared queries: those of its generated form first, whose recursive paths are methods. */
    private List<FieldModel> queryFields(ClassName name, Map<ClassName, ModelClass> thisRound) {
        ModelClass model = generated.get(name.canonicalName());
        return model != null ? model.fields() : fieldsOf(name, thisRound);
    }

    private void generate(ModelClass model, Map<ClassName, ModelClass> thisRound) {
        write(new CompanionGenerator().generate(model));
        if (model.kind() == ModelKind.MODEL) {
            String snapshot = new SchemaGenerator(name -> fieldsOf(name, thisRound)).generate(model);
            writeResource(SchemaGenerator.resource(model), snapshot, List.of(model.element()));
        }
    }

    private List<FieldModel> fieldsOf(ClassName name, Map<ClassName, ModelClass> thisRound) {
        ModelClass model = thisRound.get(name);
        if (model == null) {
            model = generated.get(name.canonicalName());
        }
        if (model != null) {
            return model.fields();
        }
        return externalFields.computeIfAbsent(name, external -> {
            TypeElement element = processingEnv.getElementUtils().getTypeElement(external.canonicalName());
            ModelAnalyzer silent = new ModelAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                    Reporter.silent());
            ModelAnalyzer.Outcome outcome = element == null ? null : silent.analyze(element);
            return outcome == null || outcome.model() == null ? List.of() : outcome.model().fields();
        });
    }

    private boolean dependsOnFailed(ModelClass model) {
        for (FieldModel field : model.fields()) {
            for (var type = field.type(); type != null; type = type.element()) {
                if ((type.kind() == io.djongo.processor.model.ValueKind.EMBEDDED || type.kind().isReference())
                        && failed.contains(type.modelClass())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An empty {@code Foo_} for a model that could not be generated, when the model declares
     * {@code extends Foo_}: the user then sees the processor's errors, not a cascade of
     * "cannot find symbol Foo_".
     */
    private void writeSkeleton(TypeElement element) {
        // A file of the last round comes too late: javac has already reported Foo_ missing, and warns.
        if (lastRound || ModelAnalyzer.declaredKind(element).orElse(null) != ModelKind.MODEL
                || !ModelAnalyzer.extendsMetamodel(element)) {
            return;
        }
        ClassName metamodel = GeneratedNames.companion(ClassName.get(element));
        write(JavaFile.builder(metamodel.packageName(), TypeSpec.classBuilder(metamodel)
                        .addJavadoc("Left empty: {@link $T} has errors, reported where they are.\n", ClassName.get(element))
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build())
                        .addOriginatingElement(element)
                        .build())
                .indent("    ")
                .build());
    }

    private void writeIndex() {
        indexWritten = true;
        Map<String, TypeElement> models = new java.util.TreeMap<>(); // sorted: the index never depends on round order
        for (ModelClass model : generated.values()) {
            models.put(model.className().canonicalName(), model.element());
        }
        for (TypeElement earlier : earlier(MODEL_LIST, generated.keySet())) {
            models.putIfAbsent(earlier.getQualifiedName().toString(), earlier);
        }
        Map<String, TypeElement> allMigrations = new java.util.TreeMap<>(migrations);
        for (TypeElement earlier : earlier(MIGRATION_LIST, migrations.keySet())) {
            allMigrations.putIfAbsent(earlier.getQualifiedName().toString(), earlier);
        }
        List<ClassName> names = new ArrayList<>();
        for (TypeElement element : models.values()) {
            names.add(ClassName.get(element));
        }
        Map<ClassName, List<String>> migrationNames = new LinkedHashMap<>();
        for (TypeElement element : allMigrations.values()) {
            migrationNames.put(ClassName.get(element),
                    List.of(element.getAnnotation(io.djongo.annotations.Migration.class).dependsOn()));
        }
        Map<String, TypeElement> allQueries = new java.util.TreeMap<>(queries);
        for (TypeElement earlier : earlier(QUERIES_LIST, queries.keySet())) {
            allQueries.putIfAbsent(earlier.getQualifiedName().toString(), earlier);
        }
        List<ClassName> queryNames = new ArrayList<>();
        for (TypeElement element : allQueries.values()) {
            queryNames.add(ClassName.get(element));
        }
        List<TypeElement> originating = new ArrayList<>(models.values());
        originating.addAll(allMigrations.values());
        originating.addAll(allQueries.values());
        List<ClassName> packages = new ArrayList<>(names);
        if (packages.isEmpty()) {
            packages.addAll(migrationNames.keySet());
        }
        if (packages.isEmpty()) {
            packages.addAll(queryNames);
        }
        ClassName index = indexName(packages);
        if (!originating.isEmpty()) {
            new ModuleCheck(processingEnv, new Reporter(processingEnv.getMessager())).check(originating.get(0), index);
        }
        write(new IndexGenerator().generate(index, names, migrationNames, queryNames, originating));
        writeResource(IndexGenerator.SERVICE_FILE, index.canonicalName() + "\n", originating);
        writeResource(MODEL_LIST, String.join("\n", models.keySet()) + "\n", originating);
        writeResource(MIGRATION_LIST, String.join("\n", allMigrations.keySet()) + "\n", originating);
        if (!allQueries.isEmpty()) {
            writeResource(QUERIES_LIST, String.join("\n", allQueries.keySet()) + "\n", originating);
        }
    }

    /**
     * The classes listed by the previous build's {@code list} ({@link #MODEL_LIST} or
     * {@link #MIGRATION_LIST}) that this compilation did not see but that still exist, still
     * annotated, with what the index refers to: the unchanged classes of a partial recompile.
     * Classes deleted or no longer annotated since are left out.
     */
    private List<TypeElement> earlier(String list, Set<String> seen) {
        String listed;
        try {
            listed = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", list)
                    .getCharContent(true).toString();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return List.of(); // a clean build: there is no earlier list
        }
        List<TypeElement> earlier = new ArrayList<>();
        javax.lang.model.util.Elements utils = processingEnv.getElementUtils();
        for (String line : listed.split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || seen.contains(name)) {
                continue;
            }
            TypeElement element = utils.getTypeElement(name);
            if (element == null || failed.contains(ClassName.get(element))) {
                continue;
            }
            boolean current = list.equals(MIGRATION_LIST)
                    ? element.getAnnotation(io.djongo.annotations.Migration.class) != null
                    : list.equals(QUERIES_LIST)
                    ? element.getAnnotation(io.djongo.annotations.Queries.class) != null && utils.getTypeElement(
                            QueriesModel.implementationOf(ClassName.get(element)).canonicalName()) != null
                    : ModelAnalyzer.declaredKind(element).isPresent()
                            && utils.getTypeElement(GeneratedNames.companion(ClassName.get(element)).canonicalName()) != null;
            if (current) {
                earlier.add(element);
            }
        }
        return earlier;
    }

    private void writeResource(String path, String text, List<? extends Element> originating) {
        try (Writer writer = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path,
                originating.toArray(Element[]::new)).openWriter()) {
            writer.write(text);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    "[djongo:index] cannot write " + path + ": " + e.getMessage());
        }
    }

    /** The index class: the option's name, or {@code DjongoModelIndex} in the longest package all models share. */
    private ClassName indexName(List<ClassName> models) {
        String option = processingEnv.getOptions().get(INDEX_OPTION);
        if (option != null && !option.isBlank()) {
            int dot = option.lastIndexOf('.');
            return dot < 0 ? ClassName.get("", option) : ClassName.get(option.substring(0, dot), option.substring(dot + 1));
        }
        String common = null;
        for (ClassName model : models) {
            String name = model.packageName();
            if (common == null) {
                common = name;
            }
            while (!(name.equals(common) || name.startsWith(common + ".")) && !common.isEmpty()) {
                int dot = common.lastIndexOf('.');
                common = dot < 0 ? "" : common.substring(0, dot);
            }
        }
        return ClassName.get(common == null ? "" : common, "DjongoModelIndex");
    }

    /**
     * Writes {@code file} through the {@code Filer}: formatted into a string first, then written at
     * once, since the {@code Filer}'s writer encodes every small piece the formatter appends.
     */
    private void write(JavaFile file) {
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        String text = file.toString();
        try (Writer writer = processingEnv.getFiler().createSourceFile(name,
                file.typeSpec().originatingElements().toArray(Element[]::new)).openWriter()) {
            writer.write(text);
        } catch (FilerException e) {
            // The file exists already: an earlier round or build wrote it for the same model.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
