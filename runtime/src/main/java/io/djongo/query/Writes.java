package io.djongo.query;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import io.djongo.DjongoException;
import io.djongo.DriverErrors;
import io.djongo.EncodingException;
import io.djongo.codec.Encoding;
import io.djongo.IntegrityError;
import io.djongo.StaleObjectError;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldPath;
import io.djongo.meta.ModelMeta;
import io.djongo.schema.IndexSpec;
import io.djongo.signals.Signals;
import io.djongo.validation.Violation;
import io.djongo.validation.ValidationError;
import io.djongo.validation.Violations;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.bson.BsonDocumentReader;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;

/**
 * Writing single instances, in one place for every caller ({@code save()}, {@code create()},
 * {@code bulkCreate()}, {@code getOrCreate()}, ...): validate first, so an invalid object writes
 * nothing; set the automatic timestamps; keep the {@code @Version} and turn a lost race into
 * {@link StaleObjectError}; give missing {@code ObjectId} ids.
 */
final class Writes {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private Writes() {}

    // ---- validation

    /** The problems of {@code instance}: every field rule, embedded models, and the model's {@code clean()}. */
    static <T> Violations violations(ModelMeta<T> meta, T instance) {
        Violations violations = new Violations();
        meta.validate(instance, violations);
        return violations;
    }

    /** Throws {@link ValidationError} with every problem of {@code instance}, if it has any. */
    static <T> void validate(ModelMeta<T> meta, T instance) {
        violations(meta, instance).throwIfAny(meta.name());
    }

    /**
     * The unique indexes {@code instance} would break, asked of the database: one query per unique
     * index whose values the instance has. Partial unique indexes are left to the server, since
     * whether the instance falls under the partial filter is the server's to decide.
     */
    static <T> void uniqueViolations(QuerySet<T> query, T instance, Violations into) {
        ModelMeta<T> meta = query.meta;
        BsonDocument document = meta.codec().toBsonValue(instance);
        BsonValue id = meta.idValue(instance);
        for (IndexSpec index : meta.indexes()) {
            if (!index.isUnique() || index.partialFilterExpression() != null) {
                continue;
            }
            BsonDocument filter = new BsonDocument();
            boolean anyValue = false;
            for (String path : index.keys().keySet()) {
                BsonValue value = Documents.valueAt(document, path);
                anyValue |= value != null && !value.isNull();
                BsonValue stored = value == null ? BsonNull.VALUE : value;
                filter.append(path, stored.isArray() ? new BsonDocument("$in", stored) : new BsonDocument("$eq", stored));
            }
            if (!anyValue && index.isSparse()) {
                continue;
            }
            if (id != null) {
                filter.append("_id", new BsonDocument("$ne", id));
            }
            boolean taken = DriverErrors.call("unique check on " + meta.collection(),
                    () -> query.bsonCollection().find(filter).limit(1).first() != null);
            if (taken) {
                List<String> labels = new ArrayList<>();
                String path = null;
                for (String key : index.keys().keySet()) {
                    FieldPath field = FieldPath.resolve(meta, key).orElse(null);
                    labels.add(field == null ? key : field.label());
                    path = field == null ? key : field.javaPath();
                }
                if (labels.size() == 1) {
                    into.add(path, meta.label().substring(0, 1).toUpperCase() + meta.label().substring(1) + " with this "
                            + labels.get(0) + " already exists.", "unique");
                } else {
                    into.add(ValidationError.NON_FIELD_ERRORS, meta.label().substring(0, 1).toUpperCase()
                            + meta.label().substring(1) + " with this " + String.join(" and ", labels) + " already exists.",
                            "unique_together");
                }
            }
        }
    }

    // ---- preparing an instance

    /** The current time as dates are stored: in whole milliseconds, so the instance equals what is read back. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- instances as documents

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

    /** {@code instance} ready to be inserted: valid, timestamped, at version 1, with an id. */
    static <T> T forInsert(ModelMeta<T> meta, T instance) {
        T withDefaults = meta.withDefaults(instance);
        validate(meta, withDefaults);
        T prepared = meta.hasTimestamps() ? meta.withTimestamps(withDefaults, true, now()) : withDefaults;
        if (meta.versionField().isPresent()) {
            prepared = meta.withVersion(prepared, 1);
        }
        return withId(meta, prepared);
    }

    // ---- writing

    /**
     * Inserts {@code instance} as a new document (Django's {@code create}), between the
     * {@code preSave} and {@code postSave} signals.
     */
    static <T> T insert(QuerySet<T> query, T instance) {
        ModelMeta<T> meta = query.meta;
        Signals.sendPreSave(meta, instance, true, query.query.alias());
        T prepared = forInsert(meta, instance);
        DriverErrors.write("insert of " + meta.name(), () -> query.collection().insertOne(prepared));
        Signals.sendPostSave(meta, prepared, true, query.query.alias());
        return prepared;
    }

    /** The object a save wrote, and whether the save inserted it. */
    private record Saved<T>(T instance, boolean created) {}

    /**
     * Saves {@code instance}: inserts it when it has no id, otherwise replaces the document with
     * its id (inserting it when missing). A versioned instance replaces only the version it was
     * loaded at, and moves to the next. The {@code preSave} signal comes before validation, the
     * {@code postSave} signal after the write.
     */
    static <T> T save(QuerySet<T> query, T instance) {
        ModelMeta<T> meta = query.meta;
        if (meta.idValue(instance) == null) {
            return insert(query, instance);
        }
        Signals.sendPreSave(meta, instance, false, query.query.alias());
        validate(meta, instance);
        Saved<T> saved = meta.versionField().isPresent() ? saveVersioned(query, instance) : replace(query, instance);
        Signals.sendPostSave(meta, saved.instance(), saved.created(), query.query.alias());
        return saved.instance();
    }

    private static <T> Saved<T> replace(QuerySet<T> query, T instance) {
        ModelMeta<T> meta = query.meta;
        T prepared = meta.hasTimestamps() ? meta.withTimestamps(instance, false, now()) : instance;
        BsonValue id = meta.idValue(prepared);
        UpdateResult result = DriverErrors.write("save of " + meta.name(),
                () -> query.collection().replaceOne(new BsonDocument("_id", id), prepared, UPSERT));
        return new Saved<>(prepared, result.wasAcknowledged() && result.getUpsertedId() != null);
    }

    /**
     * Replaces the document only where it still has the version {@code instance} was loaded at
     * (or, for an instance at version 0, none or 0: a new object or a document from before the
     * version field existed), writing the next version. Another writer in between makes the
     * filter miss: nothing is written and {@link StaleObjectError} says so.
     */
    private static <T> Saved<T> saveVersioned(QuerySet<T> query, T instance) {
        ModelMeta<T> meta = query.meta;
        long loaded = meta.version(instance);
        boolean adding = loaded == 0;
        T prepared = meta.hasTimestamps() ? meta.withTimestamps(instance, adding, now()) : instance;
        BsonValue id = meta.idValue(prepared);
        BsonDocument filter = versionFilter(meta, id, loaded);
        T next = meta.withVersion(prepared, loaded + 1);
        UpdateResult result;
        try {
            result = DriverErrors.write("save of " + meta.name(), () -> query.collection().replaceOne(filter, next));
            if (result.getMatchedCount() == 0 && adding) {
                // A new object, or its document is gone: insert it; a document with its id at
                // another version makes the insert fail on the _id index, atomically on every server.
                DriverErrors.write("insert of " + meta.name(), () -> query.collection().insertOne(next));
                return new Saved<>(next, true);
            }
        } catch (IntegrityError e) {
            meta.withVersion(next, loaded); // a class instance goes back to the version it has in the database
            if (adding && "_id_".equals(e.index()) || adding && e.index() == null && idTaken(query, id)) {
                throw new StaleObjectError(meta.name(), id, loaded, "already exists at another version, so this "
                        + "unsaved copy would overwrite it");
            }
            throw e;
        } catch (RuntimeException e) {
            meta.withVersion(next, loaded);
            throw e;
        }
        if (result.getMatchedCount() == 0) {
            meta.withVersion(next, loaded);
            throw new StaleObjectError(meta.name(), id, loaded, "was changed or deleted since it was loaded at version "
                    + loaded);
        }
        return new Saved<>(next, false);
    }

    private static boolean idTaken(QuerySet<?> query, BsonValue id) {
        return DriverErrors.call("find on " + query.meta.collection(),
                () -> query.bsonCollection().find(new BsonDocument("_id", id)).limit(1).first() != null);
    }

    /**
     * Writes only what changed between the stored document {@code before} and {@code updated}
     * ({@code $set}/{@code $unset} of those paths, so a concurrent change to another field is
     * kept), after validating it; a versioned model writes only where the version is still the
     * one {@code before} has, and moves it to the next.
     */
    static <T> T saveChanges(QuerySet<T> query, BsonDocument before, T updated) {
        ModelMeta<T> meta = query.meta;
        Signals.sendPreSave(meta, updated, false, query.query.alias());
        T saved = writeChanges(query, before, updated);
        Signals.sendPostSave(meta, saved, false, query.query.alias());
        return saved;
    }

    private static <T> T writeChanges(QuerySet<T> query, BsonDocument before, T updated) {
        ModelMeta<T> meta = query.meta;
        validate(meta, updated);
        T prepared = meta.hasTimestamps() ? meta.withTimestamps(updated, false, now()) : updated;
        BsonValue id = meta.idValue(prepared);
        BsonDocument filter = new BsonDocument("_id", id);
        long loaded = 0;
        T next = prepared;
        if (meta.versionField().isPresent()) {
            BsonValue stored = before.get(meta.versionField().get().bsonName());
            loaded = stored != null && stored.isNumber() ? stored.asNumber().longValue() : 0;
            filter = versionFilter(meta, id, loaded);
            next = meta.withVersion(prepared, loaded + 1);
        }
        BsonDocument changes = Instances.changes(before, Encoding.toDocument(meta.codec(), next));
        if (changes.isEmpty()) {
            return next;
        }
        BsonDocument condition = filter;
        UpdateResult result = DriverErrors.write("update of " + meta.name(),
                () -> query.bsonCollection().updateOne(condition, changes));
        if (meta.versionField().isPresent() && result.getMatchedCount() == 0) {
            meta.withVersion(next, loaded);
            throw new StaleObjectError(meta.name(), id, loaded, "was changed or deleted since it was loaded at version "
                    + loaded);
        }
        return next;
    }

    /** {@code {_id: id, version: loaded}}, or {@code version} missing, null or 0 for an instance at version 0. */
    static BsonDocument versionFilter(ModelMeta<?> meta, BsonValue id, long loaded) {
        FieldMeta version = meta.versionField().orElseThrow();
        BsonValue expected = loaded == 0
                ? new BsonDocument("$in", new BsonArray(List.of(new BsonInt64(0), BsonNull.VALUE)))
                : new BsonDocument("$eq", new BsonInt64(loaded));
        return new BsonDocument("_id", id).append(version.bsonName(), expected);
    }

    /**
     * Deletes the document of {@code instance}, with what the relations to it ask for; a
     * versioned instance only at the version it was loaded at.
     */
    static <T> Deleted delete(QuerySet<T> query, T instance, BsonValue id) {
        ModelMeta<T> meta = query.meta;
        BsonDocument filter = new BsonDocument("_id", id);
        if (meta.versionField().isPresent()) {
            long loaded = meta.version(instance);
            filter = versionFilter(meta, id, loaded);
            BsonDocument versioned = filter;
            boolean current = DriverErrors.call("find on " + meta.collection(),
                    () -> query.bsonCollection().find(versioned).limit(1).first() != null);
            if (!current) {
                if (idTaken(query, id)) {
                    throw new StaleObjectError(meta.name(), id, loaded, "was changed since it was loaded at version "
                            + loaded + ", so it was not deleted");
                }
                return Deleted.none();
            }
        }
        return io.djongo.relation.Deletion.delete(meta, filter, query.query.alias(), instance, query.query.options()::applyTo);
    }

    /**
     * Validates every object of a bulk call before any is written: the error lists the problems
     * of each by its position ({@code [2].headline}).
     */
    static <T> void validateAll(ModelMeta<T> meta, Collection<? extends T> objects) {
        List<Violation> problems = new ArrayList<>();
        int index = 0;
        for (T object : objects) {
            if (object == null) {
                throw new NullPointerException("the objects to insert contain null at position " + index);
            }
            for (Violation violation : violations(meta, object).list()) {
                problems.add(new Violation("[" + index + "]" + (violation.path().equals(ValidationError.NON_FIELD_ERRORS)
                        ? "" : "." + violation.path()), violation.message(), violation.code()));
            }
            index++;
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(meta.name() + " objects", problems);
        }
    }

    /**
     * {@code objects} ready for one bulk insert: all validated first, so an invalid object means
     * none is written; then timestamped, at version 1, with ids.
     */
    static <T> List<T> forInsertAll(ModelMeta<T> meta, Collection<? extends T> objects) {
        List<T> withDefaults = new ArrayList<>(objects.size());
        for (T object : objects) {
            withDefaults.add(object == null ? null : meta.withDefaults(object));
        }
        validateAll(meta, withDefaults);
        Instant now = now();
        List<T> prepared = new ArrayList<>(objects.size());
        for (T object : withDefaults) {
            T ready = meta.hasTimestamps() ? meta.withTimestamps(object, true, now) : object;
            if (meta.versionField().isPresent()) {
                ready = meta.withVersion(ready, 1);
            }
            prepared.add(withId(meta, ready));
        }
        return prepared;
    }

    /**
     * Before a bulk update of versioned instances: the stored version of each, in one query, so
     * that instances changed (or deleted) since they were loaded are reported before anything is
     * written.
     */
    static <T> void checkVersions(QuerySet<T> query, List<T> objects, List<Long> loaded) {
        Map<BsonValue, Long> stored = storedVersions(query, objects);
        List<String> stale = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < objects.size(); i++) {
            BsonValue id = query.meta.idValue(objects.get(i));
            if (!Long.valueOf(loaded.get(i)).equals(stored.get(id))) {
                stale.add(String.valueOf(id));
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            throw new StaleObjectError(query.meta.name(), query.meta.idValue(objects.get(first)), loaded.get(first),
                    (stale.size() == 1 ? "was" : "and " + (stale.size() - 1) + " more (" + String.join(", ", stale)
                            + ") were") + " changed or deleted since loaded, so bulkUpdate() wrote nothing");
        }
    }

    /**
     * After a bulk update of versioned instances: moves them to their next version, or, when a
     * concurrent writer got in between the check and the write (fewer documents matched than
     * were sent), reports it.
     */
    static <T> void afterVersionedBulkUpdate(QuerySet<T> query, List<T> objects, List<Long> loaded, long matched) {
        ModelMeta<T> meta = query.meta;
        if (matched == objects.size()) {
            for (int i = 0; i < objects.size(); i++) {
                meta.withVersion(objects.get(i), loaded.get(i) + 1);
            }
            return;
        }
        Map<BsonValue, Long> stored = storedVersions(query, objects);
        for (int i = 0; i < objects.size(); i++) {
            if (Long.valueOf(loaded.get(i) + 1).equals(stored.get(meta.idValue(objects.get(i))))) {
                meta.withVersion(objects.get(i), loaded.get(i) + 1);
            }
        }
        throw new StaleObjectError(meta.name(), "(" + (objects.size() - matched) + " of " + objects.size() + ")", -1,
                "changed concurrently during bulkUpdate(): " + matched + " of " + objects.size() + " documents were written; "
                        + "reload the others");
    }

    private static <T> Map<BsonValue, Long> storedVersions(QuerySet<T> query, List<T> objects) {
        ModelMeta<T> meta = query.meta;
        String versionKey = meta.versionField().orElseThrow().bsonName();
        BsonArray ids = new BsonArray();
        for (T object : objects) {
            ids.add(meta.idValue(object));
        }
        Map<BsonValue, Long> stored = new java.util.HashMap<>();
        DriverErrors.call("find on " + meta.collection(), () -> query.bsonCollection()
                .find(new BsonDocument("_id", new BsonDocument("$in", ids)))
                .projection(new BsonDocument(versionKey, new org.bson.BsonInt32(1)))
                .into(new ArrayList<>()))
                .forEach(document -> stored.put(document.get("_id"),
                        document.isNumber(versionKey) ? document.getNumber(versionKey).longValue() : 0L));
        return stored;
    }

    /**
     * Validates the values that {@code set} writes, where field rules can judge a value alone
     * ({@code maxLength}, {@code choices}, nullability, Bean Validation constraints): Django's
     * {@code update()} does not, so this is stricter, and catches a bad value before it is stored.
     */
    static void validateSets(ModelMeta<?> meta, Map<String, BsonValue> set) {
        Violations violations = new Violations();
        for (Map.Entry<String, BsonValue> entry : set.entrySet()) {
            FieldPath path = FieldPath.resolve(meta, entry.getKey()).orElse(null);
            if (path == null) {
                continue;
            }
            FieldMeta field = path.last();
            Object value;
            try {
                value = Documents.read(field.type().codec(), entry.getValue());
            } catch (RuntimeException e) {
                continue; // a value of another shape (an element of a list field): the codec will say so
            }
            Violations at = new Violations();
            at.check(field, value);
            for (Violation violation : at.list()) {
                String prefix = path.javaPath().substring(0, path.javaPath().length() - field.name().length());
                violations.add(prefix + violation.path(), violation.message(), violation.code());
            }
        }
        violations.throwIfAny(meta.name());
    }
}
