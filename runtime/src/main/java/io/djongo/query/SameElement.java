package io.djongo.query;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Django's rule for multi-valued relations: the conditions of one {@code filter()} call that go
 * through the same array of models refer to the same element. {@code filter(authors__name="Ann",
 * authors__email__endswith=".org")} finds entries with one author who is both, so the conditions are
 * grouped into one {@code $elemMatch}; separate {@code filter()} calls may each be met by a different
 * element, and so may the conditions of one {@code exclude()} (Django documents that too). Typed
 * paths ({@code Entry_.authors.any().name}) and lookup strings follow the same rule, decided on the
 * filter document with the model's metadata.
 */
final class SameElement {
    private SameElement() {}

    /** {@code filter}, the conditions of one {@code filter()} call, with the rule applied. */
    static <T> Filter<T> group(ModelMeta<T> meta, Filter<T> filter) {
        if (filter instanceof Filters.LazyFilter) {
            Filters.LazyFilter<T> lazy = (Filters.LazyFilter<T>) filter;
            return new Filters.LazyFilter<>(() -> group(meta, lazy.toBsonDocument()), lazy.containsSubquery());
        }
        if (nothingToGroup(meta, Filters.keys(filter))) {
            return filter;
        }
        BsonDocument document = Filters.document(filter);
        BsonDocument grouped = group(meta, document);
        return grouped.equals(document) ? filter : new Filters.DocumentFilter<>(grouped);
    }

    /**
     * Whether a conjunction with these keys certainly has nothing to group, which is most of them:
     * at most one key reaches into an array of models, and there is no {@code $and} or {@code $or}
     * whose clauses would need a look.
     */
    private static boolean nothingToGroup(ModelMeta<?> meta, java.util.Collection<String> keys) {
        boolean one = keys.size() == 1; // one condition on a field has nothing to be grouped with
        boolean intoArray = false;
        for (String key : keys) {
            if (key.startsWith("$")) {
                if (key.equals("$and") || key.equals("$or")) {
                    return false;
                }
            } else if (!one && arrayOf(meta, key) != null) {
                if (intoArray) {
                    return false;
                }
                intoArray = true;
            }
        }
        return true;
    }

    /** {@link #arrayOfModels}, kept per model and path. */
    private static String arrayOf(ModelMeta<?> meta, String path) {
        String array = LookupCache.of(meta).array(path, key -> {
            String found = arrayOfModels(meta, key);
            return found == null ? "" : found;
        });
        return array.isEmpty() ? null : array;
    }

    /** A conjunction (a filter document's keys, all holding) with its conditions on one array's elements grouped. */
    static BsonDocument group(ModelMeta<?> meta, BsonDocument conjunction) {
        List<Map.Entry<String, BsonValue>> conditions = new ArrayList<>();
        flatten(conjunction, conditions);
        Map<String, List<Map.Entry<String, BsonValue>>> byArray = new LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            String array = condition.getKey().startsWith("$") ? null : arrayOf(meta, condition.getKey());
            if (array != null) {
                byArray.computeIfAbsent(array, key -> new ArrayList<>()).add(condition);
            }
        }
        byArray.values().removeIf(group -> group.size() < 2);
        boolean changed = !byArray.isEmpty();
        List<BsonDocument> clauses = new ArrayList<>();
        Map<String, Boolean> written = new LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            String key = condition.getKey();
            String array = key.startsWith("$") ? null : arrayOf(meta, key);
            if (array != null && byArray.containsKey(array)) {
                if (written.putIfAbsent(array, true) == null) {
                    clauses.add(elemMatch(meta, array, byArray.get(array)));
                }
            } else if (key.equals("$or")) {
                // each alternative is a conjunction of its own, where the rule holds too
                BsonArray branches = new BsonArray();
                for (BsonValue branch : condition.getValue().asArray()) {
                    BsonValue grouped = branch.isDocument() ? group(meta, branch.asDocument()) : branch;
                    changed |= !grouped.equals(branch);
                    branches.add(grouped);
                }
                clauses.add(new BsonDocument("$or", branches));
            } else {
                clauses.add(new BsonDocument(key, condition.getValue()));
            }
        }
        return changed ? merge(clauses) : conjunction;
    }

    /** The conditions of a conjunction: its keys, and the clauses of its {@code $and}s. */
    private static void flatten(BsonDocument conjunction, List<Map.Entry<String, BsonValue>> into) {
        for (Map.Entry<String, BsonValue> entry : conjunction.entrySet()) {
            if (entry.getKey().equals("$and")) {
                for (BsonValue clause : entry.getValue().asArray()) {
                    if (clause.isDocument()) {
                        flatten(clause.asDocument(), into);
                    }
                }
            } else {
                into.add(Map.entry(entry.getKey(), entry.getValue()));
            }
        }
    }

    /** {@code {array: {$elemMatch: {rest: condition, ...}}}}, itself grouped for arrays inside the elements. */
    private static BsonDocument elemMatch(ModelMeta<?> meta, String array, List<Map.Entry<String, BsonValue>> conditions) {
        List<BsonDocument> inner = new ArrayList<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            inner.add(new BsonDocument(condition.getKey().substring(array.length() + 1), condition.getValue()));
        }
        BsonDocument element = merge(inner);
        ModelMeta<?> elementModel = elementModel(meta, array);
        if (elementModel != null) {
            element = group(elementModel, element);
        }
        return new BsonDocument(array, new BsonDocument("$elemMatch", element));
    }

    /** Clauses as one document, or an {@code $and} of them when a key repeats. */
    private static BsonDocument merge(List<BsonDocument> clauses) {
        BsonDocument merged = new BsonDocument();
        for (BsonDocument clause : clauses) {
            for (String key : clause.keySet()) {
                if (merged.containsKey(key)) {
                    return new BsonDocument("$and", new BsonArray(new ArrayList<>(clauses)));
                }
            }
            merged.putAll(clause);
        }
        return merged;
    }

    /**
     * The path of the first array of models that {@code path} reaches into ({@code authors} for
     * {@code authors.name}), or {@code null} when it reaches none, names an element by index
     * ({@code authors.0.name}), or is the array itself.
     */
    static String arrayOfModels(ModelMeta<?> meta, String path) {
        String[] parts = path.split("\\.", -1);
        ModelMeta<?> model = meta;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length && model != null; i++) {
            FieldMeta field = field(model, parts[i]);
            if (field == null) {
                return null;
            }
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(parts[i]);
            FieldType type = field.type();
            if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) && type.element().kind() == FieldKind.EMBEDDED) {
                boolean intoElements = i + 1 < parts.length && !LookupCache.isIndex(parts[i + 1]);
                return intoElements ? prefix.toString() : null;
            }
            model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
        }
        return null;
    }

    private static ModelMeta<?> elementModel(ModelMeta<?> meta, String arrayPath) {
        ModelMeta<?> model = meta;
        FieldType type = null;
        for (String part : arrayPath.split("\\.", -1)) {
            FieldMeta field = model == null ? null : field(model, part);
            if (field == null) {
                return null;
            }
            type = field.type();
            model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
        }
        return type == null || type.element() == null ? null : type.element().model();
    }

    private static FieldMeta field(ModelMeta<?> model, String bsonName) {
        for (FieldMeta field : model.fields()) {
            if (field.bsonName().equals(bsonName)) {
                return field;
            }
        }
        return null;
    }
}
