package io.djongo.admin.http;

/**
 * A request the admin refuses, with the status and the message the error page shows: a bad id
 * is a 404, a malformed form a 400, a missing CSRF token a 403. Never a 500: every bad input the
 * admin can name is one of these.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError forbidden(String message) {
        return new HttpError(403, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError methodNotAllowed(String message) {
        return new HttpError(405, message);
    }

    /** The reason phrase of {@code status}, for the error page's title. */
    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Request too large";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Error";
        };
    }
}
