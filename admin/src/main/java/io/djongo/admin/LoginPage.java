package io.djongo.admin;

import io.djongo.admin.auth.User;
import io.djongo.admin.html.Html;
import io.djongo.admin.http.Csrf;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Request;
import io.djongo.admin.http.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The login form (Django's {@code admin:login}): staff users only, throttled, a new session and CSRF token on success. */
final class LoginPage {
    static final String FAILED = "Please enter the correct username and password for a staff account. Note that both "
            + "fields may be case-sensitive.";

    private final AdminSite site;

    LoginPage(AdminSite site) {
        this.site = site;
    }

    Response handle(Request request, String csrf) {
        String next = safeNext(request.isPost() ? request.form().get("next") : request.query().get("next"));
        if (request.isGet()) {
            return form(200, csrf, next, "", null);
        }
        String username = request.form().get("username", "");
        String password = request.form().get("password", "");
        Instant locked = site.throttle().lockedUntil(username, request.remoteAddress());
        if (locked != null) {
            long minutes = Math.max(1, Duration.between(site.clock().instant(), locked).toMinutes() + 1);
            return form(429, csrf, next, username, "Too many failed login attempts. Try again in " + minutes
                    + " minute" + (minutes == 1 ? "" : "s") + ".");
        }
        Optional<User> user = site.accountsService().authenticate(username, password);
        if (user.isEmpty()) {
            site.throttle().failed(username, request.remoteAddress());
            return form(200, csrf, next, username, FAILED);
        }
        site.throttle().succeeded(username, request.remoteAddress());
        String old = request.cookie(AdminSite.SESSION_COOKIE);
        if (old != null) {
            site.sessions().end(old);
        }
        String key = site.sessions().start(user.get().id());
        // A new CSRF token at login, as Django rotates it, so a token seen before login is worth nothing after.
        return Response.redirect(next)
                .cookie(site.sessionCookie(key, request))
                .cookie(site.csrfCookie(Csrf.newToken(), request));
    }

    /** {@code next} when it is a page of this admin, else the index: no redirects to other sites. */
    private String safeNext(String next) {
        if (next == null || !next.startsWith(site.prefix()) || next.contains("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return site.prefix();
        }
        if (next.startsWith(site.prefix() + "login/") || next.startsWith(site.prefix() + "logout/")) {
            return site.prefix();
        }
        return next;
    }

    private Response form(int status, String csrf, String next, String username, String error) {
        if (status >= 400 && status != 429) {
            throw new HttpError(status, error);
        }
        Html content = Html.of();
        if (error != null) {
            content.el("p", error, "class", "errornote");
        }
        content.open("form", "method", "post", "action", site.prefix() + "login/", "class", "login-form",
                "id", "login-form");
        content.empty("input", "type", "hidden", "name", Csrf.FIELD, "value", csrf);
        content.empty("input", "type", "hidden", "name", "next", "value", next);
        content.open("div", "class", "form-row").el("label", "Username:", "for", "id_username")
                .empty("input", "type", "text", "name", "username", "id", "id_username", "value", username,
                        "autocomplete", "username", "maxlength", "150", "autofocus", "autofocus", "required", "required")
                .close("div");
        content.open("div", "class", "form-row").el("label", "Password:", "for", "id_password")
                .empty("input", "type", "password", "name", "password", "id", "id_password",
                        "autocomplete", "current-password", "required", "required")
                .close("div");
        content.open("div", "class", "submit-row").el("button", "Log in", "type", "submit", "class", "default").close("div");
        content.close("form");
        return Response.html(status, site.layout().page("Log in", null, null, null, null, content, "login"));
    }
}
