package io.djongo.query;

import io.djongo.DecodingException;
import io.djongo.FieldError;
import io.djongo.codec.Encoding;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.DecoderContext;

/**
 * Changes to model instances made through their stored form, with the generated codec and
 * metadata only (no reflection): the lookup's values written into a new object, as Django's
 * {@code get_or_create} does, and the fields an update changed, for a partial {@code $set}.
 */
final class Instances {
    private static final DecoderContext DECODER = DecoderContext.builder().build();

    private Instances() {}

    /**
     * {@code object} with the equality conditions of {@code lookup} as its values, as Django's
     * {@code get_or_create(headline="x")} creates an object whose headline is "x". Conditions that no
     * field of the object can hold as given (through a list, or null for a primitive) are left out.
     * When the object already holds the values it is returned as is; otherwise it is rebuilt from its
     * stored form, so fields that are not stored keep their defaults.
     */
    static <T> T withLookupValues(ModelMeta<T> meta, T object, Filter<T> lookup) {
        Map<String, BsonValue> values = new LinkedHashMap<>();
        equalities(Filters.document(lookup), values);
        if (values.isEmpty()) {
            return object;
        }
        BsonDocument document = Encoding.toDocument(meta.codec(), object);
        boolean changed = false;
        for (Map.Entry<String, BsonValue> entry : values.entrySet()) {
            if (settable(meta, entry.getKey(), entry.getValue()) && !entry.getValue().equals(Documents.valueAt(document, entry.getKey()))) {
                set(document, entry.getKey(), entry.getValue());
                changed = true;
            }
        }
        if (!changed) {
            return object;
        }
        try {
            return meta.codec().decode(new BsonDocumentReader(document), DECODER);
        } catch (DecodingException e) {
            throw new FieldError("the lookup's values do not fit " + meta.name() + ", so no object can be created with them: "
                    + e.getMessage());
        }
    }

    /** The plain equality conditions of a filter document, by path: top-level keys and {@code $and} clauses. */
    private static void equalities(BsonDocument filter, Map<String, BsonValue> into) {
        for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
            String key = entry.getKey();
            BsonValue value = entry.getValue();
            if (key.equals("$and")) {
                for (BsonValue clause : value.asArray()) {
                    if (clause.isDocument()) {
                        equalities(clause.asDocument(), into);
                    }
                }
            } else if (!key.startsWith("$") && !value.isRegularExpression()) {
                if (value.isDocument() && !value.asDocument().isEmpty() && value.asDocument().getFirstKey().startsWith("$")) {
                    BsonDocument operators = value.asDocument();
                    if (operators.size() == 1 && operators.containsKey("$eq")) {
                        into.putIfAbsent(key, operators.get("$eq"));
                    }
                } else {
                    into.putIfAbsent(key, value);
                }
            }
        }
    }

    /** Whether a field at dotted {@code path} holds single values there (no list on the way) and can take {@code value}. */
    private static boolean settable(ModelMeta<?> meta, String path, BsonValue value) {
        ModelMeta<?> model = meta;
        FieldType type = null;
        String[] parts = path.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (type != null && type.kind() == FieldKind.MAP) {
                type = type.element();
                model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
                continue;
            }
            String name = parts[i];
            FieldMeta field = model == null ? null : model.fields().stream()
                    .filter(candidate -> candidate.bsonName().equals(name)).findFirst().orElse(null);
            if (field == null) {
                return false;
            }
            type = field.type();
            if (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) {
                return last && value.isArray(); // a condition through a list is about some element, not a value to set
            }
            model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
        }
        return type != null && !(value.isNull() && type.isPrimitive());
    }

    /** Sets dotted {@code path} in {@code document}, making the sub-documents on the way. */
    private static void set(BsonDocument document, String path, BsonValue value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            document.put(path, value);
            return;
        }
        String head = path.substring(0, dot);
        BsonValue inner = document.get(head);
        if (inner == null || !inner.isDocument()) {
            inner = new BsonDocument();
            document.put(head, inner);
        }
        set(inner.asDocument(), path.substring(dot + 1), value);
    }

    /**
     * The update that turns {@code before} into {@code after}: {@code $set} of each changed value
     * and {@code $unset} of each removed one, descending into sub-documents, so that only what
     * changed is written and a concurrent change to another field is kept.
     */
    static BsonDocument changes(BsonDocument before, BsonDocument after) {
        BsonDocument set = new BsonDocument();
        BsonDocument unset = new BsonDocument();
        diff("", before, after, set, unset);
        BsonDocument update = new BsonDocument();
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        return update;
    }

    private static void diff(String prefix, BsonDocument before, BsonDocument after, BsonDocument set, BsonDocument unset) {
        for (Map.Entry<String, BsonValue> entry : after.entrySet()) {
            String path = prefix + entry.getKey();
            BsonValue old = before.get(entry.getKey());
            BsonValue now = entry.getValue();
            if (now.equals(old)) {
                continue;
            }
            if (old != null && old.isDocument() && now.isDocument() && !old.asDocument().isEmpty() && !now.asDocument().isEmpty()) {
                diff(path + ".", old.asDocument(), now.asDocument(), set, unset);
            } else {
                set.append(path, now);
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                unset.append(prefix + key, new BsonString(""));
            }
        }
    }
}
