package io.djongo.schema;

import io.djongo.meta.FieldKind;
import java.util.List;
import java.util.Objects;

/**
 * How values of a field are stored, as migrations see it: a kind, the element type of lists,
 * sets and maps, and the fields of embedded models. Only what changes the stored documents is
 * here; validation rules are the runtime's, not the schema's.
 *
 * @param kind the storage kind
 * @param element the element or value type of a list, set or map; {@code null} otherwise
 * @param model the class name of an embedded model; {@code null} otherwise
 * @param fields the fields of an embedded model; empty for other kinds, and for a model that
 *     contains itself at this point ({@code recursive})
 * @param recursive whether this is an embedded model already being described further up, whose
 *     fields are not repeated
 */
public record TypeSchema(FieldKind kind, TypeSchema element, String model, List<FieldSchema> fields, boolean recursive) {

    public TypeSchema {
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        if (kind.isContainer() != (element != null)) {
            throw new IllegalArgumentException(kind + (element == null ? " needs" : " has no") + " element type");
        }
        if ((kind == FieldKind.EMBEDDED) != (model != null)) {
            throw new IllegalArgumentException(kind + (model == null ? " needs" : " has no") + " model");
        }
    }

    /** A scalar (or enum) type. */
    public static TypeSchema of(FieldKind kind) {
        return new TypeSchema(kind, null, null, List.of(), false);
    }

    public static TypeSchema list(TypeSchema element) {
        return new TypeSchema(FieldKind.LIST, element, null, List.of(), false);
    }

    public static TypeSchema set(TypeSchema element) {
        return new TypeSchema(FieldKind.SET, element, null, List.of(), false);
    }

    public static TypeSchema map(TypeSchema value) {
        return new TypeSchema(FieldKind.MAP, value, null, List.of(), false);
    }

    /** An embedded model with its fields. */
    public static TypeSchema embedded(String model, List<FieldSchema> fields) {
        return new TypeSchema(FieldKind.EMBEDDED, null, model, fields, false);
    }

    /** An embedded model that contains itself, described further up. */
    public static TypeSchema recursive(String model) {
        return new TypeSchema(FieldKind.EMBEDDED, null, model, List.of(), true);
    }

    /** Whether this is an array of embedded models, whose fields are in each element. */
    public boolean isModelArray() {
        return (kind == FieldKind.LIST || kind == FieldKind.SET) && element.kind() == FieldKind.EMBEDDED;
    }

    /** The embedded model whose fields follow this type's path: itself, or the element of a list or set. */
    public TypeSchema modelType() {
        return kind == FieldKind.EMBEDDED ? this : isModelArray() ? element : null;
    }

    /** Whether values stored as {@code this} read back as {@code other} without conversion. */
    public boolean sameStorage(TypeSchema other) {
        if (kind != other.kind) {
            return false;
        }
        if (element != null) {
            return element.sameStorage(other.element);
        }
        return true;
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
            case EMBEDDED:
                return model.substring(model.lastIndexOf('.') + 1);
            default:
                return kind.name();
        }
    }
}
