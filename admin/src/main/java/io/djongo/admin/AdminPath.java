package io.djongo.admin;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldPath;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * A field path as {@link ModelAdmin} options name it, in Django's lookup spelling
 * ({@code blog__name}, {@code pub_date}, {@code authors__email}), resolved against the generated
 * metadata: each part is a field's Java name, its BSON name, or its Java name in snake_case.
 *
 * @param name the path as written
 * @param fields the fields it goes through, at least one
 * @param bsonPath the dotted BSON path ({@code blog.name})
 */
public record AdminPath(String name, List<FieldMeta> fields, String bsonPath) {
    public AdminPath {
        fields = List.copyOf(fields);
    }

    /**
     * Resolves {@code name} on {@code meta}.
     *
     * @throws IllegalArgumentException naming the model, the unknown part and the fields it could be
     */
    public static AdminPath resolve(ModelMeta<?> meta, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an empty field name on " + meta.name());
        }
        List<FieldMeta> found = new ArrayList<>();
        List<String> bson = new ArrayList<>();
        ModelMeta<?> model = meta;
        for (String part : name.split("__", -1)) {
            if (model == null) {
                throw new IllegalArgumentException(meta.name() + "." + name + ": " + bson.get(bson.size() - 1)
                        + " has no fields, so '" + part + "' cannot follow it");
            }
            FieldMeta field = field(model, part);
            if (field == null) {
                List<String> names = new ArrayList<>();
                model.fields().forEach(f -> names.add(f.name()));
                throw new IllegalArgumentException(meta.name() + " has no field '" + part + "' in '" + name
                        + "'; the fields of " + model.name() + " are " + names);
            }
            found.add(field);
            bson.add(field.bsonName());
            model = modelOf(field.type());
        }
        return new AdminPath(name, found, String.join(".", bson));
    }

    /** The embedded or array model a path may continue into, or {@code null}. */
    static ModelMeta<?> modelOf(FieldType type) {
        if (type.kind() == FieldKind.EMBEDDED) {
            return type.model();
        }
        if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) && type.element().kind() == FieldKind.EMBEDDED) {
            return type.element().model();
        }
        return null;
    }

    private static FieldMeta field(ModelMeta<?> model, String part) {
        for (FieldMeta field : model.fields()) {
            if (field.name().equals(part) || field.bsonName().equals(part) || field.snakeName().equals(part)) {
                return field;
            }
        }
        return null;
    }

    /** The last field. */
    public FieldMeta last() {
        return fields.get(fields.size() - 1);
    }

    /** Whether the path is a single top-level field. */
    public boolean topLevel() {
        return fields.size() == 1;
    }

    /** The column header: the labels of the fields, capitalised ({@code Blog name}), as {@link FieldPath#label()}. */
    public String label() {
        return new FieldPath(fields).label();
    }
}
