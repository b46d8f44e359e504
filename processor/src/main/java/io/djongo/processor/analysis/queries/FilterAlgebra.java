package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The runtime's rules for combining filter documents, applied at compile time to the documents of
 * declared queries, so the document a query sends is the one the same conditions build at run time:
 * {@code and} merges conditions on distinct keys into one document and falls back to {@code $and}
 * when a key repeats; {@code or} leaves out empty conditions; {@code not} is {@code $nor}; and the
 * conditions of one filter through the same array of models refer to one element
 * ({@code $elemMatch}). The counterparts of {@code io.djongo.query.Filters} and
 * {@code io.djongo.query.SameElement}; the integration tests hold the two to the same documents.
 */
final class FilterAlgebra {
    private final Paths paths;

    FilterAlgebra(Paths paths) {
        this.paths = paths;
    }

    /** All of {@code filters}. */
    static BsonDocument and(List<BsonDocument> filters) {
        if (filters.size() == 1) {
            return filters.get(0);
        }
        BsonDocument merged = new BsonDocument();
        for (BsonDocument filter : filters) {
            for (String key : filter.keySet()) {
                if (merged.containsKey(key)) {
                    BsonArray clauses = new BsonArray();
                    for (BsonDocument clause : filters) {
                        if (!clause.isEmpty()) {
                            clauses.add(clause);
                        }
                    }
                    return new BsonDocument("$and", clauses);
                }
            }
            merged.putAll(filter);
        }
        return merged;
    }

    /** Any of {@code filters}: none matches nothing, an empty one is no condition. */
    static BsonDocument or(List<BsonDocument> filters) {
        if (filters.isEmpty()) {
            return nothing();
        }
        List<BsonDocument> conditions = new ArrayList<>();
        for (BsonDocument filter : filters) {
            if (!filter.isEmpty()) {
                conditions.add(filter);
            }
        }
        if (conditions.isEmpty()) {
            return new BsonDocument();
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        return new BsonDocument("$or", new BsonArray(new ArrayList<>(conditions)));
    }

    /** What {@code filter} does not match; the negation of no condition is no condition. */
    static BsonDocument not(BsonDocument filter) {
        if (filter.isEmpty()) {
            return new BsonDocument();
        }
        BsonArray clauses = new BsonArray();
        clauses.add(filter);
        return new BsonDocument("$nor", clauses);
    }

    /** Matches no document: {@code {_id: {$in: []}}}, as an empty {@code $or} is not allowed. */
    static BsonDocument nothing() {
        return new BsonDocument("_id", new BsonDocument("$in", new BsonArray()));
    }

    // ---- one element of an array of models for the conditions of one filter

    /** {@code conjunction} with its conditions on one array's elements grouped into {@code $elemMatch}. */
    BsonDocument group(ClassName model, BsonDocument conjunction) {
        List<Map.Entry<String, BsonValue>> conditions = new ArrayList<>();
        flatten(conjunction, conditions);
        Map<String, List<Map.Entry<String, BsonValue>>> byArray = new LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            String array = condition.getKey().startsWith("$") ? null : arrayOfModels(model, condition.getKey());
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
            String array = key.startsWith("$") ? null : arrayOfModels(model, key);
            if (array != null && byArray.containsKey(array)) {
                if (written.putIfAbsent(array, true) == null) {
                    clauses.add(elemMatch(model, array, byArray.get(array)));
                }
            } else if (key.equals("$or")) {
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

    private BsonDocument elemMatch(ClassName model, String array, List<Map.Entry<String, BsonValue>> conditions) {
        List<BsonDocument> inner = new ArrayList<>();
        for (Map.Entry<String, BsonValue> condition : conditions) {
            inner.add(new BsonDocument(condition.getKey().substring(array.length() + 1), condition.getValue()));
        }
        BsonDocument element = merge(inner);
        ClassName elementModel = elementModel(model, array);
        if (elementModel != null) {
            element = group(elementModel, element);
        }
        return new BsonDocument(array, new BsonDocument("$elemMatch", element));
    }

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

    /** The path of the first array of models {@code path} reaches into, or {@code null}. */
    private String arrayOfModels(ClassName root, String path) {
        String[] parts = path.split("\\.", -1);
        ClassName model = root;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length && model != null; i++) {
            FieldModel field = byKey(model, parts[i]);
            if (field == null) {
                return null;
            }
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(parts[i]);
            FieldType type = field.type();
            if ((type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET) && type.element().kind() == ValueKind.EMBEDDED) {
                boolean intoElements = i + 1 < parts.length && !parts[i + 1].matches("\\d+");
                return intoElements ? prefix.toString() : null;
            }
            model = type.kind() == ValueKind.EMBEDDED ? type.modelClass() : null;
        }
        return null;
    }

    private ClassName elementModel(ClassName root, String arrayPath) {
        ClassName model = root;
        FieldType type = null;
        for (String part : arrayPath.split("\\.", -1)) {
            FieldModel field = model == null ? null : byKey(model, part);
            if (field == null) {
                return null;
            }
            type = field.type();
            model = type.kind() == ValueKind.EMBEDDED ? type.modelClass() : null;
        }
        return type == null || type.element() == null || type.element().kind() != ValueKind.EMBEDDED ? null
                : type.element().modelClass();
    }

    private FieldModel byKey(ClassName model, String bsonName) {
        for (FieldModel field : paths.fields(model)) {
            if (field.bsonName().equals(bsonName)) {
                return field;
            }
        }
        return null;
    }
}
