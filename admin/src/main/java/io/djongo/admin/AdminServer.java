package io.djongo.admin;

import io.djongo.admin.http.HttpServerAdapter;

/** A running admin: its address, and {@link #close()} to stop it. */
public final class AdminServer implements AutoCloseable {
    private final HttpServerAdapter http;
    private final String host;
    private final String prefix;

    AdminServer(HttpServerAdapter http, String host, String prefix) {
        this.http = http;
        this.host = host;
        this.prefix = prefix;
    }

    public int port() {
        return http.port();
    }

    /** The admin's address, such as {@code http://127.0.0.1:8000/admin/}. */
    public String url() {
        return "http://" + host + ":" + port() + prefix;
    }

    /** Stops the server: running requests get a second to finish. */
    @Override
    public void close() {
        http.close();
    }
}
