package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.IndexSpec;
import io.djongo.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Drops a collection with its documents and indexes (Django's {@code DeleteModel}). Undone by
 * creating it again, empty, with the validator and indexes it had in the state.
 *
 * @param name the collection
 */
public record DropCollection(String name) implements Operation {

    public DropCollection {
        Names.checkCollection(name);
    }

    public static DropCollection named(String name) {
        return new DropCollection(name);
    }

    @Override
    public String describe() {
        return "Drop collection " + name;
    }

    @Override
    public Schema stateForwards(Schema before) {
        if (before.collection(name).isEmpty()) {
            throw new InconsistentMigrationsError(describe() + ": the earlier migrations never created " + name);
        }
        return before.without(name);
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return List.of(Command.of(new BsonDocument("drop", new BsonString(name))));
    }

    @Override
    public void forwards(MigrationContext context) {
        context.run(plan(context.database().getName(), context.before()).get(0), Names::namespaceNotFound);
        if (context.server().listedCollection(name).isPresent()) {
            throw new MigrationError(describe() + ": the server answered ok, but listCollections still shows " + name);
        }
    }

    @Override
    public boolean reversible() {
        return true;
    }

    /** Creates the collection again, empty, with its validator and indexes: the documents are gone. */
    @Override
    public void backwards(MigrationContext context) {
        CollectionSchema dropped = context.collectionBefore(name);
        Schema empty = context.before().without(name);
        Schema created = recreate(dropped).stateForwards(empty);
        recreate(dropped).forwards(context.between(empty, created));
        Schema state = created;
        for (IndexSpec index : dropped.indexes()) {
            CreateIndex create = new CreateIndex(name, index);
            Schema next = create.stateForwards(state);
            create.forwards(context.between(state, next));
            state = next;
        }
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        CollectionSchema dropped = before.collection(name).orElseThrow();
        List<Command> commands = new ArrayList<>(recreate(dropped).plan(database, before.without(name)));
        for (IndexSpec index : dropped.indexes()) {
            commands.addAll(new CreateIndex(name, index).plan(database, before));
        }
        return commands;
    }

    private static CreateCollection recreate(CollectionSchema dropped) {
        return new CreateCollection(dropped.name(), dropped.model(), dropped.fields(), dropped.validator());
    }

    @Override
    public String nameFragment() {
        return "Drop" + MigrationNames.camel(name);
    }
}
