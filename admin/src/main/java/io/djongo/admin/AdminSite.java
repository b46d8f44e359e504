package io.djongo.admin;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoOperationTimeoutException;
import io.djongo.DatabaseError;
import io.djongo.admin.auth.Accounts;
import io.djongo.admin.auth.Group_;
import io.djongo.admin.auth.LoginThrottle;
import io.djongo.admin.auth.PasswordHasher;
import io.djongo.admin.auth.Session;
import io.djongo.admin.auth.Sessions;
import io.djongo.admin.auth.User;
import io.djongo.admin.auth.User_;
import io.djongo.admin.changelist.Ids;
import io.djongo.admin.forms.Signer;
import io.djongo.admin.history.History;
import io.djongo.admin.http.Cookies;
import io.djongo.admin.http.Csrf;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.HttpServerAdapter;
import io.djongo.admin.http.Request;
import io.djongo.admin.http.Response;
import io.djongo.admin.pages.Layout;
import io.djongo.admin.pages.Static;
import io.djongo.meta.ModelMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin site (Django's {@code AdminSite}): models registered with their {@link ModelAdmin}
 * options, served at {@code /admin/} by {@link #start}. Users and groups are registered too, as in
 * Django. Every page requires a logged-in active staff user with the model's permission; every
 * form POST needs the CSRF token and a same-site origin; every query runs under a time limit.
 *
 * <pre>{@code
 * AdminSite site = AdminSite.create()
 *         .register(ModelAdmin.of(Entry_.Meta.INSTANCE).listDisplay("headline", "blog__name", "rating"));
 * try (AdminServer server = site.start(8000)) { ... }
 * }</pre>
 */
public final class AdminSite {
    /** The session cookie. */
    public static final String SESSION_COOKIE = "djongo_admin_session";

    private final Map<String, Registered<?>> models = new LinkedHashMap<>();
    private final List<ModelAdmin<?>> pending = new ArrayList<>();
    private String alias;
    private String prefix = "/admin/";
    private String title = "Djongo administration";
    private Duration maxQueryTime = Duration.ofSeconds(5);
    private byte[] secret;
    private PasswordHasher hasher = PasswordHasher.standard();
    private boolean secureCookies;
    private Clock clock = Clock.systemUTC();
    private final LoginThrottle throttle = new LoginThrottle();
    private volatile boolean built;
    private Layout layout;
    private Accounts accounts;
    private Sessions sessions;
    private History history;
    private Signer signer;
    private References references;

    private AdminSite() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = random;
        register(ModelAdmin.of(User_.Meta.INSTANCE)
                .listDisplay("username", "email", "is_staff", "is_superuser", "is_active")
                .searchFields("username", "email")
                .listFilter("is_staff", "is_superuser", "is_active")
                .readonlyFields("password", "last_login", "date_joined"));
        register(ModelAdmin.of(Group_.Meta.INSTANCE).listDisplay("name").searchFields("name"));
    }

    /** A site with users and groups registered, on the default connection. */
    public static AdminSite create() {
        return new AdminSite();
    }

    /** Uses connection {@code alias} (see {@code Djongo.connect(alias, uri)}) for the models and the admin's own collections. */
    public AdminSite using(String alias) {
        requireNotStarted();
        this.alias = Objects.requireNonNull(alias, "alias");
        return this;
    }

    /** The site's heading ({@code site_header}). */
    public AdminSite title(String title) {
        requireNotStarted();
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** The path the admin is served under; {@code /admin/} by default. */
    public AdminSite prefix(String prefix) {
        requireNotStarted();
        if (prefix == null || !prefix.matches("/([A-Za-z0-9_-]+/)*")) {
            throw new IllegalArgumentException("a prefix is a path that starts and ends with '/', such as /admin/");
        }
        this.prefix = prefix;
        return this;
    }

    /** The longest any query of a page may run (5 s by default); a page whose query runs out says so with a 503. */
    public AdminSite maxQueryTime(Duration limit) {
        requireNotStarted();
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("maxQueryTime must be positive");
        }
        this.maxQueryTime = limit;
        return this;
    }

    /**
     * The key that signs what forms carry (Django's {@code SECRET_KEY}); by default a random one per
     * start, which makes open forms invalid after a restart. At least 32 bytes.
     */
    public AdminSite secret(byte[] secret) {
        requireNotStarted();
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the secret has at least 32 bytes");
        }
        this.secret = secret.clone();
        return this;
    }

    /** The hasher of new passwords (PBKDF2-SHA256 with 600,000 iterations by default). */
    public AdminSite passwordHasher(PasswordHasher hasher) {
        requireNotStarted();
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        return this;
    }

    /** Marks cookies {@code Secure}, for a site served over HTTPS behind a proxy; cookies of HTTPS requests always are. */
    public AdminSite secureCookies(boolean secure) {
        requireNotStarted();
        this.secureCookies = secure;
        return this;
    }

    /** The clock of sessions and history; for tests. */
    public AdminSite clock(Clock clock) {
        requireNotStarted();
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Registers a model with default options. */
    public <T> AdminSite register(ModelMeta<T> meta) {
        return register(ModelAdmin.of(meta));
    }

    /**
     * Registers a model with its options, checked now.
     *
     * @throws IllegalArgumentException when an option names a field the model lacks, or the model is registered already
     */
    public <T> AdminSite register(ModelAdmin<T> admin) {
        requireNotStarted();
        Objects.requireNonNull(admin, "admin");
        admin.check();
        String slug = admin.meta().collection();
        for (ModelAdmin<?> other : pending) {
            if (other.meta().collection().equals(slug)) {
                if (other.meta() == admin.meta() && (other.meta() == User_.Meta.INSTANCE || other.meta() == Group_.Meta.INSTANCE)) {
                    pending.remove(other); // a site's own options for users or groups replace the defaults
                    break;
                }
                throw new IllegalArgumentException(admin.meta().name() + " is registered already");
            }
        }
        pending.add(admin);
        return this;
    }

    /** Removes the registration of a model, such as the default one of users. */
    public AdminSite unregister(ModelMeta<?> meta) {
        requireNotStarted();
        pending.removeIf(admin -> admin.meta() == meta);
        return this;
    }

    /** The accounts of this site's connection: to create superusers and check passwords. */
    public Accounts accounts() {
        return new Accounts(alias, hasher);
    }

    /** Starts serving on {@code port} of every local address (0: a free port). */
    public AdminServer start(int port) {
        return start(new InetSocketAddress(port));
    }

    /** Starts serving at {@code address}; writes the permissions of the registered models first. */
    public AdminServer start(InetSocketAddress address) {
        build();
        try {
            HttpServerAdapter http = HttpServerAdapter.start(address, prefix, this::handle, layout::error);
            String host = address.getAddress() == null || address.getAddress().isAnyLocalAddress() ? "127.0.0.1"
                    : address.getHostString();
            return new AdminServer(http, host, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("the admin could not listen on " + address + ": " + e.getMessage(), e);
        }
    }

    private synchronized void build() {
        if (built) {
            return;
        }
        List<Registered<?>> registered = new ArrayList<>();
        for (ModelAdmin<?> admin : pending) {
            registered.add(new Registered<>(admin, alias, maxQueryTime));
        }
        References.checkAutocomplete(registered);
        layout = new Layout(prefix, title);
        accounts = new Accounts(alias, hasher);
        sessions = new Sessions(alias, clock);
        history = new History(alias, clock);
        signer = new Signer(secret);
        references = new References(this);
        for (Registered<?> model : registered) {
            models.put(model.slug(), model);
            accounts.ensurePermissions(model.meta.collection(), model.meta.label());
        }
        built = true;
    }

    private void requireNotStarted() {
        if (built) {
            throw new IllegalStateException("the site has started; configure it before start()");
        }
    }

    // ---- used by the pages

    String prefix() {
        return prefix;
    }

    Layout layout() {
        return layout;
    }

    Sessions sessions() {
        return sessions;
    }

    History history() {
        return history;
    }

    Signer signer() {
        return signer;
    }

    References references() {
        return references;
    }

    /** The connection alias of the models, {@code null} for the default. */
    String alias() {
        return alias;
    }

    /** The registration of {@code meta}'s model, or {@code null} when it is not registered. */
    Registered<?> registered(ModelMeta<?> meta) {
        Registered<?> model = models.get(meta.collection());
        return model != null && model.meta == meta ? model : null;
    }

    Accounts accountsService() {
        return accounts;
    }

    LoginThrottle throttle() {
        return throttle;
    }

    Clock clock() {
        return clock;
    }

    Duration maxQueryTime() {
        return maxQueryTime;
    }

    Collection<Registered<?>> models() {
        return models.values();
    }

    Registered<?> model(String slug) {
        Registered<?> model = models.get(slug);
        if (model == null) {
            throw HttpError.notFound("There is no model " + shorten(slug) + " in this admin");
        }
        return model;
    }

    boolean secure(Request request) {
        return secureCookies || request.secure();
    }

    String sessionCookie(String key, Request request) {
        return Cookies.set(SESSION_COOKIE, key, prefix, Sessions.AGE.toSeconds(), secure(request));
    }

    String csrfCookie(String token, Request request) {
        return Cookies.set(Csrf.COOKIE, token, prefix, Duration.ofDays(365).toSeconds(), secure(request));
    }

    // ---- dispatching

    /** Answers one request: static files, login, then everything else for a logged-in staff user. */
    Response handle(Request request) {
        try {
            return dispatch(request);
        } catch (DatabaseError e) {
            throw databaseError(e.getCause() == null ? e : e.getCause(), e.getMessage());
        } catch (MongoException e) {
            throw databaseError(e, e.getMessage());
        }
    }

    private HttpError databaseError(Throwable cause, String message) {
        if (cause instanceof MongoOperationTimeoutException || cause instanceof MongoExecutionTimeoutException) {
            return new HttpError(503, "The database did not answer within " + maxQueryTime.toMillis()
                    + " ms, the admin's time limit for a query. Narrow the search or the filters and try again.");
        }
        return new HttpError(503, "The database could not answer: " + shorten(String.valueOf(message)));
    }

    private Response dispatch(Request request) {
        List<String> segments = request.segments();
        if (segments.size() == 2 && segments.get(0).equals("static")) {
            if (!request.isGet()) {
                throw HttpError.methodNotAllowed("Static files are only read");
            }
            return Static.serve(segments.get(1));
        }
        if (!request.isGet() && !request.isPost()) {
            throw HttpError.methodNotAllowed("The admin answers GET and POST only, not " + shorten(request.method()));
        }
        if (!request.path().isEmpty() && !request.path().endsWith("/")) {
            if (request.isGet()) {
                return Response.redirect(prefix + request.path() + "/" + queryString(request));
            }
            throw HttpError.notFound("There is no page at this address; admin addresses end with '/'");
        }
        String csrf = request.cookie(Csrf.COOKIE);
        boolean newCsrf = !Csrf.wellFormed(csrf);
        if (request.isPost()) {
            Csrf.check(request);
        }
        if (newCsrf) {
            csrf = Csrf.newToken();
        }
        Response response;
        if (segments.size() == 1 && segments.get(0).equals("login")) {
            response = new LoginPage(this).handle(request, csrf);
        } else {
            response = authenticated(request, segments, csrf);
        }
        if (newCsrf && !response.cookies().stream().anyMatch(c -> c.startsWith(Csrf.COOKIE + "="))) {
            response.cookie(csrfCookie(csrf, request));
        }
        return response;
    }

    private Response authenticated(Request request, List<String> segments, String csrf) {
        String key = request.cookie(SESSION_COOKIE);
        Optional<Session> session = sessions.find(key);
        Optional<User> user = session.flatMap(s -> accounts.activeStaff(s.userId()));
        if (user.isEmpty()) {
            String next = prefix + request.path() + queryString(request);
            Response redirect = Response.redirect(prefix + "login/?next=" + io.djongo.admin.http.Params.encodeComponent(next));
            if (key != null) {
                redirect.cookie(Cookies.set(SESSION_COOKIE, "", prefix, 0, secure(request)));
            }
            return redirect;
        }
        if (segments.size() == 1 && segments.get(0).equals("logout")) {
            if (!request.isPost()) {
                throw HttpError.methodNotAllowed("Log out with the button of the page's header (a POST)");
            }
            sessions.end(key);
            return Response.redirect(prefix + "login/")
                    .cookie(Cookies.set(SESSION_COOKIE, "", prefix, 0, secure(request)));
        }
        Set<String> permissions = accounts.permissions(user.get());
        List<String> messages = request.isGet() ? sessions.takeMessages(session.get()) : List.of();
        AdminContext context = new AdminContext(this, request, user.get(), permissions, session.get(), csrf, messages);
        return route(context, segments);
    }

    private Response route(AdminContext context, List<String> segments) {
        Request request = context.request();
        if (segments.isEmpty()) {
            requireGet(request);
            return new IndexPage(context).render();
        }
        Registered<?> model = model(segments.get(0));
        if (segments.size() == 1) {
            return new ChangeListPage<>(context, model).handle();
        }
        if (segments.size() == 2 && segments.get(1).equals("add")) {
            return new ChangeFormPage<>(context, model, null).handle();
        }
        if (segments.size() == 2 && segments.get(1).equals("autocomplete")) {
            return references.autocomplete(context, model);
        }
        org.bson.BsonValue id = Ids.parse(model.meta, segments.get(1));
        if (segments.size() == 2) {
            requireGet(request);
            return Response.redirect(model.url(prefix, id, "change"));
        }
        if (segments.size() == 3) {
            switch (segments.get(2)) {
                case "change":
                    return new ChangeFormPage<>(context, model, id).handle();
                case "delete":
                    return new DeletePage<>(context, model, id).handle();
                case "history":
                    requireGet(request);
                    return new HistoryPage<>(context, model, id).render();
                default:
                    break;
            }
        }
        throw HttpError.notFound("There is no page at this address");
    }

    private static void requireGet(Request request) {
        if (!request.isGet()) {
            throw HttpError.methodNotAllowed("This page is only read (GET)");
        }
    }

    private static String queryString(Request request) {
        return io.djongo.admin.http.Params.encode(request.query().asMap());
    }

    static String shorten(String text) {
        return text == null ? "" : text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
