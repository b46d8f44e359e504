package io.djongo.admin;

import io.djongo.IntegrityError;
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
 * Deleting one object (Django's {@code delete_view}): a GET shows what will be deleted with it
 * (the cascade), what will be changed, and asks; or, when protected objects or missing
 * permissions forbid the deletion, says so without a button. Only the POST of that page deletes,
 * through the model's manager, so the relations' onDelete rules apply; the deletion is recorded
 * in the history.
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
        DeletedObjects deleted = new DeletedObjects(context, model.withIds(List.of(id)).previewDelete());
        if (!context.request().isPost()) {
            return render(200, repr, deleted);
        }
        if (!deleted.permsNeeded().isEmpty()) {
            throw HttpError.forbidden("Deleting this " + model.meta.label() + " would delete " + String.join(", ",
                    deleted.permsNeeded()) + ", which you do not have permission to delete; nothing was deleted.");
        }
        if (deleted.blocked()) {
            return render(409, repr, deleted);
        }
        T object = model.decode(document);
        if (object == null) {
            throw HttpError.badRequest("this " + model.meta.label() + " cannot be read as the model declares it, so it "
                    + "cannot be deleted through the model; fix or delete the document in the database");
        }
        try {
            model.manager().delete(object);
        } catch (IntegrityError e) {
            // a protected object appeared since the preview: the page again, with it
            return render(409, repr, new DeletedObjects(context, model.withIds(List.of(id)).previewDelete()));
        }
        context.site().history().log(context.user().id(), context.user().username(), model.slug(), Ids.text(id), repr,
                LogEntry.Action.DELETION, "Deleted.");
        return context.redirect(context.prefix() + model.slug() + "/", "The " + model.meta.label() + " \u201c" + repr
                + "\u201d was deleted successfully.");
    }

    /** The confirmation page: what the deletion deletes and changes, or what forbids it (without a button). */
    private Response render(int status, String repr, DeletedObjects deleted) {
        Html content = Html.of();
        content.add(deleted.render("the " + model.meta.label() + " \u201c" + repr + "\u201d", true));
        if (deleted.allowed()) {
            content.open("form", "method", "post");
            content.add(context.csrfInput());
            content.empty("input", "type", "hidden", "name", "post", "value", "yes");
            content.open("div", "class", "submit-row");
            content.el("button", "Yes, I\u2019m sure", "type", "submit", "class", "default");
            content.el("a", "No, take me back", "href", model.url(context.prefix(), id, "change"), "class",
                    "button cancel-link");
            content.close("div").close("form");
        } else {
            content.open("p").el("a", "Go back", "href", model.url(context.prefix(), id, "change"), "class",
                    "button cancel-link").close("p");
        }
        return context.page(status, deleted.allowed() ? "Are you sure?" : "Cannot delete " + model.meta.label(), List.of(
                new Layout.Crumb(IndexPage.capitalize(model.meta.labelPlural()), context.prefix() + model.slug() + "/"),
                new Layout.Crumb(repr, model.url(context.prefix(), id, "change")),
                new Layout.Crumb("Delete", null)), content, "delete-confirmation");
    }
}
