package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.Schema;
import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Sets or removes a collection's validator with {@code collMod}, then checks with
 * {@code listCollections} that the server kept it. Servers without validators (FerretDB 1.x,
 * mongo-java-server) fail the step with their reason. Undone by restoring the validator of the state.
 *
 * @param collection the collection
 * @param validator the validator document ({@code {"$jsonSchema": {...}}}), or {@code null} to remove it
 */
public record SetValidator(String collection, BsonDocument validator) implements Operation {

    public SetValidator {
        Names.checkCollection(collection);
        validator = validator == null || validator.isEmpty() ? null : validator.clone();
    }

    /** Sets the validator, in MongoDB's JSON syntax. */
    public static SetValidator of(String collection, String json) {
        return new SetValidator(collection, BsonDocument.parse(json));
    }

    public static SetValidator of(String collection, BsonDocument validator) {
        return new SetValidator(collection, Objects.requireNonNull(validator, "validator"));
    }

    /** Removes the validator. */
    public static SetValidator remove(String collection) {
        return new SetValidator(collection, null);
    }

    @Override
    public String describe() {
        return (validator == null ? "Remove the validator of " : "Set the validator of ") + collection;
    }

    @Override
    public Schema stateForwards(Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        return before.with(schema.withValidator(validator));
    }

    static Command collMod(String collection, BsonDocument validator) {
        return Command.of(new BsonDocument("collMod", new BsonString(collection))
                .append("validator", validator == null ? new BsonDocument() : validator));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return List.of(collMod(collection, validator));
    }

    @Override
    public void forwards(MigrationContext context) {
        apply(context, validator);
    }

    private void apply(MigrationContext context, BsonDocument wanted) {
        if (Objects.equals(wanted, listed(context))) {
            return;
        }
        context.run(collMod(collection, wanted));
        BsonDocument listed = listed(context);
        if (!Objects.equals(wanted, listed)) {
            throw new MigrationError(describe() + ": the server answered ok, but listCollections shows "
                    + (listed == null ? "no validator" : listed.toJson()) + ", so it would not validate documents as asked");
        }
    }

    /** The validator {@code listCollections} shows, {@code null} for none (an empty one included). */
    private BsonDocument listed(MigrationContext context) {
        BsonDocument listed = context.server().listedValidator(collection);
        return listed == null || listed.isEmpty() ? null : listed;
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void backwards(MigrationContext context) {
        apply(context, context.collectionBefore(collection).validator());
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        return List.of(collMod(collection, before.collection(collection).map(CollectionSchema::validator).orElse(null)));
    }

    @Override
    public String nameFragment() {
        return (validator == null ? "Remove" : "Set") + MigrationNames.camel(collection) + "Validator";
    }
}
