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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Creates an index (Django's {@code AddIndex}/{@code AddConstraint}) and checks that the server
 * built what was asked: options that the server accepts and ignores are found by a probe before
 * anything is created ({@code ServerFeatures}), and after {@code createIndexes} the index as
 * {@code listIndexes} shows it must have every option. Otherwise the index is dropped again and
 * the step fails with the option and the server's behaviour; it is never marked applied.
 *
 * <pre>{@code
 * CreateIndex.on("entry", IndexSpec.on("pub_date", -1))
 * CreateIndex.on("entry", IndexSpec.on("slug", 1).unique())
 * }</pre>
 *
 * @param collection the collection
 * @param index the index
 */
public record CreateIndex(String collection, IndexSpec index) implements Operation {

    public CreateIndex {
        Names.checkCollection(collection);
        Objects.requireNonNull(index, "index");
        if (index.keys().isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one key");
        }
    }

    public static CreateIndex on(String collection, IndexSpec index) {
        return new CreateIndex(collection, index);
    }

    @Override
    public String describe() {
        return "Create index " + index.name() + " on " + collection;
    }

    @Override
    public Schema stateForwards(Schema before) {
        CollectionSchema schema = before.collection(collection).orElseThrow(() -> new InconsistentMigrationsError(
                describe() + ": the earlier migrations never created " + collection));
        if (schema.index(index.name()).isPresent()) {
            throw new InconsistentMigrationsError(describe() + ": the earlier migrations already created an index named "
                    + index.name() + " on " + collection);
        }
        return before.with(schema.withIndex(index));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return List.of(Command.of(new BsonDocument("createIndexes", new BsonString(collection))
                .append("indexes", new BsonArray(List.of(index.toBson())))));
    }

    @Override
    public void forwards(MigrationContext context) {
        Optional<BsonDocument> existing = context.server().listedIndex(collection, index.name());
        if (existing.isPresent()) {
            List<String> differences = differences(index, existing.get());
            if (differences.isEmpty()) {
                return; // created by an earlier run, or by hand with the same options
            }
            throw new MigrationError(describe() + ": an index named " + index.name() + " already exists on " + collection
                    + " with other options (" + String.join("; ", differences) + "): listIndexes shows "
                    + existing.get().toJson() + ". Drop it (dropIndexes) or give the new index another name");
        }
        List<String> ignored = context.server().ignoredOptions(index);
        if (!ignored.isEmpty()) {
            throw new MigrationError(describe() + ": the server would not honour " + String.join("; ", ignored)
                    + ". Nothing was created. Remove the option from the index, or migrate on a server that supports it");
        }
        context.run(plan(context.database().getName(), context.before()).get(0));
        Optional<BsonDocument> listed = context.server().listedIndex(collection, index.name());
        if (listed.isEmpty()) {
            throw new MigrationError(describe() + ": the server answered ok, but listIndexes does not show " + index.name());
        }
        List<String> differences = differences(index, listed.get());
        if (!differences.isEmpty()) {
            new DropIndex(collection, index.name()).dropQuietly(context);
            throw new MigrationError(describe() + ": the server accepted the index but ignored " + String.join("; ", differences)
                    + " (listIndexes shows " + listed.get().toJson() + "); the index was dropped again. Remove the option"
                    + " from the index, or migrate on a server that supports it");
        }
    }

    /** What the listed index lacks of {@code index}, or has that it does not ask for. */
    static List<String> differences(IndexSpec index, BsonDocument listed) {
        List<String> differences = new ArrayList<>(index.differences(listed));
        if (!index.isUnique() && listed.getBoolean("unique", BsonBoolean.FALSE).getValue()) {
            differences.add("it is unique");
        }
        if (!index.isSparse() && listed.getBoolean("sparse", BsonBoolean.FALSE).getValue()) {
            differences.add("it is sparse");
        }
        for (Map.Entry<String, String> option : Map.of("partialFilterExpression", "a partial filter",
                "expireAfterSeconds", "a TTL", "collation", "a collation").entrySet()) {
            BsonValue wanted = index.toBson().get(option.getKey());
            if (wanted == null && listed.containsKey(option.getKey())) {
                differences.add("it has " + option.getValue() + " " + listed.get(option.getKey()));
            }
        }
        return differences;
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void backwards(MigrationContext context) {
        new DropIndex(collection, index.name()).forwards(context);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        return new DropIndex(collection, index.name()).plan(database, before);
    }

    /** {@code AddPubDateIndex}: from the keys for MongoDB's default names, otherwise from the name. */
    @Override
    public String nameFragment() {
        boolean defaultName = index.name().equals(IndexSpec.fromBson(new BsonDocument("key", index.toBson().getDocument("key")))
                .name());
        String words = defaultName ? String.join(" ", index.keys().keySet()) : index.name();
        String camel = MigrationNames.camel(words.replace("$**", "wildcard"));
        return "Add" + camel + (camel.endsWith("Index") ? "" : "Index");
    }
}
