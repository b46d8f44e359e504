package io.djongo.processor.analysis;

import io.djongo.processor.model.ConstraintModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads Jakarta Bean Validation constraints ({@code jakarta.validation.constraints.*}, and the
 * older {@code javax.validation.constraints.*}) from a field by name, checks that each fits the
 * field's type and has sensible values, and turns it into the runtime check that the generated
 * metadata calls. Constraints it cannot compile are warned about, never silently ignored.
 */
final class ConstraintAnalyzer {
    private static final List<String> PACKAGES = List.of("jakarta.validation.constraints.", "javax.validation.constraints.");
    private static final List<String> CONSTRAINT_META = List.of("jakarta.validation.Constraint", "javax.validation.Constraint");

    private static final Set<ValueKind> TEXT = EnumSet.of(ValueKind.STRING);
    private static final Set<ValueKind> SIZED = EnumSet.of(ValueKind.STRING, ValueKind.LIST, ValueKind.SET, ValueKind.MAP,
            ValueKind.BINARY);
    private static final Set<ValueKind> NUMBERS = EnumSet.of(ValueKind.INT, ValueKind.LONG, ValueKind.SHORT, ValueKind.BYTE,
            ValueKind.DOUBLE, ValueKind.FLOAT, ValueKind.DECIMAL);
    private static final Set<ValueKind> DIGITS = EnumSet.of(ValueKind.INT, ValueKind.LONG, ValueKind.SHORT, ValueKind.BYTE,
            ValueKind.DECIMAL, ValueKind.STRING);
    private static final Set<ValueKind> DATES = EnumSet.of(ValueKind.INSTANT, ValueKind.DATE, ValueKind.LOCAL_DATE,
            ValueKind.LOCAL_DATE_TIME);
    private static final Set<ValueKind> BOOLEANS = EnumSet.of(ValueKind.BOOLEAN);

    /** What each supported constraint applies to, in words for messages; {@code null} kinds: any non-primitive type. */
    private record Spec(String factory, Set<ValueKind> kinds, String checks) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("NotNull", new Spec("jakartaNotNull", null, "that a value is present")),
            Map.entry("Null", new Spec("jakartaNull", null, "that no value is present")),
            Map.entry("NotBlank", new Spec("jakartaNotBlank", TEXT, "strings")),
            Map.entry("NotEmpty", new Spec("notEmpty", SIZED, "strings, lists, sets, maps and byte arrays")),
            Map.entry("Size", new Spec("size", SIZED, "strings, lists, sets, maps and byte arrays")),
            Map.entry("Min", new Spec("min", NUMBERS, "numbers")),
            Map.entry("Max", new Spec("max", NUMBERS, "numbers")),
            Map.entry("DecimalMin", new Spec("decimalMin", NUMBERS, "numbers")),
            Map.entry("DecimalMax", new Spec("decimalMax", NUMBERS, "numbers")),
            Map.entry("Positive", new Spec("positive", NUMBERS, "numbers")),
            Map.entry("PositiveOrZero", new Spec("positiveOrZero", NUMBERS, "numbers")),
            Map.entry("Negative", new Spec("negative", NUMBERS, "numbers")),
            Map.entry("NegativeOrZero", new Spec("negativeOrZero", NUMBERS, "numbers")),
            Map.entry("Digits", new Spec("digits", DIGITS, "whole and decimal numbers and strings of digits")),
            Map.entry("Pattern", new Spec("pattern", TEXT, "strings")),
            Map.entry("Email", new Spec("email", TEXT, "strings")),
            Map.entry("Past", new Spec("past", DATES, "dates and instants")),
            Map.entry("PastOrPresent", new Spec("pastOrPresent", DATES, "dates and instants")),
            Map.entry("Future", new Spec("future", DATES, "dates and instants")),
            Map.entry("FutureOrPresent", new Spec("futureOrPresent", DATES, "dates and instants")),
            Map.entry("AssertTrue", new Spec("assertTrue", BOOLEANS, "booleans")),
            Map.entry("AssertFalse", new Spec("assertFalse", BOOLEANS, "booleans")));

    /** {@code jakarta.validation.constraints.Pattern.Flag} constants and their {@link Pattern} flags. */
    private static final Map<String, Integer> FLAGS = Map.of(
            "UNIX_LINES", Pattern.UNIX_LINES, "CASE_INSENSITIVE", Pattern.CASE_INSENSITIVE, "COMMENTS", Pattern.COMMENTS,
            "MULTILINE", Pattern.MULTILINE, "DOTALL", Pattern.DOTALL, "UNICODE_CASE", Pattern.UNICODE_CASE,
            "CANON_EQ", Pattern.CANON_EQ);

    private final Elements elements;
    private final Reporter reporter;

    ConstraintAnalyzer(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Whether {@code mirror} is a constraint this analyzer reads or warns about. */
    static boolean isConstraint(AnnotationMirror mirror) {
        String name = Annotations.name(mirror);
        for (String prefix : PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
            if (CONSTRAINT_META.contains(Annotations.name(meta))) {
                return true;
            }
        }
        return false;
    }

    /** The constraints declared on the field itself, checking the field's value. */
    List<ConstraintModel> ofValue(List<? extends Element> declarations, String field, FieldType type, String owner) {
        List<ConstraintModel> constraints = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Element declaration : declarations) {
            for (AnnotationMirror mirror : declaration.getAnnotationMirrors()) {
                if (isConstraint(mirror) && !seen.contains(Annotations.name(mirror))) {
                    seen.add(Annotations.name(mirror));
                    analyze(declaration, mirror, field, type, owner, constraints);
                }
            }
        }
        return constraints;
    }

    /**
     * The constraints on the element type of a list or set, or the value type of a map
     * ({@code List<@Email String>}), checking each element.
     */
    List<ConstraintModel> ofElements(Element declaration, TypeMirror declared, String field, FieldType type, String owner) {
        if (!type.kind().isContainer() || !(declared instanceof DeclaredType)) {
            return List.of();
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) declared).getTypeArguments();
        if (arguments.isEmpty()) {
            return List.of();
        }
        TypeMirror element = arguments.get(arguments.size() - 1);
        List<ConstraintModel> constraints = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (isConstraint(mirror)) {
                analyze(declaration, mirror, field, type.element(), owner, constraints);
            }
        }
        return constraints;
    }

    private void analyze(Element declaration, AnnotationMirror mirror, String field, FieldType type, String owner,
            List<ConstraintModel> into) {
        String qualified = Annotations.name(mirror);
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        Spec spec = PACKAGES.stream().anyMatch(qualified::startsWith) ? SPECS.get(simple) : null;
        if (spec == null) {
            reporter.report(Diagnostic.UNSUPPORTED_CONSTRAINT, declaration, mirror, null, simple, field,
                    qualified.startsWith("jakarta.") || qualified.startsWith("javax.") ? "@" + simple : "custom constraints",
                    owner);
            return;
        }
        AnnotationValue groups = Annotations.explicit(mirror, "groups");
        if (groups != null && !Annotations.array(groups).isEmpty()) {
            reporter.report(Diagnostic.CONSTRAINT_GROUPS, declaration, mirror, groups, simple, field);
        }
        if (spec.kinds() == null) {
            if (type.isPrimitive()) {
                reporter.report(Diagnostic.CONSTRAINT_NO_EFFECT, declaration, mirror, null, simple, field, type.typeName());
                return;
            }
        } else if (!spec.kinds().contains(type.kind())) {
            reporter.report(Diagnostic.CONSTRAINT_TARGET, declaration, mirror, null, simple, field, type.typeName(),
                    spec.checks());
            return;
        }
        List<Object> arguments = new ArrayList<>();
        String problem = arguments(simple, mirror, arguments);
        if (problem != null) {
            reporter.report(Diagnostic.BAD_CONSTRAINT, declaration, mirror, null, simple, field, problem,
                    "Correct the annotation's values");
            return;
        }
        into.add(new ConstraintModel(simple, spec.factory(), arguments, message(mirror, simple, arguments)));
    }

    /** Reads and checks the values a constraint needs; returns what is wrong, or {@code null}. */
    private String arguments(String simple, AnnotationMirror mirror, List<Object> arguments) {
        switch (simple) {
            case "Size": {
                int min = (Integer) Annotations.value(elements, mirror, "min").getValue();
                int max = (Integer) Annotations.value(elements, mirror, "max").getValue();
                if (min < 0 || max < min) {
                    return "min = " + min + " and max = " + max + " allow no size; min must be 0 or more and max at least min";
                }
                arguments.add(min);
                arguments.add(max);
                return null;
            }
            case "Min":
            case "Max":
                arguments.add((Long) Annotations.value(elements, mirror, "value").getValue());
                return null;
            case "DecimalMin":
            case "DecimalMax": {
                String value = (String) Annotations.value(elements, mirror, "value").getValue();
                try {
                    new BigDecimal(value.trim());
                } catch (NumberFormatException e) {
                    return "value = \"" + value + "\" is not a decimal number";
                }
                arguments.add(value.trim());
                arguments.add((Boolean) Annotations.value(elements, mirror, "inclusive").getValue());
                return null;
            }
            case "Digits": {
                int integer = (Integer) Annotations.value(elements, mirror, "integer").getValue();
                int fraction = (Integer) Annotations.value(elements, mirror, "fraction").getValue();
                if (integer < 0 || fraction < 0) {
                    return "integer and fraction must be 0 or more";
                }
                arguments.add(integer);
                arguments.add(fraction);
                return null;
            }
            case "Pattern":
            case "Email": {
                String regexp = (String) Annotations.value(elements, mirror, "regexp").getValue();
                int flags = 0;
                for (AnnotationValue flag : Annotations.array(Annotations.value(elements, mirror, "flags"))) {
                    flags |= FLAGS.getOrDefault(((VariableElement) flag.getValue()).getSimpleName().toString(), 0);
                }
                try {
                    Pattern.compile(regexp, flags);
                } catch (PatternSyntaxException e) {
                    return "regexp = \"" + regexp + "\" is not a regular expression (" + e.getDescription() + " near index "
                            + e.getIndex() + ")";
                }
                if (simple.equals("Email") && regexp.equals(".*") && flags == 0) {
                    return null; // the default: any well-formed address
                }
                arguments.add(regexp);
                arguments.add(flags);
                return null;
            }
            default:
                return null;
        }
    }

    /**
     * The annotation's own message with Bean Validation's placeholders filled in
     * ({@code "{min} to {max} characters"}), or {@code null} for the default: messages that are
     * resource-bundle keys ({@code "{jakarta.validation...}"}) are left to the default.
     */
    private String message(AnnotationMirror mirror, String simple, List<Object> arguments) {
        AnnotationValue written = Annotations.explicit(mirror, "message");
        if (written == null) {
            return null;
        }
        String message = (String) written.getValue();
        if (message.matches("\\{[^{}]*}")) {
            return null;
        }
        Map<String, Object> values = new java.util.HashMap<>();
        switch (simple) {
            case "Size":
                values.put("min", arguments.get(0));
                values.put("max", arguments.get(1));
                break;
            case "Min":
            case "Max":
                values.put("value", arguments.get(0));
                break;
            case "DecimalMin":
            case "DecimalMax":
                values.put("value", arguments.get(0));
                values.put("inclusive", arguments.get(1));
                break;
            case "Digits":
                values.put("integer", arguments.get(0));
                values.put("fraction", arguments.get(1));
                break;
            case "Pattern":
            case "Email":
                if (!arguments.isEmpty()) {
                    values.put("regexp", arguments.get(0));
                }
                break;
            default:
                break;
        }
        for (Map.Entry<String, Object> value : values.entrySet()) {
            message = message.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return message;
    }
}
