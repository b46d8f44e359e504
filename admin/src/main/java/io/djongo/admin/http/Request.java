package io.djongo.admin.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the admin's handlers see it: the method, the path below the site's prefix
 * (decoded), the query and form parameters (parsed strictly), headers and cookies.
 *
 * @param method {@code GET}, {@code POST}, ...
 * @param path the path after the site's prefix, still percent-encoded, without a leading slash
 *     ({@code entry/65a.../change/}); {@link #segments()} decodes it
 * @param query the query string's parameters
 * @param form the parameters of a form POST; empty for other requests
 * @param headers the headers, by lower-case name
 * @param cookies the cookies sent
 * @param remoteAddress the client's address, for login throttling
 * @param secure whether the request came over HTTPS
 * @param origin this site's own origin as the request names it ({@code http://host:port}), for the Origin check
 */
public record Request(String method, String path, Params query, Params form, Map<String, List<String>> headers,
        Map<String, String> cookies, String remoteAddress, boolean secure, String origin) {

    public boolean isPost() {
        return "POST".equals(method);
    }

    public boolean isGet() {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** The first value of header {@code name} (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path's segments, each percent-decoded; a trailing slash adds no empty segment. */
    public List<String> segments() {
        if (path.isEmpty()) {
            return List.of();
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> segments = new java.util.ArrayList<>();
        for (String segment : trimmed.split("/", -1)) {
            segments.add(Params.decodePath(segment));
        }
        return segments;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }
}
