package io.djongo.admin;

import com.mongodb.client.model.CountOptions;
import io.djongo.admin.changelist.ChangeListQuery;
import io.djongo.admin.changelist.DistinctValues;
import io.djongo.admin.changelist.Ids;
import io.djongo.admin.changelist.Values;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.admin.http.Request;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.query.QuerySet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The changelist (Django's {@code changelist_view}): search, filters, sortable columns, pages and
 * actions. The total of an unfiltered list is the collection's metadata count; a filtered count
 * stops at the cap ("1000+"), and rows past the cap are reached by Next links that continue after
 * the last row shown (keyset paging), so no page scans or skips more than the cap.
 */
final class ChangeListPage<T> {
    /** The most values a filter of other values lists, as Django lists all of them but on a bounded page. */
    static final int MAX_FILTER_VALUES = 50;
    /** The entry of a filter whose values took longer than the time limit to read. */
    static final String TOO_SLOW = "(values not listed: reading them took too long)";
    private final AdminContext context;
    private final Registered<T> model;

    @SuppressWarnings("unchecked") // the registered model of the URL, whatever its type
    ChangeListPage(AdminContext context, Registered<?> model) {
        this.context = context;
        this.model = (Registered<T>) model;
    }

    Response handle() {
        context.require(model, "view");
        if (context.request().isPost()) {
            return new Actions<>(context, model).run();
        }
        return render();
    }

    private Response render() {
        Request request = context.request();
        ChangeListQuery query = new ChangeListQuery(model.meta, model.options, request.query(), context.site().signer());
        BsonDocument filter = query.filterDocument();
        BsonDocument effective = filter;
        if (query.after() != null) {
            effective = new BsonDocument("$and", new BsonArray(List.of(filter, query.keysetFilter())));
        }
        int perPage = model.options.perPage();
        int cap = model.options.countCap();
        long total = model.documents().estimatedDocumentCount();
        long matching;
        boolean capped = false;
        if (query.unfiltered()) {
            matching = total;
        } else {
            matching = model.documents().countDocuments(filter, new CountOptions().limit(cap + 1));
            if (matching > cap) {
                capped = true;
                matching = cap;
            }
        }
        int skip = query.after() == null ? (query.page() - 1) * perPage : 0;
        List<BsonDocument> rows = model.documents().find(effective).sort(query.sortDocument()).skip(skip)
                .limit(perPage + 1).into(new ArrayList<>());
        boolean more = rows.size() > perPage;
        if (more) {
            rows = rows.subList(0, perPage);
        }

        Html content = Html.of();
        if (context.allows(model, "add")) {
            content.open("div", "class", "object-tools")
                    .el("a", "Add " + model.meta.label(), "href", context.prefix() + model.slug() + "/add/", "class", "addlink")
                    .close("div");
        }
        content.open("div", "class", "changelist-layout").open("div", "class", "changelist-main", "id", "changelist");
        content.add(searchBar(request.query(), query, matching, capped, total));
        content.add(dateHierarchy(request.query(), filter));
        content.add(table(query, rows));
        content.add(paginator(query, rows, matching, capped, more));
        content.close("div");
        content.add(filters(request.query()));
        content.close("div");
        String title = "Select " + model.meta.label() + " to " + (context.allows(model, "change") ? "change" : "view");
        return context.page(title, List.of(new Layout.Crumb(IndexPage.capitalize(model.meta.labelPlural()), null)),
                content, "change-list model-" + model.slug());
    }

    private Html searchBar(Params params, ChangeListQuery query, long matching, boolean capped, long total) {
        Html html = Html.of().open("div", "id", "toolbar");
        if (!model.options.searchFields().isEmpty()) {
            html.open("form", "method", "get", "id", "changelist-search");
            html.empty("input", "type", "text", "name", "q", "id", "searchbar", "value", params.get("q", ""),
                    "aria-label", "Search");
            for (String name : params.names()) {
                if (!ChangeListQuery.CONTROL.contains(name)) {
                    html.empty("input", "type", "hidden", "name", name, "value", params.get(name));
                }
            }
            html.el("button", "Search", "type", "submit");
            html.close("form");
        }
        String count;
        if (query.unfiltered()) {
            count = total + " " + (total == 1 ? model.meta.label() : model.meta.labelPlural());
        } else {
            count = (capped ? matching + "+" : Long.toString(matching)) + " result" + (matching == 1 && !capped ? "" : "s")
                    + " (" + total + " total)";
        }
        html.el("span", count, "class", "small quiet", "id", "result-count");
        return html.close("div");
    }

    private Html table(ChangeListQuery query, List<BsonDocument> rows) {
        List<String> display = model.admin.listDisplay();
        List<String> links = model.admin.listDisplayLinks();
        boolean actions = !availableActions().isEmpty();
        Html html = Html.of().open("form", "method", "post", "id", "changelist-form");
        html.add(context.csrfInput());
        if (actions) {
            html.open("div", "class", "actions").open("label").t("Action: ").open("select", "name", "action", "id", "action-select");
            html.el("option", "---------", "value", "");
            for (Map.Entry<String, String> action : availableActions().entrySet()) {
                html.el("option", action.getValue(), "value", action.getKey());
            }
            html.close("select").close("label");
            html.el("button", "Go", "type", "submit", "name", "index", "value", "0", "class", "button");
            html.close("div");
        }
        html.open("table", "id", "result_list").open("thead").open("tr");
        if (actions) {
            html.open("th", "class", "action-checkbox-column").empty("input", "type", "checkbox", "id", "action-toggle",
                    "aria-label", "Select all").close("th");
        }
        List<Integer> ordered = query.orderColumns();
        for (int i = 0; i < display.size(); i++) {
            AdminPath column = model.options.columns().get(i);
            String header = column == null ? IndexPage.capitalize(model.meta.label()) : column.label();
            if (column == null) {
                html.el("th", header, "scope", "col");
                continue;
            }
            int number = i + 1;
            boolean ascending = ordered.contains(number);
            String o = ascending ? "-" + number : Integer.toString(number);
            html.open("th", "scope", "col", "class", "sortable" + (ascending || ordered.contains(-number) ? " sorted" : ""));
            html.el("a", header, "href", context.request().query().without("p", "after").isEmpty()
                    ? "?o=" + o : rebuild(context.request().query(), "o", o));
            html.close("th");
        }
        html.close("tr").close("thead").open("tbody");
        Map<Integer, Map<BsonValue, String>> labels = referenceLabels(rows);
        if (rows.isEmpty()) {
            html.open("tr").el("td", "0 " + model.meta.labelPlural(), "colspan", Integer.toString(display.size() + 1)).close("tr");
        }
        for (BsonDocument row : rows) {
            BsonValue id = row.get("_id");
            html.open("tr");
            if (actions) {
                html.open("td", "class", "action-checkbox").empty("input", "type", "checkbox", "name", "_selected_action",
                        "value", Ids.text(id), "class", "action-select", "aria-label", "Select this object").close("td");
            }
            for (int i = 0; i < display.size(); i++) {
                AdminPath column = model.options.columns().get(i);
                String text = column == null ? model.repr(row) : cell(column, row, labels.get(i));
                boolean link = links.contains(display.get(i)) && id != null;
                String tag = i == 0 ? "th" : "td";
                html.open(tag, "class", "field-" + (column == null ? "__str__" : column.name()));
                if (link) {
                    html.el("a", text.isEmpty() ? "-" : text, "href", model.url(context.prefix(), id, "change"));
                } else {
                    html.t(text.isEmpty() ? "-" : text);
                }
                html.close(tag);
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("form");
        return html;
    }

    /**
     * The names of the objects that the page's rows refer to, for each column of references: one
     * query per column, whatever the number of rows (Django's {@code list_select_related}).
     */
    private Map<Integer, Map<BsonValue, String>> referenceLabels(List<BsonDocument> rows) {
        Map<Integer, Map<BsonValue, String>> labels = new LinkedHashMap<>();
        List<AdminPath> columns = model.options.columns();
        for (int i = 0; i < columns.size(); i++) {
            AdminPath column = columns.get(i);
            if (column == null || !model.references.containsKey(column.last())) {
                continue;
            }
            List<BsonValue> ids = new ArrayList<>();
            for (BsonDocument row : rows) {
                for (BsonValue value : Values.at(row, column.bsonPath())) {
                    if (value.isArray()) {
                        ids.addAll(value.asArray().getValues());
                    } else if (!value.isNull()) {
                        ids.add(value);
                    }
                }
            }
            labels.put(i, ids.isEmpty() ? Map.of()
                    : context.site().references().labels(References.target(column.last()), ids));
        }
        return labels;
    }

    /**
     * A cell: the value at the column's path, as people read it; several values through an array,
     * joined; a reference by the name of its object, from {@code labels} ({@code null}: not a
     * column of references).
     */
    static String cell(AdminPath column, BsonDocument row, Map<BsonValue, String> labels) {
        List<BsonValue> values = Values.at(row, column.bsonPath());
        List<String> texts = new ArrayList<>();
        for (BsonValue value : values) {
            if (value.isArray()) {
                for (BsonValue element : value.asArray()) {
                    texts.add(text(element, labels));
                }
            } else if (!(labels != null && value.isNull())) {
                texts.add(text(value, labels));
            }
        }
        return String.join(", ", texts);
    }

    private static String text(BsonValue value, Map<BsonValue, String> labels) {
        if (labels != null) {
            String label = labels.get(value);
            return label != null ? label : io.djongo.admin.forms.Display.of(value) + " (missing)";
        }
        return text(value);
    }

    private static String text(BsonValue value) {
        if (value.isBoolean()) {
            return value.asBoolean().getValue() ? "Yes" : "No";
        }
        return io.djongo.admin.forms.Display.of(value);
    }

    private Map<String, String> availableActions() {
        Map<String, String> actions = new LinkedHashMap<>();
        if (context.allows(model, "delete")) {
            actions.put("delete_selected", "Delete selected " + model.meta.labelPlural());
        }
        for (ModelAdmin.Action<T> action : model.admin.actions().values()) {
            if (context.allows(model, action.permission())) {
                actions.put(action.name(), action.description());
            }
        }
        return actions;
    }

    private Html paginator(ChangeListQuery query, List<BsonDocument> rows, long matching, boolean capped, boolean more) {
        int perPage = model.options.perPage();
        int cap = model.options.countCap();
        Html html = Html.of().open("nav", "class", "paginator", "aria-label", "Pages");
        Params params = context.request().query();
        if (query.after() == null) {
            long shown = Math.min(matching, cap);
            int pages = (int) Math.max(1, (shown + perPage - 1) / perPage);
            if (pages > 1 || more) {
                for (int p = 1; p <= pages; p++) {
                    if (p == query.page()) {
                        html.el("span", Integer.toString(p), "class", "this-page");
                    } else if (p <= 3 || p > pages - 2 || Math.abs(p - query.page()) <= 2) {
                        html.el("a", Integer.toString(p), "href", rebuild(params.without("after"), "p", Integer.toString(p)));
                    } else if (p == 4 || p == pages - 2) {
                        html.t("\u2026 ");
                    }
                }
            }
        } else {
            html.el("a", "First page", "href", rebuild(params.without("after", "p"), "p", "1"));
        }
        boolean pastCap = query.after() != null || (long) query.page() * perPage >= cap;
        if (more && pastCap && !rows.isEmpty()) {
            String next = query.positionAfter(rows.get(rows.size() - 1), context.site().signer());
            html.el("a", "Next \u2192", "href", rebuild(params.without("p"), "after", next), "class", "next-page");
        } else if (more && query.page() * (long) perPage < Math.min(matching, cap)) {
            html.el("a", "Next \u2192", "href", rebuild(params.without("after"), "p", Integer.toString(query.page() + 1)),
                    "class", "next-page");
        }
        if (capped) {
            html.el("span", " More than " + cap + " match; use Next to go on, or narrow the search.", "class", "capped");
        }
        return html.close("nav");
    }

    /** A query string from {@code encoded} ({@code ?a=1} or empty) with {@code name} set. */
    private static String rebuild(String encoded, String name, String value) {
        return Params.parse(encoded.startsWith("?") ? encoded.substring(1) : encoded).with(name, value);
    }

    private static String rebuild(Params params, String name, String value) {
        return params.with(name, value);
    }

    private Html filters(Params params) {
        if (model.options.filterFields().isEmpty()) {
            return Html.of();
        }
        Html html = Html.of().open("nav", "id", "changelist-filter", "aria-label", "Filter");
        html.el("h2", "Filter");
        for (AdminPath path : model.options.filterFields()) {
            html.el("h3", "By " + path.label().toLowerCase(java.util.Locale.ROOT));
            html.open("ul", "data-filter", path.name());
            Map<String, Map<String, String>> choices = choices(path);
            String clear = params.without(paramsOf(path, params).toArray(new String[0]));
            html.add(choice("All", clear.isEmpty() ? "?" : clear, paramsOf(path, params).isEmpty()));
            for (Map.Entry<String, Map<String, String>> choice : choices.entrySet()) {
                if (choice.getValue().isEmpty()) {
                    html.el("li", choice.getKey(), "class", "quiet");
                    continue;
                }
                Params base = Params.parse(stripQ(params.without(paramsOf(path, params).toArray(new String[0]))));
                String href = base.asMap().isEmpty() ? "?" : Params.encode(base.asMap());
                for (Map.Entry<String, String> param : choice.getValue().entrySet()) {
                    href = rebuild(href, param.getKey(), param.getValue());
                }
                boolean selected = !choice.getValue().isEmpty() && choice.getValue().entrySet().stream()
                        .allMatch(param -> param.getValue().equals(params.get(param.getKey())));
                html.add(choice(choice.getKey(), Params.parse(stripQ(href)).without("p", "after"), selected));
            }
            html.close("ul");
        }
        return html.close("nav");
    }

    private static String stripQ(String encoded) {
        return encoded.startsWith("?") ? encoded.substring(1) : encoded;
    }

    private static List<String> paramsOf(AdminPath path, Params params) {
        List<String> names = new ArrayList<>();
        for (String name : params.names()) {
            if (name.equals(path.name()) || name.startsWith(path.name() + "__")) {
                names.add(name);
            }
        }
        names.add("p");
        names.add("after");
        names.removeIf(name -> !params.has(name));
        return names;
    }

    private static Html choice(String label, String href, boolean selected) {
        return Html.of().open("li", "class", selected ? "selected" : null).el("a", label, "href", href.isEmpty() ? "?" : href)
                .close("li");
    }

    /** The choices of one filter: label to the parameters it sets. */
    private Map<String, Map<String, String>> choices(AdminPath path) {
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        FieldMeta field = path.last();
        FieldType type = field.type();
        String name = path.name();
        if (type.kind() == FieldKind.BOOLEAN) {
            choices.put("Yes", Map.of(name + "__exact", "true"));
            choices.put("No", Map.of(name + "__exact", "false"));
            if (!type.isPrimitive()) {
                choices.put("Unknown", Map.of(name + "__isnull", "True"));
            }
        } else if (type.kind() == FieldKind.ENUM || !field.choices().isEmpty()) {
            for (String value : type.kind() == FieldKind.ENUM ? type.enumConstants() : field.choices()) {
                choices.put(value, Map.of(name + "__exact", value));
            }
        } else if (type.kind().isTemporal()) {
            LocalDate today = LocalDate.now(context.site().clock().withZone(ZoneOffset.UTC));
            choices.put("Today", Map.of(name + "__gte", today.toString(), name + "__lt", today.plusDays(1).toString()));
            choices.put("Past 7 days", Map.of(name + "__gte", today.minusDays(7).toString(), name + "__lt",
                    today.plusDays(1).toString()));
            choices.put("This month", Map.of(name + "__gte", today.withDayOfMonth(1).toString(), name + "__lt",
                    today.withDayOfMonth(1).plusMonths(1).toString()));
            choices.put("This year", Map.of(name + "__gte", today.withDayOfYear(1).toString(), name + "__lt",
                    today.withDayOfYear(1).plusYears(1).toString()));
            if (!type.isPrimitive()) {
                choices.put("No date", Map.of(name + "__isnull", "True"));
            }
        } else {
            // other values: the distinct stored values, at most 50, as Django's AllValuesFieldListFilter
            FieldType leaf = type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET ? type.element() : type;
            if (leaf.kind().isContainer() || leaf.kind() == FieldKind.EMBEDDED || leaf.kind() == FieldKind.BINARY) {
                return choices;
            }
            String lookup = type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET ? "__contains" : "__exact";
            if (!path.topLevel() || lookup.equals("__contains")) {
                lookup = path.topLevel() ? lookup : "__exact";
            }
            List<BsonValue> values;
            try {
                values = new ArrayList<>(DistinctValues.of(model.documents(), path, MAX_FILTER_VALUES));
            } catch (com.mongodb.MongoExecutionTimeoutException | com.mongodb.MongoOperationTimeoutException e) {
                // the list still shows; only this filter's values are left out, and it says so
                choices.put(TOO_SLOW, Map.of());
                return choices;
            }
            if (leaf.kind().isReference()) {
                // Django's RelatedFieldListFilter: the referenced objects by name, in one query
                Map<BsonValue, String> labels = context.site().references().labels(leaf.model(), values);
                values.sort((a, b) -> label(labels, a).compareTo(label(labels, b)));
                for (BsonValue value : values) {
                    String text = label(labels, value);
                    // two objects of one name stay two choices
                    choices.put(choices.containsKey(text) ? text + " (" + Ids.text(value) + ")" : text,
                            Map.of(name + "__exact", Ids.text(value)));
                }
                return choices;
            }
            values.sort((a, b) -> io.djongo.admin.forms.Display.of(a).compareTo(io.djongo.admin.forms.Display.of(b)));
            for (BsonValue value : values) {
                String text = io.djongo.admin.forms.Display.of(value);
                choices.put(text, Map.of(name + lookup, text));
            }
        }
        return choices;
    }

    private static String label(Map<BsonValue, String> labels, BsonValue id) {
        String label = labels.get(id);
        return label != null ? label : Ids.text(id) + " (missing)";
    }

    private Html dateHierarchy(Params params, BsonDocument filter) {
        AdminPath path = model.options.dateHierarchy();
        if (path == null) {
            return Html.of();
        }
        String name = path.name();
        String year = params.get(name + "__year");
        String month = params.get(name + "__month");
        Html html = Html.of().open("nav", "class", "date-hierarchy", "aria-label", "Dates");
        String kind = year == null ? "year" : month == null ? "month" : "day";
        if (year != null) {
            html.el("a", "\u2039 All dates", "href", rebuildWithout(params, name + "__year", name + "__month", name + "__day"));
        }
        List<LocalDate> dates;
        try {
            QuerySet<T> scoped = model.objects().filter(io.djongo.query.Filter.<T>raw(filter));
            dates = scoped.dates(name, kind, "ASC");
        } catch (RuntimeException e) {
            return html.close("nav"); // a server without the date aggregation shows no drill-down
        }
        for (LocalDate date : dates) {
            String label;
            Params next;
            if (kind.equals("year")) {
                label = Integer.toString(date.getYear());
                next = Params.parse(stripQ(params.with(name + "__year", label)));
            } else if (kind.equals("month")) {
                label = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + date.getYear();
                next = Params.parse(stripQ(params.with(name + "__month", Integer.toString(date.getMonthValue()))));
            } else {
                label = date.toString();
                next = Params.parse(stripQ(params.with(name + "__day", Integer.toString(date.getDayOfMonth()))));
            }
            html.el("a", label, "href", next.without("p", "after").isEmpty() ? "?" : next.without("p", "after"));
        }
        return html.close("nav");
    }

    private static String rebuildWithout(Params params, String... names) {
        String href = params.without(names);
        return href.isEmpty() ? "?" : href;
    }
}
