package io.djongo.migrations.operations;

import com.mongodb.MongoException;
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
 * Drops an index by name (Django's {@code RemoveIndex}). Undone by creating it again with the
 * options it had in the state.
 *
 * @param collection the collection
 * @param name the index name
 */
public record DropIndex(String collection, String name) implements Operation {

    public DropIndex {
        Names.checkCollection(collection);
        if (name == null || name.isEmpty() || name.equals("_id_")) {
            throw new IllegalArgumentException("\"" + name + "\" is not an index that can be dropped");
        }
    }

    public static DropIndex of(String collection, String name) {
        return new DropIndex(collection, name);
    }

    @Override
    public String describe() {
        return "Drop index " + name + " from " + collection;
    }

    @Override
    public Schema stateForwards(Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        if (schema.index(name).isEmpty()) {
            List<String> names = new ArrayList<>();
            schema.indexes().forEach(index -> names.add(index.name()));
            throw new InconsistentMigrationsError(describe() + ": the earlier migrations never created an index named "
                    + name + " on " + collection + " (they created: " + (names.isEmpty() ? "none" : String.join(", ", names))
                    + ")");
        }
        return before.with(schema.withoutIndex(name));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return List.of(Command.of(new BsonDocument("dropIndexes", new BsonString(collection)).append("index", new BsonString(name))));
    }

    @Override
    public void forwards(MigrationContext context) {
        context.run(plan(context.database().getName(), context.before()).get(0), Names::indexNotFound);
        if (context.server().listedIndex(collection, name).isPresent()) {
            throw new MigrationError(describe() + ": the server answered ok, but listIndexes still shows " + name);
        }
    }

    void dropQuietly(MigrationContext context) {
        try {
            context.database().runCommand(plan(context.database().getName(), context.before()).get(0).body());
        } catch (MongoException e) {
            // the failure being reported matters more
        }
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void backwards(MigrationContext context) {
        IndexSpec index = context.collectionBefore(collection).index(name).orElseThrow();
        new CreateIndex(collection, index).forwards(context);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        IndexSpec index = before.collection(collection).flatMap(c -> c.index(name)).orElseThrow();
        return new CreateIndex(collection, index).plan(database, before);
    }

    @Override
    public String nameFragment() {
        String words = name.replaceAll("_-?1(?=_|$)", "").replace("$**", "wildcard");
        String camel = MigrationNames.camel(words);
        return "Remove" + camel + (camel.endsWith("Index") ? "" : "Index");
    }
}
