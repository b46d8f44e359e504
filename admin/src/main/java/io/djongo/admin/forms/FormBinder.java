package io.djongo.admin.forms;

import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.codec.Encoding;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Reads a submitted form into a BSON document, by path, starting from the document the form was
 * made from: fields the form does not show (undeclared fields, read-only fields, what a row's
 * stored element held beyond its declared fields) are kept as they were, so a save never drops
 * them. A row token {@code i<n>} names the n-th element of the list in the form's row source: the
 * stored document the form was made from, or, after a conflict, the document of the user's own
 * rows, so each row keeps the undeclared fields it came with whatever the rows stored meanwhile.
 * Inputs that cannot be read are errors by form key; the row buttons of a form without JavaScript
 * ({@code _rowop}: add, delete, move up, move down) are applied here.
 */
public final class FormBinder {
    /** Django's message for a choice that is not among the field's choices, a reference included. */
    public static final String INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

    private final Params form;
    private final FormState state;
    private final String rowOp;
    private int added;

    private FormBinder(Params form, FormState state) {
        this.form = form;
        this.state = state;
        this.rowOp = form.get(FormKeys.ROW_OP);
    }

    /**
     * The result of binding.
     *
     * @param document the base document with the form's values in place; a cleared field is absent
     * @param state errors, inputs as typed, row tokens
     * @param rowOp whether a row button was pressed, so the form is shown again instead of saved
     */
    public record Bound(BsonDocument document, FormState state, boolean rowOp) {}

    /**
     * Binds the {@code fields} of {@code meta} (top-level, editable) from {@code form} onto a copy of
     * {@code base}, with the rows of lists and maps taken from {@code rows} (the document whose
     * elements the form's row tokens name); {@code null} is {@code base}.
     */
    public static Bound bind(ModelMeta<?> meta, List<FieldMeta> fields, Params form, BsonDocument base,
            BsonDocument rows) {
        FormState state = new FormState();
        FormBinder binder = new FormBinder(form, state);
        BsonDocument start = base == null ? new BsonDocument() : base;
        BsonDocument document = binder.model(meta, fields, "", start, rows == null ? start : rows);
        return new Bound(document, state, binder.rowOp != null);
    }

    /** Every field of an embedded model that a form edits: the editable ones. */
    static List<FieldMeta> editableFields(ModelMeta<?> meta) {
        List<FieldMeta> fields = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            if (field.editable() && !field.id() && !field.version() && Scalars.editable(field.type().kind())) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The fields of a (sub)document: {@code base} is what the document held, {@code rows} the same
     * place in the row source.
     */
    private BsonDocument model(ModelMeta<?> meta, List<FieldMeta> fields, String prefix, BsonDocument base,
            BsonDocument rows) {
        BsonDocument document = base.clone();
        for (FieldMeta field : fields) {
            String key = FormKeys.child(prefix, field.bsonName());
            BsonValue value = value(field, field.type(), key, base.get(field.bsonName()), rows.get(field.bsonName()));
            if (value == null) {
                document.remove(field.bsonName());
            } else {
                document.put(field.bsonName(), value);
            }
        }
        return document;
    }

    /**
     * The new value at {@code key} for a value of {@code type}, from the stored {@code base} and the
     * same place in the row source, {@code rows}; {@code null} is absent.
     */
    private BsonValue value(FieldMeta field, FieldType type, String key, BsonValue base, BsonValue rows) {
        switch (type.kind()) {
            case EMBEDDED:
                return embedded(type, key, base, rows);
            case LIST:
            case SET:
                return list(type, key, base, rows);
            case MAP:
                return map(type, key, base, rows);
            case REFERENCES:
                return references(type, key, base);
            case REFERENCE:
                return reference(type, key, base);
            case BINARY:
                return base;
            default:
                return scalar(field, type, key, base);
        }
    }

    private BsonValue scalar(FieldMeta field, FieldType type, String key, BsonValue base) {
        if (type.kind() == FieldKind.BOOLEAN && type.isPrimitive()) {
            return BsonBoolean.valueOf(form.has(key) && !"false".equals(form.get(key)));
        }
        String text = form.get(key);
        if (text == null && !form.has(key)) {
            return base; // not on the form
        }
        try {
            BsonValue value = Scalars.parse(type, text);
            if (value == null && type.kind() == FieldKind.STRING && base != null && base.isString()
                    && base.asString().getValue().isEmpty()) {
                return base; // an empty string stays an empty string
            }
            if (value == null && field != null && type.isPrimitive()) {
                state.raw.put(key, text);
                state.error(key, "This field is required.");
                return base;
            }
            return value;
        } catch (InvalidInput e) {
            state.raw.put(key, text);
            state.error(key, e.getMessage());
            return base;
        }
    }

    private BsonValue embedded(FieldType type, String key, BsonValue base, BsonValue rows) {
        String op = "add:" + key;
        boolean adding = op.equals(rowOp);
        if (!form.has(FormKeys.child(key, FormKeys.PRESENT)) && !adding) {
            return base; // not on the form: kept
        }
        if (form.has(FormKeys.child(key, FormKeys.DELETE))) {
            return null;
        }
        BsonDocument start = base != null && base.isDocument() ? base.asDocument() : new BsonDocument();
        BsonDocument source = rows != null && rows.isDocument() ? rows.asDocument() : new BsonDocument();
        ModelMeta<?> meta = type.model();
        return model(meta, editableFields(meta), key, start, source);
    }

    private List<String> rows(String key) {
        List<String> tokens = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : form.all(FormKeys.child(key, FormKeys.ROW))) {
            if (!FormKeys.TOKEN.matcher(token).matches() || !seen.add(token)) {
                throw HttpError.badRequest("the form's rows of " + key + " are malformed; reload the form");
            }
            if (!form.has(FormKeys.child(FormKeys.child(key, token), FormKeys.DELETE))) {
                tokens.add(token);
            }
        }
        applyRowOp(key, tokens);
        return tokens;
    }

    private void applyRowOp(String key, List<String> tokens) {
        if (rowOp == null) {
            return;
        }
        if (rowOp.equals("add:" + key)) {
            tokens.add("n" + Integer.toString(++added, 36) + "s");
            return;
        }
        int colon = rowOp.indexOf(':');
        if (colon < 0) {
            return;
        }
        String op = rowOp.substring(0, colon);
        String target = rowOp.substring(colon + 1);
        if (!target.startsWith(key + ".")) {
            return;
        }
        int index = tokens.indexOf(target.substring(key.length() + 1));
        if (index < 0) {
            return;
        }
        switch (op) {
            case "del" -> tokens.remove(index);
            case "up" -> {
                if (index > 0) {
                    tokens.add(index - 1, tokens.remove(index));
                }
            }
            case "down" -> {
                if (index < tokens.size() - 1) {
                    tokens.add(index + 1, tokens.remove(index));
                }
            }
            default -> { }
        }
    }

    private BsonValue list(FieldType type, String key, BsonValue base, BsonValue rows) {
        if (!form.has(FormKeys.child(key, FormKeys.PRESENT))) {
            return base;
        }
        BsonArray stored = rows != null && rows.isArray() ? rows.asArray() : new BsonArray();
        if (!Changes.same(base, rows)) {
            state.detached.add(key); // the rows are not the stored elements, so the list is written whole
        }
        FieldType element = type.element();
        List<String> tokens = rows(key);
        List<String> kept = new ArrayList<>();
        BsonArray result = new BsonArray();
        for (String token : tokens) {
            String rowKey = FormKeys.child(key, token);
            int index = FormKeys.storedIndex(token);
            BsonValue storedElement = index >= 0 && index < stored.size() ? stored.get(index) : null;
            BsonValue value;
            if (element.kind() == FieldKind.EMBEDDED) {
                BsonDocument start = storedElement != null && storedElement.isDocument() ? storedElement.asDocument()
                        : new BsonDocument();
                value = model(element.model(), editableFields(element.model()), rowKey, start, start);
            } else {
                value = value(null, element, rowKey, storedElement, storedElement);
                if (value == null && !element.kind().isContainer()) {
                    continue; // an empty row adds nothing
                }
            }
            result.add(value == null ? org.bson.BsonNull.VALUE : value);
            kept.add(token);
        }
        state.tokens.put(key, kept);
        return result;
    }

    private BsonValue map(FieldType type, String key, BsonValue base, BsonValue rows) {
        if (!form.has(FormKeys.child(key, FormKeys.PRESENT))) {
            return base;
        }
        BsonDocument stored = rows != null && rows.isDocument() ? rows.asDocument() : new BsonDocument();
        List<String> storedKeys = new ArrayList<>(stored.keySet());
        FieldType element = type.element();
        BsonDocument result = new BsonDocument();
        List<String> kept = new ArrayList<>();
        Map<String, String> byEntry = new LinkedHashMap<>();
        for (String token : rows(key)) {
            String rowKey = FormKeys.child(key, token);
            String entryKeyInput = FormKeys.child(rowKey, FormKeys.KEY);
            String entry = form.get(entryKeyInput, "");
            int index = FormKeys.storedIndex(token);
            BsonValue storedValue = index >= 0 && index < storedKeys.size() ? stored.get(storedKeys.get(index)) : null;
            BsonValue value;
            if (element.kind() == FieldKind.EMBEDDED) {
                BsonDocument start = storedValue != null && storedValue.isDocument() ? storedValue.asDocument()
                        : new BsonDocument();
                value = model(element.model(), editableFields(element.model()), rowKey, start, start);
            } else {
                value = value(null, element, rowKey, storedValue, storedValue);
            }
            kept.add(token);
            if (entry.isEmpty() && (value == null || value.isDocument() && value.asDocument().isEmpty())) {
                kept.remove(kept.size() - 1);
                continue; // an empty row adds nothing
            }
            String problem = Encoding.mapKeyProblem(entry);
            if (problem != null) {
                // kept in the bound document, so the row is shown again with its error; never saved
                state.error(entryKeyInput, "This key cannot be stored: " + problem + ".");
            }
            if (result.containsKey(entry)) {
                state.raw.put(entryKeyInput, entry);
                state.error(entryKeyInput, "The key " + entry + " appears twice.");
                continue;
            }
            state.raw.put(entryKeyInput, entry);
            result.put(entry, value == null ? org.bson.BsonNull.VALUE : value);
            byEntry.put(entry, token);
        }
        state.tokens.put(key, kept);
        state.mapTokens.put(key, byEntry);
        return result;
    }

    /**
     * The id of a reference: read by the target's id type; whether it exists is checked later, with
     * the database ({@link FormState#references()}).
     */
    private BsonValue reference(FieldType type, String key, BsonValue base) {
        String text = form.get(key);
        if (text == null && !form.has(key)) {
            return base; // not on the form
        }
        ModelMeta<?> target = type.model();
        try {
            BsonValue id = Scalars.parse(target.idField().orElseThrow().type(), text == null ? "" : text.strip());
            if (id != null) {
                state.references.add(new FormState.ReferenceInput(key, target, List.of(id), false));
            }
            return id;
        } catch (InvalidInput e) {
            state.raw.put(key, text);
            state.error(key, INVALID_CHOICE);
            return base;
        }
    }

    /** Django's message for one id of several that is not a valid choice. */
    public static String invalidChoice(String id) {
        return "Select a valid choice. " + id + " is not one of the available choices.";
    }

    /** The ids of a {@code RefList}: the values of a multiple select, or ids separated by commas or lines. */
    private BsonValue references(FieldType type, String key, BsonValue base) {
        if (!form.has(FormKeys.child(key, FormKeys.PRESENT))) {
            return base;
        }
        ModelMeta<?> target = type.model();
        FieldType idType = target.idField().orElseThrow().type();
        BsonArray ids = new BsonArray();
        List<String> texts = new ArrayList<>(form.all(key));
        for (String text : texts) {
            for (String line : text.split("[\\r\\n,]+")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    BsonValue id = Scalars.parse(idType, line.strip());
                    if (id != null && !ids.contains(id)) {
                        ids.add(id);
                    }
                } catch (InvalidInput e) {
                    state.raw.put(key, String.join(", ", texts));
                    state.error(key, invalidChoice(line.strip()));
                }
            }
        }
        state.references.add(new FormState.ReferenceInput(key, target, ids.getValues(), true));
        return ids;
    }
}
