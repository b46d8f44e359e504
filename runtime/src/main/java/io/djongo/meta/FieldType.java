package io.djongo.meta;

import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
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
    private final Supplier<ValueCodec<?>> codec;
    private volatile ValueCodec<?> resolvedCodec;

    private FieldType(FieldKind kind, Class<?> javaType, FieldType element, Supplier<ModelMeta<?>> model,
            List<String> enumConstants, Supplier<ValueCodec<?>> codec) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.element = element;
        this.model = model;
        this.enumConstants = enumConstants;
        this.codec = codec;
    }

    /** A scalar field; {@code javaType} is the declared class (primitive classes for primitives). */
    public static FieldType scalar(FieldKind kind, Class<?> javaType) {
        if (kind == FieldKind.EMBEDDED || kind.isContainer() || kind == FieldKind.ENUM) {
            throw new IllegalArgumentException(kind + " is not a scalar kind");
        }
        ValueCodec<?> scalar = scalarCodec(kind);
        return new FieldType(kind, javaType, null, null, List.of(), () -> scalar);
    }

    /** An enum stored by constant name; {@code constants} is {@code E.values()}. */
    public static <E extends Enum<E>> FieldType enumType(Class<E> javaType, E[] constants) {
        List<String> names = new java.util.ArrayList<>(constants.length);
        for (E constant : constants) {
            names.add(constant.name());
        }
        ValueCodec<E> codec = ValueCodecs.enumOf(javaType, constants);
        return new FieldType(FieldKind.ENUM, javaType, null, null, List.copyOf(names), () -> codec);
    }

    /** An embedded or array model. */
    public static FieldType model(Class<?> javaType, Supplier<ModelMeta<?>> model) {
        Objects.requireNonNull(model, "model");
        return new FieldType(FieldKind.EMBEDDED, javaType, null, model, List.of(), () -> model.get().codec());
    }

    /** A reference to an object of the model {@code target} ({@code Ref<T>}), stored as its id. */
    public static FieldType reference(Supplier<ModelMeta<?>> target) {
        Objects.requireNonNull(target, "target");
        return new FieldType(FieldKind.REFERENCE, io.djongo.relation.Ref.class, null, target, List.of(),
                () -> io.djongo.relation.ReferenceCodecs.ref(target.get()));
    }

    /** References to objects of the model {@code target} ({@code RefList<T>}), stored as an array of ids. */
    public static FieldType references(Supplier<ModelMeta<?>> target) {
        Objects.requireNonNull(target, "target");
        return new FieldType(FieldKind.REFERENCES, io.djongo.relation.RefList.class, null, target, List.of(),
                () -> io.djongo.relation.ReferenceCodecs.refList(target.get()));
    }

    public static FieldType list(FieldType element) {
        return new FieldType(FieldKind.LIST, List.class, element, null, List.of(),
                () -> ValueCodecs.listOf(element.codec()));
    }

    public static FieldType set(FieldType element) {
        return new FieldType(FieldKind.SET, java.util.Set.class, element, null, List.of(),
                () -> ValueCodecs.setOf(element.codec()));
    }

    public static FieldType map(FieldType value) {
        return new FieldType(FieldKind.MAP, java.util.Map.class, value, null, List.of(),
                () -> ValueCodecs.mapOf(value.codec()));
    }

    /**
     * The codec of values of this type, the same one generated codecs and paths use; for code
     * that works from metadata, such as string lookups and the admin.
     */
    public ValueCodec<?> codec() {
        ValueCodec<?> result = resolvedCodec;
        if (result == null) {
            result = codec.get();
            resolvedCodec = result;
        }
        return result;
    }

    private static ValueCodec<?> scalarCodec(FieldKind kind) {
        switch (kind) {
            case STRING:
                return ValueCodecs.STRING;
            case BOOLEAN:
                return ValueCodecs.BOOLEAN;
            case INT:
                return ValueCodecs.INT;
            case LONG:
                return ValueCodecs.LONG;
            case DOUBLE:
                return ValueCodecs.DOUBLE;
            case FLOAT:
                return ValueCodecs.FLOAT;
            case SHORT:
                return ValueCodecs.SHORT;
            case BYTE:
                return ValueCodecs.BYTE;
            case CHAR:
                return ValueCodecs.CHAR;
            case OBJECT_ID:
                return ValueCodecs.OBJECT_ID;
            case INSTANT:
                return ValueCodecs.INSTANT;
            case DATE:
                return ValueCodecs.DATE;
            case LOCAL_DATE:
                return ValueCodecs.LOCAL_DATE;
            case LOCAL_DATE_TIME:
                return ValueCodecs.LOCAL_DATE_TIME;
            case DECIMAL:
                return ValueCodecs.DECIMAL;
            case UUID:
                return ValueCodecs.UUID_STANDARD;
            case BINARY:
                return ValueCodecs.BINARY;
            default:
                throw new IllegalArgumentException(kind + " is not a scalar kind");
        }
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

    /** The metadata of an embedded or array model, or the target of a reference; {@code null} for other kinds. */
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
            case REFERENCE:
                return "Ref<" + model().name() + ">";
            case REFERENCES:
                return "RefList<" + model().name() + ">";
            default:
                return javaType.getSimpleName();
        }
    }
}
