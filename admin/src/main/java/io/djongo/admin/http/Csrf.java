package io.djongo.admin.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection, as Django's: a random token in a cookie that every form
 * repeats in a hidden field ({@value #FIELD}); a POST whose field does not match the cookie is
 * refused. A POST whose {@code Origin} (or, without one, {@code Referer}) names another site is
 * refused too, even with a token. The token is rotated at login.
 */
public final class Csrf {
    /** The form field, Django's name. */
    public static final String FIELD = "csrfmiddlewaretoken";
    /** The cookie. */
    public static final String COOKIE = "djongo_csrftoken";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {}

    /** A new random token: 32 bytes, URL-safe base64. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the shape of one of ours, so a cookie with anything else is replaced. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_');
    }

    /**
     * Refuses a POST that does not carry the cookie's token, or that comes from another origin.
     *
     * @throws HttpError 403 with the reason
     */
    public static void check(Request request) {
        String origin = request.header("Origin");
        if (origin != null) {
            if (!sameOrigin(origin, request.origin())) {
                throw HttpError.forbidden("CSRF verification failed: the form was sent from another site (Origin "
                        + origin + ")");
            }
        } else {
            String referer = request.header("Referer");
            if (referer != null && !sameOrigin(referer, request.origin())) {
                throw HttpError.forbidden("CSRF verification failed: the form was sent from another site (Referer)");
            }
        }
        String cookie = request.cookie(COOKIE);
        if (!wellFormed(cookie)) {
            throw HttpError.forbidden("CSRF verification failed: the CSRF cookie is not set. Allow cookies for this "
                    + "site and reload the form");
        }
        String field = request.form().get(FIELD);
        if (field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            throw HttpError.forbidden("CSRF verification failed: the CSRF token is missing or incorrect. Reload the "
                    + "form and send it again");
        }
    }

    /** Whether {@code url} (an Origin or a Referer) has the scheme, host and port of {@code origin}. */
    static boolean sameOrigin(String url, String origin) {
        try {
            URI given = new URI(url);
            URI own = new URI(origin);
            return given.getScheme() != null && given.getScheme().equalsIgnoreCase(own.getScheme())
                    && given.getHost() != null && given.getHost().equalsIgnoreCase(own.getHost())
                    && port(given) == port(own);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
