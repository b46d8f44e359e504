package io.djongo.query;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Updates of matching array elements: the path holds a placeholder, {@code authors.$[?].email},
 * and the update carries the element condition as an array filter. {@link QuerySet#update} names
 * the placeholders {@code $[e0]}, {@code $[e1]}, ... in order, so the BSON is the same every time.
 */
final class Positional {
    /** Stands for the array-filter identifier until the update is compiled. */
    static final String MARKER = "$[?]";

    private Positional() {}

    /** {@code update}, whose path contains the marker, bound to the element condition {@code condition}. */
    static <R> Update<R> bind(Update<R> update, BsonDocument condition) {
        if (!update.path().contains(MARKER)) {
            throw new IllegalArgumentException("the change " + update + " must use the element paths it was given");
        }
        if (update.path().indexOf(MARKER) != update.path().lastIndexOf(MARKER) || !update.arrayFilters().isEmpty()) {
            throw new IllegalArgumentException("updates of matching elements cannot be nested: " + update);
        }
        return update.withArrayFilters(List.of(condition));
    }

    /**
     * {@code condition} (keys relative to the element, {@code ""} for the element itself) as the
     * array filter of {@code identifier}: {@code {"name": "Ann"}} becomes {@code {"e0.name": "Ann"}}.
     */
    static BsonDocument arrayFilter(BsonDocument condition, String identifier) {
        BsonDocument filter = new BsonDocument();
        for (String key : condition.keySet()) {
            BsonValue value = condition.get(key);
            if (key.equals("$and") || key.equals("$or") || key.equals("$nor")) {
                BsonArray clauses = new BsonArray();
                for (BsonValue clause : value.asArray()) {
                    clauses.add(arrayFilter(clause.asDocument(), identifier));
                }
                filter.append(key, clauses);
            } else if (key.startsWith("$")) {
                throw new IllegalArgumentException(key + " cannot be used in the condition of an element update");
            } else {
                filter.append(key.isEmpty() ? identifier : identifier + "." + key, value);
            }
        }
        return filter;
    }
}
