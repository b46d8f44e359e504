package io.djongo.admin;

import com.mongodb.client.result.UpdateResult;
import io.djongo.DecodingException;
import io.djongo.IntegrityError;
import io.djongo.admin.changelist.Ids;
import io.djongo.admin.forms.Changes;
import io.djongo.admin.forms.FormBinder;
import io.djongo.admin.forms.FormRenderer;
import io.djongo.admin.forms.FormState;
import io.djongo.admin.forms.FormErrors;
import io.djongo.admin.history.LogEntry;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.validation.ValidationError;
import io.djongo.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;

/**
 * The add and change forms (Django's {@code changeform_view}). A save binds the form onto the
 * document it was made from, decodes the result with the model's codec and validates it with the
 * model's generated rules (errors go beside their inputs, and nothing is written), then inserts,
 * or writes only the changed paths under the model's {@code @Version} or the original values of
 * those paths: a concurrent edit is reported as a conflict, with the stored values, instead of
 * being overwritten.
 */
final class ChangeFormPage<T> {
    static final String SNAPSHOT = "_snapshot";
    /**
     * After a conflict: the signed document of the user's rows, whose elements the row tokens name,
     * so that each row keeps the fields the model does not declare that it had when the form was
     * opened, whatever the stored rows became meanwhile.
     */
    static final String ROWS = "_rows";

    private final AdminContext context;
    private final Registered<T> model;
    private final ModelMeta<T> meta;
    private final BsonValue id;
    private final boolean adding;

    @SuppressWarnings("unchecked") // the registered model of the URL, whatever its type
    ChangeFormPage(AdminContext context, Registered<?> model, BsonValue id) {
        this.context = context;
        this.model = (Registered<T>) model;
        this.meta = this.model.meta;
        this.id = id;
        this.adding = id == null;
    }

    Response handle() {
        if (adding) {
            context.require(model, "add");
        } else {
            context.require(model, context.request().isPost() ? "change" : "view");
        }
        BsonDocument stored = adding ? defaults() : model.find(id);
        if (stored == null) {
            throw HttpError.notFound(IndexPage.capitalize(meta.label()) + " with ID \u201c"
                    + AdminSite.shorten(Ids.text(id)) + "\u201d doesn't exist. Perhaps it was deleted?");
        }
        if (!context.request().isPost()) {
            return render(200, stored, new FormState(), stored, null, null);
        }
        return save(stored);
    }

    private boolean readonly(FieldMeta field) {
        if (adding && field.id()) {
            return meta.generatesIds();
        }
        return model.admin.readonly(field) || !context.allows(model, adding ? "add" : "change");
    }

    private List<FieldMeta> editableFields() {
        List<FieldMeta> fields = new ArrayList<>();
        for (ModelAdmin.FormGroup group : model.admin.formGroups()) {
            for (FieldMeta field : group.fields()) {
                if (!readonly(field)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private Response save(BsonDocument stored) {
        Params form = context.request().form();
        BsonDocument original = adding ? stored : snapshot(form.get(SNAPSHOT));
        BsonDocument rows = adding || !form.has(ROWS) ? null : signed(ROWS, form.get(ROWS));
        List<FieldMeta> editable = editableFields();
        FormBinder.Bound bound = FormBinder.bind(meta, editable, form, original, rows);
        FormState state = bound.state();
        if (bound.rowOp()) {
            return render(200, bound.document(), state, original, rows, null);
        }
        context.site().references().check(state);
        boolean asNew = !adding && model.admin.saveAs() && form.has("_saveasnew");
        BsonDocument candidate = bound.document();
        if (asNew) {
            candidate = candidate.clone();
            if (meta.generatesIds()) {
                candidate.remove("_id");
            }
        }
        T object = validate(candidate, state, adding || asNew);
        if (state.hasErrors() || object == null) {
            return render(200, bound.document(), state, original, rows, null);
        }
        if (adding || asNew) {
            return insert(object, state, bound.document(), original, rows);
        }
        return update(original, bound, state);
    }

    /** The object of {@code document} if it decodes and passes the model's validation; errors go into {@code state}. */
    private T validate(BsonDocument document, FormState state, boolean inserting) {
        T object;
        try {
            object = meta.codec().fromBsonValue(document);
        } catch (DecodingException e) {
            state.error(FormState.NON_FIELD, "The object cannot be read as " + meta.name() + ": " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            state.error(FormState.NON_FIELD, "The object cannot be read as " + meta.name() + ": " + e.getMessage());
            return null;
        }
        Violations violations = new Violations();
        meta.validate(object, violations);
        FormErrors.place(meta, violations.list(), state);
        if (violations.isEmpty() && !state.hasErrors()) {
            try {
                model.manager().validateUnique(object);
            } catch (ValidationError e) {
                FormErrors.place(meta, e.violations(), state);
            } catch (io.djongo.EncodingException e) {
                state.error(FormState.NON_FIELD, e.getMessage());
            }
        }
        return object;
    }

    private Response insert(T object, FormState state, BsonDocument document, BsonDocument original, BsonDocument rows) {
        T saved;
        try {
            saved = model.manager().create(object);
        } catch (ValidationError e) {
            FormErrors.place(meta, e.violations(), state);
            return render(200, document, state, original, rows, null);
        } catch (io.djongo.EncodingException e) {
            state.error(FormState.NON_FIELD, e.getMessage());
            return render(200, document, state, original, rows, null);
        } catch (IntegrityError e) {
            FieldMeta idField = model.idField();
            state.error(meta.generatesIds() ? FormState.NON_FIELD : idField.bsonName(),
                    IndexPage.capitalize(meta.label()) + " with this " + idField.label() + " already exists.");
            return render(200, document, state, original, rows, null);
        }
        BsonValue newId = meta.idValue(saved);
        BsonDocument stored = model.find(newId);
        String repr = stored == null ? String.valueOf(saved) : model.repr(stored);
        context.site().history().log(context.user().id(), context.user().username(), model.slug(), Ids.text(newId), repr,
                LogEntry.Action.ADDITION, "Added.");
        String message = "The " + meta.label() + " \u201c" + repr + "\u201d was added successfully.";
        return afterSave(newId, message);
    }

    private Response update(BsonDocument original, FormBinder.Bound bound, FormState state) {
        List<FieldMeta> editable = editableFields();
        Changes changes = Changes.between(meta, editable, original, bound.document(), state);
        if (changes.isEmpty()) {
            return afterSave(id, "No fields changed.");
        }
        BsonDocument filter;
        BsonDocument update = changes.update();
        BsonDocument set = update.containsKey("$set") ? update.getDocument("$set") : new BsonDocument();
        var version = meta.versionField();
        if (version.isPresent()) {
            String path = version.get().bsonName();
            BsonValue loaded = original.get(path);
            long number = loaded != null && loaded.isNumber() ? loaded.asNumber().longValue() : 0;
            filter = new BsonDocument("_id", id);
            filter.put(path, number == 0
                    ? new BsonDocument("$in", new BsonArray(List.of(BsonNull.VALUE, new BsonInt32(0), new BsonInt64(0))))
                    : new BsonDocument("$eq", loaded));
            set.put(path, version.get().type().kind() == FieldKind.INT ? new BsonInt32((int) number + 1)
                    : new BsonInt64(number + 1));
        } else {
            filter = changes.filter(id);
        }
        for (FieldMeta field : meta.fields()) {
            if (field.autoNow()) {
                set.put(field.bsonName(), new BsonDateTime(context.site().clock().millis()));
            }
        }
        if (!set.isEmpty()) {
            update.put("$set", set);
        }
        UpdateResult result = model.documents().updateOne(filter, update);
        if (result.getMatchedCount() == 0) {
            BsonDocument current = model.find(id);
            if (current == null) {
                throw HttpError.notFound("This " + meta.label() + " was deleted while you edited it; nothing was saved.");
            }
            return conflict(original, current, bound, changes, state);
        }
        BsonDocument stored = model.find(id);
        String repr = stored == null ? Ids.text(id) : model.repr(stored);
        String message = "Changed " + String.join(", ", changes.labels()) + ".";
        context.site().history().log(context.user().id(), context.user().username(), model.slug(), Ids.text(id), repr,
                LogEntry.Action.CHANGE, message);
        return afterSave(id, "The " + meta.label() + " \u201c" + repr + "\u201d was changed successfully.");
    }

    /**
     * Someone else saved first: the form again with the user's values, what changed meanwhile, and
     * the new stored state as its base. The rows are the user's, renumbered, with the user's bound
     * document as their source: a row keeps what the model does not declare, even where the stored
     * rows were reordered, removed or added meanwhile.
     */
    private Response conflict(BsonDocument original, BsonDocument current, FormBinder.Bound bound, Changes changes,
            FormState state) {
        List<String> changed = new ArrayList<>();
        for (String path : changes.expected().keySet()) {
            BsonValue now = io.djongo.admin.changelist.Values.one(current, path);
            BsonValue then = changes.expected().get(path);
            if (!same(now, then)) {
                changed.add(path + " is now \u201c" + io.djongo.admin.forms.Display.of(now == null ? BsonNull.VALUE : now)
                        + "\u201d");
            }
        }
        Html banner = Html.of().open("div", "class", "conflict", "id", "conflict");
        banner.el("p", "Someone else changed this " + meta.label() + " after you opened it, so nothing was saved. "
                + "Your values are below; the stored ones differ" + (changed.isEmpty() ? "." : ": " + String.join("; ", changed)
                + ".") + " Save again to write your values over theirs, or reload the page to start from theirs.");
        banner.close("div");
        return render(409, bound.document(), new FormState(), current, bound.document(), banner);
    }

    private static boolean same(BsonValue a, BsonValue b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        return aNull || bNull ? aNull == bNull : a.equals(b);
    }

    private Response afterSave(BsonValue savedId, String message) {
        Params form = context.request().form();
        String location;
        if (form.has("_continue")) {
            location = model.url(context.prefix(), savedId, "change");
        } else if (form.has("_addanother")) {
            location = context.prefix() + model.slug() + "/add/";
        } else {
            location = context.prefix() + model.slug() + "/";
        }
        return context.redirect(location, message);
    }

    private BsonDocument snapshot(String signed) {
        return signed(SNAPSHOT, signed);
    }

    /** The purpose a form's signed field {@code name} is signed for: this object's form, that field. */
    private String purpose(String name) {
        String form = "change-form:" + meta.collection() + ":" + Ids.text(id);
        return SNAPSHOT.equals(name) ? form : form + ":" + name;
    }

    /** Extended JSON keeps every BSON type (a long stays a long), so a value written back from the form is the one read. */
    private static String lossless(BsonDocument document) {
        return document.toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build());
    }

    private BsonDocument signed(String name, String signed) {
        String json = context.site().signer().unsign(purpose(name), signed);
        try {
            return BsonDocument.parse(json);
        } catch (JsonParseException | org.bson.BSONException e) {
            throw HttpError.badRequest("the form's signed data is malformed; reload the page");
        }
    }

    /** The values a new object starts with: declared defaults, and zero for primitives. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a default is a value of its own field's type
    private BsonDocument defaults() {
        BsonDocument document = new BsonDocument();
        for (FieldMeta field : meta.fields()) {
            if (field.hasDefault()) {
                Object value = field.defaultValue();
                if (value != null) {
                    try {
                        document.put(field.bsonName(), ((ValueCodec) field.type().codec()).toBsonValue(value));
                    } catch (RuntimeException e) {
                        // a default the codec cannot write is left for the model's validation to report
                    }
                }
            } else if (field.type().isPrimitive()) {
                BsonValue zero = switch (field.type().kind()) {
                    case BOOLEAN -> BsonBoolean.FALSE;
                    case LONG -> new BsonInt64(0);
                    case DOUBLE, FLOAT -> new BsonDouble(0);
                    case CHAR -> null;
                    default -> new BsonInt32(0);
                };
                if (zero != null && !field.version()) {
                    document.put(field.bsonName(), zero);
                }
            }
        }
        return document;
    }

    /**
     * The form: {@code values} in its inputs, {@code base} signed as the snapshot the save compares
     * with, and {@code rows}, when not {@code null}, signed as the source of the rows.
     */
    private Response render(int status, BsonDocument values, FormState state, BsonDocument base, BsonDocument rows,
            Html banner) {
        boolean canChange = context.allows(model, adding ? "add" : "change");
        FormRenderer renderer = new FormRenderer(state, context.site().references().forForm(model, values));
        Html content = Html.of();
        if (!adding) {
            content.open("div", "class", "object-tools")
                    .el("a", "History", "href", model.url(context.prefix(), id, "history"), "class", "historylink")
                    .close("div");
        }
        content.open("form", "method", "post", "id", model.slug() + "_form", "novalidate", "novalidate",
                "action", adding ? context.prefix() + model.slug() + "/add/" : model.url(context.prefix(), id, "change"));
        if (canChange) {
            content.el("button", "Save", "type", "submit", "name", "_save", "class", "default-submit", "tabindex", "-1",
                    "aria-hidden", "true");
        }
        content.add(context.csrfInput());
        if (!adding) {
            content.empty("input", "type", "hidden", "name", SNAPSHOT, "value",
                    context.site().signer().sign(purpose(SNAPSHOT), lossless(base)));
            if (rows != null) {
                content.empty("input", "type", "hidden", "name", ROWS, "value",
                        context.site().signer().sign(purpose(ROWS), lossless(rows)));
            }
        }
        if (banner != null) {
            content.add(banner);
        }
        if (state.hasErrors()) {
            int count = state.errors().size();
            content.el("p", count == 1 ? "Please correct the error below." : "Please correct the errors below.",
                    "class", "errornote");
            List<String> general = state.errors(FormState.NON_FIELD);
            if (!general.isEmpty()) {
                content.open("ul", "class", "errorlist nonfield");
                for (String message : general) {
                    content.el("li", message);
                }
                content.close("ul");
            }
        }
        for (ModelAdmin.FormGroup group : model.admin.formGroups()) {
            content.open("fieldset", "class", "module aligned" + (group.collapsed() ? " collapse" : ""));
            if (group.title() != null) {
                content.el("h2", group.title());
            }
            content.add(renderer.fields(group.fields(), this::readonly, values));
            content.close("fieldset");
        }
        if (!adding && !meta.throughFields().isEmpty()) {
            content.add(throughFields());
        }
        if (canChange) {
            content.open("div", "class", "submit-row");
            content.el("button", "Save", "type", "submit", "name", "_save", "class", "default");
            if (!adding && model.admin.saveAs()) {
                content.el("button", "Save as new", "type", "submit", "name", "_saveasnew");
            }
            content.el("button", "Save and add another", "type", "submit", "name", "_addanother");
            content.el("button", "Save and continue editing", "type", "submit", "name", "_continue");
            if (!adding && context.allows(model, "delete")) {
                content.el("a", "Delete", "href", model.url(context.prefix(), id, "delete"), "class", "deletelink");
            }
            content.close("div");
        }
        content.close("form");
        String title = adding ? "Add " + meta.label()
                : (canChange ? "Change " : "View ") + meta.label();
        String crumb = adding ? "Add " + meta.label() : model.repr(base.containsKey("_id") ? base : values);
        return context.page(status, title, List.of(
                new Layout.Crumb(IndexPage.capitalize(meta.labelPlural()), context.prefix() + model.slug() + "/"),
                new Layout.Crumb(crumb, null)), content, "change-form model-" + model.slug());
    }

    /**
     * The many-to-many relations through another model, shown read-only, as Django's admin leaves
     * them to the through model's own pages.
     */
    private Html throughFields() {
        Html html = Html.of().open("fieldset", "class", "module aligned through");
        for (FieldMeta field : meta.throughFields()) {
            html.open("div", "class", "form-row field-" + field.name());
            html.el("label", IndexPage.capitalize(field.label()), "class", "readonly-label");
            List<String> names = context.site().references().through(meta, field, id);
            html.open("div", "class", "readonly", "id", "id_" + field.name());
            if (names.isEmpty()) {
                html.t("-");
            } else {
                html.open("ul", "class", "readonly-list");
                for (String name : names) {
                    html.el("li", name);
                }
                html.close("ul");
            }
            html.close("div");
            ModelMeta<?> through = field.relation().throughModel();
            html.el("div", "Edited through " + through.labelPlural() + ".", "class", "help");
            html.close("div");
        }
        return html.close("fieldset");
    }
}
