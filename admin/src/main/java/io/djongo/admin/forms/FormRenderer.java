package io.djongo.admin.forms;

import io.djongo.admin.html.Html;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Writes the inputs of a form from the metadata: one widget per field kind (text, number, date,
 * select for choices and enums, checkbox, read-only ids), embedded models as nested fieldsets to
 * any depth, lists and maps as rows that can be added, removed and moved (buttons that work
 * without JavaScript, and a row template that the admin's script copies with it), errors beside
 * their inputs.
 */
public final class FormRenderer {
    /** Row templates are written this many lists deep; deeper rows are added by the server. */
    private static final int TEMPLATE_DEPTH = 4;

    private final FormState state;
    private final ReferenceChoices references;

    public FormRenderer(FormState state, ReferenceChoices references) {
        this.state = state == null ? new FormState() : state;
        this.references = references;
    }

    /** The inputs of {@code fields} (top-level) of a document; {@code readonly} fields are shown, not edited. */
    public Html fields(List<FieldMeta> fields, Predicate<FieldMeta> readonly, BsonDocument document) {
        Html html = Html.of();
        for (FieldMeta field : fields) {
            html.add(field(field, readonly.test(field), "", document, 0, false));
        }
        return html;
    }

    private Html field(FieldMeta field, boolean readonly, String prefix, BsonDocument document, int depth,
            boolean template) {
        String key = FormKeys.child(prefix, field.bsonName());
        BsonValue value = document == null ? null : document.get(field.bsonName());
        FieldType type = field.type();
        Html row = Html.of().open("div", "class", "form-row field-" + field.bsonName()
                + (state.errors(key).isEmpty() ? "" : " errors"));
        if (readonly || !Scalars.editable(type.kind())) {
            row.el("label", label(field), "class", "readonly-label");
            row.el("div", readonlyValue(type, value), "class", "readonly", "id", FormKeys.id(key));
        } else if (type.kind() == FieldKind.EMBEDDED) {
            row.add(embedded(field, key, value, depth, template));
        } else if (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) {
            row.add(rows(field, type, key, value, depth, false, template));
        } else if (type.kind() == FieldKind.MAP) {
            row.add(rows(field, type, key, value, depth, true, template));
        } else {
            row.open("label", "for", FormKeys.id(key), "class", required(field) ? "required" : null)
                    .t(label(field)).close("label");
            row.add(scalar(field, type, key, value));
        }
        row.add(errors(key));
        if (!field.helpText().isEmpty()) {
            row.el("div", field.helpText(), "class", "help");
        }
        return row.close("div");
    }

    private static String label(FieldMeta field) {
        String label = field.label();
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static boolean required(FieldMeta field) {
        if (field.type().kind() == FieldKind.BOOLEAN) {
            return false; // an unticked box is an answer
        }
        return field.type().isPrimitive() || !field.nullable() || !field.blank();
    }

    private Html errors(String key) {
        List<String> messages = state.errors(key);
        Html html = Html.of();
        if (messages.isEmpty()) {
            return html;
        }
        html.open("ul", "class", "errorlist", "id", FormKeys.id(key) + "-errors");
        for (String message : messages) {
            html.el("li", message);
        }
        return html.close("ul");
    }

    /** The input of a single value at {@code key}. */
    private Html scalar(FieldMeta field, FieldType type, String key, BsonValue value) {
        String id = FormKeys.id(key);
        String text = state.raw.containsKey(key) ? state.raw.get(key) : Scalars.format(type, value);
        List<String> choices = field == null ? List.of() : field.choices();
        if (type.kind() == FieldKind.REFERENCE) {
            return reference(field, type.model(), key, id, value);
        }
        if (type.kind() == FieldKind.REFERENCES) {
            return referenceList(field, type.model(), key, id, value);
        }
        if (type.kind() == FieldKind.ENUM || !choices.isEmpty()) {
            List<String> options = type.kind() == FieldKind.ENUM ? type.enumConstants() : choices;
            return select(key, id, text, options, !type.isPrimitive());
        }
        switch (type.kind()) {
            case BOOLEAN:
                if (type.isPrimitive()) {
                    boolean checked = value != null && value.isBoolean() && value.asBoolean().getValue();
                    if (state.raw.containsKey(key)) {
                        checked = !state.raw.get(key).isEmpty();
                    }
                    return Html.of().empty("input", "type", "checkbox", "name", key, "id", id, "value", "true",
                            "checked", checked ? "checked" : null);
                }
                Html select = Html.of().open("select", "name", key, "id", id);
                select.add(option("", "Unknown", text.isEmpty()));
                select.add(option("true", "Yes", text.equals("true")));
                select.add(option("false", "No", text.equals("false")));
                return select.close("select");
            case INT:
            case LONG:
            case SHORT:
            case BYTE:
                return input("number", key, id, text, "step", "1");
            case DOUBLE:
            case FLOAT:
                return input("number", key, id, text, "step", "any");
            case DECIMAL:
                return input("text", key, id, text, "inputmode", "decimal");
            case INSTANT:
            case DATE:
            case LOCAL_DATE_TIME:
                return Html.of().add(input("datetime-local", key, id, text, "step", "1"))
                        .el("span", type.kind() == FieldKind.LOCAL_DATE_TIME ? "" : "UTC", "class", "timezone");
            case LOCAL_DATE:
                return input("date", key, id, text, null, null);
            case CHAR:
                return input("text", key, id, text, "maxlength", "1");
            case OBJECT_ID:
                return input("text", key, id, text, "pattern", "[0-9a-fA-F]{24}");
            case UUID:
                return input("text", key, id, text, "size", "36");
            default:
                int max = field == null ? -1 : field.maxLength();
                if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    // a value of several lines keeps its line breaks, which a text input would drop
                    return Html.of().open("textarea", "name", key, "id", id, "rows", "4",
                            "maxlength", max < 0 ? null : Integer.toString(max)).t(text).close("textarea");
                }
                return input("text", key, id, text, "maxlength", max < 0 ? null : Integer.toString(max));
        }
    }

    private static Html input(String type, String key, String id, String value, String extra, String extraValue) {
        return Html.of().empty("input", "type", type, "name", key, "id", id, "value", value,
                extra == null ? "data-x" : extra, extraValue);
    }

    private static Html select(String key, String id, String current, List<String> options, boolean empty) {
        Html select = Html.of().open("select", "name", key, "id", id);
        if (empty || current.isEmpty()) {
            select.add(option("", "---------", current.isEmpty()));
        }
        boolean found = current.isEmpty();
        for (String option : options) {
            select.add(option(option, option, option.equals(current)));
            found |= option.equals(current);
        }
        if (!found) {
            select.add(option(current, current + " (not a valid choice)", true));
        }
        return select.close("select");
    }

    private static Html option(String value, String label, boolean selected) {
        return Html.of().el("option", label, "value", value, "selected", selected ? "selected" : null);
    }

    /** The widget of {@code field}; an id input when the form has no references to ask, or no field to ask about. */
    private ReferenceChoices.Widget widget(FieldMeta field) {
        if (references == null || field == null) {
            return new ReferenceChoices.Widget(ReferenceChoices.Kind.ID, List.of(), null);
        }
        return references.widget(field);
    }

    /** The label of a referenced object, or its id marked missing when it does not exist. */
    private String label(ModelMeta<?> target, BsonValue id) {
        String label = references == null ? null : references.label(target, id);
        return label != null ? label : Scalars.display(id) + " (missing)";
    }

    /**
     * A {@code Ref}: a select of the target's objects, with an empty choice when the field may be
     * empty; or an input of the id, with the object's label beside it, which the page's script
     * turns into a search when the field is an autocomplete.
     */
    private Html reference(FieldMeta field, ModelMeta<?> target, String key, String id, BsonValue value) {
        boolean valid = value != null && !value.isNull();
        String text = state.raw.containsKey(key) ? state.raw.get(key) : valid ? Scalars.display(value) : "";
        ReferenceChoices.Widget widget = widget(field);
        if (widget.kind() == ReferenceChoices.Kind.SELECT) {
            Html select = Html.of().open("select", "name", key, "id", id, "data-reference", target.name());
            if (field == null || field.nullable() || text.isEmpty()) {
                select.add(option("", "---------", text.isEmpty()));
            }
            boolean found = text.isEmpty();
            for (ReferenceChoices.Choice choice : widget.choices()) {
                select.add(option(choice.id(), choice.label(), choice.id().equals(text)));
                found |= choice.id().equals(text);
            }
            if (!found) {
                select.add(option(text, text + " (missing)", true));
            }
            return select.close("select");
        }
        Html html = idWidget(widget, target, key, id, text, false);
        html.el("span", valid && !state.raw.containsKey(key) ? label(target, value) : "", "class", "reference-label",
                "id", id + "-label");
        return html.close("span");
    }

    /**
     * A {@code RefList} (many-to-many): a multiple select of the target's objects; or an input of
     * the ids separated by commas, with their labels, which the page's script turns into a search
     * when the field is an autocomplete.
     */
    private Html referenceList(FieldMeta field, ModelMeta<?> target, String key, String id, BsonValue value) {
        List<BsonValue> ids = value != null && value.isArray() ? value.asArray().getValues() : List.of();
        List<String> texts = new ArrayList<>();
        for (BsonValue one : ids) {
            texts.add(Scalars.display(one));
        }
        Html html = Html.of().empty("input", "type", "hidden", "name", FormKeys.child(key, FormKeys.PRESENT), "value", "1");
        ReferenceChoices.Widget widget = widget(field);
        if (widget.kind() == ReferenceChoices.Kind.SELECT) {
            html.open("select", "name", key, "id", id, "multiple", "multiple", "size",
                    Integer.toString(Math.max(2, Math.min(8, widget.choices().size()))), "data-reference", target.name());
            List<String> missing = new ArrayList<>(texts);
            for (ReferenceChoices.Choice choice : widget.choices()) {
                html.add(option(choice.id(), choice.label(), texts.contains(choice.id())));
                missing.remove(choice.id());
            }
            for (String text : missing) {
                html.add(option(text, text + " (missing)", true));
            }
            return html.close("select");
        }
        String text = state.raw.containsKey(key) ? state.raw.get(key) : String.join(", ", texts);
        html.add(idWidget(widget, target, key, id, text, true));
        html.open("ul", "class", "reference-labels", "id", id + "-label");
        if (!state.raw.containsKey(key)) {
            for (BsonValue one : ids) {
                html.el("li", label(target, one));
            }
        }
        html.close("ul");
        return html.close("span");
    }

    /**
     * The opening of an id input's widget, left open for its labels: without the page's script an
     * input of the id(s); with it, for an autocomplete, a search box (hidden until the script shows
     * it) whose results fill the input.
     */
    private static Html idWidget(ReferenceChoices.Widget widget, ModelMeta<?> target, String key, String id, String text,
            boolean many) {
        boolean autocomplete = widget.kind() == ReferenceChoices.Kind.AUTOCOMPLETE;
        Html html = Html.of().open("span", "class", autocomplete ? "reference autocomplete" : "reference",
                "data-autocomplete", autocomplete ? widget.url() : null, "data-many", many ? "true" : null);
        html.empty("input", "type", "text", "name", key, "id", id, "value", text, "class", "reference-id",
                "placeholder", many ? target.label() + " ids, separated by commas" : target.label() + " id",
                "data-reference", target.name());
        if (autocomplete) {
            html.empty("input", "type", "search", "class", "autocomplete-search", "hidden", "hidden",
                    "placeholder", "Search " + target.labelPlural(), "aria-label", "Search " + target.labelPlural(),
                    "autocomplete", "off");
            html.open("ul", "class", "autocomplete-results", "role", "listbox").close("ul");
        }
        return html;
    }

    private Html embedded(FieldMeta field, String key, BsonValue value, int depth, boolean template) {
        Html html = Html.of().open("fieldset", "class", "embedded", "id", FormKeys.id(key));
        html.el("legend", label(field));
        if (value == null || !value.isDocument()) {
            html.el("p", "No " + field.label() + ".", "class", "empty");
            html.open("button", "type", "submit", "name", FormKeys.ROW_OP, "value", "add:" + key, "class", "add-embedded",
                    "formnovalidate", "formnovalidate").t("Add " + field.label()).close("button");
            return html.close("fieldset");
        }
        html.empty("input", "type", "hidden", "name", FormKeys.child(key, FormKeys.PRESENT), "value", "1");
        ModelMeta<?> model = field.type().model();
        html.add(modelFields(model, key, value.asDocument(), depth, template));
        if (field.nullable()) {
            String deleteKey = FormKeys.child(key, FormKeys.DELETE);
            html.open("label", "class", "delete-embedded")
                    .empty("input", "type", "checkbox", "name", deleteKey, "id", FormKeys.id(deleteKey), "value", "1")
                    .t(" Remove " + field.label()).close("label");
        }
        return html.close("fieldset");
    }

    private Html modelFields(ModelMeta<?> model, String key, BsonDocument document, int depth, boolean template) {
        Html html = Html.of();
        for (FieldMeta sub : model.fields()) {
            boolean readonly = !sub.editable() || sub.id() || sub.version();
            html.add(field(sub, readonly, key, document, depth, template));
        }
        return html;
    }

    private Html rows(FieldMeta field, FieldType type, String key, BsonValue value, int depth, boolean map,
            boolean template) {
        FieldType element = type.element();
        List<String> tokens = state.tokens(key);
        List<BsonValue> elements = new ArrayList<>();
        List<String> entryKeys = new ArrayList<>();
        if (map && value != null && value.isDocument()) {
            for (String entry : value.asDocument().keySet()) {
                entryKeys.add(entry);
                elements.add(value.asDocument().get(entry));
            }
        } else if (!map && value != null && value.isArray()) {
            elements.addAll(value.asArray());
        }
        if (tokens == null || tokens.size() != elements.size()) {
            tokens = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                tokens.add("i" + i);
            }
        }
        String elementLabel = element.kind() == FieldKind.EMBEDDED ? element.model().label() : "item";
        Html html = Html.of().open("fieldset", "class", "rows" + (map ? " map" : ""), "id", FormKeys.id(key),
                "data-rows", key);
        html.el("legend", label(field));
        html.empty("input", "type", "hidden", "name", FormKeys.child(key, FormKeys.PRESENT), "value", "1");
        html.open("div", "class", "row-list");
        for (int i = 0; i < elements.size(); i++) {
            String entry = map ? entryKeys.get(i) : null;
            html.add(row(field, element, key, tokens.get(i), elements.get(i), entry, depth, map, template));
        }
        html.close("div");
        if (depth < TEMPLATE_DEPTH) {
            String placeholder = "__ROW" + depth + "__";
            html.open("template", "data-template", key, "data-placeholder", placeholder);
            html.add(row(field, element, key, placeholder, null, "", depth, map, true));
            html.close("template");
        }
        html.open("button", "type", "submit", "name", FormKeys.ROW_OP, "value", "add:" + key, "class", "row-add",
                "formnovalidate", "formnovalidate").t("Add another " + elementLabel).close("button");
        return html.close("fieldset");
    }

    private Html row(FieldMeta field, FieldType element, String key, String token, BsonValue value, String entry,
            int depth, boolean map, boolean template) {
        String rowKey = FormKeys.child(key, token);
        Html html = Html.of().open("div", "class", "row", "data-row", rowKey);
        html.empty("input", "type", "hidden", "name", FormKeys.child(key, FormKeys.ROW), "value", token);
        if (map) {
            String keyInput = FormKeys.child(rowKey, FormKeys.KEY);
            String keyText = state.raw.containsKey(keyInput) ? state.raw.get(keyInput) : entry == null ? "" : entry;
            html.open("label", "class", "map-key").t("Key ")
                    .empty("input", "type", "text", "name", keyInput, "id", FormKeys.id(keyInput), "value", keyText)
                    .close("label");
            html.add(errors(keyInput));
        }
        html.open("div", "class", "row-value");
        if (element.kind() == FieldKind.EMBEDDED) {
            BsonDocument document = value != null && value.isDocument() ? value.asDocument() : new BsonDocument();
            html.add(modelFields(element.model(), rowKey, document, depth + 1, template));
        } else if (element.kind() == FieldKind.LIST || element.kind() == FieldKind.SET || element.kind() == FieldKind.MAP) {
            html.add(rows(field, element, rowKey, value, depth + 1, element.kind() == FieldKind.MAP, template));
        } else {
            html.add(scalar(element.kind().isReference() ? field : null, element, rowKey, value));
            html.add(errors(rowKey));
        }
        html.close("div");
        html.open("div", "class", "row-tools");
        html.add(rowButton("up:" + rowKey, "\u2191", "Move up", "row-up"));
        html.add(rowButton("down:" + rowKey, "\u2193", "Move down", "row-down"));
        html.add(rowButton("del:" + rowKey, "Remove", "Remove this row", "row-delete"));
        html.close("div");
        return html.close("div");
    }

    private static Html rowButton(String value, String text, String title, String cssClass) {
        return Html.of().open("button", "type", "submit", "name", FormKeys.ROW_OP, "value", value, "title", title,
                "class", cssClass, "formnovalidate", "formnovalidate").t(text).close("button");
    }

    /** A value shown but not edited; a reference by its object's label. */
    private Html readonlyValue(FieldType type, BsonValue value) {
        if (value == null || value.isNull()) {
            return Html.text("-");
        }
        if (type.kind() == FieldKind.REFERENCE) {
            return Html.text(label(type.model(), value));
        }
        if (value.isArray()) {
            BsonArray array = value.asArray();
            Html list = Html.of().open("ul", "class", "readonly-list");
            for (BsonValue element : array) {
                list.el("li", type.kind() == FieldKind.REFERENCES ? label(type.model(), element) : Scalars.display(element));
            }
            return list.close("ul");
        }
        return Html.text(Scalars.format(type, value).isEmpty() ? Scalars.display(value) : Scalars.format(type, value));
    }
}
