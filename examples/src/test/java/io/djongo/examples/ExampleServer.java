package io.djongo.examples;

import io.djongo.embedded.EmbeddedMongo;
import io.djongo.examples.blog.BlogExample;

/**
 * The server the example tests run on: {@code MONGODB_URI} (passed by Maven as the system
 * property {@code djongo.test.uri}) when set, otherwise one embedded server for the whole run.
 */
public final class ExampleServer {
    private static EmbeddedMongo embedded;

    private ExampleServer() {}

    /** A connection string to {@code database} on the test server. */
    public static synchronized String uri(String database) {
        String external = System.getProperty("djongo.test.uri", "");
        if (external.isBlank()) {
            external = System.getenv().getOrDefault("MONGODB_URI", "");
        }
        if (!external.isBlank()) {
            return BlogExample.withDatabase(external, database);
        }
        if (embedded == null) {
            embedded = EmbeddedMongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        return embedded.connectionString(database);
    }
}
