package io.djongo.admin;

import io.djongo.admin.changelist.Ids;
import io.djongo.admin.history.LogEntry;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import io.djongo.query.QuerySet;
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
            return "yes".equals(form.get("post")) ? delete(ids, back) : confirm(ids);
        }
        ModelAdmin.Action<T> custom = model.admin.actions().get(action);
        if (custom == null) {
            throw HttpError.badRequest("there is no action " + AdminSite.shorten(action) + " for " + model.meta.labelPlural());
        }
        context.require(model, custom.permission());
        String message = custom.run().run(model.withIds(ids));
        return context.redirect(back, message);
    }

    private Response confirm(List<BsonValue> ids) {
        List<BsonDocument> documents = model.documents().find(new BsonDocument("_id", new BsonDocument("$in",
                new org.bson.BsonArray(ids)))).into(new ArrayList<>());
        Html content = Html.of();
        content.el("p", "Are you sure you want to delete the selected " + model.meta.labelPlural()
                + "? All of the following objects will be deleted:");
        content.open("ul", "class", "deleted-objects");
        for (BsonDocument document : documents) {
            content.open("li").t(IndexPage.capitalize(model.meta.label()) + ": ")
                    .el("a", model.repr(document), "href", model.url(context.prefix(), document.get("_id"), "change"))
                    .close("li");
        }
        content.close("ul");
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
        return context.page("Delete multiple objects", List.of(
                new Layout.Crumb(IndexPage.capitalize(model.meta.labelPlural()), context.prefix() + model.slug() + "/"),
                new Layout.Crumb("Delete multiple objects", null)), content, "delete-confirmation delete-selected-confirmation");
    }

    private Response delete(List<BsonValue> ids, String back) {
        int deleted = 0;
        QuerySet<T> selected = model.withIds(ids);
        for (T object : selected.list()) {
            BsonDocument document = model.meta.codec().toBsonValue(object);
            String repr = model.repr(document);
            model.manager().delete(object);
            context.site().history().log(context.user().id(), context.user().username(), model.slug(),
                    Ids.text(model.meta.idValue(object)), repr, LogEntry.Action.DELETION, "Deleted.");
            deleted++;
        }
        return context.redirect(back, "Successfully deleted " + deleted + " "
                + (deleted == 1 ? model.meta.label() : model.meta.labelPlural()) + ".");
    }
}
