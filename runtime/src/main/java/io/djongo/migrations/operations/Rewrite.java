package io.djongo.migrations.operations;

import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationError;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.TypeSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * A batched rewrite of documents on the client, for changes that one server-side update cannot
 * make on every server: inside arrays and maps of embedded models, inside models that contain
 * themselves, and conversions of stored types. Each document's top-level field that holds the
 * path is read, changed in Java and written back with {@code $set}, only where the stored value
 * is still the one read (a document changed meanwhile is read again).
 *
 * <p>Two passes: the first only checks that every document can be changed (a value that cannot
 * be converted without loss stops the step before anything is written), the second writes. A
 * change is a no-op on a document already changed, so a rewrite interrupted half-way finishes on
 * the next run.
 */
final class Rewrite {
    /** A change of one container document; returns whether it changed it. */
    interface Change {
        boolean apply(BsonDocument container);
    }

    /** A document that a change cannot handle without losing data; the message says why. */
    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private static final int MAX_REPORTED = 5;
    private static final int RETRIES = 3;

    private final MigrationContext context;
    private final CollectionSchema collection;
    private final List<String> route;
    private final String top;
    private final Change change;
    private final boolean searchRecursion;
    private final String task;

    /**
     * @param collection the collection in the state before the change
     * @param parentPath the container whose documents {@code change} changes ({@code ""} for the top level)
     * @param top the top-level key whose value the change may alter
     */
    Rewrite(MigrationContext context, CollectionSchema collection, String parentPath, String top, String task, Change change) {
        this.context = context;
        this.collection = collection;
        this.route = FieldPaths.split(parentPath);
        this.top = top;
        this.change = change;
        this.task = task;
        FieldSchema topField = collection.field(top).orElse(null);
        this.searchRecursion = topField != null && FieldPaths.hasRecursion(topField.type());
    }

    /** The note {@code --plan} prints for a rewrite of {@code top} in {@code collection}. */
    static String planNote(String collection, String top, String what) {
        return "batched rewrite of " + collection + "." + top + " (" + what + "): reads {\"find\": \"" + collection
                + "\", \"projection\": {\"" + top + "\": 1}, \"sort\": {\"_id\": 1}} in batches, checks every document,"
                + " then writes each changed one with {\"update\": \"" + collection
                + "\", \"updates\": [{\"q\": {\"_id\": <id>, \"" + top + "\": <value read>}, \"u\": {\"$set\": {\"" + top
                + "\": <value changed>}}}]}";
    }

    /** Runs both passes. */
    void run() {
        MongoCollection<BsonDocument> documents = context.collection(collection.name());
        long total = documents.countDocuments();
        check(documents, total);
        write(documents, total);
    }

    private void check(MongoCollection<BsonDocument> documents, long total) {
        List<String> problems = new ArrayList<>();
        long failed = 0;
        long done = 0;
        try (MongoCursor<BsonDocument> cursor = read(documents)) {
            while (cursor.hasNext()) {
                BsonDocument document = cursor.next();
                try {
                    changeDocument(document.clone());
                } catch (Conflict e) {
                    failed++;
                    if (problems.size() < MAX_REPORTED) {
                        problems.add("_id " + FieldChanges.json(document.get("_id")) + ": " + e.getMessage());
                    }
                }
                if (++done % context.batchSize() == 0) {
                    context.progress(task + " (checking)", done, total);
                    context.checkpoint();
                }
            }
        }
        if (failed > 0) {
            throw new MigrationError(task + ": " + failed + " document" + (failed == 1 ? "" : "s") + " of "
                    + collection.name() + " cannot be changed without losing data; nothing was written. "
                    + String.join("; ", problems) + (failed > problems.size() ? "; ..." : ""));
        }
    }

    private void write(MongoCollection<BsonDocument> documents, long total) {
        List<BsonDocument[]> pending = new ArrayList<>();
        long done = 0;
        context.progress(task, 0, total);
        try (MongoCursor<BsonDocument> cursor = read(documents)) {
            while (cursor.hasNext()) {
                BsonDocument read = cursor.next();
                BsonDocument changed = read.clone();
                if (changeDocument(changed)) {
                    pending.add(new BsonDocument[] {read, changed});
                }
                if (++done % context.batchSize() == 0) {
                    flush(documents, pending);
                    context.progress(task, done, total);
                    context.checkpoint();
                }
            }
        }
        flush(documents, pending);
        context.progress(task, done, Math.max(done, total));
    }

    private MongoCursor<BsonDocument> read(MongoCollection<BsonDocument> documents) {
        return documents.find().projection(new BsonDocument(top, new BsonInt32(1)))
                .sort(new BsonDocument("_id", new BsonInt32(1))).batchSize(context.batchSize()).cursor();
    }

    private void flush(MongoCollection<BsonDocument> documents, List<BsonDocument[]> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<WriteModel<BsonDocument>> writes = new ArrayList<>();
        for (BsonDocument[] pair : pending) {
            writes.add(new UpdateOneModel<>(filter(pair[0], true), update(pair[1])));
        }
        BulkWriteResult result;
        try {
            result = documents.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoException e) {
            throw new MigrationError(task + ": the server rejected a batch of updates of " + collection.name() + ": "
                    + e.getMessage(), e);
        }
        if (result.getModifiedCount() < pending.size()) {
            // Some documents changed since they were read, or the server dropped a write: one at a time.
            for (BsonDocument[] pair : pending) {
                retry(documents, pair[0]);
            }
        }
        pending.clear();
    }

    private void retry(MongoCollection<BsonDocument> documents, BsonDocument read) {
        BsonDocument current = read;
        boolean exact = true;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            BsonDocument stored = documents.find(new BsonDocument("_id", current.get("_id")))
                    .projection(new BsonDocument(top, new BsonInt32(1))).first();
            if (stored == null) {
                return; // deleted meanwhile
            }
            if (stored.equals(current) && attempt > 0) {
                // The server does not match the value it returned (its equality differs from BSON's): by _id only.
                exact = false;
            }
            BsonDocument changed = stored.clone();
            if (!changeDocument(changed)) {
                return; // already done
            }
            UpdateResult result = documents.updateOne(filter(stored, exact), update(changed));
            if (result.getMatchedCount() == 1 && result.getModifiedCount() == 1) {
                return;
            }
            if (result.getMatchedCount() == 1 && replace(documents, stored.get("_id"))) {
                // FerretDB 1.24 drops a $set whose value differs from the stored one only in its keys.
                return;
            }
            current = stored;
        }
        throw new MigrationError(task + ": document _id " + FieldChanges.json(read.get("_id")) + " of " + collection.name()
                + " kept changing while it was rewritten; stop the application's writes and run migrate again");
    }

    /**
     * Replaces the whole document with its changed copy, only if no field changed since it was
     * read: for servers that ignore a {@code $set} they consider a no-op.
     */
    private boolean replace(MongoCollection<BsonDocument> documents, BsonValue id) {
        BsonDocument whole = documents.find(new BsonDocument("_id", id)).first();
        if (whole == null) {
            return true;
        }
        BsonDocument changed = whole.clone();
        if (!changeDocument(changed)) {
            return true;
        }
        BsonDocument unchanged = new BsonDocument();
        whole.forEach((key, value) -> unchanged.append(key, key.equals("_id") ? value : new BsonDocument("$eq", value)));
        UpdateResult result = documents.replaceOne(unchanged, changed);
        if (result.getMatchedCount() == 1 && result.getModifiedCount() == 0) {
            throw new MigrationError(task + ": the server accepted but did not apply the rewrite of document _id "
                    + FieldChanges.json(id) + " of " + collection.name() + ", neither as $set nor as a replacement");
        }
        return result.getMatchedCount() == 1;
    }

    private BsonDocument filter(BsonDocument read, boolean exact) {
        BsonDocument filter = new BsonDocument("_id", read.get("_id"));
        if (exact) {
            BsonValue value = read.get(top);
            filter.append(top, value == null ? new BsonDocument("$exists", BsonBoolean.FALSE) : new BsonDocument("$eq", value));
        }
        return filter;
    }

    private BsonDocument update(BsonDocument changed) {
        BsonValue value = changed.get(top);
        return value == null ? new BsonDocument("$unset", new BsonDocument(top, new BsonString("")))
                : new BsonDocument("$set", new BsonDocument(top, value));
    }

    // ---- walking a document along the schema

    /** A model described further up the document, for values of models that contain themselves. */
    private record Frame(List<FieldSchema> fields, List<String> rest) {}

    private boolean changeDocument(BsonDocument document) {
        return visitFields(document, collection.fields(), route, Map.of());
    }

    /** {@code rest}: the keys left to the container to change, or {@code null} when only looking for recursive values. */
    private boolean visitFields(BsonDocument document, List<FieldSchema> fields, List<String> rest, Map<String, Frame> frames) {
        boolean changed = false;
        for (FieldSchema field : fields) {
            TypeSchema model = FieldPaths.modelOf(field.type());
            if (model == null || !document.containsKey(field.key())) {
                continue;
            }
            List<String> next = rest != null && !rest.isEmpty() && rest.get(0).equals(field.key())
                    ? rest.subList(1, rest.size()) : null;
            if (next == null && !(searchRecursion && FieldPaths.hasRecursion(field.type()))) {
                continue; // off the path, and no value of a model on the path can be inside
            }
            changed |= visit(document.get(field.key()), field.type(), next, frames);
        }
        if (rest != null && rest.isEmpty()) {
            changed |= change.apply(document); // after the fields, which are found by their keys before the change
        }
        return changed;
    }

    private boolean visit(BsonValue value, TypeSchema type, List<String> rest, Map<String, Frame> frames) {
        if (value == null || value.isNull()) {
            return false;
        }
        boolean changed = false;
        switch (type.kind()) {
            case LIST:
            case SET:
                if (value.isArray()) {
                    for (BsonValue element : value.asArray()) {
                        changed |= visit(element, type.element(), rest, frames);
                    }
                }
                return changed;
            case MAP:
                if (value.isDocument()) {
                    for (BsonValue element : value.asDocument().values()) {
                        changed |= visit(element, type.element(), rest, frames);
                    }
                }
                return changed;
            case EMBEDDED:
                if (!value.isDocument()) {
                    return false;
                }
                if (type.recursive()) {
                    Frame frame = frames.get(type.model());
                    return frame != null && visitFields(value.asDocument(), frame.fields(), frame.rest(), frames);
                }
                Map<String, Frame> inner = new HashMap<>(frames);
                inner.put(type.model(), new Frame(type.fields(), rest));
                return visitFields(value.asDocument(), type.fields(), rest, inner);
            default:
                return false;
        }
    }
}
