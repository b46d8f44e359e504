package io.djongo.admin;

import io.djongo.admin.history.LogEntry;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.Response;
import java.util.List;

/** The index: every registered model the user may see, with links to its list and add form, and the user's recent actions. */
final class IndexPage {
    private final AdminContext context;

    IndexPage(AdminContext context) {
        this.context = context;
    }

    Response render() {
        Html content = Html.of().open("div", "class", "module", "id", "model-list");
        content.el("h2", "Models");
        content.open("table").open("tbody");
        boolean any = false;
        for (Registered<?> model : context.site().models()) {
            if (!context.allows(model, "view")) {
                continue;
            }
            any = true;
            String href = context.prefix() + model.slug() + "/";
            content.open("tr", "class", "model-" + model.slug());
            content.open("th", "scope", "row").el("a", capitalize(model.meta.labelPlural()), "href", href).close("th");
            content.open("td");
            if (context.allows(model, "add")) {
                content.el("a", "Add", "href", href + "add/", "class", "addlink");
            }
            content.close("td");
            content.open("td").el("a", context.allows(model, "change") ? "Change" : "View", "href", href).close("td");
            content.close("tr");
        }
        content.close("tbody").close("table");
        if (!any) {
            content.el("p", "You don't have permission to view or edit anything.");
        }
        content.close("div");
        List<LogEntry> recent = context.site().history().recent(context.user().id(), 10);
        content.open("div", "class", "module", "id", "recent-actions").el("h2", "Recent actions");
        if (recent.isEmpty()) {
            content.el("p", "None available");
        } else {
            content.open("ul");
            for (LogEntry entry : recent) {
                content.el("li", entry.action().name().toLowerCase(java.util.Locale.ROOT) + ": " + entry.objectRepr()
                        + " (" + entry.model() + ")");
            }
            content.close("ul");
        }
        content.close("div");
        return context.page("Site administration", null, content, "dashboard");
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
