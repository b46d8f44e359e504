package io.djongo.meta;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The type of a field as generated from its declaration: a scalar kind, an embedded model, or a
 * container of another field type. Embedded models are reached through a supplier because a
 * model may contain itself.
 */
public final class FieldType {
    private final FieldKind kind;
    private final Class<?> javaType;
    private final FieldType element;
    private final Supplier<ModelMeta<?>> model;
    private final List<String> enumConstants;

    private FieldType(FieldKind kind, Class<?> javaType, FieldType element, Supplier<ModelMeta<?>> model,
            List<String> enumConstants) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.element = element;
        this.model = model;
        this.enumConstants = enumConstants;
    }

    /** A scalar field; {@code javaType} is the declared class (primitive classes for primitives). */
    public static FieldType scalar(FieldKind kind, Class<?> javaType) {
        if (kind == FieldKind.EMBEDDED || kind.isContainer() || kind == FieldKind.ENUM) {
            throw new IllegalArgumentException(kind + " is not a scalar kind");
        }
        return new FieldType(kind, javaType, null, null, List.of());
    }

    /** An enum stored by constant name. */
    public static FieldType enumType(Class<?> javaType, List<String> constants) {
        return new FieldType(FieldKind.ENUM, javaType, null, null, List.copyOf(constants));
    }

    /** An embedded or array model. */
    public static FieldType model(Class<?> javaType, Supplier<ModelMeta<?>> model) {
        return new FieldType(FieldKind.EMBEDDED, javaType, null, Objects.requireNonNull(model, "model"), List.of());
    }

    public static FieldType list(FieldType element) {
        return new FieldType(FieldKind.LIST, List.class, element, null, List.of());
    }

    public static FieldType set(FieldType element) {
        return new FieldType(FieldKind.SET, java.util.Set.class, element, null, List.of());
    }

    public static FieldType map(FieldType value) {
        return new FieldType(FieldKind.MAP, java.util.Map.class, value, null, List.of());
    }

    public FieldKind kind() {
        return kind;
    }

    /** The declared Java class (erased), e.g. {@code int.class}, {@code List.class}, {@code Blog.class}. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The element type of a list or set, or the value type of a map; {@code null} otherwise. */
    public FieldType element() {
        return element;
    }

    /** The metadata of an embedded or array model; {@code null} for other kinds. */
    public ModelMeta<?> model() {
        return model == null ? null : model.get();
    }

    /** The constant names of an enum, in declaration order; empty for other kinds. */
    public List<String> enumConstants() {
        return enumConstants;
    }

    /** Whether the Java type is primitive, so the field can never hold {@code null}. */
    public boolean isPrimitive() {
        return javaType.isPrimitive();
    }

    @Override
    public String toString() {
        switch (kind) {
            case LIST:
                return "List<" + element + ">";
            case SET:
                return "Set<" + element + ">";
            case MAP:
                return "Map<String, " + element + ">";
            default:
                return javaType.getSimpleName();
        }
    }
}
