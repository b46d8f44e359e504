package io.djongo.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields a dotted BSON path goes through, from a model down to the last field:
 * {@code blog.name} is {@code [blog, name]}; array indexes ({@code authors.2.email}), positional
 * operators ({@code authors.$[e0].email}) and map keys ({@code votes.up}) are stepped over.
 *
 * @param fields the fields in order, at least one
 */
public record FieldPath(List<FieldMeta> fields) {
    public FieldPath {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a field path has at least one field");
        }
    }

    /** The fields of {@code root} at {@code bsonPath}; empty when the path leaves the declared fields. */
    public static Optional<FieldPath> resolve(ModelMeta<?> root, String bsonPath) {
        List<FieldMeta> found = new ArrayList<>();
        ModelMeta<?> model = root;
        FieldType type = null;
        for (String part : bsonPath.split("\\.", -1)) {
            if (type != null && (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET)
                    && (part.startsWith("$") || part.chars().allMatch(Character::isDigit))) {
                type = type.element();
                model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
                continue;
            }
            if (type != null && type.kind() == FieldKind.MAP) {
                type = type.element();
                model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
                continue;
            }
            if (model == null) {
                return Optional.empty();
            }
            FieldMeta field = null;
            for (FieldMeta candidate : model.fields()) {
                if (candidate.bsonName().equals(part)) {
                    field = candidate;
                    break;
                }
            }
            if (field == null) {
                return Optional.empty();
            }
            found.add(field);
            type = field.type();
            model = type.kind() == FieldKind.EMBEDDED ? type.model()
                    : (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET)
                            && type.element().kind() == FieldKind.EMBEDDED ? type.element().model() : null;
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new FieldPath(found));
    }

    /** The last field. */
    public FieldMeta last() {
        return fields.get(fields.size() - 1);
    }

    /** The Java names joined with dots: {@code blog.name}, as validation paths are written. */
    public String javaPath() {
        List<String> names = new ArrayList<>();
        for (FieldMeta field : fields) {
            names.add(field.name());
        }
        return String.join(".", names);
    }

    /** The labels, capitalised, for messages: {@code Blog name}. */
    public String label() {
        List<String> labels = new ArrayList<>();
        for (FieldMeta field : fields) {
            labels.add(field.label());
        }
        String joined = String.join(" ", labels);
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
