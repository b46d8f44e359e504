package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Model;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.analysis.Reporter;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.queries.QueriesModel;
import io.djongo.processor.model.queries.QueryMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Queries} interface into a {@link QueriesModel}: finds its model, then compiles
 * each abstract method with {@link QueryCompiler}, reporting every problem on the method or on the
 * annotation value it is in. A method with errors is still listed (its generated body only throws),
 * so the rest of the compilation is not buried under "cannot find symbol".
 */
public final class QueriesAnalyzer {
    private static final String QUERIES = "io.djongo.annotations.Queries";

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final Function<ClassName, ModelClass> models;
    private final Paths paths;
    private final boolean lastRound;

    /** What became of one interface: its model, or a wait for a later round, or errors (reported). */
    public record Outcome(QueriesModel model, boolean deferred) {
        static final Outcome FAILED = new Outcome(null, false);
        static final Outcome DEFERRED = new Outcome(null, true);
    }

    /**
     * @param models the analysed model of a class, or {@code null} when it is not (yet) one
     * @param fieldsOf the fields of any model class
     */
    public QueriesAnalyzer(Elements elements, Types types, Reporter reporter, Function<ClassName, ModelClass> models,
            Function<ClassName, List<FieldModel>> fieldsOf, boolean lastRound) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.models = models;
        this.paths = new Paths(fieldsOf);
        this.lastRound = lastRound;
    }

    /** The interface {@code element}, annotated {@code @Queries}. */
    public Outcome analyze(Element element) {
        AnnotationMirror annotation = mirror(element);
        if (element.getKind() != ElementKind.INTERFACE) {
            String kind = element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            reporter.report(Diagnostic.QUERIES_NOT_INTERFACE, element, (kind.startsWith("a") || kind.startsWith("e")
                    ? "an " : "a ") + kind, element.getSimpleName(), element.getSimpleName());
            return Outcome.FAILED;
        }
        TypeElement type = (TypeElement) element;
        AnnotationValue value = value(annotation, "value");
        TypeMirror target = value == null ? null : (TypeMirror) value.getValue();
        if (target == null || target.getKind() == TypeKind.ERROR) {
            if (!lastRound) {
                return Outcome.DEFERRED;
            }
            reporter.report(Diagnostic.QUERIES_NOT_MODEL, element, annotation, value, "?", String.valueOf(target),
                    "a type that does not exist");
            return Outcome.FAILED;
        }
        if (target.getKind() != TypeKind.DECLARED) {
            reporter.report(Diagnostic.QUERIES_NOT_MODEL, element, annotation, value, target, target, "not a class");
            return Outcome.FAILED;
        }
        TypeElement modelElement = (TypeElement) ((DeclaredType) target).asElement();
        String simple = modelElement.getSimpleName().toString();
        if (modelElement.getAnnotation(Model.class) == null) {
            String what = modelElement.getAnnotation(EmbeddedModel.class) != null
                    || modelElement.getAnnotation(ArrayModel.class) != null
                    ? "stored inside other documents" : "not annotated @Model";
            reporter.report(Diagnostic.QUERIES_NOT_MODEL, element, annotation, value, simple, simple, what);
            return Outcome.FAILED;
        }
        ModelClass model = models.apply(ClassName.get(modelElement));
        if (model == null) {
            return lastRound ? Outcome.FAILED : Outcome.DEFERRED; // the model's own errors are reported on it
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Diagnostic.QUERY_CONFLICT, element, type.getSimpleName(), "a @Queries interface has type "
                    + "parameters, which the generated class cannot choose", "Remove them; the model is @Queries(" + simple
                    + ".class)");
            return Outcome.FAILED;
        }
        AnnotationValue using = value(annotation, "using");
        String alias = using == null || ((String) using.getValue()).isEmpty() ? null : (String) using.getValue();

        List<QueryMethod> methods = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        boolean usingMethod = false;
        DeclaredType declared = (DeclaredType) type.asType();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)
                    || method.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
                continue;
            }
            ExecutableType resolved = (ExecutableType) types.asMemberOf(declared, method);
            if (isUsing(method, resolved, type)) {
                usingMethod = true;
                continue;
            }
            String label = type.getSimpleName() + "." + method.getSimpleName();
            QueryCompiler compiler = new QueryCompiler(paths, reporter, model, method, resolved, label);
            QueryMethod compiled = compiler.compile();
            String command = commandSignature(compiled, resolved);
            if (compiled.paging() != null && commands.contains(command)) {
                compiled = sameCommand(compiled, command, label, type);
            }
            for (int i = 0; i < methods.size(); i++) {
                QueryMethod earlier = methods.get(i);
                if (earlier.paging() != null && commands.get(i).equals(command)) {
                    methods.set(i, sameCommand(earlier, command, type.getSimpleName() + "." + earlier.name(), type));
                }
            }
            methods.add(compiled);
            commands.add(command);
        }
        return new Outcome(new QueriesModel(type, ClassName.get(type), model, alias, methods, usingMethod), false);
    }

    /**
     * The erased signature of the method of {@code FooQueries_.Commands} that gives {@code method}'s
     * command: its name and the types of its parameters, without the page parameters, which are not
     * part of a command.
     */
    private String commandSignature(QueryMethod method, ExecutableType resolved) {
        List<String> parameters = new ArrayList<>();
        List<? extends javax.lang.model.element.VariableElement> elements = method.element().getParameters();
        for (int i = 0; i < elements.size(); i++) {
            String name = elements.get(i).getSimpleName().toString();
            if (method.paging() == null || !method.paging().names().contains(name)) {
                parameters.add(types.erasure(resolved.getParameterTypes().get(i)).toString());
            }
        }
        return method.name() + "(" + String.join(", ", parameters) + ")";
    }

    /**
     * {@code method}, which returns pages, failed (reported): without its page parameters its command
     * would take the same parameters as another query's of the same name.
     */
    private QueryMethod sameCommand(QueryMethod method, String command, String label, TypeElement queries) {
        reporter.report(Diagnostic.QUERY_CONFLICT, method.element(), label, "without its page parameters, which are not "
                + "part of a command, its command " + QueriesModel.implementationOf(ClassName.get(queries)).simpleName()
                + ".Commands." + JavaType.simple(command) + " would be that of the other " + method.name()
                + " too", "Rename one of the two methods");
        return new QueryMethod(method.element(), method.name(), method.parameters(), method.returns(),
                QueryMethod.Action.READ, null, null, null, null, method.declaration(), null);
    }

    /** {@code FooQueries using(String alias)}, which the generated class implements itself. */
    private boolean isUsing(ExecutableElement method, ExecutableType type, TypeElement queries) {
        if (!method.getSimpleName().contentEquals("using") || type.getParameterTypes().size() != 1
                || !TypeName.get(type.getParameterTypes().get(0)).equals(ClassName.get(String.class))) {
            return false;
        }
        if (!types.isAssignable(queries.asType(), type.getReturnType())) {
            reporter.report(Diagnostic.QUERY_CONFLICT, method, queries.getSimpleName() + ".using", "using(String alias) "
                    + "is implemented by the generated class and returns the queries on another connection, so it must return "
                    + queries.getSimpleName(), "Declare it " + queries.getSimpleName() + " using(String alias), or rename it");
        }
        return true;
    }

    private static AnnotationMirror mirror(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(QUERIES)) {
                return mirror;
            }
        }
        throw new IllegalStateException(element + " has no @Queries");
    }

    private static AnnotationValue value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
