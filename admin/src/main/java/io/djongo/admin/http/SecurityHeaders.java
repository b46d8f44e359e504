package io.djongo.admin.http;

import java.util.Map;

/**
 * The headers on every admin response: no framing (clickjacking), a content security policy that
 * runs only the admin's own script file and loads nothing from elsewhere, no MIME sniffing, no
 * referrer to other sites and no caching of pages that show data.
 */
public final class SecurityHeaders {
    /** Only same-origin scripts, styles and images; no inline scripts, plugins, frames or foreign form targets. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {}

    public static void apply(Map<String, String> headers, boolean secure) {
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.putIfAbsent("Cache-Control", "no-store");
        if (secure) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
