package io.djongo.processor.analysis;

import io.djongo.annotations.Creator;
import io.djongo.annotations.Transient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses how a model is built from the values read from a document: a record's canonical
 * constructor; for a class whose fields cannot all be assigned (final fields, private fields
 * without setters: Lombok's {@code @Value}, Kotlin's {@code data class}, the Immutables style), the
 * constructor or factory marked {@code @Creator}, else the one constructor whose parameters are
 * fields by name and take every such field; otherwise the constructor without parameters. Every
 * way this can fail is reported on the element to change, with the names that do not match.
 */
final class CreatorAnalyzer {
    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    CreatorAnalyzer(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /**
     * One persistent field as the creator sees it.
     *
     * @param name the Java name
     * @param type the declared type
     * @param unassignable why it cannot be set on an instance ("final", ...), or {@code null} when it can
     * @param initialized whether it is final with a constant value in its declaration
     * @param element where it is declared
     */
    record Field(String name, TypeMirror type, String unassignable, boolean initialized, Element element) {}

    /**
     * The outcome: {@code creator} and its parameters by field name, {@code null} for the
     * constructor without parameters; {@code valid} false when an error was reported.
     */
    record Choice(ExecutableElement creator, List<String> parameters, boolean valid) {
        static final Choice NO_ARGUMENTS = new Choice(null, List.of(), true);
        static final Choice FAILED = new Choice(null, List.of(), false);
    }

    /** The constructors and methods of {@code type} marked {@code @Creator}. */
    private static List<ExecutableElement> marked(TypeElement type) {
        List<ExecutableElement> marked = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            if ((member.getKind() == ElementKind.CONSTRUCTOR || member.getKind() == ElementKind.METHOD)
                    && member.getAnnotation(Creator.class) != null) {
                marked.add((ExecutableElement) member);
            }
        }
        return marked;
    }

    /**
     * The parameters that will likely set each field, by field name, before the fields are analysed:
     * those of the {@code @Creator}, else of the constructor with the most parameters. Annotations
     * written on them count as the field's, as Kotlin puts a property's annotations on the
     * constructor parameter ({@code data class Book(@Id val id: ObjectId?)}). None for a class
     * built with its constructor without parameters ({@code needsCreator} false, no {@code @Creator}),
     * whose other constructors say nothing about its fields.
     */
    Map<String, VariableElement> likelyParameters(TypeElement type, boolean needsCreator) {
        List<ExecutableElement> marked = marked(type);
        if (marked.isEmpty() && !needsCreator && hasUsableNoArgConstructor(type)) {
            return Map.of();
        }
        ExecutableElement source = marked.isEmpty() ? null : marked.get(0);
        if (source == null) {
            for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
                if (source == null || constructor.getParameters().size() > source.getParameters().size()) {
                    source = constructor;
                }
            }
        }
        Map<String, VariableElement> parameters = new LinkedHashMap<>();
        if (source != null) {
            for (VariableElement parameter : source.getParameters()) {
                parameters.put(parameter.getSimpleName().toString(), parameter);
            }
        }
        return parameters;
    }

    /** Chooses the creator of {@code type}, reporting what prevents one. */
    Choice choose(TypeElement type, boolean isRecord, List<Field> fields) {
        List<ExecutableElement> marked = marked(type);
        if (marked.size() > 1) {
            for (int i = 1; i < marked.size(); i++) {
                reporter.report(Diagnostic.TWO_CREATORS, marked.get(i), type.getSimpleName(), describe(marked.get(i)),
                        describe(marked.get(0)));
            }
            return Choice.FAILED;
        }
        if (marked.size() == 1) {
            ExecutableElement creator = marked.get(0);
            String unusable = unusable(type, creator);
            if (unusable != null) {
                reporter.report(Diagnostic.CREATOR_NOT_USABLE, creator, describe(creator), unusable, fixFor(creator));
                return Choice.FAILED;
            }
            Match match = match(type, creator, fields);
            if (!match.problems.isEmpty()) {
                reporter.report(Diagnostic.CREATOR_MISMATCH, creator, "the @Creator " + describe(creator),
                        type.getSimpleName(), String.join("; ", match.problems), "Name each parameter after the field it "
                                + "sets, and take every field that cannot be set otherwise");
                return Choice.FAILED;
            }
            return new Choice(creator, match.parameters, true);
        }
        if (isRecord) {
            return canonical(type, fields);
        }
        List<Field> required = new ArrayList<>();
        for (Field field : fields) {
            if (field.unassignable() != null) {
                required.add(field);
            }
        }
        boolean noArguments = hasUsableNoArgConstructor(type);
        if (required.isEmpty() && noArguments) {
            return Choice.NO_ARGUMENTS;
        }
        List<ExecutableElement> constructors = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (!constructor.getModifiers().contains(Modifier.PRIVATE) && !constructor.getParameters().isEmpty()) {
                constructors.add(constructor);
            }
        }
        List<Match> matches = new ArrayList<>();
        List<Match> fitting = new ArrayList<>();
        for (ExecutableElement constructor : constructors) {
            Match match = match(type, constructor, fields);
            matches.add(match);
            if (match.problems.isEmpty()) {
                fitting.add(match);
            }
        }
        if (!fitting.isEmpty()) {
            int most = fitting.stream().mapToInt(match -> match.parameters.size()).max().orElse(0);
            List<Match> widest = fitting.stream().filter(match -> match.parameters.size() == most).toList();
            if (widest.size() == 1) {
                return new Choice(widest.get(0).creator, widest.get(0).parameters, true);
            }
            List<String> names = new ArrayList<>();
            for (Match match : widest) {
                names.add(describe(match.creator));
            }
            reporter.report(Diagnostic.AMBIGUOUS_CREATOR, type, type.getSimpleName(), String.join(", ", names));
            return Choice.FAILED;
        }
        if (constructors.isEmpty()) {
            if (!noArguments) {
                reporter.report(Diagnostic.NO_CONSTRUCTOR, type, type.getSimpleName(), type.getSimpleName());
                return Choice.FAILED;
            }
            for (Field field : required) {
                reportUnassignable(type, field);
            }
            return Choice.FAILED;
        }
        Match closest = matches.stream()
                .min(Comparator.comparingInt((Match match) -> match.problems.size())
                        .thenComparingInt(match -> -match.parameters.size()))
                .orElseThrow();
        reporter.report(Diagnostic.CREATOR_MISMATCH, closest.creator, describe(closest.creator), type.getSimpleName(),
                String.join("; ", closest.problems), required.isEmpty()
                        ? "Name its parameters after the fields they set, or add a constructor without parameters"
                        : "Name its parameters after the fields they set and take every field that cannot be set "
                                + "otherwise, or mark the constructor to use with @Creator");
        return Choice.FAILED;
    }

    /** A field no constructor takes and nothing else can set, where there is no constructor with parameters. */
    private void reportUnassignable(TypeElement type, Field field) {
        if (field.initialized()) {
            reporter.report(Diagnostic.FINAL_FIELD, field.element(), field.name(), " and set in its declaration, so no "
                    + "stored value can replace it", "Remove 'final' or the value, or mark it @Transient if it is not stored");
        } else if (field.unassignable().equals("final")) {
            reporter.report(Diagnostic.FINAL_FIELD, field.element(), field.name(), ", so only a constructor can set it, and "
                    + type.getSimpleName() + " has none that takes it", "Add a constructor with a parameter named '"
                    + field.name() + "' (and @Creator on it if there are several), or remove 'final'");
        } else {
            String capitalized = Names.capitalize(field.name());
            reporter.report(Diagnostic.PRIVATE_FIELD, field.element(), field.name(), "setter", "set",
                    "set" + capitalized + "(...), or a constructor with a parameter named '" + field.name() + "'");
        }
    }

    private Choice canonical(TypeElement type, List<Field> fields) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            List<? extends VariableElement> parameters = constructor.getParameters();
            if (parameters.size() != fields.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < parameters.size() && same; i++) {
                same = types.isSameType(types.erasure(parameters.get(i).asType()), types.erasure(fields.get(i).type()));
            }
            if (same) {
                List<String> names = new ArrayList<>();
                for (Field field : fields) {
                    names.add(field.name());
                }
                return new Choice(constructor, names, true);
            }
        }
        throw new IllegalStateException("record " + type + " has no canonical constructor");
    }

    /** How the parameters of {@code creator} match the fields: each parameter's field, or the problems. */
    private static final class Match {
        final ExecutableElement creator;
        final List<String> parameters = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        Match(ExecutableElement creator) {
            this.creator = creator;
        }
    }

    private Match match(TypeElement type, ExecutableElement creator, List<Field> fields) {
        Match match = new Match(creator);
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            byName.put(field.name(), field);
        }
        Set<String> notStored = notStored(type);
        List<String> unmatched = new ArrayList<>();
        for (VariableElement parameter : creator.getParameters()) {
            String name = parameter.getSimpleName().toString();
            Field field = byName.get(name);
            if (field == null) {
                if (notStored.contains(name)) {
                    unmatched.add("its parameter '" + name + "' is the field '" + name + "', which is not stored (static, "
                            + "transient or @Transient), so a document holds no value for it");
                } else {
                    String suggestion = Suggestions.closest(name, new ArrayList<>(byName.keySet()));
                    unmatched.add("its parameter '" + name + "' is no stored field of " + type.getSimpleName()
                            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
                }
            } else if (!fits(field.type(), parameter.asType())) {
                unmatched.add("its parameter '" + name + "' is " + Reporter.simpleNames(parameter.asType().toString())
                        + ", but the field '" + name + "' is " + Reporter.simpleNames(field.type().toString()));
            } else {
                match.parameters.add(name);
            }
        }
        match.problems.addAll(unmatched);
        List<String> missing = new ArrayList<>();
        for (Field field : fields) {
            if (field.unassignable() != null && !match.parameters.contains(field.name())) {
                missing.add("'" + field.name() + "' (" + field.unassignable() + ")");
            }
        }
        if (!missing.isEmpty()) {
            match.problems.add("it does not take " + String.join(", ", missing) + ", which nothing else can set");
        }
        return match;
    }

    /** Whether a field's value can be passed as the parameter: assignable, and never a possibly null box to a primitive. */
    private boolean fits(TypeMirror field, TypeMirror parameter) {
        if (field.getKind() == TypeKind.ERROR || parameter.getKind() == TypeKind.ERROR) {
            return true; // not generated yet; javac checks the call in the generated code
        }
        if (!field.getKind().isPrimitive() && parameter.getKind().isPrimitive()) {
            return false;
        }
        return types.isAssignable(field, parameter);
    }

    /** The names of the fields of {@code type} and its superclasses that are not stored. */
    private Set<String> notStored(TypeElement type) {
        Set<String> names = new java.util.HashSet<>();
        for (TypeElement current = type; current != null; ) {
            for (VariableElement field : ElementFilter.fieldsIn(current.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)
                        || field.getAnnotation(Transient.class) != null) {
                    names.add(field.getSimpleName().toString());
                }
            }
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) types.asElement(superclass) : null;
            if (current != null && current.getQualifiedName().contentEquals("java.lang.Object")) {
                current = null;
            }
        }
        return names;
    }

    /** Why {@code creator} cannot be called by generated code, or {@code null} when it can. */
    private String unusable(TypeElement type, ExecutableElement creator) {
        if (creator.getModifiers().contains(Modifier.PRIVATE)) {
            return "is private, so generated code in the package cannot call it";
        }
        if (creator.getKind() == ElementKind.METHOD) {
            if (!creator.getModifiers().contains(Modifier.STATIC)) {
                return "is not static, so it needs an instance to be called on";
            }
            if (!types.isSameType(creator.getReturnType(), type.asType())) {
                return "returns " + Reporter.simpleNames(creator.getReturnType().toString()) + ", not "
                        + type.getSimpleName();
            }
            if (!creator.getTypeParameters().isEmpty()) {
                return "has type parameters, which generated code cannot choose";
            }
        }
        if (creator.isVarArgs()) {
            return "takes a variable number of arguments, which cannot be matched to fields";
        }
        return null;
    }

    private static String fixFor(ExecutableElement creator) {
        return creator.getKind() == ElementKind.METHOD
                ? "Make it a static, non-private method returning the model, or move @Creator to a constructor"
                : "Make it package-private or public, or move @Creator to a constructor that is";
    }

    /** {@code constructor Book(String title, int pages)} or {@code method of(String title)}. */
    static String describe(ExecutableElement creator) {
        List<String> parameters = new ArrayList<>();
        for (VariableElement parameter : creator.getParameters()) {
            parameters.add(Reporter.simpleNames(parameter.asType().toString()) + " " + parameter.getSimpleName());
        }
        String name = creator.getKind() == ElementKind.CONSTRUCTOR
                ? "constructor " + creator.getEnclosingElement().getSimpleName()
                : "method " + creator.getSimpleName();
        return name + "(" + String.join(", ", parameters) + ")";
    }

    private boolean hasUsableNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            // The implicit constructor of a private class is private too; NOT_ACCESSIBLE covers that.
            if (constructor.getParameters().isEmpty() && (!constructor.getModifiers().contains(Modifier.PRIVATE)
                    || elements.getOrigin(constructor) == Elements.Origin.MANDATED)) {
                return true;
            }
        }
        return false;
    }
}
