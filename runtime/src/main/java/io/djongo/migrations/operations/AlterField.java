package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.Schema;
import io.djongo.schema.TypeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bson.BsonValue;

/**
 * Changes how a field is stored (Django's {@code AlterField}): its type, and its default. A new
 * type converts every stored value with a batched read–convert–write, with progress, after a
 * first pass has checked that each value converts without loss (numbers that fit, strings that
 * parse; see the conversions). One value that does not stops the step before anything is
 * written and names the document. A new default fills documents that lack the field.
 *
 * <p>Where no conversion is built in (a string into an embedded model), give one:
 * {@code AlterField.of("entry", "blog", embedded(...)).convertingWith(v -> ...)}; it receives and
 * returns BSON values, never model classes. Undone by converting back, with
 * {@link #backwardsWith} when a converter was given.
 *
 * @param collection the collection
 * @param path the field's path
 * @param type the new stored type
 * @param defaultValue the new default, or {@code null} for none
 * @param converter converts one stored value, or {@code null} for the built-in conversions
 * @param backConverter converts one value back, or {@code null}
 */
public record AlterField(String collection, String path, TypeSchema type, BsonValue defaultValue,
        UnaryOperator<BsonValue> converter, UnaryOperator<BsonValue> backConverter) implements Operation {

    public AlterField {
        Names.checkCollection(collection);
        FieldPaths.split(path);
        Objects.requireNonNull(type, "type");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("AlterField needs the path of a field");
        }
    }

    /** Stores the field at {@code path} as {@code type}. */
    public static AlterField of(String collection, String path, TypeSchema type) {
        return new AlterField(collection, path, type, null, null, null);
    }

    /** The same operation, giving the field a default that fills documents without it. */
    public AlterField withDefault(BsonValue value) {
        return new AlterField(collection, path, type, value, converter, backConverter);
    }

    /** The same operation converting each stored (non-null) value with {@code conversion} instead of the built-in rules. */
    public AlterField convertingWith(UnaryOperator<BsonValue> conversion) {
        return new AlterField(collection, path, type, defaultValue, Objects.requireNonNull(conversion), backConverter);
    }

    /** The same operation, undone by converting each value with {@code conversion}. */
    public AlterField backwardsWith(UnaryOperator<BsonValue> conversion) {
        return new AlterField(collection, path, type, defaultValue, converter, Objects.requireNonNull(conversion));
    }

    @Override
    public String describe() {
        return "Alter field " + path + " of " + collection + " to " + type
                + (defaultValue == null ? "" : " (default " + FieldChanges.json(defaultValue) + ")");
    }

    private FieldSchema current(Schema state) {
        CollectionSchema schema = state.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        return FieldPaths.field(schema, path, describe());
    }

    @Override
    public Schema stateForwards(Schema before) {
        current(before);
        String key = FieldPaths.key(path);
        CollectionSchema schema = before.collection(collection).orElseThrow();
        return before.with(FieldPaths.edit(schema, FieldPaths.parent(path), describe(), fields -> {
            fields.replaceAll(field -> field.key().equals(key) ? field.withType(type).withDefault(defaultValue) : field);
            return fields;
        }));
    }

    private boolean converts(FieldSchema old) {
        return converter != null || !same(old.type(), type);
    }

    /** Whether values stored as {@code a} are stored as {@code b}, down to the elements of containers. */
    private static boolean same(TypeSchema a, TypeSchema b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return a.element() == null || same(a.element(), b.element());
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        FieldSchema old = current(before);
        List<Command> commands = new ArrayList<>();
        if (converts(old)) {
            commands.addAll(FieldChanges.planConvert(collection, FieldPaths.parent(path), old.key(),
                    "converts " + path + " from " + old.type() + " to " + type));
        }
        if (defaultValue != null && !defaultValue.equals(old.defaultValue())) {
            commands.addAll(FieldChanges.planFill(collection, before.collection(collection).orElseThrow(),
                    FieldPaths.parent(path), old.key(), defaultValue));
        }
        if (commands.isEmpty()) {
            commands.add(Command.note("nothing to write: the stored values keep their type"));
        }
        return commands;
    }

    @Override
    public void forwards(MigrationContext context) {
        CollectionSchema schema = context.collectionBefore(collection);
        FieldSchema old = current(context.before());
        if (converts(old)) {
            UnaryOperator<BsonValue> conversion = converter != null ? converter : value -> Conversions.convert(value, type);
            FieldChanges.convert(context, schema, FieldPaths.parent(path), old.key(), conversion, describe());
        }
        if (defaultValue != null && !defaultValue.equals(old.defaultValue())) {
            FieldChanges.fill(context, schema, FieldPaths.parent(path), old.key(), defaultValue, describe());
        }
    }

    @Override
    public boolean reversible() {
        return converter == null || backConverter != null;
    }

    /** Converts the values back to the type of the state before (documents filled with a default keep it). */
    @Override
    public void backwards(MigrationContext context) {
        FieldSchema old = current(context.before());
        if (!converts(old)) {
            return;
        }
        if (!reversible()) {
            Operation.super.backwards(context);
        }
        TypeSchema back = old.type();
        UnaryOperator<BsonValue> conversion = backConverter != null ? backConverter : value -> Conversions.convert(value, back);
        CollectionSchema after = context.after().collection(collection).orElseThrow();
        FieldChanges.convert(context, after, FieldPaths.parent(path), old.key(), conversion,
                "Alter field " + path + " of " + collection + " back to " + back);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        FieldSchema old = current(before);
        if (!converts(old)) {
            return List.of(Command.note("nothing to write: the stored values keep their type"));
        }
        return FieldChanges.planConvert(collection, FieldPaths.parent(path), old.key(),
                "converts " + path + " back from " + type + " to " + old.type());
    }

    @Override
    public String nameFragment() {
        return "Alter" + MigrationNames.camel(collection) + MigrationNames.camel(path);
    }
}
