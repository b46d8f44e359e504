package io.djongo.admin.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code Cookie} header and writes {@code Set-Cookie} values with the admin's flags. */
public final class Cookies {
    private Cookies() {}

    /** The cookies a request sent; on a repeated name the first wins, as browsers send the most specific first. */
    public static Map<String, String> parse(List<String> headers) {
        Map<String, String> cookies = new HashMap<>();
        if (headers == null) {
            return cookies;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                cookies.putIfAbsent(name, value);
            }
        }
        return cookies;
    }

    /**
     * A cookie only this site's pages under {@code path} send back, that scripts cannot read
     * ({@code HttpOnly}), that other sites' POSTs do not carry ({@code SameSite=Lax}), and that only
     * HTTPS carries when {@code secure}. {@code maxAgeSeconds} negative: a session cookie; zero: delete.
     */
    public static String set(String name, String value, String path, long maxAgeSeconds, boolean secure) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        cookie.append("; HttpOnly; SameSite=Lax");
        if (secure) {
            cookie.append("; Secure");
        }
        return cookie.toString();
    }
}
