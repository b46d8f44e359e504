package io.djongo.admin.pages;

import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The admin's stylesheet and script, from its jar, cached by browsers for an hour. */
public final class Static {
    private static final Map<String, String> FILES = Map.of("admin.css", "text/css; charset=utf-8",
            "admin.js", "text/javascript; charset=utf-8");

    private Static() {}

    public static Response serve(String name) {
        String type = FILES.get(name);
        if (type == null) {
            throw HttpError.notFound("There is no file " + name + " among the admin's static files");
        }
        try (InputStream in = Static.class.getResourceAsStream("/io/djongo/admin/static/" + name)) {
            if (in == null) {
                throw HttpError.notFound("There is no file " + name + " among the admin's static files");
            }
            return Response.bytes(type, in.readAllBytes()).header("Cache-Control", "public, max-age=3600");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
