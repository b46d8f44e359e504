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
import java.util.Objects;

/**
 * Adds a field to a collection's documents (Django's {@code AddField}), at the top level or
 * inside an embedded model, also one stored in arrays ({@code authors}) or maps. Documents that
 * lack the field get its default, if it has one: with one {@code $set} where the field
 * {@code $exists: false} at the top level and in single embedded documents, by a batched rewrite
 * of each element in arrays and maps. Without a default nothing is written: a missing field
 * reads as {@code null}. Undone by removing the field.
 *
 * <pre>{@code
 * AddField.to("entry", field("subtitle", STRING).withDefault(new BsonString("")))
 * AddField.to("entry", "authors", field("verified", BOOLEAN).withDefault(BsonBoolean.FALSE))
 * }</pre>
 *
 * @param collection the collection
 * @param parent the path of the embedded model that gets the field, {@code ""} for the top level
 * @param field the field
 */
public record AddField(String collection, String parent, FieldSchema field) implements Operation {

    public AddField {
        Names.checkCollection(collection);
        FieldPaths.split(parent);
        Names.checkKey(Objects.requireNonNull(field, "field").key());
    }

    /** Adds a top-level field. */
    public static AddField to(String collection, FieldSchema field) {
        return new AddField(collection, "", field);
    }

    /** Adds a field to the embedded model at {@code parent} ({@code "blog"}, {@code "authors"}). */
    public static AddField to(String collection, String parent, FieldSchema field) {
        return new AddField(collection, parent, field);
    }

    /** The path of the new field. */
    public String path() {
        return FieldPaths.join(parent, field.key());
    }

    @Override
    public String describe() {
        return "Add field " + path() + " to " + collection
                + (field.defaultValue() == null ? "" : " (default " + FieldChanges.json(field.defaultValue()) + ")");
    }

    @Override
    public Schema stateForwards(Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        return before.with(FieldPaths.edit(schema, parent, describe(), fields -> {
            if (fields.stream().anyMatch(existing -> existing.key().equals(field.key()))) {
                throw new InconsistentMigrationsError(describe() + ": the earlier migrations already added " + path());
            }
            fields.add(field);
            return fields;
        }));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        if (field.defaultValue() == null) {
            return List.of(Command.note("nothing to write: documents without " + path() + " read it as null"));
        }
        return FieldChanges.planFill(collection, before.collection(collection).orElseThrow(), parent, field.key(),
                field.defaultValue());
    }

    @Override
    public void forwards(MigrationContext context) {
        if (field.defaultValue() != null) {
            FieldChanges.fill(context, context.collectionBefore(collection), parent, field.key(), field.defaultValue(),
                    describe());
        }
    }

    @Override
    public boolean reversible() {
        return true;
    }

    /** Removes the field from every document again, with its values. */
    @Override
    public void backwards(MigrationContext context) {
        FieldChanges.unset(context, context.collectionBefore(collection), parent, field.key(), "Remove field " + path()
                + " from " + collection);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        return FieldChanges.planUnset(collection, before.collection(collection).orElseThrow(), parent, field.key());
    }

    @Override
    public String nameFragment() {
        return "Add" + MigrationNames.camel(collection) + MigrationNames.camel(path());
    }
}
