package io.djongo.migrations.operations;

import io.djongo.meta.FieldKind;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.TypeSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Dotted field paths in a collection's schema. A path names keys from the top of a document:
 * {@code blog.name} is the field {@code name} of the embedded model in {@code blog}, and through
 * a list, set or map of embedded models it names the field of every element ({@code authors.email}),
 * as MongoDB's own dotted paths do. Paths never go through a model that contains itself: its
 * fields are named where the model is described, and changes there apply at every depth.
 */
final class FieldPaths {
    private FieldPaths() {}

    /** The keys of {@code path}; the empty path (the top level) has none. */
    static List<String> split(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            return List.of();
        }
        List<String> keys = Arrays.asList(path.split("\\.", -1));
        for (String key : keys) {
            if (key.isEmpty() || key.startsWith("$")) {
                throw new IllegalArgumentException("\"" + path + "\" is not a field path: write keys separated by dots, "
                        + "as in blog.name, with no empty key and none starting with $");
            }
        }
        return keys;
    }

    /** The path of the container holding the field at {@code path}: {@code ""} for a top-level field. */
    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The last key of {@code path}. */
    static String key(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The embedded model whose fields follow {@code type}: itself, or the element (at any depth) of a list, set or map. */
    static TypeSchema modelOf(TypeSchema type) {
        TypeSchema current = type;
        while (current.kind().isContainer()) {
            current = current.element();
        }
        return current.kind() == FieldKind.EMBEDDED ? current : null;
    }

    /** {@code type} with the fields of its model ({@link #modelOf}) replaced. */
    static TypeSchema withModelFields(TypeSchema type, List<FieldSchema> fields) {
        switch (type.kind()) {
            case EMBEDDED:
                return TypeSchema.embedded(type.model(), fields);
            case LIST:
                return TypeSchema.list(withModelFields(type.element(), fields));
            case SET:
                return TypeSchema.set(withModelFields(type.element(), fields));
            case MAP:
                return TypeSchema.map(withModelFields(type.element(), fields));
            default:
                throw new IllegalArgumentException(type + " holds no embedded model");
        }
    }

    /** The field at {@code path}, if the path leads to one. */
    static Optional<FieldSchema> find(CollectionSchema collection, String path) {
        List<String> keys = split(path);
        List<FieldSchema> fields = collection.fields();
        FieldSchema found = null;
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                TypeSchema model = modelOf(found.type());
                if (model == null || model.recursive()) {
                    return Optional.empty();
                }
                fields = model.fields();
            }
            String key = keys.get(i);
            found = fields.stream().filter(field -> field.key().equals(key)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The field at {@code path}; an {@link InconsistentMigrationsError} saying what is missing otherwise. */
    static FieldSchema field(CollectionSchema collection, String path, String operation) {
        fields(collection, parent(path), operation);
        return find(collection, path).orElseThrow(() -> new InconsistentMigrationsError(operation + ": "
                + collection.name() + " has no field " + path + " in the state built by the earlier migrations"
                + choices(fields(collection, parent(path), operation))));
    }

    /** The fields of the container at {@code parentPath} ({@code ""} for the top level). */
    static List<FieldSchema> fields(CollectionSchema collection, String parentPath, String operation) {
        if (parentPath.isEmpty()) {
            return collection.fields();
        }
        FieldSchema container = find(collection, parentPath).orElseThrow(() -> new InconsistentMigrationsError(
                operation + ": " + collection.name() + " has no field " + parentPath
                        + " in the state built by the earlier migrations"));
        TypeSchema model = modelOf(container.type());
        if (model == null) {
            throw new InconsistentMigrationsError(operation + ": " + collection.name() + "." + parentPath + " holds "
                    + container.type() + ", not an embedded model, so it has no fields");
        }
        if (model.recursive()) {
            throw new InconsistentMigrationsError(operation + ": " + collection.name() + "." + parentPath + " is "
                    + model + ", which contains itself; name its fields where " + model + " is described");
        }
        return model.fields();
    }

    /** {@code collection} with the fields of the container at {@code parentPath} changed. */
    static CollectionSchema edit(CollectionSchema collection, String parentPath, String operation,
            UnaryOperator<List<FieldSchema>> change) {
        fields(collection, parentPath, operation); // fails with a clear message when the container is missing
        return collection.withFields(edit(collection.fields(), split(parentPath), change));
    }

    private static List<FieldSchema> edit(List<FieldSchema> fields, List<String> keys, UnaryOperator<List<FieldSchema>> change) {
        if (keys.isEmpty()) {
            return List.copyOf(change.apply(new ArrayList<>(fields)));
        }
        List<FieldSchema> changed = new ArrayList<>();
        for (FieldSchema field : fields) {
            if (field.key().equals(keys.get(0))) {
                TypeSchema model = modelOf(field.type());
                field = field.withType(withModelFields(field.type(), edit(model.fields(), keys.subList(1, keys.size()), change)));
            }
            changed.add(field);
        }
        return changed;
    }

    /**
     * Whether the container at {@code parentPath} is reached only through single embedded
     * documents and holds no model that contains itself, so that one server-side update
     * ({@code $set}, {@code $unset}, {@code $rename} on the dotted path) reaches every value.
     * Otherwise (arrays, maps, recursion) documents are rewritten in batches.
     */
    static boolean serverSide(CollectionSchema collection, String parentPath) {
        if (parentPath.isEmpty()) {
            return true;
        }
        List<String> keys = split(parentPath);
        FieldSchema top = collection.field(keys.get(0)).orElseThrow();
        if (hasRecursion(top.type())) {
            return false;
        }
        List<FieldSchema> fields = collection.fields();
        for (String key : keys) {
            FieldSchema field = fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
            if (field.type().kind() != FieldKind.EMBEDDED) {
                return false;
            }
            fields = field.type().fields();
        }
        return true;
    }

    /** Whether a model that contains itself appears anywhere in {@code type}. */
    static boolean hasRecursion(TypeSchema type) {
        TypeSchema model = modelOf(type);
        if (model == null) {
            return false;
        }
        if (model.recursive()) {
            return true;
        }
        return model.fields().stream().anyMatch(field -> hasRecursion(field.type()));
    }

    private static String choices(List<FieldSchema> fields) {
        List<String> keys = new ArrayList<>();
        for (FieldSchema field : fields) {
            keys.add(field.key());
        }
        return keys.isEmpty() ? "" : " (its fields there: " + String.join(", ", keys) + ")";
    }
}
