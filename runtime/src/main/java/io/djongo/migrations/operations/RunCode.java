package io.djongo.migrations.operations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import io.djongo.migrations.Command;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.Operation;
import io.djongo.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

/**
 * A data migration (Django's {@code RunPython}): code that reads and writes the database as
 * {@link BsonDocument}s, never through today's model classes, whose fields may have changed since
 * the migration was written. The schema state is unchanged. Reversible when given backwards code
 * ({@link #NOOP} when there is nothing to undo).
 *
 * <p>{@code migrate} records each finished operation, so this code is not run again once it has
 * finished; if it is interrupted half-way it runs again from the start, so write it to be
 * idempotent (as {@link Data#update} is).
 *
 * <pre>{@code
 * RunCode.of("Lower-case the tags", data -> data.update("entry", entry -> {
 *     ...
 *     return entry;
 * }))
 * }</pre>
 *
 * @param description what the code does, for the plan and the progress
 * @param code the code run forwards
 * @param backwardsCode the code run backwards, or {@code null} when it cannot be undone
 */
public record RunCode(String description, Code code, Code backwardsCode) implements Operation {

    /** What a data migration runs. */
    @FunctionalInterface
    public interface Code {
        void run(Data data);
    }

    /** Code that does nothing: makes a {@code RunCode} reversible when undoing needs no work. */
    public static final Code NOOP = data -> { };

    public RunCode {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(code, "code");
    }

    public static RunCode of(String description, Code code) {
        return new RunCode(description, code, null);
    }

    /** The same operation, undone by {@code backwards}. */
    public RunCode withBackwards(Code backwards) {
        return new RunCode(description, code, Objects.requireNonNull(backwards, "backwards"));
    }

    @Override
    public String describe() {
        return "Run code: " + description;
    }

    @Override
    public Schema stateForwards(Schema before) {
        return before;
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        return List.of(Command.note("runs code: " + description));
    }

    @Override
    public void forwards(MigrationContext context) {
        code.run(new Data(context, description));
    }

    @Override
    public boolean reversible() {
        return backwardsCode != null;
    }

    @Override
    public void backwards(MigrationContext context) {
        if (backwardsCode == null) {
            Operation.super.backwards(context);
        }
        backwardsCode.run(new Data(context, description + " (backwards)"));
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        return backwardsCode == null ? Operation.super.planBackwards(database, before)
                : List.of(Command.note("runs code: " + description + " (backwards)"));
    }

    /** The database as a data migration sees it: documents as {@link BsonDocument}s. */
    public static final class Data {
        private final MigrationContext context;
        private final String task;

        Data(MigrationContext context, String task) {
            this.context = context;
            this.task = task;
        }

        /** The database, reading and writing {@link BsonDocument}s. */
        public MongoDatabase database() {
            return context.database();
        }

        /** A collection as {@link BsonDocument}s. */
        public MongoCollection<BsonDocument> collection(String name) {
            return context.collection(name);
        }

        /** Reports progress of the code's own loops. */
        public void progress(long done, long total) {
            context.progress(task, done, total);
        }

        /**
         * Passes every document of {@code collection} through {@code change}, in batches ordered by
         * {@code _id}, and replaces those it changed (compared with the document read), with
         * progress. {@code change} may change its argument and return it; returning the document
         * unchanged writes nothing, so a change that is a no-op on changed documents makes the
         * whole step idempotent. The {@code _id} cannot change.
         *
         * @return how many documents were replaced
         */
        public long update(String collection, UnaryOperator<BsonDocument> change) {
            MongoCollection<BsonDocument> documents = collection(collection);
            long total = documents.countDocuments();
            long done = 0;
            long replaced = 0;
            List<WriteModel<BsonDocument>> writes = new ArrayList<>();
            try (MongoCursor<BsonDocument> cursor = documents.find().sort(new BsonDocument("_id", new BsonInt32(1)))
                    .batchSize(context.batchSize()).cursor()) {
                while (cursor.hasNext()) {
                    BsonDocument read = cursor.next();
                    BsonDocument changed = change.apply(read.clone());
                    if (changed != null && !changed.equals(read)) {
                        if (!read.get("_id").equals(changed.get("_id"))) {
                            throw new IllegalStateException(task + ": the change altered the _id of " + read.get("_id"));
                        }
                        writes.add(new ReplaceOneModel<>(new BsonDocument("_id", read.get("_id")), changed));
                    }
                    if (++done % context.batchSize() == 0) {
                        replaced += write(documents, writes);
                        progress(done, total);
                        context.checkpoint();
                    }
                }
            }
            replaced += write(documents, writes);
            progress(done, Math.max(done, total));
            return replaced;
        }

        private static long write(MongoCollection<BsonDocument> documents, List<WriteModel<BsonDocument>> writes) {
            if (writes.isEmpty()) {
                return 0;
            }
            long count = documents.bulkWrite(writes).getMatchedCount();
            writes.clear();
            return count;
        }
    }
}
