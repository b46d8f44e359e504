package io.djongo.relation;

import io.djongo.DjongoException;
import io.djongo.FieldError;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Filter;
import io.djongo.query.Lookups;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.codecs.DecoderContext;

/**
 * One object's side of a many-to-many relation through another model (Django's related manager
 * of a {@code ManyToManyField(through=...)}, {@code musician.bands}): each pair is a document of
 * the through model, so {@code add} creates pairs (with {@code throughDefaults} for its other
 * fields, validated as any save), and {@code remove}, {@code clear} and {@code set} delete them
 * with what the through model's relations ask for.
 *
 * <pre>{@code
 * musician.bands().add(Map.of("role", "drums"), beatles);
 * List<Band> bands = musician.bands().list();
 * }</pre>
 *
 * @param <S> the model that declares the relation
 * @param <T> the target
 */
public final class ThroughManager<S, T> {
    private final ModelMeta<S> sourceMeta;
    private final S owner;
    private final FieldMeta field;
    private final Relations.ThroughPair pair;

    private ThroughManager(ModelMeta<S> sourceMeta, S owner, FieldMeta field) {
        this.sourceMeta = sourceMeta;
        this.owner = owner;
        this.field = field;
        this.pair = Relations.through(sourceMeta, field);
    }

    /** The manager of {@code owner}'s side of {@code field}; made by {@code ThroughPath.manager}. */
    public static <S, T> ThroughManager<S, T> of(ModelMeta<S> sourceMeta, S owner, FieldMeta field) {
        return new ThroughManager<>(Objects.requireNonNull(sourceMeta, "sourceMeta"), Objects.requireNonNull(owner, "owner"),
                Objects.requireNonNull(field, "field"));
    }

    @SuppressWarnings("unchecked") // the field's target is T
    private ModelMeta<T> target() {
        return (ModelMeta<T>) field.type().model();
    }

    @SuppressWarnings("unchecked") // the through model's own metadata
    private Manager<Object> pairs() {
        return Manager.of((ModelMeta<Object>) pair.model());
    }

    private BsonValue ownerId() {
        BsonValue id = sourceMeta.idValue(owner);
        if (id == null) {
            throw new DjongoException("this " + sourceMeta.name() + " has not been saved, so its " + field.name()
                    + " cannot change yet; save it first (as Django, which needs a primary key first)");
        }
        return id;
    }

    private List<BsonValue> ids(Collection<? extends T> targets) {
        List<BsonValue> ids = new ArrayList<>();
        for (T object : Objects.requireNonNull(targets, field.name() + ": targets is null")) {
            BsonValue id = target().idValue(Objects.requireNonNull(object, field.name() + ": a target is null"));
            if (id == null) {
                throw new DjongoException(field.name() + ": the " + target().name() + " has not been saved, so it has no id "
                        + "to pair with; save it first");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The pairs of this object, as a query of the through model. */
    public QuerySet<Object> throughObjects() {
        return pairs().filter(Filter.raw(new BsonDocument(pair.source().bsonName(), ownerId())));
    }

    /** A query over the paired targets (Django's {@code musician.bands.all()}), to filter or order further. */
    public QuerySet<T> all() {
        BsonValue id = sourceMeta.idValue(owner);
        if (id == null) {
            return Manager.of(target()).none();
        }
        return Manager.of(target()).filter("pk__in", throughObjects().values(pair.target().name()));
    }

    /** The paired targets: the ones {@code prefetchRelated} loaded, or one query. */
    @SuppressWarnings("unchecked") // prefetchRelated kept objects of T under the field's name
    public List<T> list() {
        Map<String, List<?>> prefetched = sourceMeta.prefetched(owner);
        if (prefetched != null && prefetched.containsKey(field.name())) {
            return (List<T>) prefetched.get(field.name());
        }
        return all().list();
    }

    /** How many targets are paired with this object. */
    public long count() {
        return all().count();
    }

    /** Pairs this object with each of {@code targets} not paired with it yet. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final void add(T... targets) {
        add(Map.of(), Arrays.asList(Objects.requireNonNull(targets, field.name() + ": targets is null")));
    }

    /**
     * Pairs this object with each of {@code targets} not paired with it yet, the through model's
     * other fields taken from {@code throughDefaults} (Django's {@code through_defaults}) or their
     * declared defaults; each pair is validated and saved as {@code save()} does.
     *
     * @throws io.djongo.FieldError when a key of {@code throughDefaults} is not a field of the through model
     */
    public void add(Map<String, ?> throughDefaults, Collection<? extends T> targets) {
        Objects.requireNonNull(throughDefaults, field.name() + ": throughDefaults is null");
        List<BsonValue> wanted = new ArrayList<>(new LinkedHashSet<>(ids(targets)));
        if (wanted.isEmpty()) {
            return;
        }
        BsonDocument defaults = encode(throughDefaults);
        BsonValue id = ownerId();
        Set<BsonValue> existing = new LinkedHashSet<>();
        for (Object paired : throughObjects().filter(Filter.raw(new BsonDocument(pair.target().bsonName(),
                new BsonDocument("$in", new BsonArray(wanted))))).list()) {
            existing.add(referenced(paired));
        }
        for (BsonValue targetId : wanted) {
            if (existing.contains(targetId)) {
                continue;
            }
            BsonDocument document = defaults.clone();
            document.put(pair.source().bsonName(), id);
            document.put(pair.target().bsonName(), targetId);
            pairs().save(decode(document));
        }
    }

    /** Unpairs this object from {@code targets}, deleting those pairs. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final void remove(T... targets) {
        List<BsonValue> ids = ids(Arrays.asList(Objects.requireNonNull(targets, field.name() + ": targets is null")));
        if (!ids.isEmpty()) {
            throughObjects().filter(Filter.raw(new BsonDocument(pair.target().bsonName(),
                    new BsonDocument("$in", new BsonArray(ids))))).delete();
        }
    }

    /** Unpairs this object from every target. */
    public void clear() {
        throughObjects().delete();
    }

    /** Makes the paired targets exactly {@code targets}: the other pairs are deleted, the missing ones added. */
    public void set(Collection<? extends T> targets) {
        set(Map.of(), targets);
    }

    /** {@link #set(Collection)}, new pairs taking {@code throughDefaults}. */
    public void set(Map<String, ?> throughDefaults, Collection<? extends T> targets) {
        List<BsonValue> wanted = ids(targets);
        throughObjects().filter(Filter.raw(new BsonDocument(pair.target().bsonName(),
                new BsonDocument("$nin", new BsonArray(wanted))))).delete();
        add(throughDefaults, targets);
    }

    /** The target id a pair refers to. */
    @SuppressWarnings("unchecked") // the through model's own metadata
    private BsonValue referenced(Object paired) {
        Object reference = ((ModelMeta<Object>) pair.model()).reference(paired, pair.target().name());
        return reference instanceof Ref ? Relations.id((Ref<?>) reference) : null;
    }

    /** The through model's fields of {@code values}, as stored. */
    @SuppressWarnings("unchecked") // each value was converted to its field's own type
    private BsonDocument encode(Map<String, ?> values) {
        BsonDocument document = new BsonDocument();
        for (Map.Entry<String, ?> entry : new LinkedHashMap<>(values).entrySet()) {
            FieldMeta through = pair.model().field(entry.getKey()).orElseThrow(() -> new FieldError(
                    "throughDefaults: " + pair.model().name() + " has no field \"" + entry.getKey() + "\""));
            Object value = entry.getValue() == null ? null : Lookups.value(pair.model(), through.name(), entry.getValue());
            document.put(through.bsonName(), ((ValueCodec<Object>) through.type().codec()).toBsonValueNullable(value));
        }
        return document;
    }

    /** A new through object read from {@code document}, the fields it lacks taking their declared defaults. */
    private Object decode(BsonDocument document) {
        return pair.model().codec().decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }
}
