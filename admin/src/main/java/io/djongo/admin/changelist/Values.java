package io.djongo.admin.changelist;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Reading values out of stored documents by dotted path, through arrays of sub-documents. */
public final class Values {
    private Values() {}

    /** The values at {@code path}: one for a plain path, one per element where the path goes through an array. */
    public static List<BsonValue> at(BsonDocument document, String path) {
        List<BsonValue> found = new ArrayList<>();
        collect(document, path.split("\\."), 0, found);
        return found;
    }

    /** The value at {@code path}, or {@code null}; through an array, the array of the values found. */
    public static BsonValue one(BsonDocument document, String path) {
        if (!path.contains(".")) {
            return document.get(path);
        }
        List<BsonValue> values = at(document, path);
        if (values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : new BsonArray(values);
    }

    private static void collect(BsonValue value, String[] parts, int index, List<BsonValue> found) {
        if (value == null) {
            return;
        }
        if (index == parts.length) {
            found.add(value);
            return;
        }
        if (value.isDocument()) {
            collect(value.asDocument().get(parts[index]), parts, index + 1, found);
        } else if (value.isArray()) {
            for (BsonValue element : value.asArray()) {
                collect(element, parts, index, found);
            }
        }
    }
}
