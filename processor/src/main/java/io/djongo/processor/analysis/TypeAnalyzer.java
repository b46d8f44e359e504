package io.djongo.processor.analysis;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Model;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Maps a field's declared type to a {@link FieldType}, reporting unsupported types on the field.
 * Which Java types are stored, and how, is decided here and nowhere else.
 */
final class TypeAnalyzer {
    /** Declared types stored as scalars, by qualified name. */
    private static final Map<String, ValueKind> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", ValueKind.STRING),
            Map.entry("java.lang.Boolean", ValueKind.BOOLEAN),
            Map.entry("java.lang.Integer", ValueKind.INT),
            Map.entry("java.lang.Long", ValueKind.LONG),
            Map.entry("java.lang.Double", ValueKind.DOUBLE),
            Map.entry("java.lang.Float", ValueKind.FLOAT),
            Map.entry("java.lang.Short", ValueKind.SHORT),
            Map.entry("java.lang.Byte", ValueKind.BYTE),
            Map.entry("java.lang.Character", ValueKind.CHAR),
            Map.entry("org.bson.types.ObjectId", ValueKind.OBJECT_ID),
            Map.entry("java.time.Instant", ValueKind.INSTANT),
            Map.entry("java.util.Date", ValueKind.DATE),
            Map.entry("java.time.LocalDate", ValueKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", ValueKind.LOCAL_DATE_TIME),
            Map.entry("java.math.BigDecimal", ValueKind.DECIMAL),
            Map.entry("java.util.UUID", ValueKind.UUID));

    /** Types users reach for that have a supported counterpart, with the advice to give. */
    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("java.util.ArrayList", "Declare the field as List<...>"),
            Map.entry("java.util.LinkedList", "Declare the field as List<...>"),
            Map.entry("java.util.HashSet", "Declare the field as Set<...>"),
            Map.entry("java.util.TreeSet", "Declare the field as Set<...>"),
            Map.entry("java.util.HashMap", "Declare the field as Map<String, ...>"),
            Map.entry("java.util.TreeMap", "Declare the field as Map<String, ...>"),
            Map.entry("java.util.Collection", "Declare the field as List<...> or Set<...>"),
            Map.entry("java.lang.Iterable", "Declare the field as List<...> or Set<...>"),
            Map.entry("java.time.ZonedDateTime", "Store an Instant, and the zone in a separate String field if needed"),
            Map.entry("java.time.OffsetDateTime", "Store an Instant, and the offset in a separate field if needed"),
            Map.entry("java.sql.Timestamp", "Use Instant"),
            Map.entry("java.util.Calendar", "Use Instant"),
            Map.entry("java.math.BigInteger", "Use BigDecimal or long"),
            Map.entry("java.lang.Object", "Give the field a concrete type"),
            Map.entry("java.util.Optional", "Declare the field with the value type itself; null means absent"));

    private static final String SUPPORTED = "Supported: String, primitives and their boxes, ObjectId, Instant, Date, "
            + "LocalDate, LocalDateTime, BigDecimal, UUID, enums, byte[], List/Set/Map<String, ...> of those, and "
            + "@EmbeddedModel or @ArrayModel classes, Ref<T> and RefList<T> of @Model classes; or mark the field @Transient";

    private static final String REF = "io.djongo.relation.Ref";
    private static final String REF_LIST = "io.djongo.relation.RefList";

    private final Types types;
    private final Reporter reporter;
    private final boolean lastRound;

    TypeAnalyzer(Types types, Reporter reporter, boolean lastRound) {
        this.types = types;
        this.reporter = reporter;
        this.lastRound = lastRound;
    }

    /** The outcome of analysing one type: a field type, an error already reported, or a wait for a later round. */
    record Result(FieldType type, boolean deferred) {
        static final Result ERROR = new Result(null, false);
        static final Result DEFERRED = new Result(null, true);
    }

    Result analyze(TypeMirror type, Element field, String name) {
        return analyze(type, field, name, false);
    }

    private Result analyze(TypeMirror type, Element field, String name, boolean inContainer) {
        switch (type.getKind()) {
            case BOOLEAN:
                return scalar(ValueKind.BOOLEAN, type);
            case INT:
                return scalar(ValueKind.INT, type);
            case LONG:
                return scalar(ValueKind.LONG, type);
            case DOUBLE:
                return scalar(ValueKind.DOUBLE, type);
            case FLOAT:
                return scalar(ValueKind.FLOAT, type);
            case SHORT:
                return scalar(ValueKind.SHORT, type);
            case BYTE:
                return scalar(ValueKind.BYTE, type);
            case CHAR:
                return scalar(ValueKind.CHAR, type);
            case ERROR:
                return unresolved(field, name, type);
            case ARRAY:
                if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                    return scalar(ValueKind.BINARY, type);
                }
                return unsupported(field, name, type, "Use List<...> instead of an array");
            case DECLARED:
                return declared((DeclaredType) type, field, name, inContainer);
            case WILDCARD:
            case TYPEVAR:
                reporter.report(Diagnostic.RAW_TYPE, field, name, field.asType());
                return Result.ERROR;
            default:
                return unsupported(field, name, type, SUPPORTED);
        }
    }

    private Result declared(DeclaredType type, Element field, String name, boolean inContainer) {
        TypeElement element = (TypeElement) type.asElement();
        String qualifiedName = element.getQualifiedName().toString();
        ValueKind scalar = SCALARS.get(qualifiedName);
        if (scalar != null) {
            return scalar(scalar, type);
        }
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element member : element.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
            return new Result(FieldType.enumType(ClassName.get(element), constants), false);
        }
        switch (qualifiedName) {
            case "java.util.List":
            case "java.util.Set":
                return collection(type, field, name, qualifiedName.endsWith("List"));
            case "java.util.Map":
                return map(type, field, name);
            case REF:
            case REF_LIST:
                return reference(type, field, name, qualifiedName.equals(REF_LIST), inContainer);
            default:
                break;
        }
        if (element.getAnnotation(EmbeddedModel.class) != null) {
            return new Result(FieldType.model(ClassName.get(element), ModelKind.EMBEDDED), false);
        }
        if (element.getAnnotation(ArrayModel.class) != null) {
            if (!inContainer) {
                String simple = element.getSimpleName().toString();
                reporter.report(Diagnostic.ARRAY_MODEL_AS_VALUE, field, name, simple, simple, simple, simple);
                return Result.ERROR;
            }
            return new Result(FieldType.model(ClassName.get(element), ModelKind.ARRAY), false);
        }
        if (element.getAnnotation(Model.class) != null) {
            String simple = element.getSimpleName().toString();
            reporter.report(Diagnostic.MODEL_AS_VALUE, field, name, simple, simple);
            return Result.ERROR;
        }
        String advice = ADVICE.get(qualifiedName);
        if (advice == null) {
            advice = qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.")
                    ? SUPPORTED
                    : "Annotate " + element.getSimpleName() + " with @EmbeddedModel to store it as a sub-document, "
                            + "or mark the field @Transient";
        }
        return unsupported(field, name, type, advice);
    }

    /**
     * {@code Ref<T>} or {@code RefList<T>}: {@code T} must be a {@code @Model}; a reference is a
     * field of its own, so a list of them is a {@code RefList}, not a {@code List<Ref<T>>}.
     */
    private Result reference(DeclaredType type, Element field, String name, boolean list, boolean inContainer) {
        String declared = list ? "RefList" : "Ref";
        if (inContainer) {
            reporter.report(Diagnostic.REFERENCE_IN_CONTAINER, field, name, field.asType());
            return Result.ERROR;
        }
        if (type.getTypeArguments().size() != 1) {
            reporter.report(Diagnostic.RAW_TYPE, field, name, type);
            return Result.ERROR;
        }
        TypeMirror target = type.getTypeArguments().get(0);
        if (target.getKind() == TypeKind.ERROR) {
            return unresolved(field, name, target);
        }
        if (target.getKind() != TypeKind.DECLARED) {
            reporter.report(Diagnostic.RAW_TYPE, field, name, type);
            return Result.ERROR;
        }
        TypeElement element = (TypeElement) ((DeclaredType) target).asElement();
        String simple = element.getSimpleName().toString();
        if (element.getAnnotation(Model.class) == null) {
            boolean embedded = element.getAnnotation(EmbeddedModel.class) != null
                    || element.getAnnotation(ArrayModel.class) != null;
            reporter.report(Diagnostic.REFERENCE_TARGET, field, name, declared, simple, simple,
                    embedded ? "it is stored inside other documents, so it has no id to refer to. Declare the field "
                            + (list ? "List<" + simple + ">" : simple) + " to embed it"
                            : "Annotate " + simple + " with @Model, or store its id in a plain field");
            return Result.ERROR;
        }
        ClassName targetName = ClassName.get(element);
        return new Result(list ? FieldType.references(targetName) : FieldType.reference(targetName), false);
    }

    private Result collection(DeclaredType type, Element field, String name, boolean list) {
        if (type.getTypeArguments().size() != 1) {
            reporter.report(Diagnostic.RAW_TYPE, field, name, type);
            return Result.ERROR;
        }
        Result element = analyze(type.getTypeArguments().get(0), field, name, true);
        if (element.type() == null) {
            return element;
        }
        if (element.type().isPrimitive()) {
            throw new AssertionError("type arguments are never primitive");
        }
        return new Result(list ? FieldType.list(element.type()) : FieldType.set(element.type()), false);
    }

    private Result map(DeclaredType type, Element field, String name) {
        if (type.getTypeArguments().size() != 2) {
            reporter.report(Diagnostic.RAW_TYPE, field, name, type);
            return Result.ERROR;
        }
        TypeMirror key = type.getTypeArguments().get(0);
        TypeMirror value = type.getTypeArguments().get(1);
        if (key.getKind() == TypeKind.ERROR) {
            return unresolved(field, name, key);
        }
        if (key.getKind() != TypeKind.DECLARED
                || !((TypeElement) types.asElement(key)).getQualifiedName().contentEquals("java.lang.String")) {
            reporter.report(Diagnostic.MAP_KEY, field, name, key, value);
            return Result.ERROR;
        }
        Result valueType = analyze(value, field, name, true);
        if (valueType.type() == null) {
            return valueType;
        }
        return new Result(FieldType.map(valueType.type()), false);
    }

    private static Result scalar(ValueKind kind, TypeMirror type) {
        return new Result(FieldType.scalar(kind, TypeName.get(type)), false);
    }

    /** A type that does not exist (yet): wait for a later round, or report it in the last. */
    private Result unresolved(Element field, String name, TypeMirror type) {
        if (!lastRound) {
            return Result.DEFERRED;
        }
        reporter.report(Diagnostic.UNRESOLVED_TYPE, field, name, type);
        return Result.ERROR;
    }

    private Result unsupported(Element field, String name, TypeMirror type, String advice) {
        reporter.report(Diagnostic.UNSUPPORTED_TYPE, field, name, type, advice);
        return Result.ERROR;
    }
}
