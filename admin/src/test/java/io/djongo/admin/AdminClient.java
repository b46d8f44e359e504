package io.djongo.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for the admin's tests: keeps cookies, sends the site's Origin, follows no redirects. */
final class AdminClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");
    private static final Pattern SNAPSHOT = Pattern.compile("name=\"_snapshot\" value=\"([^\"]+)\"");
    private static final Pattern ROWS = Pattern.compile("name=\"_rows\" value=\"([^\"]+)\"");

    final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String origin;

    AdminClient(String base) {
        this.base = base;
        URI uri = URI.create(base);
        this.origin = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, ?> form) {
        return postRaw(path, encode(form));
    }

    HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the login form. */
    HttpResponse<String> login(String username, String password) {
        get("login/");
        return post("login/", Map.of("username", username, "password", password, "next", "/admin/"));
    }

    String csrf() {
        return cookies.get("djongo_csrftoken");
    }

    static String snapshot(String html) {
        Matcher matcher = SNAPSHOT.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no snapshot in the form:\n" + html);
        }
        return matcher.group(1).replace("&#x27;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** The signed source of the rows that a form carries after a conflict, or {@code null}. */
    static String rows(String html) {
        Matcher matcher = ROWS.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String csrfIn(String html) {
        Matcher matcher = CSRF.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A form body; a list value is sent once per element, in order. CSRF token added unless present. */
    String encode(Map<String, ?> form) {
        StringBuilder body = new StringBuilder();
        boolean hasCsrf = form.containsKey("csrfmiddlewaretoken");
        if (!hasCsrf && csrf() != null) {
            body.append("csrfmiddlewaretoken=").append(csrf());
        }
        for (Map.Entry<String, ?> entry : form.entrySet()) {
            List<?> values = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
            for (Object value : values) {
                body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        return body.toString();
    }
}
