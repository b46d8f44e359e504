package io.djongo.meta;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import io.djongo.codec.ModelCodec;
import io.djongo.schema.IndexSpec;
import io.djongo.validation.Violations;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.BsonValue;

/**
 * What the processor knows about one model class, generated as {@code Foo_.Meta}: its fields with
 * their BSON names, types and options, its codec, and the few operations on instances the runtime
 * needs without reflection (reading and assigning the id).
 */
public abstract class ModelMeta<T> {
    private final Class<T> modelClass;
    private final ModelKind kind;
    private final String collection;
    private volatile List<FieldMeta> fields;
    private volatile Map<String, FieldMeta> byName;
    private volatile List<IndexSpec> indexes;
    private volatile List<FieldMeta> throughFields;

    protected ModelMeta(Class<T> modelClass, ModelKind kind, String collection) {
        this.modelClass = Objects.requireNonNull(modelClass, "modelClass");
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == ModelKind.MODEL) != (collection != null)) {
            throw new IllegalArgumentException("a collection name is required for, and only for, @Model classes");
        }
        this.collection = collection;
    }

    /** The fields in declaration order; called once. Nested models are reached lazily, so cycles are fine. */
    protected abstract List<FieldMeta> declareFields();

    /**
     * The many-to-many relations through another model ({@code @ManyToMany(through = ...)}), which
     * the model declares but whose pairs live in the through model's collection; none by default.
     */
    protected List<FieldMeta> declareThroughFields() {
        return List.of();
    }

    /** The generated codec. */
    public abstract ModelCodec<T> codec();

    /**
     * The BSON value of {@code instance}'s id, or {@code null} when it has none yet.
     *
     * @throws UnsupportedOperationException for embedded and array models, which have no id
     */
    public BsonValue idValue(T instance) {
        throw new UnsupportedOperationException(name() + " is not a @Model and has no id");
    }

    /**
     * {@code instance} with a newly generated {@code ObjectId} id: the same object for classes,
     * a copy for records.
     *
     * @throws UnsupportedOperationException when the id is not an {@code ObjectId}, so the
     *     application must supply it
     */
    public T withGeneratedId(T instance) {
        throw new UnsupportedOperationException(name() + " has no generated ids; assign the @Id field before saving");
    }

    /** Whether a missing id is generated on insert ({@code ObjectId} ids). */
    public boolean generatesIds() {
        return false;
    }

    /** The indexes the model declares, in declaration order; called once. */
    protected List<IndexSpec> declareIndexes() {
        return List.of();
    }

    /**
     * Checks every field of {@code instance} against its rules, validates its embedded models
     * under their paths, and runs the model's own {@code clean()}, adding each problem to
     * {@code violations}. Generated for models with rules; writes nothing and queries nothing.
     */
    public void validate(T instance, Violations violations) {
        // a model without rules, embedded models or clean() has nothing to check
    }

    /**
     * The default order of query results ({@code @Model(ordering)}, Django's
     * {@code Meta.ordering}): BSON paths, {@code "-"} first for descending.
     */
    public List<String> ordering() {
        return List.of();
    }

    /**
     * The read preference of the model's queries ({@code @Model(readPreference)}); {@code null} for
     * the connection's. A QuerySet's {@code withReadPreference} overrides it.
     */
    public ReadPreference readPreference() {
        return null;
    }

    /** The read concern of the model's queries ({@code @Model(readConcern)}); {@code null} for the connection's. */
    public ReadConcern readConcern() {
        return null;
    }

    /** The write concern of the model's writes ({@code @Model(writeConcern)}); {@code null} for the connection's. */
    public WriteConcern writeConcern() {
        return null;
    }

    /** The {@code @Version} field, if the model has one. */
    public final Optional<FieldMeta> versionField() {
        return fields().stream().filter(FieldMeta::version).findFirst();
    }

    /**
     * The {@code @Version} of {@code instance}; 0 for an instance never saved.
     *
     * @throws UnsupportedOperationException when the model has no version
     */
    public long version(T instance) {
        throw new UnsupportedOperationException(name() + " has no @Version field");
    }

    /**
     * {@code instance} with its {@code @Version} set: the same object for classes, a copy for records.
     *
     * @throws UnsupportedOperationException when the model has no version
     */
    public T withVersion(T instance, long version) {
        throw new UnsupportedOperationException(name() + " has no @Version field");
    }

    /**
     * {@code instance} with its {@code autoNow} fields set to {@code now}, and its
     * {@code autoNowAdd} fields too when it is being inserted ({@code adding}): the same object
     * for classes, a copy for records.
     */
    public T withTimestamps(T instance, boolean adding, Instant now) {
        return instance;
    }

    /**
     * {@code instance} with the declared default in each non-primitive field that is still
     * {@code null}, as Django gives a new object its defaults; applied when an object is inserted.
     * The same object for classes, a copy for records.
     */
    public T withDefaults(T instance) {
        return instance;
    }

    /**
     * The value of the reference field {@code field} (its Java name) of {@code instance}: a
     * {@code Ref}, a {@code RefList}, or {@code null}. Generated for models with references.
     */
    public Object reference(T instance, String field) {
        return null;
    }

    /**
     * Where {@code prefetchRelated} keeps the objects it loaded for {@code instance}'s reverse
     * relations, by accessor name; {@code null} when the model cannot keep them (a record, or a
     * class that does not extend its companion). Generated for models that extend it.
     */
    public java.util.Map<String, List<?>> prefetched(T instance) {
        return null;
    }

    /** Whether the model has {@code autoNow} or {@code autoNowAdd} fields. */
    public boolean hasTimestamps() {
        return false;
    }

    /** A human-readable name of one instance (Django's {@code verbose_name}): the label, or the class name in words. */
    public String label() {
        return FieldMeta.words(name());
    }

    /** A human-readable name of several instances (Django's {@code verbose_name_plural}). */
    public String labelPlural() {
        return label() + "s";
    }

    public final Class<T> modelClass() {
        return modelClass;
    }

    /** The simple class name, as used in messages. */
    public final String name() {
        return modelClass.getSimpleName();
    }

    public final ModelKind kind() {
        return kind;
    }

    /** The collection of a {@code @Model}; {@code null} for embedded and array models. */
    public final String collection() {
        return collection;
    }

    public final List<FieldMeta> fields() {
        List<FieldMeta> result = fields;
        if (result == null) {
            result = List.copyOf(declareFields());
            fields = result;
        }
        return result;
    }

    /**
     * The many-to-many relations through another model: {@link FieldMeta}s of kind
     * {@code REFERENCES} whose {@link RelationMeta#through()} is set, and which are not among
     * {@link #fields()} because nothing of them is stored in this model's documents.
     */
    public final List<FieldMeta> throughFields() {
        List<FieldMeta> result = throughFields;
        if (result == null) {
            result = List.copyOf(declareThroughFields());
            throughFields = result;
        }
        return result;
    }

    /** The field with Java name {@code name}, if any. */
    public final Optional<FieldMeta> field(String name) {
        Map<String, FieldMeta> index = byName;
        if (index == null) {
            Map<String, FieldMeta> built = new LinkedHashMap<>();
            for (FieldMeta field : fields()) {
                built.put(field.name(), field);
            }
            index = Collections.unmodifiableMap(built);
            byName = index;
        }
        return Optional.ofNullable(index.get(name));
    }

    /** The declared indexes (Django's {@code db_index}, {@code unique} and {@code Meta.indexes}), which migrations create. */
    public final List<IndexSpec> indexes() {
        List<IndexSpec> result = indexes;
        if (result == null) {
            result = List.copyOf(declareIndexes());
            indexes = result;
        }
        return result;
    }

    /** The {@code @Id} field; empty for embedded and array models. */
    public final Optional<FieldMeta> idField() {
        return fields().stream().filter(FieldMeta::id).findFirst();
    }

    @Override
    public String toString() {
        return "ModelMeta[" + name() + (collection == null ? "" : " -> " + collection) + "]";
    }
}
