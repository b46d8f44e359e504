package io.djongo.relation;

import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.LazyLoadError;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The references of a many-to-many relation (Django's {@code ManyToManyField} value): the
 * targets' ids, which the document stores as an array, and the targets once loaded. Change it
 * through the relation's manager ({@code entry.tags().add(tag)}), which updates the stored array
 * in place ({@code $addToSet}, {@code $pull}) and this list with it.
 *
 * @param <T> the target model
 */
public final class RefList<T> {
    private final List<Object> ids = new ArrayList<>();
    private final List<T> pending = new ArrayList<>();
    private volatile Map<BsonValue, T> loaded;
    private volatile ModelMeta<T> meta;
    private volatile String alias;
    private volatile boolean strict;
    private volatile String owner;

    /** No references. */
    public RefList() {}

    /** References to {@code targets}, in order; they must be saved before the object that holds the list. */
    @SafeVarargs
    public static <T> RefList<T> of(T... targets) {
        RefList<T> list = new RefList<>();
        for (T target : targets) {
            Objects.requireNonNull(target, "RefList.of(): a target is null");
            list.bindModel(metaOf(target));
            list.pending.add(target);
        }
        return list;
    }

    /** References by id to objects of {@code model}. */
    public static <T> RefList<T> ofIds(Class<T> model, List<?> ids) {
        ModelMeta<T> meta = ModelRegistry.shared().find(model).orElseThrow(() -> new IllegalArgumentException(
                model.getSimpleName() + " is not a @Model known to this application"));
        RefList<T> list = new RefList<>();
        list.meta = meta;
        for (Object id : ids) {
            list.ids.add(Ids.javaId(meta, Objects.requireNonNull(id, "RefList.ofIds(): an id is null")));
        }
        return list;
    }

    @SuppressWarnings("unchecked") // a model's metadata is found by its own class
    private static <T> ModelMeta<T> metaOf(T target) {
        return (ModelMeta<T>) ModelRegistry.shared().find(target.getClass()).orElseThrow(() -> new IllegalArgumentException(
                target.getClass().getSimpleName() + " is not a @Model known to this application"));
    }

    /** The targets' ids, in order, without a query. */
    public synchronized List<Object> ids() {
        resolvePending();
        return Collections.unmodifiableList(new ArrayList<>(ids));
    }

    public synchronized int size() {
        return ids.size() + pending.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Whether the list refers to {@code target} (an object of the target model, or its id). */
    public synchronized boolean contains(Object target) {
        resolvePending();
        Object id = meta != null && meta.modelClass().isInstance(target) ? Ids.javaId(meta, meta.idValue(cast(target)))
                : target;
        return ids.contains(id);
    }

    @SuppressWarnings("unchecked") // checked with isInstance by the caller
    private T cast(Object target) {
        return (T) target;
    }

    /**
     * The targets in the list's order: loaded by one query the first time (unless
     * {@code prefetchRelated} loaded them), then kept. Ids whose target was deleted are left out.
     *
     * @throws LazyLoadError in strict mode, when the targets were not loaded with the object
     */
    public List<T> list() {
        Map<BsonValue, T> byId = loaded;
        if (byId == null) {
            ModelMeta<T> model = requireModel();
            if (strict || Djongo.connectionOrDefault(alias).strictRelations()) {
                throw new LazyLoadError((owner == null ? "this list" : owner) + " of " + model.name()
                        + " was not loaded, and strict mode forbids a query per object; load it with prefetchRelated(\""
                        + (owner == null ? "..." : owner.substring(owner.indexOf('.') + 1)) + "\")");
            }
            byId = new HashMap<>();
            for (T target : all().list()) {
                byId.put(model.idValue(target), target);
            }
            loaded = byId;
        }
        List<T> targets = new ArrayList<>();
        for (BsonValue id : bsonIds()) {
            T target = byId.get(id);
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** A query over the targets (Django's {@code entry.tags.all()}), to filter or order further. */
    public QuerySet<T> all() {
        ModelMeta<T> model = requireModel();
        Manager<T> objects = alias == null ? Manager.of(model) : Manager.of(model).using(alias);
        return objects.filter(io.djongo.query.Filter.raw(new BsonDocument("_id",
                new BsonDocument("$in", new BsonArray(bsonIds())))));
    }

    /** Whether the targets are at hand, so {@link #list()} sends no query. */
    public boolean isLoaded() {
        return loaded != null;
    }

    private ModelMeta<T> requireModel() {
        if (meta == null) {
            throw new DjongoException("this RefList does not know its model yet; use RefList.ofIds(Model.class, ids), "
                    + "or read the object that holds it");
        }
        return meta;
    }

    // ---- for the codec, the manager and the queries that read the holder

    /** The ids as stored, in order. */
    synchronized List<BsonValue> bsonIds() {
        resolvePending();
        List<BsonValue> bson = new ArrayList<>(ids.size());
        for (Object id : ids) {
            bson.add(Ids.bsonId(requireModel(), id));
        }
        return bson;
    }

    /** Targets given before they had ids get their ids now. */
    private void resolvePending() {
        for (T target : pending) {
            BsonValue id = requireModel().idValue(target);
            if (id == null) {
                throw new io.djongo.EncodingException("a RefList refers to a " + meta.name()
                        + " that has not been saved yet; save it first");
            }
            ids.add(Ids.javaId(meta, id));
            Map<BsonValue, T> byId = loaded;
            if (byId != null) {
                byId.put(id, target);
            }
        }
        pending.clear();
    }

    static <T> RefList<T> read(ModelMeta<T> meta, List<Object> ids) {
        RefList<T> list = new RefList<>();
        list.meta = meta;
        list.ids.addAll(ids);
        return list;
    }

    void bindModel(ModelMeta<T> model) {
        if (meta == null) {
            meta = model;
        } else if (meta != model) {
            throw new DjongoException("a RefList of " + meta.name() + " is stored in a field that refers to " + model.name());
        }
    }

    void bind(String alias, boolean strict, ModelMeta<?> ownerModel, FieldMeta field) {
        this.alias = alias;
        this.strict = strict;
        this.owner = ownerModel.name() + "." + field.name();
    }

    /** Gives the targets loaded by {@code prefetchRelated}, by stored id. */
    void load(Map<BsonValue, T> byId) {
        loaded = new HashMap<>(byId);
    }

    synchronized void addIds(List<BsonValue> added, List<T> targets) {
        for (int i = 0; i < added.size(); i++) {
            Object id = Ids.javaId(requireModel(), added.get(i));
            if (!ids.contains(id)) {
                ids.add(id);
            }
            Map<BsonValue, T> byId = loaded;
            if (byId != null && targets != null) {
                byId.put(added.get(i), targets.get(i));
            } else if (byId != null) {
                loaded = null; // the added targets are not at hand: load them all again when asked
            }
        }
    }

    synchronized void removeIds(List<BsonValue> removed) {
        for (BsonValue id : removed) {
            ids.remove(Ids.javaId(requireModel(), id));
        }
    }

    synchronized void clearIds() {
        resolvePending();
        ids.clear();
    }

    ModelMeta<T> model() {
        return meta;
    }

    /** The connection of the query that read the holding object, or {@code null} for the default. */
    String alias() {
        return alias;
    }

    @Override
    public synchronized boolean equals(Object other) {
        return other instanceof RefList && ((RefList<?>) other).ids().equals(ids());
    }

    @Override
    public synchronized int hashCode() {
        return ids().hashCode();
    }

    @Override
    public String toString() {
        return "RefList<" + (meta == null ? "?" : meta.name()) + ">" + ids();
    }
}
