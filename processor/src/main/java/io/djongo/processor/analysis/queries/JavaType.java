package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Model;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ValueKind;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The declared type of a query parameter, read as what it can be compared with: a stored scalar, a
 * model, a collection or map of them, or a reference. Parameters are typed as the fields they meet:
 * an {@code int} for an {@code int} field, a {@code Collection<String>} for {@code tags__overlap}.
 *
 * @param kind what the type is
 * @param scalar for {@link Kind#SCALAR}: the storage kind
 * @param name the type as written (primitive for primitives)
 * @param element for collections the element, for maps the value, for references the target
 * @param model for models the class, for references the target model
 */
record JavaType(Kind kind, ValueKind scalar, TypeName name, JavaType element, ClassName model) {

    enum Kind { SCALAR, MODEL, COLLECTION, MAP, REF, REF_LIST, OTHER }

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

    private static final List<String> COLLECTIONS = List.of("java.util.Collection", "java.util.List", "java.util.Set",
            "java.util.SortedSet", "java.util.NavigableSet");

    static JavaType of(TypeMirror type) {
        TypeName name = TypeName.get(type);
        switch (type.getKind()) {
            case BOOLEAN:
                return scalar(ValueKind.BOOLEAN, name);
            case INT:
                return scalar(ValueKind.INT, name);
            case LONG:
                return scalar(ValueKind.LONG, name);
            case DOUBLE:
                return scalar(ValueKind.DOUBLE, name);
            case FLOAT:
                return scalar(ValueKind.FLOAT, name);
            case SHORT:
                return scalar(ValueKind.SHORT, name);
            case BYTE:
                return scalar(ValueKind.BYTE, name);
            case CHAR:
                return scalar(ValueKind.CHAR, name);
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? scalar(ValueKind.BINARY, name)
                        : other(name);
            case DECLARED:
                break;
            default:
                return other(name);
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String qualified = element.getQualifiedName().toString();
        ValueKind kind = SCALARS.get(qualified);
        if (kind != null) {
            return scalar(kind, name);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return scalar(ValueKind.ENUM, name);
        }
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (COLLECTIONS.contains(qualified) && arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED) {
            return new JavaType(Kind.COLLECTION, null, name, of(arguments.get(0)), null);
        }
        if (qualified.equals("java.util.Map") && arguments.size() == 2 && arguments.get(1).getKind() == TypeKind.DECLARED
                && TypeName.get(arguments.get(0)).equals(ClassName.get(String.class))) {
            return new JavaType(Kind.MAP, null, name, of(arguments.get(1)), null);
        }
        if ((qualified.equals("io.djongo.relation.Ref") || qualified.equals("io.djongo.relation.RefList"))
                && arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED) {
            ClassName target = ClassName.get((TypeElement) ((DeclaredType) arguments.get(0)).asElement());
            return new JavaType(qualified.endsWith("RefList") ? Kind.REF_LIST : Kind.REF, null, name, null, target);
        }
        if (isModel(element)) {
            return new JavaType(Kind.MODEL, null, name, null, ClassName.get(element));
        }
        return other(name);
    }

    private static boolean isModel(Element element) {
        return element.getAnnotation(Model.class) != null || element.getAnnotation(EmbeddedModel.class) != null
                || element.getAnnotation(ArrayModel.class) != null;
    }

    private static JavaType scalar(ValueKind kind, TypeName name) {
        return new JavaType(Kind.SCALAR, kind, name, null, null);
    }

    private static JavaType other(TypeName name) {
        return new JavaType(Kind.OTHER, null, name, null, null);
    }

    /** Whether this is a primitive, which is never null. */
    boolean primitive() {
        return name.isPrimitive();
    }

    /** Whether a value of this type is a value of a field of {@code type}. */
    boolean fits(FieldType type) {
        switch (type.kind()) {
            case EMBEDDED:
                return kind == Kind.MODEL && model.equals(type.modelClass());
            case LIST:
            case SET:
                return kind == Kind.COLLECTION && element.fits(type.element());
            case MAP:
                return kind == Kind.MAP && element.fits(type.element());
            case REFERENCE:
                return kind == Kind.REF && model.equals(type.modelClass());
            case REFERENCES:
                return kind == Kind.REF_LIST && model.equals(type.modelClass());
            case ENUM:
                return kind == Kind.SCALAR && scalar == ValueKind.ENUM && boxed().equals(type.boxed());
            default:
                return kind == Kind.SCALAR && scalar == type.kind();
        }
    }

    /** Whether this is a collection of values of fields of {@code type}. */
    boolean isCollectionOf(FieldType type) {
        return kind == Kind.COLLECTION && element.fits(type);
    }

    /** Whether this is a number type, primitive or boxed. */
    boolean isNumber() {
        return kind == Kind.SCALAR && (scalar == ValueKind.INT || scalar == ValueKind.LONG || scalar == ValueKind.DOUBLE
                || scalar == ValueKind.FLOAT || scalar == ValueKind.SHORT || scalar == ValueKind.BYTE
                || scalar == ValueKind.DECIMAL);
    }

    boolean is(ValueKind kind) {
        return this.kind == Kind.SCALAR && scalar == kind;
    }

    TypeName boxed() {
        return name.isPrimitive() ? name.box() : name;
    }

    /**
     * The field type whose codec encodes values of this type, for parameters that meet no field
     * (inside {@code $expr} or a pipeline stage): {@code null} when none does.
     */
    FieldType asFieldType() {
        switch (kind) {
            case SCALAR:
                return scalar == ValueKind.ENUM ? FieldType.enumType((ClassName) boxed(), List.of())
                        : FieldType.scalar(scalar, boxed());
            case MODEL:
                return FieldType.model(model, ModelKind.EMBEDDED);
            case MAP: {
                FieldType value = element.asFieldType();
                return value == null ? null : FieldType.map(value);
            }
            default:
                return null;
        }
    }

    /** The type as people write it: {@code List<String>}. */
    String readable() {
        return name.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }

    static String simple(TypeName type) {
        return simple(type.toString());
    }

    /** Types in {@code text} as people write them: {@code java.util.List<java.lang.String>} → {@code List<String>}. */
    static String simple(String text) {
        return text.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }
}
