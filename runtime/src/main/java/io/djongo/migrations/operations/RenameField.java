package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.Schema;
import java.util.List;

/**
 * Renames a field's key in a collection's documents, keeping the values (Django's
 * {@code RenameField}): {@code $rename} at the top level and in single embedded documents
 * ({@code blog.name} to {@code blog.title}), a batched rewrite of each element in arrays and maps
 * of embedded models ({@code authors.email}). A document that already has the new key keeps both
 * and fails the step, rather than lose a value. Undone by renaming back.
 *
 * <p>Indexes on the old path keep indexing the old path (MongoDB does not rename them), so
 * {@code makemigrations} drops and creates them around a rename.
 *
 * @param collection the collection
 * @param path the field's current path
 * @param newKey the field's new key, in the same embedded model
 */
public record RenameField(String collection, String path, String newKey) implements Operation {

    public RenameField {
        Names.checkCollection(collection);
        FieldPaths.split(path);
        Names.checkKey(newKey);
        if (path.isEmpty() || path.equals("_id") || newKey.equals("_id") && FieldPaths.parent(path).isEmpty()) {
            throw new IllegalArgumentException("the _id field cannot be renamed");
        }
        if (FieldPaths.key(path).equals(newKey)) {
            throw new IllegalArgumentException(path + " cannot be renamed to its own key " + newKey);
        }
    }

    /** Renames the field at {@code path} of {@code collection} to {@code newKey}. */
    public static RenameField in(String collection, String path, String newKey) {
        return new RenameField(collection, path, newKey);
    }

    /** The field's new path. */
    public String newPath() {
        return FieldPaths.join(FieldPaths.parent(path), newKey);
    }

    @Override
    public String describe() {
        return "Rename field " + path + " of " + collection + " to " + newPath();
    }

    @Override
    public Schema stateForwards(Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        FieldPaths.field(schema, path, describe());
        String key = FieldPaths.key(path);
        return before.with(FieldPaths.edit(schema, FieldPaths.parent(path), describe(), fields -> {
            if (fields.stream().anyMatch(field -> field.key().equals(newKey))) {
                throw new InconsistentMigrationsError(describe() + ": " + collection + " already has a field " + newPath());
            }
            fields.replaceAll(field -> {
                if (!field.key().equals(key)) {
                    return field;
                }
                FieldSchema renamed = field.withKey(newKey);
                return field.name().equals(key) ? new FieldSchema(newKey, newKey, field.type(), field.defaultValue()) : renamed;
            });
            return fields;
        }));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return FieldChanges.planRename(collection, before.collection(collection).orElseThrow(), FieldPaths.parent(path),
                FieldPaths.key(path), newKey);
    }

    @Override
    public void forwards(MigrationContext context) {
        FieldChanges.rename(context, context.collectionBefore(collection), FieldPaths.parent(path), FieldPaths.key(path),
                newKey, describe());
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void backwards(MigrationContext context) {
        CollectionSchema after = context.after().collection(collection).orElseThrow();
        FieldChanges.rename(context, after, FieldPaths.parent(path), newKey, FieldPaths.key(path),
                "Rename field " + newPath() + " of " + collection + " back to " + path);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        CollectionSchema after = stateForwards(before).collection(collection).orElseThrow();
        return FieldChanges.planRename(collection, after, FieldPaths.parent(path), newKey, FieldPaths.key(path));
    }

    @Override
    public String nameFragment() {
        return "Rename" + MigrationNames.camel(collection) + MigrationNames.camel(path) + "To" + MigrationNames.camel(newKey);
    }
}
