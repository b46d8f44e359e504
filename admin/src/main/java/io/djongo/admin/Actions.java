package io.djongo.admin;

import io.djongo.IntegrityError;
import io.djongo.admin.changelist.Ids;
import io.djongo.admin.history.LogEntry;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The changelist's actions (Django's {@code response_action}): delete the selected objects after a
 * confirmation page, or run one of the model's own actions on them.
 */
final class Actions<T> {
    private static final int MAX_SELECTED = 1000;

    private final AdminContext context;
    private final Registered<T> model;

    Actions(AdminContext context, Registered<T> model) {
        this.context = context;
        this.model = model;
    }

    Response run() {
        Params form = context.request().form();
        String action = form.get("action", "");
        String back = context.prefix() + model.slug() + "/";
        List<String> selected = form.all("_selected_action");
        if (action.isEmpty()) {
            return context.redirect(back, "No action selected.");
        }
        if (selected.isEmpty()) {
            return context.redirect(back, "Items must be selected in order to perform actions on them. No items have been changed.");
        }
        if (selected.size() > MAX_SELECTED) {
            throw HttpError.badRequest("at most " + MAX_SELECTED + " objects can be selected for one action");
        }
        List<BsonValue> ids = new ArrayList<>();
        for (String text : selected) {
            try {
                ids.add(Ids.parse(model.meta, text));
            } catch (HttpError e) {
                throw HttpError.badRequest("the selection holds an id that is not an id of " + model.meta.label()
                        + ": " + AdminSite.shorten(text));
            }
        }
        if (action.equals("delete_selected")) {
            context.require(model, "delete");
            DeletedObjects deleted = new DeletedObjects(context, model.withIds(ids).previewDelete());
            if (!"yes".equals(form.get("post"))) {
                return confirm(200, ids, deleted);
            }
            if (!deleted.permsNeeded().isEmpty()) {
                throw HttpError.forbidden("Deleting the selected " + model.meta.labelPlural() + " would delete "
                        + String.join(", ", deleted.permsNeeded()) + ", which you do not have permission to delete; "
                        + "nothing was deleted.");
            }
            if (deleted.blocked()) {
                return confirm(409, ids, deleted);
            }
            return delete(ids, back);
        }
        ModelAdmin.Action<T> custom = model.admin.actions().get(action);
        if (custom == null) {
            throw HttpError.badRequest("there is no action " + AdminSite.shorten(action) + " for " + model.meta.labelPlural());
        }
        context.require(model, custom.permission());
        String message = custom.run().run(model.withIds(ids));
        return context.redirect(back, message);
    }

    /**
     * The confirmation of "delete selected" (Django's {@code delete_selected}): the selected objects
     * with what they cascade to and what changes, or what forbids the deletion, without a button.
     */
    private Response confirm(int status, List<BsonValue> ids, DeletedObjects deleted) {
        List<BsonDocument> documents = model.documents().find(new BsonDocument("_id", new BsonDocument("$in",
                new org.bson.BsonArray(ids)))).projection(new BsonDocument("_id", new org.bson.BsonInt32(1)))
                .into(new ArrayList<>());
        Html content = Html.of();
        content.add(deleted.render("the selected " + model.meta.labelPlural(), false));
        if (deleted.allowed()) {
            content.open("form", "method", "post");
            content.add(context.csrfInput());
            for (BsonDocument document : documents) {
                content.empty("input", "type", "hidden", "name", "_selected_action", "value", Ids.text(document.get("_id")));
            }
            content.empty("input", "type", "hidden", "name", "action", "value", "delete_selected");
            content.empty("input", "type", "hidden", "name", "post", "value", "yes");
            content.open("div", "class", "submit-row");
            content.el("button", "Yes, I\u2019m sure", "type", "submit", "class", "default");
            content.el("a", "No, take me back", "href", context.prefix() + model.slug() + "/", "class", "button cancel-link");
            content.close("div").close("form");
        } else {
            content.open("p").el("a", "Go back", "href", context.prefix() + model.slug() + "/", "class",
                    "button cancel-link").close("p");
        }
        return context.page(status, deleted.allowed() ? "Delete multiple objects" : "Cannot delete " + model.meta.labelPlural(),
                List.of(new Layout.Crumb(IndexPage.capitalize(model.meta.labelPlural()), context.prefix() + model.slug() + "/"),
                        new Layout.Crumb("Delete multiple objects", null)),
                content, "delete-confirmation delete-selected-confirmation");
    }

    /**
     * Deletes the selected objects in one deletion, which checks every protected reference before it
     * writes anything, then records each in the history.
     */
    private Response delete(List<BsonValue> ids, String back) {
        List<BsonDocument> documents = model.documents().find(new BsonDocument("_id", new BsonDocument("$in",
                new org.bson.BsonArray(ids)))).into(new ArrayList<>());
        long deleted;
        try {
            deleted = model.withIds(ids).delete().of(model.meta.name());
        } catch (IntegrityError e) {
            // a protected object appeared since the confirmation: the page again, with it
            return confirm(409, ids, new DeletedObjects(context, model.withIds(ids).previewDelete()));
        }
        for (BsonDocument document : documents) {
            context.site().history().log(context.user().id(), context.user().username(), model.slug(),
                    Ids.text(document.get("_id")), model.repr(document), LogEntry.Action.DELETION, "Deleted.");
        }
        return context.redirect(back, "Successfully deleted " + deleted + " "
                + (deleted == 1 ? model.meta.label() : model.meta.labelPlural()) + ".");
    }
}
