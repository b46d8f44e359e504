package io.djongo.admin;

import io.djongo.admin.changelist.Ids;
import io.djongo.admin.history.LogEntry;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Deleting one object (Django's {@code delete_view}): a GET shows what will be deleted and asks;
 * only the POST of that page deletes, through the model's manager, so the relations' onDelete
 * rules apply; the deletion is recorded in the history.
 */
final class DeletePage<T> {
    private final AdminContext context;
    private final Registered<T> model;
    private final BsonValue id;

    @SuppressWarnings("unchecked") // the registered model of the URL, whatever its type
    DeletePage(AdminContext context, Registered<?> model, BsonValue id) {
        this.context = context;
        this.model = (Registered<T>) model;
        this.id = id;
    }

    Response handle() {
        context.require(model, "delete");
        BsonDocument document = model.find(id);
        if (document == null) {
            throw HttpError.notFound(IndexPage.capitalize(model.meta.label()) + " with ID \u201c"
                    + AdminSite.shorten(Ids.text(id)) + "\u201d doesn't exist. Perhaps it was deleted?");
        }
        String repr = model.repr(document);
        if (context.request().isPost()) {
            T object = model.decode(document);
            if (object == null) {
                throw HttpError.badRequest("this " + model.meta.label() + " cannot be read as the model declares it, so it "
                        + "cannot be deleted through the model; fix or delete the document in the database");
            }
            model.manager().delete(object);
            context.site().history().log(context.user().id(), context.user().username(), model.slug(), Ids.text(id), repr,
                    LogEntry.Action.DELETION, "Deleted.");
            return context.redirect(context.prefix() + model.slug() + "/", "The " + model.meta.label() + " \u201c" + repr
                    + "\u201d was deleted successfully.");
        }
        Html content = Html.of();
        content.el("p", "Are you sure you want to delete the " + model.meta.label() + " \u201c" + repr
                + "\u201d? All of the following related items will be deleted:");
        content.open("ul", "class", "deleted-objects").open("li").t(IndexPage.capitalize(model.meta.label()) + ": ")
                .el("a", repr, "href", model.url(context.prefix(), id, "change")).close("li").close("ul");
        content.open("form", "method", "post");
        content.add(context.csrfInput());
        content.empty("input", "type", "hidden", "name", "post", "value", "yes");
        content.open("div", "class", "submit-row");
        content.el("button", "Yes, I\u2019m sure", "type", "submit", "class", "default");
        content.el("a", "No, take me back", "href", model.url(context.prefix(), id, "change"), "class", "button cancel-link");
        content.close("div").close("form");
        return context.page("Are you sure?", List.of(
                new Layout.Crumb(IndexPage.capitalize(model.meta.labelPlural()), context.prefix() + model.slug() + "/"),
                new Layout.Crumb(repr, model.url(context.prefix(), id, "change")),
                new Layout.Crumb("Delete", null)), content, "delete-confirmation");
    }
}
