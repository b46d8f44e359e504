package io.djongo.relation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import io.djongo.Djongo;
import io.djongo.DriverErrors;
import io.djongo.ProtectedError;
import io.djongo.RestrictedError;
import io.djongo.annotations.OnDelete;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Deleted;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * Deletes documents together with what their relations ask for (Django's deletion
 * {@code Collector}): it first follows every reference to the deleted objects and collects what
 * {@code CASCADE} deletes too, transitively; a {@code PROTECT} refuses the whole deletion with
 * {@link ProtectedError}, a {@code RESTRICT} not covered by the same deletion with
 * {@link RestrictedError}, before anything is written; then it sets {@code SET_NULL}/{@code SET_DEFAULT} references, removes
 * the ids from many-to-many arrays ({@code $pullAll}), and deletes, dependants first, in batches.
 *
 * <p>Without a transaction the steps are separate writes: a failure part way leaves the earlier
 * ones done. On a server with transactions, run the deletion inside one to make it atomic.
 */
public final class Deletion {
    /** Ids per {@code $in} of one request. */
    static final int BATCH = 1000;
    /** Blocking objects named in a {@link ProtectedError}, per model. */
    private static final int NAMED = 10;

    private final MongoDatabase database;
    private final Map<ModelMeta<?>, Set<BsonValue>> plan = new LinkedHashMap<>();
    private final List<Runnable> updates = new ArrayList<>();
    private final Map<String, List<Object>> protecting = new LinkedHashMap<>();
    private final List<String> protectingRelations = new ArrayList<>();
    private final Map<String, List<Object>> restricting = new LinkedHashMap<>();
    private final List<String> restrictingRelations = new ArrayList<>();
    private final List<Object[]> restricted = new ArrayList<>();

    private Deletion(MongoDatabase database) {
        this.database = database;
    }

    /**
     * Deletes the documents of {@code meta}'s model that match {@code filter}, on connection
     * {@code alias} ({@code null} for the default), with everything their relations ask for.
     *
     * @throws ProtectedError when a protected reference blocks the deletion; nothing is written
     */
    public static Deleted delete(ModelMeta<?> meta, BsonDocument filter, String alias) {
        Djongo connection = alias == null ? Djongo.connection() : Djongo.connection(alias);
        MongoDatabase database = connection.database();
        MongoCollection<BsonDocument> collection = database.getCollection(meta.collection(), BsonDocument.class);
        if (!reachesOthers(meta)) {
            long count = DriverErrors.write("delete on " + meta.collection(),
                    () -> collection.deleteMany(filter).getDeletedCount());
            return Deleted.of(meta.name(), count);
        }
        Set<BsonValue> ids = new LinkedHashSet<>(DriverErrors.call("find on " + meta.collection(), () -> collection
                .find(filter).projection(new BsonDocument("_id", new BsonInt32(1))).batchSize(connection.batchSize())
                .map(document -> document.get("_id")).into(new ArrayList<>())));
        if (ids.isEmpty()) {
            return Deleted.none();
        }
        Deletion deletion = new Deletion(database);
        deletion.collect(meta, ids);
        return deletion.run();
    }

    /** Whether deleting objects of {@code meta} can affect other documents at all. */
    private static boolean reachesOthers(ModelMeta<?> meta) {
        for (Relations.Reverse reverse : Relations.to(meta)) {
            if (reverse.many() || reverse.relation().onDelete() != OnDelete.DO_NOTHING) {
                return true;
            }
        }
        return false;
    }

    private MongoCollection<BsonDocument> collection(ModelMeta<?> meta) {
        return database.getCollection(meta.collection(), BsonDocument.class);
    }

    /** Adds {@code ids} of {@code meta} to the plan, and follows the references to them. */
    private void collect(ModelMeta<?> root, Set<BsonValue> rootIds) {
        Deque<Map.Entry<ModelMeta<?>, List<BsonValue>>> pending = new ArrayDeque<>();
        plan.computeIfAbsent(root, m -> new LinkedHashSet<>()).addAll(rootIds);
        pending.add(Map.entry(root, new ArrayList<>(rootIds)));
        while (!pending.isEmpty()) {
            Map.Entry<ModelMeta<?>, List<BsonValue>> next = pending.poll();
            for (Relations.Reverse reverse : Relations.to(next.getKey())) {
                follow(reverse, next.getKey(), next.getValue(), pending);
            }
        }
        for (Object[] candidate : restricted) {
            Relations.Reverse reverse = (Relations.Reverse) candidate[0];
            @SuppressWarnings("unchecked") // recorded below as a list of ids
            List<BsonValue> referring = (List<BsonValue>) candidate[1];
            Set<BsonValue> deleted = plan.getOrDefault(reverse.source(), Set.of());
            List<BsonValue> still = new ArrayList<>();
            for (BsonValue id : referring) {
                if (!deleted.contains(id)) {
                    still.add(id);
                }
            }
            block(reverse, still, restricting, restrictingRelations);
        }
    }

    private void follow(Relations.Reverse reverse, ModelMeta<?> target, List<BsonValue> ids,
            Deque<Map.Entry<ModelMeta<?>, List<BsonValue>>> pending) {
        ModelMeta<?> source = reverse.source();
        String path = reverse.path();
        if (reverse.many()) {
            for (List<BsonValue> batch : batches(ids)) {
                BsonArray in = new BsonArray(batch);
                String pulled = reverse.inArray() ? arrayPath(path) : path;
                updates.add(() -> DriverErrors.write("update of " + source.name() + "." + reverse.field().name(),
                        () -> collection(source).updateMany(new BsonDocument(path, new BsonDocument("$in", in)),
                                new BsonDocument("$pullAll", new BsonDocument(pulled, in)))));
            }
            return;
        }
        OnDelete onDelete = reverse.relation().onDelete();
        if (onDelete == OnDelete.DO_NOTHING) {
            return;
        }
        List<BsonValue> referring = referring(source, path, ids);
        if (referring.isEmpty()) {
            return;
        }
        switch (onDelete) {
            case CASCADE: {
                Set<BsonValue> planned = plan.computeIfAbsent(source, m -> new LinkedHashSet<>());
                List<BsonValue> added = new ArrayList<>();
                for (BsonValue id : referring) {
                    if (planned.add(id)) {
                        added.add(id);
                    }
                }
                if (!added.isEmpty()) {
                    pending.add(Map.entry(source, added));
                }
                break;
            }
            case PROTECT:
                block(reverse, referring, protecting, protectingRelations);
                break;
            case RESTRICT:
                restricted.add(new Object[] {reverse, referring});
                break;
            case SET_NULL:
                set(reverse, ids, BsonNull.VALUE);
                break;
            case SET_DEFAULT:
                set(reverse, ids, defaultId(reverse, target));
                break;
            default:
                break;
        }
    }

    /** The ids of the documents of {@code source} whose {@code path} holds one of {@code ids}. */
    private List<BsonValue> referring(ModelMeta<?> source, String path, List<BsonValue> ids) {
        List<BsonValue> found = new ArrayList<>();
        for (List<BsonValue> batch : batches(ids)) {
            DriverErrors.call("find on " + source.collection(), () -> collection(source)
                    .find(new BsonDocument(path, new BsonDocument("$in", new BsonArray(batch))))
                    .projection(new BsonDocument("_id", new BsonInt32(1)))
                    .map(document -> document.get("_id")).into(found));
        }
        return found;
    }

    private void set(Relations.Reverse reverse, List<BsonValue> ids, BsonValue value) {
        ModelMeta<?> source = reverse.source();
        String path = reverse.path();
        for (List<BsonValue> batch : batches(ids)) {
            BsonArray in = new BsonArray(batch);
            BsonDocument filter = new BsonDocument(path, new BsonDocument("$in", in));
            if (reverse.inArray()) {
                // authors.profile_id inside an array: only the elements that refer to a deleted id
                String element = path.substring(0, path.lastIndexOf('.'));
                String field = path.substring(path.lastIndexOf('.') + 1);
                BsonDocument update = new BsonDocument("$set", new BsonDocument(element + ".$[e]." + field, value));
                UpdateOptions options = new UpdateOptions().arrayFilters(List.of(
                        new BsonDocument("e." + field, new BsonDocument("$in", in))));
                updates.add(() -> DriverErrors.write("update of " + source.name() + "." + reverse.field().name(),
                        () -> collection(source).updateMany(filter, update, options)));
            } else {
                updates.add(() -> DriverErrors.write("update of " + source.name() + "." + reverse.field().name(),
                        () -> collection(source).updateMany(filter, new BsonDocument("$set", new BsonDocument(path, value)))));
            }
        }
    }

    /** The stored id of the field's declared default reference, or null when it declares none. */
    private static BsonValue defaultId(Relations.Reverse reverse, ModelMeta<?> target) {
        Object value = reverse.field().defaultValue();
        if (value == null) {
            return BsonNull.VALUE;
        }
        Object id = value instanceof Ref ? ((Ref<?>) value).id() : value;
        return Ids.bsonId(target, id);
    }

    /** {@code authors.tags} → {@code authors.$[].tags}: the array inside every element of an array. */
    private static String arrayPath(String path) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + ".$[]" + path.substring(dot);
    }

    private static void block(Relations.Reverse reverse, List<BsonValue> referring, Map<String, List<Object>> blocking,
            List<String> blockingRelations) {
        if (referring.isEmpty()) {
            return;
        }
        List<Object> named = blocking.computeIfAbsent(reverse.source().name(), m -> new ArrayList<>());
        for (BsonValue id : referring) {
            if (named.size() < NAMED) {
                named.add(Ids.javaId(reverse.source(), id));
            }
        }
        String relation = reverse.source().name() + "." + reverse.field().name() + " ("
                + reverse.relation().onDelete() + ", " + referring.size() + " object" + (referring.size() == 1 ? "" : "s") + ")";
        if (!blockingRelations.contains(relation)) {
            blockingRelations.add(relation);
        }
    }

    private Deleted run() {
        if (!protecting.isEmpty()) {
            throw new ProtectedError(refusal("protected", protectingRelations, protecting), protecting);
        }
        if (!restricting.isEmpty()) {
            throw new RestrictedError(refusal("restricted", restrictingRelations, restricting)
                    + " (or delete them in the same call, through a CASCADE)", restricting);
        }
        for (Runnable update : updates) {
            update.run();
        }
        List<ModelMeta<?>> order = new ArrayList<>(plan.keySet());
        java.util.Collections.reverse(order); // dependants first, so nothing refers to a deleted document meanwhile
        Map<String, Long> perModel = new LinkedHashMap<>();
        long total = 0;
        for (ModelMeta<?> model : order) {
            long count = 0;
            for (List<BsonValue> batch : batches(new ArrayList<>(plan.get(model)))) {
                count += DriverErrors.write("delete on " + model.collection(), () -> collection(model)
                        .deleteMany(new BsonDocument("_id", new BsonDocument("$in", new BsonArray(batch))))
                        .getDeletedCount());
            }
            if (count > 0) {
                perModel.merge(model.name(), count, Long::sum);
            }
            total += count;
        }
        return new Deleted(total, perModel);
    }

    private String refusal(String kind, List<String> relations, Map<String, List<Object>> blocking) {
        ModelMeta<?> root = plan.keySet().iterator().next();
        int count = plan.get(root).size();
        return "cannot delete " + root.name() + " " + count + " object" + (count == 1 ? "" : "s")
                + ": other objects refer to them through " + kind + " references " + String.join(", ", relations)
                + "; nothing was deleted. Blocking: " + blocking + ". Delete or change those first";
    }

    private static List<List<BsonValue>> batches(List<BsonValue> ids) {
        List<List<BsonValue>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches;
    }
}
