package io.djongo.admin.forms;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * What a save writes: the leaf paths whose values differ between the document the form was made
 * from and the bound form, as {@code $set} (a new value) and {@code $unset} (a cleared one), and
 * the condition that those paths still hold what the user saw, so a concurrent edit is found
 * instead of overwritten. Embedded models are compared field by field; a list whose rows kept
 * their order and number is compared row by row, otherwise it is written whole; fields that the
 * form does not show are never written.
 *
 * @param set the new values by dotted path
 * @param unset the cleared paths
 * @param expected each written path with the value it had when the form was made ({@code null}:
 *     missing or null), for the update's filter
 * @param labels the changed fields as people read them, for the history
 */
public record Changes(BsonDocument set, List<String> unset, BsonDocument expected, List<String> labels) {

    public boolean isEmpty() {
        return set.isEmpty() && unset.isEmpty();
    }

    /** The changes from {@code original} to {@code edited} over {@code fields} of {@code meta}. */
    public static Changes between(ModelMeta<?> meta, List<FieldMeta> fields, BsonDocument original,
            BsonDocument edited, FormState state) {
        Changes changes = new Changes(new BsonDocument(), new ArrayList<>(), new BsonDocument(), new ArrayList<>());
        changes.model(fields, "", "", original, edited, state);
        return changes;
    }

    private void model(List<FieldMeta> fields, String path, String formPrefix, BsonDocument original,
            BsonDocument edited, FormState state) {
        for (FieldMeta field : fields) {
            String fieldPath = path.isEmpty() ? field.bsonName() : path + "." + field.bsonName();
            String key = FormKeys.child(formPrefix, field.bsonName());
            BsonValue before = original == null ? null : original.get(field.bsonName());
            BsonValue after = edited.get(field.bsonName());
            compare(field, field.type(), fieldPath, key, before, after, state,
                    labelOf(path.isEmpty() ? "" : labelPrefix(path), field));
        }
    }

    private static String labelPrefix(String path) {
        return path + ".";
    }

    private static String labelOf(String prefix, FieldMeta field) {
        return prefix + field.name();
    }

    private void compare(FieldMeta field, FieldType type, String path, String key, BsonValue before, BsonValue after,
            FormState state, String label) {
        if (same(before, after)) {
            return;
        }
        if (type.kind() == FieldKind.EMBEDDED && before != null && before.isDocument() && after != null
                && after.isDocument()) {
            ModelMeta<?> embedded = type.model();
            model(FormBinder.editableFields(embedded), path, key, before.asDocument(), after.asDocument(), state);
            return;
        }
        if ((type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) && type.element().kind() == FieldKind.EMBEDDED
                && before != null && before.isArray() && after != null && after.isArray()
                && !state.detached.contains(key) && inPlace(state.tokens(key), before.asArray(), after.asArray())) {
            BsonArray was = before.asArray();
            BsonArray now = after.asArray();
            List<String> tokens = state.tokens(key);
            for (int i = 0; i < now.size(); i++) {
                BsonValue element = now.get(i);
                if (element.isDocument() && was.get(i).isDocument()) {
                    model(FormBinder.editableFields(type.element().model()), path + "." + i,
                            FormKeys.child(key, tokens.get(i)), was.get(i).asDocument(), element.asDocument(), state);
                } else if (!same(was.get(i), element)) {
                    write(path + "." + i, was.get(i), element, label + "[" + i + "]");
                }
            }
            return;
        }
        write(path, before, after, label);
    }

    /** Whether every row is the stored element at the same position: the list can be compared row by row. */
    private static boolean inPlace(List<String> tokens, BsonArray before, BsonArray after) {
        if (tokens == null || tokens.size() != after.size() || before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (FormKeys.storedIndex(tokens.get(i)) != i) {
                return false;
            }
        }
        return true;
    }

    private void write(String path, BsonValue before, BsonValue after, String label) {
        if (after == null || after.isNull()) {
            unset.add(path);
        } else {
            set.put(path, after);
        }
        expected.put(path, before == null ? BsonNull.VALUE : before);
        if (!labels.contains(label)) {
            labels.add(label);
        }
    }

    /** Equal values; a missing value and null are the same (both read as null). */
    static boolean same(BsonValue a, BsonValue b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return aNull == bNull;
        }
        return a.equals(b);
    }

    /** The update: {@code $set} and {@code $unset} of the changed paths. */
    public BsonDocument update() {
        BsonDocument update = new BsonDocument();
        if (!set.isEmpty()) {
            update.put("$set", set.clone());
        }
        if (!unset.isEmpty()) {
            BsonDocument fields = new BsonDocument();
            for (String path : unset) {
                fields.put(path, new BsonString(""));
            }
            update.put("$unset", fields);
        }
        return update;
    }

    /**
     * The filter that finds the document only while each changed path still holds what the user
     * saw: {@code {_id: id, "blog.name": {$eq: "old"}, ...}}; a value that was missing or null
     * matches missing or null.
     */
    public BsonDocument filter(BsonValue id) {
        BsonDocument filter = new BsonDocument("_id", id);
        for (String path : expected.keySet()) {
            filter.put(path, new BsonDocument("$eq", expected.get(path)));
        }
        return filter;
    }

}
