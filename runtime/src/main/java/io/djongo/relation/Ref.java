package io.djongo.relation;

import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.LazyLoadError;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.query.Manager;
import java.util.Objects;
import org.bson.BsonValue;

/**
 * A reference to one object of another model (Django's {@code ForeignKey} value): it holds the
 * target's id, which is what the document stores under {@code <field>_id}, and the target once
 * loaded. There are no proxies: {@link #id()} never queries; {@link #get()} loads the target the
 * first time and keeps it, as Django's {@code entry.blog} does, unless the query that read the
 * object is strict, in which case an unloaded target is a {@link LazyLoadError}.
 *
 * <pre>{@code
 * entry.blog = Ref.of(blog);                 // a saved (or soon saved) Blog
 * entry.blog = Ref.ofId(Blog.class, id);     // only its id
 * Blog blog = entry.blog.get();              // loaded once, then kept
 * }</pre>
 *
 * @param <T> the target model
 */
public final class Ref<T> {
    private final Object givenId;
    private volatile T target;
    private volatile ModelMeta<T> meta;
    private volatile String alias;
    private volatile boolean strict;
    private volatile String owner;

    private Ref(Object id, T target, ModelMeta<T> meta) {
        this.givenId = id;
        this.target = target;
        this.meta = meta;
    }

    /**
     * A reference to {@code target}, loaded; its id is read when the referring object is saved,
     * so the target may be saved after this call but must be before the referring object.
     */
    public static <T> Ref<T> of(T target) {
        Objects.requireNonNull(target, "Ref.of(): target is null");
        return new Ref<>(null, target, metaOf(target));
    }

    /** A reference by id to an object of {@code model}: an {@code ObjectId} (or its hex string), a {@code String}, a number or a {@code UUID}. */
    public static <T> Ref<T> ofId(Class<T> model, Object id) {
        Objects.requireNonNull(model, "Ref.ofId(): model is null");
        ModelMeta<T> meta = ModelRegistry.shared().find(model).orElseThrow(() -> new IllegalArgumentException(
                model.getSimpleName() + " is not a @Model known to this application; a reference needs one"));
        return new Ref<>(Ids.javaId(meta, Objects.requireNonNull(id, "Ref.ofId(): id is null")), null, meta);
    }

    /**
     * A reference by id whose model is learnt from the field it is stored in; {@link #get()} works
     * once the referring object is saved or read. Prefer {@link #ofId(Class, Object)}.
     */
    public static <T> Ref<T> ofId(Object id) {
        return new Ref<>(Objects.requireNonNull(id, "Ref.ofId(): id is null"), null, null);
    }

    @SuppressWarnings("unchecked") // a model's metadata is found by its own class
    private static <T> ModelMeta<T> metaOf(T target) {
        return (ModelMeta<T>) ModelRegistry.shared().find(target.getClass()).orElseThrow(() -> new IllegalArgumentException(
                target.getClass().getSimpleName() + " is not a @Model known to this application; a reference needs one"));
    }

    /** The target's id, without a query: its Java value ({@code ObjectId}, {@code String}, {@code Long}, ...), or {@code null} when the target has not been saved yet. */
    public Object id() {
        if (givenId != null) {
            return givenId;
        }
        BsonValue id = meta.idValue(target);
        return id == null ? null : Ids.javaId(meta, id);
    }

    /** The target's id as stored, or {@code null} when the target has not been saved yet. */
    BsonValue bsonId() {
        ModelMeta<T> model = meta;
        if (model == null) {
            throw new DjongoException("Ref.ofId(" + givenId + ") does not know its model yet; use Ref.ofId(Model.class, id)");
        }
        return givenId != null ? Ids.bsonId(model, givenId) : model.idValue(target);
    }

    /**
     * The target: loaded on the first call and kept (one query), or already loaded by
     * {@code selectRelated}/{@code prefetchRelated} or by {@link #of}.
     *
     * @throws DoesNotExist when the target was deleted and the reference dangles
     * @throws LazyLoadError in strict mode, when the target was not loaded with the object
     */
    public T get() {
        T loaded = target;
        if (loaded != null) {
            return loaded;
        }
        ModelMeta<T> model = meta;
        if (model == null) {
            throw new DjongoException("Ref.ofId(" + givenId + ") does not know its model; use Ref.ofId(Model.class, id), "
                    + "or read the object that holds it");
        }
        if (strict || Djongo.connectionOrDefault(alias).strictRelations()) {
            throw new LazyLoadError((owner == null ? "this reference" : owner) + " to " + model.name() + " " + givenId
                    + " was not loaded, and strict mode forbids a query per object; load it with selectRelated(\""
                    + (owner == null ? "..." : owner.substring(owner.indexOf('.') + 1)) + "\") or prefetchRelated");
        }
        Manager<T> objects = Manager.of(model);
        try {
            loaded = (alias == null ? objects : objects.using(alias)).getById(givenId);
        } catch (DoesNotExist e) {
            throw new DoesNotExist((owner == null ? "the reference" : owner) + " refers to " + model.name() + " with id "
                    + givenId + ", which does not exist (deleted without its references?)");
        }
        target = loaded;
        return loaded;
    }

    /** Whether the target is at hand, so {@link #get()} sends no query. */
    public boolean isLoaded() {
        return target != null;
    }

    // ---- for the codec and the queries that read the referring object

    /** A reference read from a document: the model is known. */
    static <T> Ref<T> read(ModelMeta<T> meta, Object id) {
        return new Ref<>(id, null, meta);
    }

    /** Learns the model from the field that stores the reference, for {@link #ofId(Object)}. */
    void bindModel(ModelMeta<T> model) {
        if (meta == null) {
            meta = model;
        } else if (meta != model) {
            throw new DjongoException("a Ref to " + meta.name() + " is stored in a field that refers to " + model.name());
        }
    }

    /** Records the query that read the referring object: its connection, whether it is strict, and the field, for messages. */
    void bind(String alias, boolean strict, ModelMeta<?> ownerModel, FieldMeta field) {
        this.alias = alias;
        this.strict = strict;
        this.owner = ownerModel.name() + "." + field.name();
    }

    /** Gives the target loaded by {@code selectRelated} or {@code prefetchRelated}. */
    void load(T loaded) {
        target = loaded;
    }

    ModelMeta<T> model() {
        return meta;
    }

    /** References are equal when they refer to the same id of the same model. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Ref)) {
            return false;
        }
        Ref<?> that = (Ref<?>) other;
        Object id = id();
        return id != null && id.equals(that.id()) && (meta == null || that.meta == null || meta == that.meta);
    }

    @Override
    public int hashCode() {
        Object id = id();
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    @Override
    public String toString() {
        return "Ref<" + (meta == null ? "?" : meta.name()) + ">(" + id() + (isLoaded() ? ", loaded" : "") + ")";
    }
}
