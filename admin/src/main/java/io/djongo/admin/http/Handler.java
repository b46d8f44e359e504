package io.djongo.admin.http;

/**
 * One page or action of the admin: a request in, a response out. Throwing an {@link HttpError}
 * answers with its status and message.
 */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
