package io.djongo.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Query conditions as aggregation expressions, for {@link When}: the condition of a {@code Case}
 * is written with the same paths and lookups as a filter ({@code Entry_.rating.gte(4)}), and
 * evaluated per document inside {@code $cond}. The translation keeps the query's meaning where it
 * differs from an expression's: a null or missing value matches no comparison, {@code null}
 * equality finds missing values too, and equality with an array field means "contains".
 */
final class Expressions {
    private Expressions() {}

    /** {@code filter} as a boolean expression. */
    static BsonValue condition(BsonDocument filter) {
        List<BsonValue> all = new ArrayList<>();
        for (String key : filter.keySet()) {
            BsonValue value = filter.get(key);
            switch (key) {
                case "$and":
                    all.add(new BsonDocument("$and", conditions(value)));
                    break;
                case "$or":
                    all.add(new BsonDocument("$or", conditions(value)));
                    break;
                case "$nor":
                    all.add(new BsonDocument("$not", new BsonArray(List.of(new BsonDocument("$or", conditions(value))))));
                    break;
                case "$expr":
                    all.add(value);
                    break;
                default:
                    if (key.startsWith("$")) {
                        throw unsupported(key);
                    }
                    all.add(field(key, value));
                    break;
            }
        }
        return all.isEmpty() ? BsonBoolean.TRUE : all.size() == 1 ? all.get(0) : new BsonDocument("$and", new BsonArray(all));
    }

    private static BsonArray conditions(BsonValue clauses) {
        BsonArray converted = new BsonArray();
        for (BsonValue clause : clauses.asArray()) {
            converted.add(condition(clause.asDocument()));
        }
        return converted;
    }

    private static BsonValue field(String path, BsonValue condition) {
        BsonValue field = new BsonString("$" + path);
        boolean operators = condition.isDocument() && !condition.asDocument().isEmpty()
                && condition.asDocument().getFirstKey().startsWith("$");
        if (!operators) {
            return equal(field, condition);
        }
        BsonDocument document = condition.asDocument();
        List<BsonValue> all = new ArrayList<>();
        for (String operator : document.keySet()) {
            BsonValue value = document.get(operator);
            switch (operator) {
                case "$eq":
                    all.add(equal(field, value));
                    break;
                case "$ne":
                    all.add(not(equal(field, value)));
                    break;
                case "$gt":
                case "$gte":
                    all.add(new BsonDocument(operator, new BsonArray(List.of(field, literal(value)))));
                    break;
                case "$lt":
                case "$lte":
                    // null and missing sort below every value; in a query they match no comparison
                    all.add(new BsonDocument("$and", new BsonArray(List.of(
                            new BsonDocument("$gt", new BsonArray(List.of(field, BsonNull.VALUE))),
                            new BsonDocument(operator, new BsonArray(List.of(field, literal(value))))))));
                    break;
                case "$in":
                    all.add(in(field, value.asArray()));
                    break;
                case "$nin":
                    all.add(not(in(field, value.asArray())));
                    break;
                case "$exists":
                    all.add(new BsonDocument(value.asBoolean().getValue() ? "$ne" : "$eq",
                            new BsonArray(List.of(new BsonDocument("$type", field), new BsonString("missing")))));
                    break;
                case "$regex": {
                    BsonDocument match = new BsonDocument("input", field).append("regex", literal(value));
                    if (document.containsKey("$options")) {
                        match.append("options", document.get("$options"));
                    }
                    all.add(new BsonDocument("$and", new BsonArray(List.of(
                            new BsonDocument("$eq", new BsonArray(List.of(new BsonDocument("$type", field), new BsonString("string")))),
                            new BsonDocument("$regexMatch", match)))));
                    break;
                }
                case "$options":
                    break;
                case "$size":
                    all.add(new BsonDocument("$and", new BsonArray(List.of(new BsonDocument("$isArray", field),
                            new BsonDocument("$eq", new BsonArray(List.of(new BsonDocument("$size", field), literal(value))))))));
                    break;
                default:
                    throw unsupported(operator);
            }
        }
        return all.size() == 1 ? all.get(0) : new BsonDocument("$and", new BsonArray(all));
    }

    /** As a query's equality: null finds null and missing, and an array field matches when it contains the value. */
    private static BsonValue equal(BsonValue field, BsonValue value) {
        if (value.isNull()) {
            return new BsonDocument("$lte", new BsonArray(List.of(field, BsonNull.VALUE)));
        }
        return new BsonDocument("$cond", new BsonArray(List.of(new BsonDocument("$isArray", field),
                new BsonDocument("$in", new BsonArray(List.of(literal(value), field))),
                new BsonDocument("$eq", new BsonArray(List.of(field, literal(value)))))));
    }

    /** As a query's {@code $in}: the value, or some element of an array value, is among {@code values}. */
    private static BsonValue in(BsonValue field, BsonArray values) {
        BsonValue literals = new BsonDocument("$literal", values);
        return new BsonDocument("$cond", new BsonArray(List.of(new BsonDocument("$isArray", field),
                new BsonDocument("$gt", new BsonArray(List.of(new BsonDocument("$size", new BsonDocument("$setIntersection",
                        new BsonArray(List.of(field, literals)))), new org.bson.BsonInt32(0)))),
                new BsonDocument("$in", new BsonArray(List.of(field, literals))))));
    }

    private static BsonValue not(BsonValue condition) {
        return new BsonDocument("$not", new BsonArray(List.of(condition)));
    }

    /** A value as data, never read as a field path or an operator. */
    static BsonValue literal(BsonValue value) {
        return value.isString() || value.isDocument() || value.isArray() ? new BsonDocument("$literal", value) : value;
    }

    private static IllegalArgumentException unsupported(String operator) {
        return new IllegalArgumentException("a When condition cannot use " + operator + "; use comparisons, in, isNull, "
                + "pattern lookups, size, and/or/not, or F() comparisons");
    }
}
