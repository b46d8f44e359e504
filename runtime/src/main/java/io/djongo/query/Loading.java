package io.djongo.query;

import io.djongo.Djongo;
import io.djongo.DriverErrors;
import io.djongo.FieldError;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import io.djongo.relation.Relations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Loading relations with a query's results, so that following them sends no query per object:
 * {@code selectRelated} joins the referenced objects in the same aggregation ({@code $lookup}
 * and {@code $unwind} keeping objects without one), or, where the server has no {@code $lookup},
 * with one query of ids per relation; {@code prefetchRelated} loads each relation (forward,
 * many-to-many or reverse) with one {@code $in} query for all the results.
 */
final class Loading {
    /** The prefix of the fields a join adds to each result: {@code __select_blog}, {@code __select_blog__owner}. */
    static final String SELECT_PREFIX = "__select_";

    private Loading() {}

    /** One step of a relation path: a reference of the current model, or a reverse relation to it. */
    private record Hop(String name, FieldMeta field, Relations.Reverse reverse, ModelMeta<?> from, ModelMeta<?> to) {
        boolean forward() {
            return field != null;
        }
    }

    /** The hops of {@code path} ({@code "blog__owner"}) from {@code root}; a reverse hop only when {@code reverse}. */
    private static List<Hop> hops(ModelMeta<?> root, String path, boolean reverse, String method) {
        List<Hop> hops = new ArrayList<>();
        ModelMeta<?> current = root;
        for (String part : LookupCache.split(path)) {
            FieldMeta field = reference(current, part);
            if (field != null) {
                if (!reverse && field.type().kind() == FieldKind.REFERENCES) {
                    throw new FieldError(method + "(\"" + path + "\"): " + current.name() + "." + field.name()
                            + " is many-to-many, which a join cannot load into one object; use prefetchRelated(\"" + path + "\")");
                }
                hops.add(new Hop(part, field, null, current, field.type().model()));
                current = field.type().model();
                continue;
            }
            Relations.Reverse back = Relations.named(current, part);
            if (back != null && reverse) {
                if (back.path().contains(".")) {
                    throw new FieldError(method + "(\"" + path + "\"): " + back.source().name() + " refers to "
                            + current.name() + " from inside an embedded model (" + back.path() + "); follow it with "
                            + "a query of " + back.source().name() + " instead");
                }
                hops.add(new Hop(part, null, back, current, back.source()));
                current = back.source();
                continue;
            }
            if (back != null) {
                throw new FieldError(method + "(\"" + path + "\"): \"" + part + "\" is the reverse relation from "
                        + back.source().name() + ", which may be many objects; use prefetchRelated(\"" + path + "\")");
            }
            List<String> choices = new ArrayList<>();
            for (FieldMeta candidate : current.fields()) {
                if (candidate.type().kind().isReference()) {
                    choices.add(candidate.name());
                }
            }
            if (reverse) {
                for (Relations.Reverse candidate : Relations.to(current)) {
                    choices.add(candidate.accessor());
                }
            }
            String suggestion = Suggestions.closest(part, choices);
            throw new FieldError(method + "(\"" + path + "\"): " + current.name() + " has no relation \"" + part + "\""
                    + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?")
                    + (choices.isEmpty() ? "" : " Its relations: " + String.join(", ", choices)));
        }
        return hops;
    }

    private static FieldMeta reference(ModelMeta<?> model, String name) {
        for (FieldMeta field : model.fields()) {
            if (field.type().kind().isReference() && (field.name().equals(name) || field.snakeName().equals(name)
                    || field.bsonName().equals(name))) {
                return field;
            }
        }
        for (FieldMeta field : model.throughFields()) {
            if (field.name().equals(name) || field.snakeName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** Checks the paths of {@code selectRelated} or {@code prefetchRelated} at once, so a typo fails where it is written. */
    static void check(ModelMeta<?> root, List<String> paths, boolean prefetch) {
        for (String path : paths) {
            hops(root, path, prefetch, prefetch ? "prefetchRelated" : "selectRelated");
        }
    }

    // ---- selectRelated as a join

    /** The {@code $lookup} and {@code $unwind} stages that join each select path, appended to a query's rows. */
    static List<BsonDocument> joinStages(ModelMeta<?> root, List<String> select) {
        List<BsonDocument> stages = new ArrayList<>();
        Set<String> joined = new LinkedHashSet<>();
        for (String path : select) {
            String local = "";
            String as = SELECT_PREFIX;
            List<Hop> hops = hops(root, path, false, "selectRelated");
            for (int i = 0; i < hops.size(); i++) {
                Hop hop = hops.get(i);
                as = i == 0 ? SELECT_PREFIX + hop.name() : as + "__" + hop.name();
                String localField = local + hop.field().bsonName();
                if (joined.add(as)) {
                    stages.add(new BsonDocument("$lookup", new BsonDocument("from", new BsonString(hop.to().collection()))
                            .append("localField", new BsonString(localField))
                            .append("foreignField", new BsonString("_id"))
                            .append("as", new BsonString(as))));
                    stages.add(new BsonDocument("$unwind", new BsonDocument("path", new BsonString("$" + as))
                            .append("preserveNullAndEmptyArrays", org.bson.BsonBoolean.TRUE)));
                }
                local = as + ".";
            }
        }
        return stages;
    }

    /** A joined result: the object, with each select path's objects given to its references. */
    static <T> T decodeJoined(ModelMeta<T> meta, List<String> select, BsonDocument document) {
        T object = Writes.decode(meta, document);
        for (String path : select) {
            Object current = object;
            ModelMeta<?> currentMeta = meta;
            String as = SELECT_PREFIX;
            List<Hop> hops = hops(meta, path, false, "selectRelated");
            for (int i = 0; i < hops.size() && current != null; i++) {
                Hop hop = hops.get(i);
                as = i == 0 ? SELECT_PREFIX + hop.name() : as + "__" + hop.name();
                BsonValue joined = document.get(as);
                Object target = joined != null && joined.isDocument() ? Writes.decode(hop.to(), joined.asDocument()) : null;
                Object ref = reference(currentMeta, current, hop.field());
                if (ref instanceof Ref) {
                    Ref<?> existing = (Ref<?>) ref;
                    if (existing.isLoaded()) {
                        target = existing.get(); // an earlier path loaded it: keep one object
                    } else {
                        Relations.fill(existing, target);
                    }
                }
                current = target;
                currentMeta = hop.to();
            }
        }
        return object;
    }

    @SuppressWarnings("unchecked") // the object was read with this metadata's codec
    private static Object reference(ModelMeta<?> meta, Object object, FieldMeta field) {
        return ((ModelMeta<Object>) meta).reference(object, field.name());
    }

    // ---- loading by queries of ids

    /**
     * Loads each path for {@code objects} with one {@code $in} query per hop: forward references,
     * many-to-many lists and, for prefetch, reverse relations, whose objects are kept on each
     * object for its reverse accessor. Paths that share a start ({@code "entries"},
     * {@code "entries__comments"}) load it once.
     */
    static <T> void load(QuerySet<T> query, List<T> objects, List<String> paths, boolean prefetch) {
        String alias = query.query.alias();
        boolean strict = query.query.related().strict();
        Map<String, List<?>> loaded = new HashMap<>();
        for (String path : paths) {
            List<?> level = objects;
            StringBuilder prefix = new StringBuilder();
            for (Hop hop : hops(query.meta, path, prefetch, prefetch ? "prefetchRelated" : "selectRelated")) {
                prefix.append(prefix.length() == 0 ? "" : "__").append(hop.name());
                List<?> done = loaded.get(prefix.toString());
                if (done == null) {
                    done = hop.forward() ? forward(hop, level, alias, strict) : reverse(hop, level, alias, strict);
                    loaded.put(prefix.toString(), done);
                }
                level = done;
            }
        }
    }

    /** The targets of a reference or many-to-many hop, given to every object of {@code level}. */
    private static List<Object> forward(Hop hop, List<?> level, String alias, boolean strict) {
        if (hop.field().relation() != null && hop.field().relation().through() != null) {
            Relations.ThroughPair pair = Relations.through(hop.from(), hop.field());
            return paired(hop.from(), level, pair, pair.source(), pair.target(), hop.to(), hop.field().name(), hop.name(),
                    alias, strict);
        }
        Set<BsonValue> ids = new LinkedHashSet<>();
        List<Object> values = new ArrayList<>(level.size());
        for (Object object : level) {
            Object value = reference(hop.from(), object, hop.field());
            values.add(value);
            if (value instanceof Ref) {
                Ref<?> ref = (Ref<?>) value;
                if (!ref.isLoaded()) {
                    ids.add(Relations.id(ref));
                }
            } else if (value instanceof RefList) {
                ids.addAll(Relations.ids((RefList<?>) value));
            }
        }
        Map<BsonValue, Object> byId = targets(hop.to(), ids, alias, strict);
        Map<Object, Boolean> next = new IdentityHashMap<>();
        for (Object value : values) {
            if (value instanceof Ref) {
                Ref<?> ref = (Ref<?>) value;
                if (!ref.isLoaded()) {
                    Relations.fill(ref, byId.get(Relations.id(ref)));
                }
                if (ref.isLoaded()) {
                    next.put(ref.get(), Boolean.TRUE);
                }
            } else if (value instanceof RefList) {
                Relations.fill((RefList<?>) value, byId);
                for (BsonValue id : Relations.ids((RefList<?>) value)) {
                    Object target = byId.get(id);
                    if (target != null) {
                        next.put(target, Boolean.TRUE);
                    }
                }
            }
        }
        return new ArrayList<>(next.keySet());
    }

    /** The objects of {@code meta}'s model with these ids, by id: one query. */
    private static Map<BsonValue, Object> targets(ModelMeta<?> meta, Set<BsonValue> ids, String alias, boolean strict) {
        Map<BsonValue, Object> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        for (Object target : query(meta, new BsonDocument("_id", new BsonDocument("$in", new BsonArray(new ArrayList<>(ids)))),
                alias, strict)) {
            byId.put(idOf(meta, target), target);
        }
        return byId;
    }

    @SuppressWarnings("unchecked") // the object was read with this metadata's codec
    private static BsonValue idOf(ModelMeta<?> meta, Object object) {
        return ((ModelMeta<Object>) meta).idValue(object);
    }

    @SuppressWarnings("unchecked") // a query of the model's own metadata
    private static List<Object> query(ModelMeta<?> meta, BsonDocument filter, String alias, boolean strict) {
        Manager<Object> objects = Manager.of((ModelMeta<Object>) meta);
        QuerySet<Object> matching = (alias == null ? objects : objects.using(alias)).filter(Filter.raw(filter));
        if (strict) {
            matching = matching.strict();
        }
        return matching.list();
    }

    /**
     * The objects paired with each object of {@code level} through a many-to-many relation's
     * through model (either side: {@code mine} is the through model's reference to the level's
     * model, {@code theirs} to the other side's), kept on each under {@code name}: one query of
     * the pairs, one of the paired objects.
     */
    @SuppressWarnings("unchecked") // the objects are of the hop's own models
    private static List<Object> paired(ModelMeta<?> levelModel, List<?> level, Relations.ThroughPair pair, FieldMeta mine,
            FieldMeta theirs, ModelMeta<?> other, String name, String path, String alias, boolean strict) {
        ModelMeta<Object> model = (ModelMeta<Object>) levelModel;
        List<BsonValue> ids = new ArrayList<>();
        for (Object object : level) {
            if (model.prefetched(object) == null) {
                throw new FieldError("prefetchRelated(\"" + path + "\"): " + model.name() + " keeps no loaded objects: make "
                        + "it extend " + model.name() + "_ (records cannot), or query " + other.name() + " directly");
            }
            ids.add(model.idValue(object));
        }
        Map<BsonValue, List<BsonValue>> pairs = new LinkedHashMap<>();
        Set<BsonValue> otherIds = new LinkedHashSet<>();
        if (!ids.isEmpty()) {
            BsonDocument projection = new BsonDocument(mine.bsonName(), new BsonInt32(1)).append(theirs.bsonName(), new BsonInt32(1));
            Djongo connection = alias == null ? Djongo.connection() : Djongo.connection(alias);
            for (BsonDocument document : DriverErrors.call("find on " + pair.model().collection(), () -> connection.database()
                    .getCollection(pair.model().collection(), BsonDocument.class)
                    .find(new BsonDocument(mine.bsonName(), new BsonDocument("$in", new BsonArray(ids))))
                    .projection(projection).into(new ArrayList<>()))) {
                BsonValue theirId = document.get(theirs.bsonName());
                if (theirId != null && !theirId.isNull()) {
                    pairs.computeIfAbsent(document.get(mine.bsonName()), key -> new ArrayList<>()).add(theirId);
                    otherIds.add(theirId);
                }
            }
        }
        Map<BsonValue, Object> byId = targets(other, otherIds, alias, strict);
        for (Object object : level) {
            List<Object> mineLoaded = new ArrayList<>();
            for (BsonValue id : pairs.getOrDefault(model.idValue(object), List.of())) {
                Object loaded = byId.get(id);
                if (loaded != null) {
                    mineLoaded.add(loaded);
                }
            }
            model.prefetched(object).put(name, List.copyOf(mineLoaded));
        }
        return new ArrayList<>(byId.values());
    }

    /** The objects that refer to each object of {@code level} through a reverse hop, kept on it for its accessor. */
    @SuppressWarnings("unchecked") // the objects are of the hop's own models
    private static List<Object> reverse(Hop hop, List<?> level, String alias, boolean strict) {
        ModelMeta<Object> target = (ModelMeta<Object>) hop.from();
        Relations.Reverse back = hop.reverse();
        if (back.through()) {
            Relations.ThroughPair pair = Relations.through(back.source(), back.field());
            return paired(target, level, pair, pair.target(), pair.source(), back.source(), back.accessor(), hop.name(),
                    alias, strict);
        }
        List<BsonValue> ids = new ArrayList<>();
        for (Object object : level) {
            if (target.prefetched(object) == null) {
                throw new FieldError("prefetchRelated(\"" + hop.name() + "\"): " + target.name() + " keeps no loaded "
                        + "objects: make it extend " + target.name() + "_ (records cannot), or query "
                        + back.source().name() + " directly");
            }
            ids.add(target.idValue(object));
        }
        List<Object> sources = ids.isEmpty() ? List.of()
                : query(back.source(), new BsonDocument(back.path(), new BsonDocument("$in", new BsonArray(ids))), alias, strict);
        Map<BsonValue, List<Object>> byTarget = new LinkedHashMap<>();
        for (Object source : sources) {
            Object value = reference(back.source(), source, back.field());
            List<BsonValue> refersTo = value instanceof Ref ? List.of(Relations.id((Ref<?>) value))
                    : value instanceof RefList ? Relations.ids((RefList<?>) value) : List.of();
            for (BsonValue id : refersTo) {
                byTarget.computeIfAbsent(id, key -> new ArrayList<>()).add(source);
            }
        }
        for (Object object : level) {
            target.prefetched(object).put(back.accessor(), List.copyOf(byTarget.getOrDefault(target.idValue(object), List.of())));
        }
        return sources;
    }
}
