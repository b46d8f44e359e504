package io.djongo.migrations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * The record of applied migrations, one document per migration in {@code djongo_migrations}
 * (Django's {@code django_migrations}), with progress per operation so an interrupted migration
 * resumes where it stopped:
 *
 * <pre>{@code
 * {_id: "blog.V0002_AddPubDateIndex", app: "blog", name: "V0002_AddPubDateIndex",
 *  operations: 3, done: 3, started: ISODate(...), applied: ISODate(...)}
 * }</pre>
 *
 * A migration being applied or undone has {@code done} operations in place and no {@code applied};
 * an undone one has no record. The document {@code {_id: "lock"}} is the migration lock
 * ({@link MigrationLock}).
 */
final class MigrationRecorder {
    static final String COLLECTION = "djongo_migrations";

    /** What is recorded of one migration. */
    record Record(String app, String name, int operations, int done, Instant applied) {
        boolean isApplied() {
            return applied != null;
        }
    }

    private final MongoCollection<BsonDocument> records;

    MigrationRecorder(MongoDatabase database) {
        this.records = database.getCollection(COLLECTION, BsonDocument.class);
    }

    /** Every record, by label ({@code blog.V0001_Initial}). */
    Map<String, Record> read() {
        Map<String, Record> found = new LinkedHashMap<>();
        for (BsonDocument document : records.find(new BsonDocument("app", new BsonDocument("$exists", org.bson.BsonBoolean.TRUE)))) {
            String app = document.getString("app", new BsonString("")).getValue();
            String name = document.getString("name", new BsonString("")).getValue();
            int operations = document.getNumber("operations", new BsonInt32(0)).intValue();
            int done = document.getNumber("done", new BsonInt32(operations)).intValue();
            Instant applied = document.isDateTime("applied")
                    ? Instant.ofEpochMilli(document.getDateTime("applied").getValue()) : null;
            found.put(app + "." + name, new Record(app, name, operations, done, applied));
        }
        return found;
    }

    /** {@code migration} starts being applied: recorded with nothing done, unless a record already says how far it got. */
    void started(Migration migration) {
        records.updateOne(id(migration), new BsonDocument("$set", new BsonDocument("app", new BsonString(migration.app()))
                        .append("name", new BsonString(migration.name()))
                        .append("operations", new BsonInt32(migration.operations().size())))
                        .append("$setOnInsert", new BsonDocument("done", new BsonInt32(0))
                                .append("started", new BsonDateTime(System.currentTimeMillis()))),
                new UpdateOptions().upsert(true));
    }

    /** {@code done} operations of {@code migration} are in place. */
    void progress(Migration migration, int done) {
        records.updateOne(id(migration), new BsonDocument("$set", new BsonDocument("done", new BsonInt32(done))));
    }

    void applied(Migration migration) {
        records.updateOne(id(migration), new BsonDocument("$set", new BsonDocument("done",
                new BsonInt32(migration.operations().size())).append("applied", new BsonDateTime(System.currentTimeMillis()))));
    }

    /** {@code migration} starts being undone: no longer applied. */
    void unapplying(Migration migration) {
        records.updateOne(id(migration), new BsonDocument("$unset", new BsonDocument("applied", new BsonString(""))));
    }

    /** {@code migration} was undone completely. */
    void removed(Migration migration) {
        records.deleteOne(id(migration));
    }

    private static BsonDocument id(Migration migration) {
        return new BsonDocument("_id", new BsonString(migration.label()));
    }
}
