package io.djongo.query;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.DeleteResult;
import io.djongo.DjongoException;
import io.djongo.DoesNotExist;
import io.djongo.DriverErrors;
import io.djongo.EncodingException;
import io.djongo.codec.Encoding;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.BsonValue;

/**
 * The entry point to one model's collection (Django's {@code Entry.objects}): a QuerySet over
 * every document, plus the operations on single instances. Obtained from the generated
 * metamodel, {@code Entry.objects()} or {@code Entry_.objects()}.
 */
public final class Manager<T> extends QuerySet<T> {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private Manager(ModelMeta<T> meta, Query<T> query) {
        super(meta, query);
    }

    /** The manager of {@code meta}'s model on the default connection, resolved when a query runs. */
    public static <T> Manager<T> of(ModelMeta<T> meta) {
        if (meta.kind() != ModelKind.MODEL) {
            throw new IllegalArgumentException(meta.name() + " is a " + meta.kind()
                    + " model stored inside other documents; only @Model classes have a manager");
        }
        return new Manager<>(meta, Query.initial(null));
    }

    /** This manager on connection {@code alias}. */
    @Override
    public Manager<T> using(String alias) {
        return new Manager<>(meta, query.withAlias(Objects.requireNonNull(alias, "alias")));
    }

    /**
     * Inserts {@code instance} when it has no id (generating an {@code ObjectId}), otherwise
     * replaces the stored document with the same id or inserts it. Returns the saved instance:
     * the same object for classes, a copy carrying the new id for records.
     */
    public T save(T instance) {
        Objects.requireNonNull(instance, "save(): instance is null");
        return meta.idValue(instance) == null ? insert(this, instance) : replace(this, instance);
    }

    /**
     * Inserts {@code instance} as a new document, generating an {@code ObjectId} id when it has
     * none (Django's {@code objects.create}).
     *
     * @throws io.djongo.IntegrityError when a document with the same id or unique value exists
     */
    public T create(T instance) {
        return insert(this, Objects.requireNonNull(instance, "create(): instance is null"));
    }

    /** Inserts {@code instance} into the collection of {@code query}. */
    static <T> T insert(QuerySet<T> query, T instance) {
        T withId = withId(query.meta, instance);
        DriverErrors.write("insert of " + query.meta.name(), () -> query.collection().insertOne(withId));
        return withId;
    }

    /** Replaces the stored document with {@code instance}'s id, inserting it when missing. */
    static <T> T replace(QuerySet<T> query, T instance) {
        BsonValue id = query.meta.idValue(instance);
        DriverErrors.write("save of " + query.meta.name(),
                () -> query.collection().replaceOne(new BsonDocument("_id", id), instance, UPSERT));
        return instance;
    }

    /**
     * {@code instance} as the bytes to send, checked against MongoDB's size limit; {@code which}
     * names the object in errors ({@code bulkCreate(): object 3 of 10}).
     */
    static <T> RawBsonDocument encode(ModelMeta<T> meta, T instance, String which) {
        try {
            return Encoding.toRaw(meta.codec(), instance);
        } catch (EncodingException e) {
            throw e.within(which);
        }
    }

    /** A stored document read as an instance. */
    static <T> T decode(ModelMeta<T> meta, BsonDocument document) {
        return meta.codec().decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }

    /** {@code instance} with an id: its own, or a generated {@code ObjectId}. */
    static <T> T withId(ModelMeta<T> meta, T instance) {
        if (meta.idValue(instance) != null) {
            return instance;
        }
        if (!meta.generatesIds()) {
            throw new DjongoException("cannot insert a " + meta.name() + " without an id: its "
                    + meta.idField().map(f -> f.type() + " " + f.name()).orElse("id")
                    + " is not generated; assign it before saving");
        }
        return meta.withGeneratedId(instance);
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

    /** Deletes the document with {@code instance}'s id; returns how many were deleted (0 or 1). */
    public long delete(T instance) {
        BsonValue id = requireId(instance, "delete");
        DeleteResult result = DriverErrors.write("delete of " + meta.name(),
                () -> collection().deleteOne(new BsonDocument("_id", id)));
        return result.getDeletedCount();
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
        return found;
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
