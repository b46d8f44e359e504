package io.djongo.relation;

import io.djongo.DjongoException;
import io.djongo.DriverErrors;
import io.djongo.meta.ModelMeta;
import io.djongo.query.QuerySet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One object's side of a many-to-many relation (Django's related manager, {@code entry.tags}):
 * each change is a partial update of that object's stored array ({@code $addToSet},
 * {@code $pullAll}), never a rewrite of its document, and changes the object's {@link RefList} too.
 *
 * <pre>{@code
 * entry.tags().add(jazz, live);
 * entry.tags().remove(live);
 * List<Tag> tags = entry.tags().list();
 * }</pre>
 *
 * @param <S> the model that holds the references
 * @param <T> the referenced model
 */
public final class RelatedManager<S, T> {
    private final ModelMeta<S> sourceMeta;
    private final QuerySet<S> sources;
    private final S owner;
    private final RefList<T> list;
    private final String path;
    private final ModelMeta<T> target;

    private RelatedManager(ModelMeta<S> sourceMeta, QuerySet<S> sources, S owner, RefList<T> list, String path,
            ModelMeta<T> target) {
        this.sourceMeta = sourceMeta;
        this.sources = sources;
        this.owner = owner;
        this.list = list;
        this.path = path;
        this.target = target;
    }

    /** The manager of {@code owner}'s {@code list}, stored under {@code path}; made by {@code RefListPath.manager}. */
    public static <S, T> RelatedManager<S, T> of(ModelMeta<S> sourceMeta, QuerySet<S> sources, S owner, RefList<T> list,
            String path, ModelMeta<T> target) {
        list.bindModel(target);
        QuerySet<S> onItsConnection = list.alias() == null ? sources : sources.using(list.alias());
        return new RelatedManager<>(sourceMeta, onItsConnection, Objects.requireNonNull(owner, "owner"), list, path, target);
    }

    private BsonValue ownerId() {
        BsonValue id = sourceMeta.idValue(owner);
        if (id == null) {
            throw new DjongoException("this " + sourceMeta.name() + " has not been saved, so its " + path
                    + " cannot change yet; save it first (as Django, which needs a primary key first)");
        }
        return id;
    }

    private List<BsonValue> ids(Collection<? extends T> targets) {
        List<BsonValue> ids = new ArrayList<>();
        for (T object : targets) {
            BsonValue id = target.idValue(Objects.requireNonNull(object, path + ": a target is null"));
            if (id == null) {
                throw new DjongoException(path + ": the " + target.name() + " has not been saved, so it has no id to "
                        + "refer to; save it first");
            }
            ids.add(id);
        }
        return ids;
    }

    private void update(BsonDocument update) {
        BsonValue id = ownerId();
        DriverErrors.write("update of " + sourceMeta.name() + "." + path,
                () -> sources.collection().updateOne(new BsonDocument("_id", id), update));
    }

    /** Adds references to {@code targets}, each once ({@code $addToSet}). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final void add(T... targets) {
        addAll(Arrays.asList(Objects.requireNonNull(targets, path + ": targets is null")));
    }

    /** Adds references to {@code targets}, each once ({@code $addToSet}). */
    public void addAll(Collection<? extends T> targets) {
        List<BsonValue> ids = ids(Objects.requireNonNull(targets, path + ": targets is null"));
        if (ids.isEmpty()) {
            return;
        }
        update(new BsonDocument("$addToSet", new BsonDocument(path, new BsonDocument("$each", new BsonArray(ids)))));
        list.addIds(ids, new ArrayList<>(targets));
    }

    /** Removes the references to {@code targets} ({@code $pullAll}). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final void remove(T... targets) {
        List<BsonValue> ids = ids(Arrays.asList(Objects.requireNonNull(targets, path + ": targets is null")));
        if (ids.isEmpty()) {
            return;
        }
        update(new BsonDocument("$pullAll", new BsonDocument(path, new BsonArray(ids))));
        list.removeIds(ids);
    }

    /**
     * Makes the references exactly {@code targets}, each once, as Django's {@code set()}: one
     * write of the array, which replaces ids another program added meanwhile.
     */
    public void set(Collection<? extends T> targets) {
        List<BsonValue> wanted = new ArrayList<>(new LinkedHashSet<>(ids(Objects.requireNonNull(targets,
                path + ": targets is null"))));
        update(new BsonDocument("$set", new BsonDocument(path, new BsonArray(wanted))));
        list.clearIds();
        list.addIds(wanted, null);
    }

    /** Removes every reference. */
    public void clear() {
        update(new BsonDocument("$set", new BsonDocument(path, new BsonArray())));
        list.clearIds();
    }

    /** The referenced objects, in the list's order (loaded once, or by {@code prefetchRelated}). */
    public List<T> list() {
        return list.list();
    }

    /** A query over the referenced objects (Django's {@code entry.tags.all()}). */
    public QuerySet<T> all() {
        return list.all();
    }

    /** How many objects are referenced, without a query. */
    public int count() {
        return list.size();
    }
}
