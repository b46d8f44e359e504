package io.djongo.processor.analysis;

import io.djongo.annotations.Migration;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Migration} class: that {@code migrate} can create and run it (a public,
 * concrete class implementing {@code Operations} with a public constructor without parameters)
 * and that each migration it depends on exists in its package.
 */
public final class MigrationAnalyzer {
    private static final String OPERATIONS = "io.djongo.migrations.Operations";
    private static final String MIGRATION = Migration.class.getCanonicalName();

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    public MigrationAnalyzer(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /** Whether {@code element} is a valid migration; problems are reported on it. */
    public boolean analyze(Element element) {
        String name = element.getSimpleName().toString();
        if (element.getKind() != ElementKind.CLASS) {
            reporter.report(Diagnostic.MIGRATION_DECLARATION, element, name, "it is " + element.getKind().toString()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", not a class", "Annotate a class instead");
            return false;
        }
        TypeElement type = (TypeElement) element;
        boolean valid = true;
        if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)
                || (type.getNestingKind() != NestingKind.TOP_LEVEL && !type.getModifiers().contains(Modifier.STATIC))) {
            reporter.report(Diagnostic.MIGRATION_DECLARATION, type, name,
                    "it must be a public, concrete, top-level or static class", "Declare it 'public final class " + name + "'");
            valid = false;
        }
        TypeElement operations = elements.getTypeElement(OPERATIONS);
        if (operations == null || !types.isAssignable(types.erasure(type.asType()), types.erasure(operations.asType()))) {
            reporter.report(Diagnostic.MIGRATION_NOT_OPERATIONS, type, name);
            valid = false;
        }
        boolean constructor = false;
        for (ExecutableElement candidate : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            constructor |= candidate.getParameters().isEmpty() && candidate.getModifiers().contains(Modifier.PUBLIC);
        }
        if (!constructor) {
            reporter.report(Diagnostic.MIGRATION_DECLARATION, type, name, "it has no public constructor without parameters",
                    "Add 'public " + name + "() {}', or remove the other constructors");
            valid = false;
        }
        return valid & checkDependencies(type);
    }

    private boolean checkDependencies(TypeElement type) {
        AnnotationMirror annotation = Annotations.find(type, MIGRATION).orElseThrow();
        PackageElement pkg = elements.getPackageOf(type);
        List<String> siblings = new ArrayList<>();
        for (Element member : pkg.getEnclosedElements()) {
            if (Annotations.find(member, MIGRATION).isPresent() && !member.equals(type)) {
                siblings.add(member.getSimpleName().toString());
            }
        }
        boolean valid = true;
        for (AnnotationValue value : Annotations.array(Annotations.value(elements, annotation, "dependsOn"))) {
            String dependency = (String) value.getValue();
            if (siblings.contains(dependency)) {
                continue;
            }
            String suggestion = Suggestions.closest(dependency, siblings);
            reporter.report(Diagnostic.MIGRATION_DEPENDENCY, type, annotation, value, type.getSimpleName(), dependency,
                    pkg.getQualifiedName(), suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?",
                    siblings.isEmpty() ? "none" : String.join(", ", siblings));
            valid = false;
        }
        return valid;
    }
}
