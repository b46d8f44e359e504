package io.djongo.admin.pages;

import io.djongo.admin.html.Html;
import io.djongo.admin.http.Csrf;
import io.djongo.admin.http.HttpError;
import java.util.List;

/**
 * The frame of every admin page: the header with the site's name and the user's links, the
 * breadcrumbs, the messages and the content; the stylesheet and the script are the admin's own
 * files, so the content security policy allows no inline code.
 */
public final class Layout {
    private final String prefix;
    private final String title;

    /** The layout of a site served under {@code prefix} ({@code /admin/}), headed {@code title}. */
    public Layout(String prefix, String title) {
        this.prefix = prefix;
        this.title = title;
    }

    public String prefix() {
        return prefix;
    }

    /** A link in the breadcrumbs. */
    public record Crumb(String label, String href) {}

    /**
     * A full page.
     *
     * @param pageTitle the page's title
     * @param username the logged-in user, or {@code null} on the login page
     * @param csrf the CSRF token for the logout form
     * @param crumbs the breadcrumbs after "Home"
     * @param messages messages to show once
     * @param content the page's content
     */
    public String page(String pageTitle, String username, String csrf, List<Crumb> crumbs, List<String> messages,
            Html content, String bodyClass) {
        Html html = Html.of();
        html.open("html", "lang", "en").open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.el("title", pageTitle + " | " + title);
        html.empty("link", "rel", "stylesheet", "href", prefix + "static/admin.css");
        html.open("script", "src", prefix + "static/admin.js", "defer", "defer").close("script");
        html.close("head");
        html.open("body", "class", bodyClass);
        html.open("header", "id", "header");
        html.open("div", "id", "branding").el("a", title, "href", prefix).close("div");
        if (username != null) {
            html.open("div", "id", "user-tools");
            html.t("Welcome, ").el("strong", username).t(". ");
            html.el("a", "View site", "href", "/");
            html.open("form", "method", "post", "action", prefix + "logout/", "id", "logout-form");
            html.empty("input", "type", "hidden", "name", Csrf.FIELD, "value", csrf);
            html.el("button", "Log out", "type", "submit");
            html.close("form");
            html.close("div");
        }
        html.close("header");
        if (crumbs != null) {
            html.open("nav", "class", "breadcrumbs", "aria-label", "Breadcrumbs");
            html.el("a", "Home", "href", prefix);
            for (Crumb crumb : crumbs) {
                html.t(" \u203a ");
                if (crumb.href() == null) {
                    html.t(crumb.label());
                } else {
                    html.el("a", crumb.label(), "href", crumb.href());
                }
            }
            html.close("nav");
        }
        html.open("main", "id", "content");
        if (messages != null && !messages.isEmpty()) {
            html.open("ul", "class", "messagelist");
            for (String message : messages) {
                html.el("li", message, "class", "success");
            }
            html.close("ul");
        }
        html.el("h1", pageTitle);
        html.add(content);
        html.close("main").close("body").close("html");
        return "<!DOCTYPE html>\n" + html;
    }

    /** The page of an error: its status, the reason and the message, with a way home. */
    public String error(int status, String message) {
        Html content = Html.of().el("p", message, "class", "error-message")
                .open("p").el("a", "Go to the admin's home page", "href", prefix).close("p");
        return page(status + " " + HttpError.reason(status), null, null, null, null, content, "error-page status-" + status);
    }
}
