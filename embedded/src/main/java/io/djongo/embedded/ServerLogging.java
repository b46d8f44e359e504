package io.djongo.embedded;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The server's logging. mongo-java-server logs through SLF4J, and so does the driver once
 * {@code slf4j-api} is on the class path; this library adds no SLF4J backend, so an application
 * or a test's own backend (Logback, Log4j, slf4j-simple, a bridge to {@code System.Logger}) receives
 * the server's messages and no second backend competes with it.
 *
 * <p>Without any backend, SLF4J drops every message and prints three "No SLF4J providers were
 * found" lines, in every program and test that starts a server. Before the first server starts,
 * when SLF4J has not been set up yet, no backend is on the class path, and
 * {@value #VERBOSITY} is not set, this sets {@value #VERBOSITY} to {@code ERROR}: SLF4J then
 * drops the messages as before, without the three lines. Anything the user chose is left alone.
 */
final class ServerLogging {
    /** SLF4J's own property (2.0.10 and later) for the level of its internal reports. */
    static final String VERBOSITY = "slf4j.internal.verbosity";

    private ServerLogging() {}

    static void quietWithoutBackend() {
        if (System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
            return;
        }
        ClassLoader loader = LoggerFactory.class.getClassLoader(); // loads the class without setting SLF4J up
        try {
            if (ServiceLoader.load(SLF4JServiceProvider.class, loader).iterator().hasNext()) {
                return;
            }
        } catch (ServiceConfigurationError e) {
            return; // a broken backend: let SLF4J report it
        }
        if (loader != null && loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null) {
            return; // an SLF4J 1.7 binding
        }
        System.setProperty(VERBOSITY, "ERROR");
    }
}
