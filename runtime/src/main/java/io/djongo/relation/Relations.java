package io.djongo.relation;

import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.DriverErrors;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.meta.RelationMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * The relations between models, read from the generated metadata of every model the
 * application knows (no scanning, no reflection): each reference field, and for each model the
 * references that point at it, which deletion rules, reverse lookups and reverse accessors need.
 * Also what the runtime's queries use to hand references the objects they loaded.
 */
public final class Relations {
    private static final Map<ModelMeta<?>, List<Reverse>> REVERSE = Collections.synchronizedMap(new IdentityHashMap<>());
    private static volatile List<Reverse> all;

    private Relations() {}

    /**
     * A reference to a model, seen from the model it points at.
     *
     * @param source the {@code @Model} whose documents hold the reference
     * @param path where they hold it: {@code blog_id}, {@code tags}, {@code authors.profile_id};
     *     for a many-to-many through another model, which they do not hold, the field's name
     * @param field the reference field
     * @param inArray whether the path goes through an array of embedded models
     */
    public record Reverse(ModelMeta<?> source, String path, FieldMeta field, boolean inArray) {
        public RelationMeta relation() {
            return field.relation();
        }

        /** Whether the pairs are documents of a through model, which its own references keep. */
        public boolean through() {
            return field.relation().through() != null;
        }

        /** Whether each document holds many references (a many-to-many array). */
        public boolean many() {
            return field.type().kind() == FieldKind.REFERENCES;
        }

        /**
         * The name of the reverse accessor and path generated on the target, and of the relation
         * in {@code prefetchRelated}: the declared related name, or {@code entrySet}
         * ({@code entry} for a one-to-one), as Django's {@code entry_set}.
         */
        public String accessor() {
            String declared = field.relation().relatedName();
            if (!declared.isEmpty()) {
                return declared;
            }
            String model = source.name();
            String name = Character.toLowerCase(model.charAt(0)) + model.substring(1);
            return field.relation().kind() == RelationMeta.Kind.ONE_TO_ONE ? name : name + "Set";
        }

        /** Whether {@code name} names this relation: its lookup name, its accessor, or Django's {@code entry_set}. */
        public boolean named(String name) {
            return name.equals(name()) || name.equals(accessor()) || name.equals(name() + "_set");
        }

        /**
         * The name of the reverse relation on the target, for lookups: the declared related name,
         * or the referring model's name in lower case ({@code entry}), as Django's
         * {@code related_query_name}.
         */
        public String name() {
            String declared = field.relation().relatedName();
            if (!declared.isEmpty()) {
                return declared;
            }
            String model = source.name();
            return Character.toLowerCase(model.charAt(0)) + model.substring(1);
        }
    }

    /** Every reference of every {@code @Model} of the application. */
    public static List<Reverse> all() {
        List<Reverse> known = all;
        if (known == null) {
            List<Reverse> found = new ArrayList<>();
            for (ModelMeta<?> model : ModelRegistry.shared().models()) {
                if (model.kind() == ModelKind.MODEL) {
                    collect(model, model, "", false, found, Collections.newSetFromMap(new IdentityHashMap<>()));
                    for (FieldMeta field : model.throughFields()) {
                        found.add(new Reverse(model, field.name(), field, false));
                    }
                }
            }
            known = List.copyOf(found);
            all = known;
        }
        return known;
    }

    /** The references that point at {@code target}, from any model. */
    public static List<Reverse> to(ModelMeta<?> target) {
        return REVERSE.computeIfAbsent(target, meta -> {
            List<Reverse> pointing = new ArrayList<>();
            for (Reverse reverse : all()) {
                if (reverse.field().type().model() == meta) {
                    pointing.add(reverse);
                }
            }
            return List.copyOf(pointing);
        });
    }

    /** The reverse relation of {@code target} named {@code name} (its related name), if any. */
    public static Reverse named(ModelMeta<?> target, String name) {
        for (Reverse reverse : to(target)) {
            if (reverse.named(name)) {
                return reverse;
            }
        }
        return null;
    }

    private static void collect(ModelMeta<?> source, ModelMeta<?> model, String prefix, boolean inArray,
            List<Reverse> into, Set<ModelMeta<?>> open) {
        if (!open.add(model)) {
            return;
        }
        for (FieldMeta field : model.fields()) {
            FieldType type = field.type();
            String path = prefix + field.bsonName();
            if (type.kind().isReference() && field.relation() != null) {
                into.add(new Reverse(source, path, field, inArray));
            } else if (type.kind() == FieldKind.EMBEDDED) {
                collect(source, type.model(), path + ".", inArray, into, open);
            } else if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET)
                    && type.element().kind() == FieldKind.EMBEDDED) {
                collect(source, type.element().model(), path + ".", true, into, open);
            }
        }
        open.remove(model);
    }

    // ---- many-to-many through another model

    /**
     * The through model of a many-to-many relation and its two references: to the model that
     * declares the relation ({@code source}) and to the target.
     *
     * @param model the through model
     * @param source its reference to the declaring model
     * @param target its reference to the target
     */
    public record ThroughPair(ModelMeta<?> model, FieldMeta source, FieldMeta target) {}

    private static final Map<FieldMeta, ThroughPair> THROUGH = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The through model of {@code field}, declared by {@code declaring}, and its references to both sides. */
    public static ThroughPair through(ModelMeta<?> declaring, FieldMeta field) {
        return THROUGH.computeIfAbsent(field, key -> {
            ModelMeta<?> through = field.relation().throughModel();
            ModelMeta<?> target = field.type().model();
            FieldMeta toSource = null;
            FieldMeta toTarget = null;
            for (FieldMeta candidate : through.fields()) {
                if (candidate.type().kind() == FieldKind.REFERENCE) {
                    if (candidate.type().model() == declaring) {
                        toSource = candidate;
                    } else if (candidate.type().model() == target) {
                        toTarget = candidate;
                    }
                }
            }
            if (toSource == null || toTarget == null) {
                throw new IllegalStateException(through.name() + " lacks a reference to " + declaring.name() + " or "
                        + target.name() + ", which the processor checks: recompile " + declaring.name());
            }
            return new ThroughPair(through, toSource, toTarget);
        });
    }

    // ---- handing references what a query loaded

    /**
     * Records, on each reference of {@code instance}'s top-level fields, the query that read it:
     * its connection, whether it is strict, and the field, so that {@code get()} uses the same
     * connection and strict mode, and messages name the field.
     */
    public static <T> void bind(ModelMeta<T> meta, T instance, String alias, boolean strict) {
        for (FieldMeta field : meta.fields()) {
            if (!field.type().kind().isReference()) {
                continue;
            }
            Object value = meta.reference(instance, field.name());
            if (value instanceof Ref) {
                ((Ref<?>) value).bind(alias, strict, meta, field);
            } else if (value instanceof RefList) {
                ((RefList<?>) value).bind(alias, strict, meta, field);
            }
        }
    }

    /** The stored id of a reference, or {@code null}; for queries that join. */
    public static BsonValue id(Ref<?> ref) {
        return ref == null ? null : ref.bsonId();
    }

    /** The stored ids of a list of references; for queries that join. */
    public static List<BsonValue> ids(RefList<?> list) {
        return list == null ? List.of() : list.bsonIds();
    }

    /** Gives {@code ref} its target, loaded by a join; {@code null} leaves it unloaded (a dangling reference). */
    @SuppressWarnings("unchecked") // the target was read with the reference's own model's codec
    public static void fill(Ref<?> ref, Object target) {
        if (ref != null && target != null) {
            ((Ref<Object>) ref).load(target);
        }
    }

    /** Gives {@code list} its targets by stored id, loaded by one query for many lists. */
    @SuppressWarnings("unchecked") // the targets were read with the list's own model's codec
    public static void fill(RefList<?> list, Map<BsonValue, ?> targets) {
        if (list != null) {
            Map<BsonValue, Object> mine = new HashMap<>();
            for (BsonValue id : list.bsonIds()) {
                Object target = targets.get(id);
                if (target != null) {
                    mine.put(id, target);
                }
            }
            ((RefList<Object>) list).load(mine);
        }
    }

    // ---- dangling references

    /**
     * The references of the documents of {@code meta}'s model that match {@code filter} whose
     * targets do not exist, per reference field: two queries per field (the distinct ids, then
     * which of them exist), one more per field with dangling ids (the holders).
     */
    public static List<Dangling> check(ModelMeta<?> meta, BsonDocument filter, String alias) {
        MongoDatabase database = Djongo.connectionOrDefault(alias).database();
        List<Dangling> found = new ArrayList<>();
        for (Reverse reference : all()) {
            if (reference.source() != meta || reference.through()) {
                continue; // a through model's own references are checked with it
            }
            ModelMeta<?> target = reference.field().type().model();
            List<BsonValue> ids = DriverErrors.call("distinct on " + meta.collection(), () -> database
                    .getCollection(meta.collection(), BsonDocument.class)
                    .distinct(reference.path(), filter, BsonValue.class).into(new ArrayList<>()));
            ids.removeIf(id -> id == null || id.isNull()); // the driver reads a stored null as null
            if (ids.isEmpty()) {
                continue;
            }
            Set<BsonValue> existing = new HashSet<>();
            for (int from = 0; from < ids.size(); from += Deletion.BATCH) {
                BsonArray batch = new BsonArray(ids.subList(from, Math.min(ids.size(), from + Deletion.BATCH)));
                DriverErrors.call("find on " + target.collection(), () -> database
                        .getCollection(target.collection(), BsonDocument.class)
                        .find(new BsonDocument("_id", new BsonDocument("$in", batch)))
                        .projection(new BsonDocument("_id", new BsonInt32(1)))
                        .map(document -> document.get("_id")).into(existing));
            }
            List<BsonValue> missing = new ArrayList<>(ids);
            missing.removeAll(existing);
            if (missing.isEmpty()) {
                continue;
            }
            BsonDocument holding = new BsonDocument("$and", new BsonArray(List.of(filter,
                    new BsonDocument(reference.path(), new BsonDocument("$in", new BsonArray(missing))))));
            List<Object> holders = new ArrayList<>();
            for (BsonValue id : DriverErrors.call("find on " + meta.collection(), () -> database
                    .getCollection(meta.collection(), BsonDocument.class).find(holding)
                    .projection(new BsonDocument("_id", new BsonInt32(1))).limit(1000)
                    .map(document -> document.get("_id")).into(new ArrayList<>()))) {
                holders.add(Ids.javaId(meta, id));
            }
            List<Object> missingIds = new ArrayList<>();
            for (BsonValue id : missing) {
                missingIds.add(Ids.javaId(target, id));
            }
            found.add(new Dangling(meta.name(), reference.path(), target.name(), missingIds, holders));
        }
        return found;
    }
}
