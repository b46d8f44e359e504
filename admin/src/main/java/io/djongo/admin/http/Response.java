package io.djongo.admin.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a handler answers: a status, headers, cookies to set and a body. */
public final class Response {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();
    private final byte[] body;

    private Response(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    /** An HTML page. */
    public static Response html(int status, String html) {
        return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static Response ok(String html) {
        return html(200, html);
    }

    /** A JSON answer, for the page's script. */
    public static Response json(String json) {
        return new Response(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of the admin's static assets. */
    public static Response bytes(String contentType, byte[] body) {
        return new Response(200, contentType, body);
    }

    /** A redirect after a POST (303: the browser follows it with GET), or to the login page. */
    public static Response redirect(String location) {
        if (!location.startsWith("/") || location.startsWith("//") || location.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("the admin redirects within its own site only: " + location);
        }
        Response response = new Response(303, null, new byte[0]);
        response.headers.put("Location", location);
        return response;
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds a {@code Set-Cookie} header, written by {@link Cookies}. */
    public Response cookie(String setCookie) {
        cookies.add(setCookie);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<String> cookies() {
        return cookies;
    }

    public byte[] body() {
        return body;
    }
}
