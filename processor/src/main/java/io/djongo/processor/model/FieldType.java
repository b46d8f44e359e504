package io.djongo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * The analysed type of a field: a scalar, an enum, a model, or a container of another field
 * type. A plain value; generators derive Java and runtime types from it.
 *
 * @param kind the storage kind
 * @param typeName the declared Java type (primitive for primitive fields)
 * @param element the element of a list or set, the value of a map; {@code null} otherwise
 * @param modelKind for {@link ValueKind#EMBEDDED}: whether the model is embedded or an array model
 * @param enumConstants for {@link ValueKind#ENUM}: the constant names in declaration order
 * @param target for references: the referenced {@code @Model}; {@code null} otherwise
 */
public record FieldType(ValueKind kind, TypeName typeName, FieldType element, ModelKind modelKind,
        List<String> enumConstants, ClassName target) {

    public FieldType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(typeName, "typeName");
        enumConstants = List.copyOf(enumConstants);
    }

    public static FieldType scalar(ValueKind kind, TypeName typeName) {
        return new FieldType(kind, typeName, null, null, List.of(), null);
    }

    public static FieldType enumType(ClassName type, List<String> constants) {
        return new FieldType(ValueKind.ENUM, type, null, null, constants, null);
    }

    public static FieldType model(ClassName type, ModelKind modelKind) {
        return new FieldType(ValueKind.EMBEDDED, type, null, modelKind, List.of(), null);
    }

    /** {@code Ref<target>}. */
    public static FieldType reference(ClassName target) {
        return new FieldType(ValueKind.REFERENCE, ParameterizedTypeName.get(ClassName.get("io.djongo.relation", "Ref"), target),
                null, ModelKind.MODEL, List.of(), target);
    }

    /** {@code RefList<target>}. */
    public static FieldType references(ClassName target) {
        return new FieldType(ValueKind.REFERENCES,
                ParameterizedTypeName.get(ClassName.get("io.djongo.relation", "RefList"), target), null, ModelKind.MODEL,
                List.of(), target);
    }

    public static FieldType list(FieldType element) {
        return new FieldType(ValueKind.LIST, ParameterizedTypeName.get(ClassName.get(List.class), element.boxed()), element,
                null, List.of(), null);
    }

    public static FieldType set(FieldType element) {
        return new FieldType(ValueKind.SET,
                ParameterizedTypeName.get(ClassName.get(java.util.Set.class), element.boxed()), element, null, List.of(), null);
    }

    public static FieldType map(FieldType value) {
        return new FieldType(ValueKind.MAP, ParameterizedTypeName.get(ClassName.get(java.util.Map.class),
                ClassName.get(String.class), value.boxed()), value, null, List.of(), null);
    }

    /** The Java type, boxed when primitive, for use as a type argument. */
    public TypeName boxed() {
        return typeName.isPrimitive() ? typeName.box() : typeName;
    }

    public boolean isPrimitive() {
        return typeName.isPrimitive();
    }

    /** The model class of an embedded or array model, or the target of a reference. */
    public ClassName modelClass() {
        if (kind.isReference()) {
            return target;
        }
        if (kind != ValueKind.EMBEDDED) {
            throw new IllegalStateException(kind + " is not a model type");
        }
        return (ClassName) typeName;
    }

    /** Whether this type is or contains a model, or refers to one, whose codec or metadata must be reached lazily. */
    public boolean containsModel() {
        return kind == ValueKind.EMBEDDED || kind.isReference() || (element != null && element.containsModel());
    }

    /** A list or set whose elements are models. */
    public boolean isModelArray() {
        return (kind == ValueKind.LIST || kind == ValueKind.SET) && element.kind == ValueKind.EMBEDDED;
    }
}
