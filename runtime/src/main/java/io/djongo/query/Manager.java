package io.djongo.query;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.DriverErrors;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.signals.Signals;
import io.djongo.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The entry point to one model's collection (Django's {@code Entry.objects}): a QuerySet over
 * every document, plus the operations on single instances. Obtained from the generated
 * metamodel, {@code Entry.objects()} or {@code Entry_.objects()}.
 */
public final class Manager<T> extends QuerySet<T> {
    private Manager(ModelMeta<T> meta, Query<T> query, LookupCache lookups) {
        super(meta, query, lookups);
    }

    /** The manager of {@code meta}'s model on the default connection, resolved when a query runs. */
    public static <T> Manager<T> of(ModelMeta<T> meta) {
        if (meta.kind() != ModelKind.MODEL) {
            throw new IllegalArgumentException(meta.name() + " is a " + meta.kind()
                    + " model stored inside other documents; only @Model classes have a manager");
        }
        List<Sort<T>> ordering = new ArrayList<>();
        for (String key : meta.ordering()) {
            boolean descending = key.startsWith("-");
            ordering.add(new Sort<>(descending ? key.substring(1) : key, descending));
        }
        // Django's Meta.ordering: the order of every query that does not choose its own.
        return new Manager<>(meta, Query.<T>initial(null).withSorts(ordering), LookupCache.of(meta));
    }

    /** This manager on connection {@code alias}. */
    @Override
    public Manager<T> using(String alias) {
        return new Manager<>(meta, query.withAlias(Objects.requireNonNull(alias, "alias")), lookups);
    }

    /** This manager reading with {@code readPreference}; see {@link QuerySet#withReadPreference}. */
    @Override
    public Manager<T> withReadPreference(ReadPreference readPreference) {
        return new Manager<>(meta, super.withReadPreference(readPreference).query, lookups);
    }

    /** This manager reading with {@code readConcern}; see {@link QuerySet#withReadConcern}. */
    @Override
    public Manager<T> withReadConcern(ReadConcern readConcern) {
        return new Manager<>(meta, super.withReadConcern(readConcern).query, lookups);
    }

    /** This manager writing with {@code writeConcern}; see {@link QuerySet#withWriteConcern}. */
    @Override
    public Manager<T> withWriteConcern(WriteConcern writeConcern) {
        return new Manager<>(meta, super.withWriteConcern(writeConcern).query, lookups);
    }

    /**
     * Inserts {@code instance} when it has no id (generating an {@code ObjectId}), otherwise
     * replaces the stored document with the same id or inserts it. Returns the saved instance:
     * the same object for classes, a copy carrying the new id, version or timestamps for records.
     * The instance is validated first ({@link #fullClean} without the database checks), so an
     * invalid one writes nothing.
     *
     * @throws io.djongo.validation.ValidationError when the instance breaks a rule of its model
     * @throws io.djongo.StaleObjectError when the model has a {@code @Version} and the document
     *     changed since the instance was loaded
     */
    public T save(T instance) {
        return Writes.save(this, Objects.requireNonNull(instance, "save(): instance is null"));
    }

    /**
     * Inserts {@code instance} as a new document, generating an {@code ObjectId} id when it has
     * none (Django's {@code objects.create}), after validating it.
     *
     * @throws io.djongo.IntegrityError when a document with the same id or unique value exists
     * @throws io.djongo.validation.ValidationError when the instance breaks a rule of its model
     */
    public T create(T instance) {
        return Writes.insert(this, Objects.requireNonNull(instance, "create(): instance is null"));
    }

    /**
     * Checks everything about {@code instance} that can be checked before saving it (Django's
     * {@code full_clean}): every field option and constraint, recursing into embedded models and
     * list elements, the model's own {@code clean()}, and, with a query per unique index, that no
     * other document has the same unique values.
     *
     * @throws io.djongo.validation.ValidationError with every problem found, by path
     */
    public void fullClean(T instance) {
        Objects.requireNonNull(instance, "fullClean(): instance is null");
        Violations violations = Writes.violations(meta, instance);
        Writes.uniqueViolations(this, instance, violations);
        violations.throwIfAny(meta.name());
    }

    /**
     * Checks with the database that no other document has the unique values of {@code instance}
     * (Django's {@code validate_unique}), one query per unique index.
     *
     * @throws io.djongo.validation.ValidationError naming each taken value
     */
    public void validateUnique(T instance) {
        Objects.requireNonNull(instance, "validateUnique(): instance is null");
        Violations violations = new Violations();
        Writes.uniqueViolations(this, instance, violations);
        violations.throwIfAny(meta.name());
    }

    /**
     * The instance whose id is {@code id}: an {@code ObjectId} (or its 24-digit hex string), a
     * {@code String}, a number or a {@code UUID}, as the model's id field is declared.
     *
     * @throws DoesNotExist when there is none
     * @throws io.djongo.FieldError when {@code id} cannot be an id of this model
     */
    public T getById(Object id) {
        String idName = meta.idField().orElseThrow().name();
        return get(Lookups.filter(meta, idName, Objects.requireNonNull(id, "getById(): id is null")));
    }

    /**
     * Deletes the document with {@code instance}'s id, with what the relations to it ask for (see
     * {@link QuerySet#delete()}); returns what was deleted (nothing when it was gone already).
     *
     * @throws io.djongo.StaleObjectError when the model has a {@code @Version} and the document
     *     changed since the instance was loaded; nothing is deleted
     * @throws io.djongo.ProtectedError when a PROTECT reference blocks the deletion (RestrictedError for RESTRICT)
     */
    public Deleted delete(T instance) {
        BsonValue id = requireId(instance, "delete");
        return Writes.delete(this, instance, id);
    }

    /**
     * The stored version of {@code instance}, read again by id.
     *
     * @throws DoesNotExist when it was deleted meanwhile
     */
    public T refresh(T instance) {
        BsonValue id = requireId(instance, "refresh");
        T found = DriverErrors.call("find on " + meta.collection(),
                () -> collection().find(new BsonDocument("_id", id)).first());
        if (found == null) {
            throw new DoesNotExist(meta.name() + " with _id " + id + " does not exist");
        }
        return Signals.sendPostInit(meta, found);
    }

    private BsonValue requireId(T instance, String operation) {
        Objects.requireNonNull(instance, () -> operation + "(): instance is null");
        BsonValue id = meta.idValue(instance);
        if (id == null) {
            throw new DjongoException("cannot " + operation + " a " + meta.name() + " that has no id; it was never saved");
        }
        return id;
    }

    @Override
    public String toString() {
        return "Manager<" + meta.name() + ">";
    }
}
