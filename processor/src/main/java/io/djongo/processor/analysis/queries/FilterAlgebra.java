package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import io.djongo.query.ElementGrouping;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The runtime's rules for combining filter documents, applied at compile time to the documents of
 * declared queries, so the document a query sends is the one the same conditions build at run time:
 * {@code and} merges conditions on distinct keys into one document and falls back to {@code $and}
 * when a key repeats; {@code or} leaves out empty conditions; {@code not} is {@code $nor}; and the
 * conditions of one filter through the same array of models refer to one element
 * ({@code $elemMatch}, by the runtime's own {@link ElementGrouping}). The counterpart of
 * {@code io.djongo.query.Filters}; the integration tests hold the two to the same documents.
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

    /** {@code conjunction} with its conditions on one array's elements grouped into {@code $elemMatch}, as the runtime groups them. */
    BsonDocument group(ClassName model, BsonDocument conjunction) {
        return grouping.group(model, conjunction);
    }

    /** The runtime's grouping, over the fields the processor knows of each model. */
    private final ElementGrouping<ClassName> grouping = new ElementGrouping<>() {
        @Override
        protected Field<ClassName> field(ClassName model, String bsonName) {
            for (FieldModel field : paths.fields(model)) {
                if (field.bsonName().equals(bsonName)) {
                    FieldType type = field.type();
                    boolean arrayOfModels = (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET)
                            && type.element().kind() == ValueKind.EMBEDDED;
                    return new Field<>(arrayOfModels, arrayOfModels ? type.element().modelClass()
                            : type.kind() == ValueKind.EMBEDDED ? type.modelClass() : null);
                }
            }
            return null;
        }
    };
}
