package io.djongo.relation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import io.djongo.Djongo;
import io.djongo.DriverErrors;
import io.djongo.ProtectedError;
import io.djongo.RestrictedError;
import io.djongo.annotations.OnDelete;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Deleted;
import io.djongo.signals.DeleteSignals;
import io.djongo.signals.Signals;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.concurrent.TimeUnit;
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
 * <p>{@link #preview} follows the same walk of the relations and reports what the deletion would
 * do, without writing: the admin's confirmation page.
 *
 * <p>Without a transaction the steps are separate writes: a failure part way leaves the earlier
 * ones done. On a server with transactions, run the deletion inside {@code Djongo.atomic(...)} to
 * make it atomic: every step joins the block's transaction.
 */
public final class Deletion {
    /** Ids per {@code $in} of one request. */
    static final int BATCH = 1000;
    /** Blocking objects named in a {@link ProtectedError}, per model. */
    private static final int NAMED = 10;

    private final Djongo connection;
    /** Applied to every collection the deletion reads and writes: a QuerySet's options and time limit. */
    private final UnaryOperator<MongoCollection<BsonDocument>> options;
    private final String alias;
    private final Object origin;
    /** The ids to delete per model, in the order found: the deleted model first. */
    private final Map<ModelMeta<?>, Set<BsonValue>> plan = new LinkedHashMap<>();
    /** The references to change, in the order found. */
    private final List<FieldUpdate> updates = new ArrayList<>();
    /** The referring objects of each PROTECT reference, and of each RESTRICT one before the plan is complete. */
    private final Map<Relations.Reverse, Set<BsonValue>> protecting = new LinkedHashMap<>();
    private final Map<Relations.Reverse, Set<BsonValue>> restricted = new LinkedHashMap<>();
    /** The RESTRICT references whose objects the deletion keeps, known once the plan is complete. */
    private final Map<Relations.Reverse, Set<BsonValue>> restricting = new LinkedHashMap<>();
    /** For a preview: which deleted object's deletion cascaded to each object, the first found; {@code null} when deleting. */
    private Map<Planned, Planned> parents;

    /** An object in the plan: its model and stored id. */
    private record Planned(ModelMeta<?> model, BsonValue id) {}

    private Deletion(String alias, UnaryOperator<MongoCollection<BsonDocument>> options, Object origin) {
        this.connection = Djongo.connectionOrDefault(alias);
        this.options = options;
        this.alias = alias;
        this.origin = origin;
    }

    /**
     * A change of the references that {@code reverse} makes to the deleted {@code ids}: set to
     * {@code value}, or, for a many-to-many array ({@code value} null), the ids removed.
     *
     * @param referring the objects that hold such a reference, when the walk read them; {@code null} otherwise
     */
    private record FieldUpdate(Relations.Reverse reverse, DeletionPreview.Effect effect, List<BsonValue> ids,
            BsonValue value, List<BsonValue> referring) {}

    /**
     * Deletes the documents of {@code meta}'s model that match {@code filter}, on connection
     * {@code alias} ({@code null} for the default), with everything their relations ask for.
     *
     * @throws ProtectedError when a protected reference blocks the deletion; nothing is written
     */
    public static Deleted delete(ModelMeta<?> meta, BsonDocument filter, String alias) {
        return delete(meta, filter, alias, null, UnaryOperator.identity());
    }

    /**
     * As {@link #delete(ModelMeta, BsonDocument, String)}, for a deletion that started at
     * {@code origin} (the instance or QuerySet whose {@code delete()} was called, given to the delete
     * signals), with {@code options} applied to every collection it reads and writes (a QuerySet's
     * write concern). When a model it deletes from has delete receivers or hooks, the objects are
     * loaded first, {@code preDelete} is sent for each before anything is written and
     * {@code postDelete} after; otherwise nothing is read but ids.
     */
    public static Deleted delete(ModelMeta<?> meta, BsonDocument filter, String alias, Object origin,
            UnaryOperator<MongoCollection<BsonDocument>> options) {
        Deletion deletion = new Deletion(alias, options, origin);
        MongoCollection<BsonDocument> collection = deletion.collection(meta);
        if (!reachesOthers(meta) && !Signals.receivesDeletes(meta)) {
            long count = DriverErrors.write("delete on " + meta.collection(),
                    () -> collection.deleteMany(filter).getDeletedCount());
            return Deleted.of(meta.name(), count);
        }
        Set<BsonValue> ids = deletion.ids(meta, filter);
        if (ids.isEmpty()) {
            return Deleted.none();
        }
        deletion.collect(meta, ids);
        return deletion.run();
    }

    /**
     * What {@link #delete} would do to the documents of {@code meta}'s model that match
     * {@code filter}, found by the same walk of the relations, with nothing written; each command
     * runs under {@code maxTime} ({@link Duration#ZERO}: no limit). A blocked deletion is reported in
     * {@link DeletionPreview#blocking()}, not thrown.
     */
    public static DeletionPreview preview(ModelMeta<?> meta, BsonDocument filter, String alias, Duration maxTime) {
        if (maxTime == null || maxTime.isNegative()) {
            throw new IllegalArgumentException("preview(): maxTime is zero (no limit) or more, not " + maxTime);
        }
        long millis = maxTime.isZero() ? 0 : Math.max(1, maxTime.toMillis());
        Deletion deletion = new Deletion(alias, collection -> millis > 0
                ? collection.withTimeout(millis, TimeUnit.MILLISECONDS) : collection, null);
        MongoCollection<BsonDocument> collection = deletion.collection(meta);
        if (!reachesOthers(meta)) {
            // nothing else changes: the count and the first ones, without reading every id
            long count = DriverErrors.call("count on " + meta.collection(), () -> collection.countDocuments(filter));
            if (count == 0) {
                return DeletionPreview.NOTHING;
            }
            List<BsonValue> named = DriverErrors.call("find on " + meta.collection(), () -> collection.find(filter)
                    .projection(new BsonDocument("_id", new BsonInt32(1))).limit(DeletionPreview.NAMED)
                    .map(document -> document.get("_id")).into(new ArrayList<>()));
            List<DeletionPreview.Node> roots = new ArrayList<>();
            for (BsonValue id : named) {
                roots.add(new DeletionPreview.Node(meta, Ids.javaId(meta, id), List.of()));
            }
            return new DeletionPreview(List.of(group(meta, null, DeletionPreview.Effect.DELETE, count, named)),
                    List.of(), List.of(), roots);
        }
        Set<BsonValue> ids = deletion.ids(meta, filter);
        if (ids.isEmpty()) {
            return DeletionPreview.NOTHING;
        }
        deletion.parents = new HashMap<>();
        deletion.collect(meta, ids);
        return deletion.describe();
    }

    /** The same with no time limit. */
    public static DeletionPreview preview(ModelMeta<?> meta, BsonDocument filter, String alias) {
        return preview(meta, filter, alias, Duration.ZERO);
    }

    /** Whether deleting objects of {@code meta} can affect other documents at all. */
    private static boolean reachesOthers(ModelMeta<?> meta) {
        for (Relations.Reverse reverse : Relations.to(meta)) {
            if (reverse.through()) {
                continue;
            }
            if (reverse.many() || reverse.relation().onDelete() != OnDelete.DO_NOTHING) {
                return true;
            }
        }
        return false;
    }

    private MongoCollection<BsonDocument> collection(ModelMeta<?> meta) {
        return options.apply(connection.collection(meta, BsonDocument.class));
    }

    /** The ids of the documents of {@code meta} that match {@code filter}. */
    private Set<BsonValue> ids(ModelMeta<?> meta, BsonDocument filter) {
        return new LinkedHashSet<>(DriverErrors.call("find on " + meta.collection(), () -> collection(meta)
                .find(filter).projection(new BsonDocument("_id", new BsonInt32(1)))
                .batchSize(connection.batchSize())
                .map(document -> document.get("_id")).into(new ArrayList<>())));
    }

    // ---- the walk, shared by the deletion and its preview

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
        // RESTRICT holds only for the referring objects that this deletion keeps
        for (Map.Entry<Relations.Reverse, Set<BsonValue>> candidate : restricted.entrySet()) {
            Set<BsonValue> deleted = plan.getOrDefault(candidate.getKey().source(), Set.of());
            Set<BsonValue> still = new LinkedHashSet<>(candidate.getValue());
            still.removeAll(deleted);
            if (!still.isEmpty()) {
                restricting.put(candidate.getKey(), still);
            }
        }
    }

    private void follow(Relations.Reverse reverse, ModelMeta<?> target, List<BsonValue> ids,
            Deque<Map.Entry<ModelMeta<?>, List<BsonValue>>> pending) {
        if (reverse.through()) {
            return; // the through model's own references say what happens to its documents
        }
        if (reverse.many()) {
            updates.add(new FieldUpdate(reverse, DeletionPreview.Effect.REMOVE, ids, null, null));
            return;
        }
        OnDelete onDelete = reverse.relation().onDelete();
        if (onDelete == OnDelete.DO_NOTHING) {
            return;
        }
        Map<BsonValue, BsonValue> referringTo = referring(reverse, ids, parents != null && onDelete == OnDelete.CASCADE);
        List<BsonValue> referring = new ArrayList<>(referringTo.keySet());
        if (referring.isEmpty()) {
            return;
        }
        switch (onDelete) {
            case CASCADE: {
                ModelMeta<?> source = reverse.source();
                if (parents != null) {
                    for (Map.Entry<BsonValue, BsonValue> link : referringTo.entrySet()) {
                        parents.putIfAbsent(new Planned(source, link.getKey()), new Planned(target, link.getValue()));
                    }
                }
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
                protecting.computeIfAbsent(reverse, r -> new LinkedHashSet<>()).addAll(referring);
                break;
            case RESTRICT:
                restricted.computeIfAbsent(reverse, r -> new LinkedHashSet<>()).addAll(referring);
                break;
            case SET_NULL:
                updates.add(new FieldUpdate(reverse, DeletionPreview.Effect.SET_NULL, ids, BsonNull.VALUE, referring));
                break;
            case SET_DEFAULT:
                updates.add(new FieldUpdate(reverse, DeletionPreview.Effect.SET_DEFAULT, ids, defaultId(reverse, target),
                        referring));
                break;
            default:
                break;
        }
    }

    /**
     * The ids of the documents whose reference {@code reverse} holds one of {@code ids}, in the order
     * found; with {@code targets} (the preview's tree), each mapped to the id among {@code ids} it
     * refers to, the first when it refers to several; otherwise mapped to {@code null}.
     */
    private Map<BsonValue, BsonValue> referring(Relations.Reverse reverse, List<BsonValue> ids, boolean targets) {
        ModelMeta<?> source = reverse.source();
        Set<BsonValue> wanted = targets ? new HashSet<>(ids) : Set.of();
        String[] path = reverse.path().split("\\.");
        BsonDocument projection = new BsonDocument("_id", new BsonInt32(1));
        if (targets) {
            projection.append(reverse.path(), new BsonInt32(1));
        }
        Map<BsonValue, BsonValue> found = new LinkedHashMap<>();
        for (List<BsonValue> batch : batches(ids)) {
            List<BsonDocument> documents = DriverErrors.call("find on " + source.collection(), () -> collection(source)
                    .find(new BsonDocument(reverse.path(), new BsonDocument("$in", new BsonArray(batch))))
                    .projection(projection).into(new ArrayList<>()));
            for (BsonDocument document : documents) {
                BsonValue target = null;
                if (targets) {
                    List<BsonValue> values = new ArrayList<>();
                    valuesAt(document, path, 0, values);
                    target = values.stream().filter(wanted::contains).findFirst().orElse(batch.get(0));
                }
                found.putIfAbsent(document.get("_id"), target);
            }
        }
        return found;
    }

    /** The values at {@code path} under {@code value}, through arrays of embedded documents and arrays of ids. */
    private static void valuesAt(BsonValue value, String[] path, int at, List<BsonValue> into) {
        if (value.isArray()) {
            for (BsonValue element : value.asArray()) {
                valuesAt(element, path, at, into);
            }
        } else if (at == path.length) {
            into.add(value);
        } else if (value.isDocument() && value.asDocument().containsKey(path[at])) {
            valuesAt(value.asDocument().get(path[at]), path, at + 1, into);
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

    // ---- the deletion

    private Deleted run() {
        if (!protecting.isEmpty()) {
            throw new ProtectedError(refusal("protected", protecting), blockingIds(protecting));
        }
        if (!restricting.isEmpty()) {
            throw new RestrictedError(refusal("restricted", restricting)
                    + " (or delete them in the same call, through a CASCADE)", blockingIds(restricting));
        }
        DeleteSignals signals = DeleteSignals.load(plan, alias, origin);
        signals.sendPre();
        for (FieldUpdate update : updates) {
            apply(update);
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
        signals.sendPost();
        return new Deleted(total, perModel);
    }

    /** Writes one change of references, in batches of ids; by the reference's value, so it also reaches objects added since the walk. */
    private void apply(FieldUpdate update) {
        Relations.Reverse reverse = update.reverse();
        ModelMeta<?> source = reverse.source();
        String path = reverse.path();
        String what = "update of " + source.name() + "." + reverse.field().name();
        for (List<BsonValue> batch : batches(update.ids())) {
            BsonArray in = new BsonArray(batch);
            BsonDocument filter = new BsonDocument(path, new BsonDocument("$in", in));
            if (update.value() == null) {
                String pulled = reverse.inArray() ? arrayPath(path) : path;
                DriverErrors.write(what, () -> collection(source).updateMany(filter,
                        new BsonDocument("$pullAll", new BsonDocument(pulled, in))));
            } else if (reverse.inArray()) {
                // authors.profile_id inside an array: only the elements that refer to a deleted id
                String element = path.substring(0, path.lastIndexOf('.'));
                String field = path.substring(path.lastIndexOf('.') + 1);
                BsonDocument set = new BsonDocument("$set", new BsonDocument(element + ".$[e]." + field, update.value()));
                UpdateOptions options = new UpdateOptions().arrayFilters(List.of(
                        new BsonDocument("e." + field, new BsonDocument("$in", in))));
                DriverErrors.write(what, () -> collection(source).updateMany(filter, set, options));
            } else {
                DriverErrors.write(what, () -> collection(source).updateMany(filter,
                        new BsonDocument("$set", new BsonDocument(path, update.value()))));
            }
        }
    }

    /** {@code authors.tags} → {@code authors.$[].tags}: the array inside every element of an array. */
    private static String arrayPath(String path) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + ".$[]" + path.substring(dot);
    }

    /** The first blocking ids of each model, for the error. */
    private static Map<String, List<Object>> blockingIds(Map<Relations.Reverse, Set<BsonValue>> blocking) {
        Map<String, List<Object>> named = new LinkedHashMap<>();
        for (Map.Entry<Relations.Reverse, Set<BsonValue>> entry : blocking.entrySet()) {
            ModelMeta<?> source = entry.getKey().source();
            List<Object> ids = named.computeIfAbsent(source.name(), m -> new ArrayList<>());
            for (BsonValue id : entry.getValue()) {
                Object javaId = Ids.javaId(source, id);
                if (ids.size() < NAMED && !ids.contains(javaId)) {
                    ids.add(javaId);
                }
            }
        }
        return named;
    }

    private String refusal(String kind, Map<Relations.Reverse, Set<BsonValue>> blocking) {
        ModelMeta<?> root = plan.keySet().iterator().next();
        int count = plan.get(root).size();
        List<String> relations = new ArrayList<>();
        for (Map.Entry<Relations.Reverse, Set<BsonValue>> entry : blocking.entrySet()) {
            Relations.Reverse reverse = entry.getKey();
            int referring = entry.getValue().size();
            relations.add(reverse.source().name() + "." + reverse.field().name() + " (" + reverse.relation().onDelete()
                    + ", " + referring + " object" + (referring == 1 ? "" : "s") + ")");
        }
        return "cannot delete " + root.name() + " " + count + " object" + (count == 1 ? "" : "s")
                + ": other objects refer to them through " + kind + " references " + String.join(", ", relations)
                + "; nothing was deleted. Blocking: " + blockingIds(blocking) + ". Delete or change those first";
    }

    // ---- the preview

    private DeletionPreview describe() {
        List<DeletionPreview.Group> deleted = new ArrayList<>();
        for (Map.Entry<ModelMeta<?>, Set<BsonValue>> entry : plan.entrySet()) {
            deleted.add(group(entry.getKey(), null, DeletionPreview.Effect.DELETE, entry.getValue().size(),
                    entry.getValue()));
        }
        // per relation: the objects it changes, less those the deletion deletes anyway
        Map<Relations.Reverse, Set<BsonValue>> changed = new LinkedHashMap<>();
        Map<Relations.Reverse, DeletionPreview.Effect> effects = new LinkedHashMap<>();
        for (FieldUpdate update : updates) {
            Collection<BsonValue> referring = update.referring() != null ? update.referring()
                    : referring(update.reverse(), update.ids(), false).keySet();
            Set<BsonValue> kept = changed.computeIfAbsent(update.reverse(), r -> new LinkedHashSet<>());
            kept.addAll(referring);
            kept.removeAll(plan.getOrDefault(update.reverse().source(), Set.of()));
            effects.put(update.reverse(), update.effect());
        }
        List<DeletionPreview.Group> updated = new ArrayList<>();
        for (Map.Entry<Relations.Reverse, Set<BsonValue>> entry : changed.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                Relations.Reverse reverse = entry.getKey();
                updated.add(group(reverse.source(), reverse.field(), effects.get(reverse), entry.getValue().size(),
                        entry.getValue()));
            }
        }
        List<DeletionPreview.Group> blocking = new ArrayList<>();
        for (Map.Entry<Relations.Reverse, Set<BsonValue>> entry : protecting.entrySet()) {
            blocking.add(group(entry.getKey().source(), entry.getKey().field(), DeletionPreview.Effect.PROTECT,
                    entry.getValue().size(), entry.getValue()));
        }
        for (Map.Entry<Relations.Reverse, Set<BsonValue>> entry : restricting.entrySet()) {
            blocking.add(group(entry.getKey().source(), entry.getKey().field(), DeletionPreview.Effect.RESTRICT,
                    entry.getValue().size(), entry.getValue()));
        }
        return new DeletionPreview(deleted, updated, blocking, tree());
    }

    /**
     * The deleted objects nested by the cascade that reached them: the objects asked for (those of the
     * first model in the plan with no parent), each with what it cascades to, at most
     * {@link DeletionPreview#NAMED} objects of each model.
     */
    private List<DeletionPreview.Node> tree() {
        Map<Planned, List<Planned>> children = new LinkedHashMap<>();
        for (Map.Entry<Planned, Planned> link : parents.entrySet()) {
            children.computeIfAbsent(link.getValue(), parent -> new ArrayList<>()).add(link.getKey());
        }
        Map<ModelMeta<?>, Integer> named = new HashMap<>();
        Set<Planned> placed = new HashSet<>();
        List<DeletionPreview.Node> roots = new ArrayList<>();
        ModelMeta<?> root = plan.keySet().iterator().next();
        for (BsonValue id : plan.get(root)) {
            Planned object = new Planned(root, id);
            if (!parents.containsKey(object)) {
                DeletionPreview.Node node = node(object, children, named, placed);
                if (node != null) {
                    roots.add(node);
                }
            }
        }
        return roots;
    }

    private static DeletionPreview.Node node(Planned object, Map<Planned, List<Planned>> children,
            Map<ModelMeta<?>, Integer> named, Set<Planned> placed) {
        if (named.getOrDefault(object.model(), 0) >= DeletionPreview.NAMED || !placed.add(object)) {
            return null;
        }
        named.merge(object.model(), 1, Integer::sum);
        List<DeletionPreview.Node> below = new ArrayList<>();
        for (Planned child : children.getOrDefault(object, List.of())) {
            DeletionPreview.Node node = node(child, children, named, placed);
            if (node != null) {
                below.add(node);
            }
        }
        return new DeletionPreview.Node(object.model(), Ids.javaId(object.model(), object.id()), below);
    }

    private static DeletionPreview.Group group(ModelMeta<?> model, FieldMeta field, DeletionPreview.Effect effect,
            long count, Collection<BsonValue> ids) {
        List<Object> named = new ArrayList<>();
        for (BsonValue id : ids) {
            if (named.size() == DeletionPreview.NAMED) {
                break;
            }
            named.add(Ids.javaId(model, id));
        }
        return new DeletionPreview.Group(model, field, effect, count, named);
    }

    private static List<List<BsonValue>> batches(List<BsonValue> ids) {
        List<List<BsonValue>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches;
    }
}
