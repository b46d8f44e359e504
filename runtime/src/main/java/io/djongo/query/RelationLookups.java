package io.djongo.query;

import io.djongo.FieldError;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.Ref;
import io.djongo.relation.Relations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Django lookups that cross a relation, resolved into the same semi-joins as the typed paths:
 * {@code "blog__name__startswith"} (a reference), {@code "tags__name"} (many-to-many),
 * {@code "entry__rating__gte"} (the reverse of a reference), to any depth
 * ({@code "entry__blog__owner__name"}); and lookups on the relation itself, which compare the
 * stored ids: {@code "blog"}, {@code "blog__in"}, {@code "blog__id__gt"}, {@code "blog__isnull"}.
 */
final class RelationLookups {
    private RelationLookups() {}

    /**
     * The first relation a lookup crosses.
     *
     * @param index the position of the relation's part in the lookup
     * @param path the BSON path of the reference in the root's documents ({@code blog_id},
     *     {@code authors.profile_id}); for a reverse relation, {@code _id}
     * @param field the reference field, for a forward relation
     * @param reverse the reverse relation, for a relation that points at the root
     * @param owner the model whose field the relation is: the root, or an embedded model inside it
     */
    record Hop(int index, String path, FieldMeta field, Relations.Reverse reverse, ModelMeta<?> owner) {
        ModelMeta<?> target() {
            return field != null ? field.type().model() : reverse.source();
        }

        /** Whether several related objects can match one document: many-to-many and reverse relations. */
        boolean multiValued() {
            return reverse != null || field.type().kind() == FieldKind.REFERENCES;
        }
    }

    /** The first relation {@code parts} cross from {@code root}, through embedded models and arrays of them; {@code null} when none. */
    static Hop find(ModelMeta<?> root, String[] parts) {
        ModelMeta<?> model = root;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (model == null) {
                return null;
            }
            FieldMeta field = field(model, part, model == root);
            if (field == null && model == root && i == 0) {
                for (FieldMeta through : root.throughFields()) {
                    if (through.name().equals(part) || through.snakeName().equals(part)) {
                        return new Hop(i, "_id", through, null, root); // the pairs refer to the root's own id
                    }
                }
            }
            if (field == null) {
                if (model == root && i == 0) {
                    Relations.Reverse reverse = Relations.named(root, part);
                    if (reverse != null) {
                        return new Hop(i, "_id", null, reverse, root);
                    }
                }
                if (model != root && part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                    path.append('.').append(part); // authors__0__profile: an element by index
                    continue;
                }
                return null;
            }
            path.append(path.length() == 0 ? "" : ".").append(field.bsonName());
            FieldType type = field.type();
            if (type.kind().isReference()) {
                return new Hop(i, path.toString(), field, null, model);
            }
            model = type.kind() == FieldKind.EMBEDDED ? type.model()
                    : (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET)
                            && type.element().kind() == FieldKind.EMBEDDED ? type.element().model() : null;
        }
        return null;
    }

    private static FieldMeta field(ModelMeta<?> model, String part, boolean top) {
        for (FieldMeta field : model.fields()) {
            if (field.name().equals(part) || field.snakeName().equals(part) || field.bsonName().equals(part)) {
                return field;
            }
        }
        return top && part.equals("pk") ? model.idField().orElse(null) : null;
    }

    /**
     * A field reached through references ({@code "blog__owner__name"}): the key that orders by it,
     * and the field itself, whose codec reads its values.
     */
    record RelatedField(Sort.Related related, Lookups.Target target) {}

    /**
     * The field {@code name} reaches by following references from {@code root}, for ordering by it
     * or reading it as a column ({@code method} names the caller in errors); {@code null} when
     * {@code name} crosses no relation, or names the reference itself or its target's id (the
     * stored id then serves).
     *
     * @throws FieldError when it crosses a many-to-many or reverse relation, which would repeat
     *     each object once per related object, or a reference inside an array
     */
    static RelatedField related(ModelMeta<?> root, String name, String method) {
        String[] parts = LookupCache.split(name);
        Hop hop = find(root, parts);
        if (hop == null) {
            return null;
        }
        List<Sort.Step> steps = new ArrayList<>();
        ModelMeta<?> model = root;
        String[] rest = parts;
        while (hop != null) {
            String after = rest(rest, hop);
            String first = after.isEmpty() ? "" : LookupCache.first(after);
            boolean onId = after.isEmpty() || ((first.equals("id") || first.equals("pk") || hop.field() != null
                    && hop.target().idField().map(id -> id.name().equals(first) || id.bsonName().equals(first))
                            .orElse(false)) && !after.contains("__"));
            if (hop.multiValued() || hop.path().contains(".")) {
                throw new FieldError(method + "(\"" + name + "\"): " + model.name() + "." + rest[hop.index()] + " is "
                        + (hop.reverse() != null ? "a reverse relation" : hop.field().type().kind() == FieldKind.REFERENCES
                                ? "many-to-many" : "a reference inside an array")
                        + ", which holds several objects per " + model.name() + "; follow single references only "
                        + "(ForeignKey, OneToOne), or filter through it instead");
            }
            if (onId) {
                if (steps.isEmpty()) {
                    return null; // the stored id orders and reads the same
                }
                // "blog__owner": the owner's id, as stored in the blog
                return new RelatedField(new Sort.Related(name, steps, hop.path()), Lookups.field(model, rest[hop.index()]));
            }
            steps.add(new Sort.Step(hop.target().collection(), hop.path()));
            model = hop.target();
            rest = LookupCache.split(after);
            hop = find(model, rest);
        }
        Lookups.Target target = Lookups.field(model, String.join("__", rest));
        return new RelatedField(new Sort.Related(name, steps, target.bsonPath()), target);
    }

    /** The parts of {@code lookup} after the relation of {@code hop}, joined again: {@code "name__startswith"}. */
    static String rest(String[] parts, Hop hop) {
        return String.join("__", Arrays.asList(parts).subList(hop.index() + 1, parts.length));
    }

    /** {@code lookup = value}, a lookup that crosses the relation {@code hop}. */
    static <T> Filter<T> filter(ModelMeta<T> meta, String lookup, String[] parts, Hop hop, Object value) {
        String rest = rest(parts, hop);
        String first = rest.isEmpty() ? "" : LookupCache.first(rest);
        boolean onRelation = rest.isEmpty() || ((first.equals("exact") || first.equals("in") || first.equals("isnull"))
                && !rest.contains("__"));
        boolean onId = first.equals("id") || first.equals("pk") || (hop.field() != null
                && hop.target().idField().map(id -> id.bsonName().equals(first) || id.name().equals(first)).orElse(false));
        if (hop.reverse() != null) {
            if (first.equals("isnull") && !rest.contains("__")) {
                Filter<T> exists = reverse(hop, Filters.all());
                return Conversions.bool(value) ? Filters.not(exists) : exists;
            }
            String onSource = onRelation ? "id" + (rest.isEmpty() ? "" : "__" + rest) : rest;
            return reverse(hop, Lookups.filter(hop.reverse().source(), onSource, idOrValue(hop.reverse().source(), value)));
        }
        if (onRelation || onId) {
            return compareIds(meta, lookup, hop, onId ? rest.substring(first.length()) : rest.isEmpty() ? "" : "__" + rest,
                    value);
        }
        return through(hop, Lookups.filter(hop.target(), rest, value));
    }

    /** Documents whose related object (one of them, for a multi-valued relation) matches {@code condition}. */
    @SuppressWarnings("unchecked") // the condition is on the hop's target model
    static <T> Filter<T> through(Hop hop, Filter<?> condition) {
        if (hop.reverse() != null) {
            return reverse(hop, condition);
        }
        if (hop.field().relation() != null && hop.field().relation().through() != null) {
            Relations.ThroughPair pair = Relations.through(hop.owner(), hop.field());
            return viaPairs(pair, pair.target(), pair.source(), new SubqueryFilter<>(pair.target().bsonName(),
                    new Subquery<>(Manager.of((ModelMeta<Object>) hop.target()).filter((Filter<Object>) condition), "_id")));
        }
        Filter<Object> inner = (Filter<Object>) condition;
        return new SubqueryFilter<>(hop.path(), new Subquery<>(Manager.of((ModelMeta<Object>) hop.target()).filter(inner), "_id"));
    }

    @SuppressWarnings("unchecked") // the condition is on the reverse relation's source model
    private static <T> Filter<T> reverse(Hop hop, Filter<?> condition) {
        Filter<Object> inner = (Filter<Object>) condition;
        ModelMeta<Object> source = (ModelMeta<Object>) hop.reverse().source();
        if (hop.reverse().through()) {
            Relations.ThroughPair pair = Relations.through(source, hop.reverse().field());
            return viaPairs(pair, pair.source(), pair.target(),
                    new SubqueryFilter<>(pair.source().bsonName(), new Subquery<>(Manager.of(source).filter(inner), "_id")));
        }
        return new SubqueryFilter<>("_id", new Subquery<>(Manager.of(source).filter(inner), hop.reverse().path()));
    }

    /**
     * A comparison of the stored ids ({@code blog=blog}, {@code blog__in=[...]}, {@code blog__id__gt=5},
     * {@code blog__isnull=True}), built as the same lookup on the target's id and moved to the
     * reference's path; a many-to-many array matches when one of its ids does.
     */
    private static <T> Filter<T> compareIds(ModelMeta<T> meta, String lookup, Hop hop, String idLookup, Object value) {
        ModelMeta<?> target = hop.target();
        if (hop.field().relation() != null && hop.field().relation().through() != null) {
            Relations.ThroughPair pair = Relations.through(meta, hop.field());
            if (idLookup.equals("__isnull")) {
                Filter<T> paired = viaPairs(pair, pair.target(), pair.source(), Filters.all());
                return Conversions.bool(value) ? Filters.not(paired) : paired;
            }
            // the same comparison on the through model's reference to the target: "band__pk__in"
            return viaPairs(pair, pair.target(), pair.source(),
                    Lookups.filter(pair.model(), pair.target().name() + "__pk" + idLookup, value));
        }
        if (idLookup.equals("__isnull") && hop.field().type().kind() == FieldKind.REFERENCES) {
            Filter<T> empty = new RefListPath<T, Object>(hop.path(), () -> null).isEmpty();
            return Conversions.bool(value) ? empty : Filters.not(empty);
        }
        Subquery<?> subquery = idLookup.equals("__in") ? Subquery.of(value, lookup) : null;
        if (subquery != null) {
            if (subquery.ofIds() && subquery.model() != target) {
                throw new FieldError(meta.name() + ": " + lookup + " compares " + target.name() + " ids, and a query of "
                        + subquery.model().name() + " stands for " + subquery.model().name() + " ids; select the field "
                        + "that holds " + target.name() + " ids with values(\"...\")");
            }
            return new SubqueryFilter<>(hop.path(), subquery);
        }
        String idName = target.idField().orElseThrow(() -> new FieldError(target.name() + " has no id")).name();
        Filter<?> onId;
        try {
            onId = Lookups.filter(target, idName + idLookup, idLookup.equals("__isnull") ? value : idOrValue(target, value));
        } catch (FieldError e) {
            throw new FieldError(meta.name() + ": " + lookup + " compares " + target.name() + " ids: " + e.getMessage());
        }
        return new Filters.DocumentFilter<>(moved(Filters.document(onId), hop.path()));
    }

    /**
     * The documents on one side of a many-to-many relation through another model that are paired
     * with documents matching {@code pairs}: {@code _id} in the {@code to} references of the
     * through model's documents that match it ({@code from} names the side the condition is on).
     */
    @SuppressWarnings("unchecked") // the condition is on the through model
    private static <T> Filter<T> viaPairs(Relations.ThroughPair pair, FieldMeta from, FieldMeta to, Filter<?> pairs) {
        ModelMeta<Object> through = (ModelMeta<Object>) pair.model();
        return new SubqueryFilter<>("_id", new Subquery<>(Manager.of(through).filter((Filter<Object>) pairs), to.bsonName()));
    }

    /** {@code filter} on {@code _id} rewritten to {@code path}. */
    private static BsonDocument moved(BsonDocument filter, String path) {
        BsonDocument moved = new BsonDocument();
        for (var entry : filter.entrySet()) {
            BsonValue value = entry.getValue();
            if (entry.getKey().equals("_id")) {
                moved.append(path, value);
            } else if (value.isArray()) {
                BsonArray clauses = new BsonArray();
                for (BsonValue clause : value.asArray()) {
                    clauses.add(clause.isDocument() ? moved(clause.asDocument(), path) : clause);
                }
                moved.append(entry.getKey(), clauses);
            } else {
                moved.append(entry.getKey(), value);
            }
        }
        return moved;
    }

    /**
     * An object of {@code target} (or a {@code Ref} to one) given where an id is compared, as its
     * id; collections element by element; anything else as given, for the id lookup to convert.
     */
    @SuppressWarnings("unchecked") // checked with isInstance
    private static Object idOrValue(ModelMeta<?> target, Object value) {
        if (value instanceof Ref) {
            return ((Ref<?>) value).id();
        }
        if (value != null && target.modelClass().isInstance(value)) {
            BsonValue id = ((ModelMeta<Object>) target).idValue(value);
            if (id == null) {
                throw new FieldError("the " + target.name() + " given has not been saved, so nothing refers to it yet");
            }
            return target.idField().orElseThrow().type().codec().fromBsonValue(id);
        }
        if (value instanceof Collection) {
            List<Object> ids = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                ids.add(idOrValue(target, element));
            }
            return ids;
        }
        return value;
    }

    /**
     * The conditions of one {@code filter()} call, in order, with the lookups that go through the
     * same multi-valued relation ({@code entry__rating__gte}, {@code entry__headline__contains})
     * joined into one semi-join where the first of them stands, so they are about the same
     * related object, as in Django.
     */
    static <T> List<Filter<T>> grouped(ModelMeta<T> meta, List<Lookup> conditions) {
        Map<String, List<Lookup>> byRelation = new LinkedHashMap<>();
        Map<String, Hop> hops = new HashMap<>();
        List<Object> order = new ArrayList<>(); // a Filter, or the key of a group
        for (Lookup condition : conditions) {
            if (condition.lookup() == null) {
                order.add(condition.toFilter(meta));
                continue;
            }
            String[] parts = LookupCache.split(condition.lookup());
            Hop hop = find(meta, parts);
            String rest = hop == null ? "" : rest(parts, hop);
            boolean onRelation = rest.isEmpty() || rest.equals("exact") || rest.equals("in") || rest.equals("isnull");
            if (hop == null || !hop.multiValued() || onRelation) {
                order.add(condition.toFilter(meta));
                continue;
            }
            String key = String.join("__", Arrays.asList(parts).subList(0, hop.index() + 1));
            if (!byRelation.containsKey(key)) {
                order.add(key);
            }
            byRelation.computeIfAbsent(key, k -> new ArrayList<>()).add(Lookup.of(rest, condition.value()));
            hops.put(key, hop);
        }
        List<Filter<T>> filters = new ArrayList<>();
        for (Object item : order) {
            if (item instanceof String) {
                Hop hop = hops.get(item);
                Lookup together = Lookup.allOf(byRelation.get(item).toArray(Lookup[]::new));
                filters.add(through(hop, together.toFilter(hop.target())));
            } else {
                @SuppressWarnings("unchecked") // built from meta above
                Filter<T> filter = (Filter<T>) item;
                filters.add(filter);
            }
        }
        return filters;
    }
}
