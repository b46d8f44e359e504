package io.djongo.admin.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Serves a {@link Handler} with the JDK's HTTP server under a path prefix: reads the request
 * within limits, turns every {@link HttpError} into its error page and any other failure into a
 * plain 500 page without details, and puts the {@link SecurityHeaders} on every response.
 */
public final class HttpServerAdapter implements AutoCloseable {
    /** The largest request body read: larger ones are refused with 413. */
    public static final int MAX_BODY = 4 * 1024 * 1024;
    /** The longest request target (path and query). */
    public static final int MAX_TARGET = 8 * 1024;

    private static final System.Logger LOG = System.getLogger("io.djongo.admin");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String prefix;

    private HttpServerAdapter(HttpServer server, ExecutorService executor, String prefix) {
        this.server = server;
        this.executor = executor;
        this.prefix = prefix;
    }

    /**
     * Starts serving {@code handler} under {@code prefix} (such as {@code /admin/}) at {@code address}
     * (port 0: any free port). {@code errorPage} renders the page of an error status and message.
     */
    public static HttpServerAdapter start(InetSocketAddress address, String prefix, Handler handler,
            BiFunction<Integer, String, String> errorPage) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "djongo-admin-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        HttpServerAdapter adapter = new HttpServerAdapter(server, executor, prefix);
        server.createContext("/", exchange -> adapter.serve(exchange, handler, errorPage));
        server.start();
        return adapter;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange, Handler handler, BiFunction<Integer, String, String> errorPage) {
        boolean secure = server instanceof HttpsServer;
        Response response;
        try {
            response = handler.handle(read(exchange, secure));
        } catch (HttpError e) {
            response = Response.html(e.status(), errorPage.apply(e.status(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "admin request failed: " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath(), e);
            response = Response.html(500, errorPage.apply(500, "The server could not answer this request. The error "
                    + "was logged."));
        }
        try {
            write(exchange, response, secure);
        } catch (IOException e) {
            // the client went away
        } finally {
            exchange.close();
        }
    }

    private Request read(HttpExchange exchange, boolean secure) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawPath == null || rawPath.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_TARGET) {
            throw HttpError.badRequest("the address is too long");
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path;
        if (rawPath.equals(prefix.substring(0, prefix.length() - 1))) {
            path = ""; // "/admin" without the slash: the index
        } else if (rawPath.startsWith(prefix)) {
            path = rawPath.substring(prefix.length()); // still percent-encoded: the router decodes each segment
        } else {
            throw HttpError.notFound("There is no page at this address. The admin is at " + prefix);
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            throw HttpError.badRequest("the request has no valid Host header");
        }
        Params form = Params.empty();
        if ("POST".equals(method)) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            String body = body(exchange);
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                if (!body.isEmpty() || type != null) {
                    throw HttpError.badRequest("forms are sent as application/x-www-form-urlencoded");
                }
            }
            form = Params.parse(body);
        }
        return new Request(method, path, Params.parse(rawQuery), form, headers,
                Cookies.parse(exchange.getRequestHeaders().get("Cookie")),
                exchange.getRemoteAddress().getAddress().getHostAddress(), secure,
                (secure ? "https://" : "http://") + host);
    }

    private static String body(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY) {
                    throw new HttpError(413, "the request is larger than " + MAX_BODY + " bytes");
                }
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("the Content-Length header is not a number");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new HttpError(413, "the request is larger than " + MAX_BODY + " bytes");
            }
            // The form is ASCII when percent-encoded; anything else is refused while parsing.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw HttpError.badRequest("the request body could not be read");
        }
    }

    private static void write(HttpExchange exchange, Response response, boolean secure) throws IOException {
        Map<String, String> headers = new java.util.LinkedHashMap<>(response.headers());
        SecurityHeaders.apply(headers, secure);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        for (String cookie : response.cookies()) {
            exchange.getResponseHeaders().add("Set-Cookie", cookie);
        }
        byte[] body = response.body();
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
