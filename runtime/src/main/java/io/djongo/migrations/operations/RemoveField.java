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
 * Removes a field and its values from a collection's documents (Django's {@code RemoveField}):
 * {@code $unset} at the top level and in single embedded documents, a batched rewrite of each
 * element in arrays and maps of embedded models. Undone by adding the field back, filled with
 * its default where it had one; the removed values themselves are gone.
 *
 * @param collection the collection
 * @param path the field's path ({@code "headline"}, {@code "blog.tagline"}, {@code "authors.email"})
 */
public record RemoveField(String collection, String path) implements Operation {

    public RemoveField {
        Names.checkCollection(collection);
        FieldPaths.split(path);
        if (path.isEmpty() || path.equals("_id")) {
            throw new IllegalArgumentException("\"" + path + "\" is not a field that can be removed");
        }
    }

    public static RemoveField from(String collection, String path) {
        return new RemoveField(collection, path);
    }

    @Override
    public String describe() {
        return "Remove field " + path + " from " + collection;
    }

    @Override
    public Schema stateForwards(Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        FieldPaths.field(schema, path, describe());
        String key = FieldPaths.key(path);
        return before.with(FieldPaths.edit(schema, FieldPaths.parent(path), describe(), fields -> {
            fields.removeIf(field -> field.key().equals(key));
            return fields;
        }));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return FieldChanges.planUnset(collection, before.collection(collection).orElseThrow(), FieldPaths.parent(path),
                FieldPaths.key(path));
    }

    @Override
    public void forwards(MigrationContext context) {
        FieldChanges.unset(context, context.collectionBefore(collection), FieldPaths.parent(path), FieldPaths.key(path),
                describe());
    }

    @Override
    public boolean reversible() {
        return true;
    }

    /** Fills the field again with its default, where it had one; its removed values are not restored. */
    @Override
    public void backwards(MigrationContext context) {
        FieldSchema removed = FieldPaths.field(context.collectionBefore(collection), path, describe());
        if (removed.defaultValue() != null) {
            FieldChanges.fill(context, context.collectionBefore(collection), FieldPaths.parent(path), removed.key(),
                    removed.defaultValue(), "Add field " + path + " back to " + collection);
        }
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow();
        FieldSchema removed = FieldPaths.field(schema, path, describe());
        return new AddField(collection, FieldPaths.parent(path), removed).plan(database, before);
    }

    @Override
    public String nameFragment() {
        return "Remove" + MigrationNames.camel(collection) + MigrationNames.camel(path);
    }
}
