package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.schema.Schema;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Renames a collection, keeping its documents and indexes (Django's {@code RenameModel}), with
 * {@code renameCollection} on the {@code admin} database. It never replaces an existing
 * collection: when both names exist the step fails and nothing changes.
 *
 * @param from the current name
 * @param to the new name
 */
public record RenameCollection(String from, String to) implements Operation {

    public RenameCollection {
        Names.checkCollection(from);
        Names.checkCollection(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("a collection cannot be renamed to its own name " + from);
        }
    }

    public static RenameCollection of(String from, String to) {
        return new RenameCollection(from, to);
    }

    @Override
    public String describe() {
        return "Rename collection " + from + " to " + to;
    }

    @Override
    public Schema stateForwards(Schema before) {
        var collection = before.collection(from).orElseThrow(() -> new InconsistentMigrationsError(describe()
                + ": the earlier migrations never created " + from));
        if (before.collection(to).isPresent()) {
            throw new InconsistentMigrationsError(describe() + ": the earlier migrations already created " + to);
        }
        return before.without(from).with(collection.withName(to));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return List.of(command(database, from, to));
    }

    private static Command command(String database, String from, String to) {
        return Command.admin(new BsonDocument("renameCollection", new BsonString(database + "." + from))
                .append("to", new BsonString(database + "." + to)).append("dropTarget", BsonBoolean.FALSE));
    }

    @Override
    public void forwards(MigrationContext context) {
        rename(context, from, to);
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void backwards(MigrationContext context) {
        rename(context, to, from);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        return List.of(command(database, to, from));
    }

    private void rename(MigrationContext context, String source, String target) {
        boolean sourceExists = context.server().listedCollection(source).isPresent();
        boolean targetExists = context.server().listedCollection(target).isPresent();
        if (sourceExists && targetExists) {
            throw new MigrationError(describe() + ": both " + source + " and " + target + " exist, and renaming would "
                    + "replace " + target + "; move or drop one of them and run migrate again");
        }
        if (!sourceExists) {
            return; // renamed by an earlier run, or never given a document
        }
        context.run(command(context.database().getName(), source, target));
        if (context.server().listedCollection(target).isEmpty() || context.server().listedCollection(source).isPresent()) {
            throw new MigrationError(describe() + ": the server answered ok, but listCollections does not show "
                    + target + " in place of " + source);
        }
    }

    @Override
    public String nameFragment() {
        return "Rename" + MigrationNames.camel(from) + "To" + MigrationNames.camel(to);
    }
}
