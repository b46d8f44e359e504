package io.djongo.admin;

import io.djongo.admin.changelist.Ids;
import io.djongo.admin.history.LogEntry;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** The history of one object (Django's {@code history_view}): who did what, when. */
final class HistoryPage<T> {
    private final AdminContext context;
    private final Registered<T> model;
    private final BsonValue id;

    @SuppressWarnings("unchecked") // the registered model of the URL, whatever its type
    HistoryPage(AdminContext context, Registered<?> model, BsonValue id) {
        this.context = context;
        this.model = (Registered<T>) model;
        this.id = id;
    }

    Response render() {
        context.require(model, "view");
        List<LogEntry> entries = context.site().history().of(model.slug(), Ids.text(id));
        BsonDocument document = model.find(id);
        String repr = document == null ? Ids.text(id) : model.repr(document);
        Html content = Html.of();
        if (entries.isEmpty()) {
            content.el("p", "This object doesn't have a change history. It probably wasn't added via this admin site.");
        } else {
            content.open("table", "id", "change-history").open("thead").open("tr");
            content.el("th", "Date/time", "scope", "col").el("th", "User", "scope", "col").el("th", "Action", "scope", "col");
            content.close("tr").close("thead").open("tbody");
            for (LogEntry entry : entries) {
                content.open("tr").el("th", entry.actionTime().toString(), "scope", "row").el("td", entry.username())
                        .el("td", entry.changeMessage()).close("tr");
            }
            content.close("tbody").close("table");
        }
        return context.page("Change history: " + repr, List.of(
                new Layout.Crumb(IndexPage.capitalize(model.meta.labelPlural()), context.prefix() + model.slug() + "/"),
                new Layout.Crumb(repr, model.url(context.prefix(), id, "change")),
                new Layout.Crumb("History", null)), content, "history");
    }
}
