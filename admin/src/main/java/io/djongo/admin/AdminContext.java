package io.djongo.admin;

import io.djongo.admin.auth.Accounts;
import io.djongo.admin.auth.Session;
import io.djongo.admin.auth.User;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Request;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import java.util.List;
import java.util.Set;

/**
 * One request of a logged-in user: who it is, what it may do, its session, the CSRF token for
 * its forms and the messages to show.
 */
record AdminContext(AdminSite site, Request request, User user, Set<String> permissions, Session session, String csrf,
        List<String> messages) {

    boolean allows(Registered<?> model, String action) {
        return Accounts.allows(user, permissions, model.meta.collection(), action);
    }

    /** Refuses the request with a 403 unless the user may {@code action} the model. */
    void require(Registered<?> model, String action) {
        if (!allows(model, action)) {
            throw HttpError.forbidden("You do not have permission to " + action + " " + model.meta.labelPlural()
                    + " (" + model.meta.collection() + "." + action + ").");
        }
    }

    String prefix() {
        return site.prefix();
    }

    Response page(String title, List<Layout.Crumb> crumbs, Html content, String bodyClass) {
        return Response.ok(site.layout().page(title, user.username(), csrf, crumbs, messages, content, bodyClass));
    }

    Response page(int status, String title, List<Layout.Crumb> crumbs, Html content, String bodyClass) {
        return Response.html(status, site.layout().page(title, user.username(), csrf, crumbs, messages, content,
                bodyClass));
    }

    /** Keeps {@code message} for the next page, and redirects there. */
    Response redirect(String location, String message) {
        if (message != null) {
            site.sessions().addMessage(session, message);
        }
        return Response.redirect(location);
    }

    /** The hidden CSRF input of a form. */
    Html csrfInput() {
        return Html.of().empty("input", "type", "hidden", "name", io.djongo.admin.http.Csrf.FIELD, "value", csrf);
    }
}
