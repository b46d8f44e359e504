package io.djongo.signals;

import io.djongo.meta.ModelMeta;
import io.djongo.query.Filter;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The delete signals of one deletion: the objects it deletes whose models have delete receivers
 * or {@link Hooks}, loaded before anything is written, so that {@code preDelete} can see (and
 * stop) them and {@code postDelete} can report them afterwards.
 */
public final class DeleteSignals {
    /** Ids per {@code $in} of one query. */
    private static final int BATCH = 1000;
    private static final DeleteSignals NONE = new DeleteSignals(List.of(), null, null);

    private final List<Deleted<?>> objects;
    private final String alias;
    private final Object origin;

    private record Deleted<T>(ModelMeta<T> model, T instance) {}

    private DeleteSignals(List<Deleted<?>> objects, String alias, Object origin) {
        this.objects = objects;
        this.alias = alias;
        this.origin = origin;
    }

    /**
     * The objects of {@code plan} (the ids to delete, by model, in the order the deletion met them)
     * that need signals, read on connection {@code alias}; {@code origin} is the object or query
     * whose deletion this is, and is itself the object sent for its own id.
     */
    public static DeleteSignals load(Map<ModelMeta<?>, ? extends Collection<BsonValue>> plan, String alias, Object origin) {
        List<Deleted<?>> objects = new ArrayList<>();
        for (Map.Entry<ModelMeta<?>, ? extends Collection<BsonValue>> entry : plan.entrySet()) {
            if (Signals.receivesDeletes(entry.getKey())) {
                collect(entry.getKey(), entry.getValue(), alias, origin, objects);
            }
        }
        return objects.isEmpty() ? NONE : new DeleteSignals(objects, alias, origin);
    }

    private static <T> void collect(ModelMeta<T> model, Collection<BsonValue> ids, String alias, Object origin,
            List<Deleted<?>> into) {
        Map<BsonValue, T> byId = new HashMap<>();
        T known = model.modelClass().isInstance(origin) ? model.modelClass().cast(origin) : null;
        List<BsonValue> missing = new ArrayList<>();
        for (BsonValue id : ids) {
            if (known != null && id.equals(model.idValue(known))) {
                byId.put(id, known);
            } else {
                missing.add(id);
            }
        }
        Manager<T> manager = Manager.of(model);
        QuerySet<T> objects = (alias == null ? manager : manager.using(alias)).orderBy();
        for (int from = 0; from < missing.size(); from += BATCH) {
            BsonArray batch = new BsonArray(missing.subList(from, Math.min(missing.size(), from + BATCH)));
            for (T object : objects.filter(Filter.raw(new BsonDocument("_id", new BsonDocument("$in", batch)))).list()) {
                byId.put(model.idValue(object), object);
            }
        }
        for (BsonValue id : ids) {
            T object = byId.get(id);
            if (object != null) { // gone meanwhile: nothing to delete, nothing to send
                into.add(new Deleted<>(model, object));
            }
        }
    }

    /** Calls {@code beforeDelete()} and sends {@code preDelete} for every object, in order. */
    public void sendPre() {
        for (Deleted<?> object : objects) {
            pre(object);
        }
    }

    /** Sends {@code postDelete} and calls {@code afterDelete()} for every object, in order. */
    public void sendPost() {
        for (Deleted<?> object : objects) {
            post(object);
        }
    }

    private <T> void pre(Deleted<T> object) {
        Signals.sendPreDelete(object.model(), object.instance(), alias, origin);
    }

    private <T> void post(Deleted<T> object) {
        Signals.sendPostDelete(object.model(), object.instance(), alias, origin);
    }
}
