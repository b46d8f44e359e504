package io.djongo.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Django's rule for multi-valued relations, on a filter document: the conditions of one conjunction
 * that reach into the same array of models refer to one element, so they are grouped into one
 * {@code {array: {$elemMatch: {...}}}}, and so are conditions inside each {@code $or} alternative and
 * inside the elements' own arrays of models.
 *
 * <p>It is written once for two descriptions of a model: the runtime's metadata, for the filters of
 * a {@code QuerySet}, and the annotation processor's model of the classes it compiles, for the
 * documents of declared queries, which are built at compile time and must be the ones the same
 * conditions build at run time.
 *
 * @param <M> what describes a model
 */
public abstract class ElementGrouping<M> {
    /**
     * A field as far as the grouping cares.
     *
     * @param arrayOfModels whether it is a list or set of embedded models
     * @param model the model of its elements for an array of models, its model for an embedded
     *     model, {@code null} for any other field
     */
    public record Field<M>(boolean arrayOfModels, M model) {}

    protected ElementGrouping() {}

    /** The field of {@code model} stored under {@code bsonName}, or {@code null} when there is none. */
    protected abstract Field<M> field(M model, String bsonName);

    /**
     * {@link #arrayOfModels}, which a subclass may remember per model and path; the grouping asks
     * for every condition's path.
     */
    protected String arrayOf(M model, String path) {
        return arrayOfModels(model, path);
    }

    /**
     * The path of the first array of models that {@code path} reaches into ({@code authors} for
     * {@code authors.name}), or {@code null} when it reaches none, names an element by index
     * ({@code authors.0.name}), or is the array itself.
     */
    public final String arrayOfModels(M root, String path) {
        String[] parts = path.split("\\.", -1);
        M model = root;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length && model != null; i++) {
            Field<M> field = field(model, parts[i]);
            if (field == null) {
                return null;
            }
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(parts[i]);
            if (field.arrayOfModels()) {
                boolean intoElements = i + 1 < parts.length && !LookupCache.isIndex(parts[i + 1]);
                return intoElements ? prefix.toString() : null;
            }
            model = field.model();
        }
        return null;
    }

    /** {@code conjunction} (a filter document's keys, all holding) with its conditions on one array's elements grouped. */
    public final BsonDocument group(M model, BsonDocument conjunction) {
        List<Map.Entry<String, BsonValue>> conditions = new ArrayList<>();
        flatten(conjunction, conditions);
        Map<String, List<Map.Entry<String, BsonValue>>> byArray = new LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            String array = condition.getKey().startsWith("$") ? null : arrayOf(model, condition.getKey());
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
            String array = key.startsWith("$") ? null : arrayOf(model, key);
            if (array != null && byArray.containsKey(array)) {
                if (written.putIfAbsent(array, true) == null) {
                    clauses.add(elemMatch(model, array, byArray.get(array)));
                }
            } else if (key.equals("$or")) {
                // each alternative is a conjunction of its own, where the rule holds too
                BsonArray branches = new BsonArray();
                for (BsonValue branch : condition.getValue().asArray()) {
                    BsonValue grouped = branch.isDocument() ? group(model, branch.asDocument()) : branch;
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

    /** Clauses as one document, or an {@code $and} of them when a key repeats. */
    public static BsonDocument merge(List<BsonDocument> clauses) {
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

    /** {@code {array: {$elemMatch: {rest: condition, ...}}}}, itself grouped for arrays inside the elements. */
    private BsonDocument elemMatch(M model, String array, List<Map.Entry<String, BsonValue>> conditions) {
        List<BsonDocument> inner = new ArrayList<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            inner.add(new BsonDocument(condition.getKey().substring(array.length() + 1), condition.getValue()));
        }
        BsonDocument element = merge(inner);
        M elementModel = elementModel(model, array);
        if (elementModel != null) {
            element = group(elementModel, element);
        }
        return new BsonDocument(array, new BsonDocument("$elemMatch", element));
    }

    /** The model of the elements of the array of models at {@code arrayPath}. */
    private M elementModel(M root, String arrayPath) {
        M model = root;
        Field<M> field = null;
        for (String part : arrayPath.split("\\.", -1)) {
            field = model == null ? null : field(model, part);
            if (field == null) {
                return null;
            }
            model = field.arrayOfModels() ? null : field.model();
        }
        return field != null && field.arrayOfModels() ? field.model() : null;
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
}
