package io.djongo.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link EmbeddedMongo} until the process is stopped, for manual experiments with
 * a MongoDB client or shell.
 *
 * <pre>
 * EmbeddedMongoMain [PORT [FILE]]
 * </pre>
 *
 * <p>{@code PORT} defaults to 27017, the MongoDB default, so tools work without
 * configuration; {@code 0} picks a free port. With {@code FILE} the data is kept in that
 * H2 MVStore file across runs, otherwise in memory. The connection string is printed on
 * standard output once the server accepts connections; Ctrl+C (or SIGTERM) stops it cleanly,
 * which for a file-backed server writes all data to the file.
 *
 * <p>From the repository root:
 * <pre>
 * mvn -q -pl embedded compile exec:java -Dexec.args="27017 /tmp/djongo.mv"
 * </pre>
 */
public final class EmbeddedMongoMain {

    static final int DEFAULT_PORT = 27017;

    private EmbeddedMongoMain() {
    }

    /**
     * Starts the server and blocks until the JVM shuts down.
     *
     * @param args an optional port and an optional data file, see the class documentation
     * @throws InterruptedException if the main thread is interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length > 2 || (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help")))) {
            usage(null);
            return;
        }
        int port = DEFAULT_PORT;
        if (args.length > 0) {
            try {
                port = Integer.parseInt(args[0]);
            } catch (NumberFormatException e) {
                usage("PORT must be a number between 0 and 65535, got '" + args[0] + "'");
                return;
            }
        }
        Path file = args.length > 1 ? Path.of(args[1]) : null;

        EmbeddedMongo mongo;
        try {
            mongo = EmbeddedMongo.start(port, file);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));

        System.out.println("Embedded MongoDB (" + (file == null ? "in memory" : "data in " + file.toAbsolutePath())
                + ") listening on " + mongo.connectionString() + " - press Ctrl+C to stop.");
        System.out.flush();
        stopped.await();
    }

    private static void usage(String error) {
        if (error != null) {
            System.err.println(error);
        }
        (error == null ? System.out : System.err).println("Usage: EmbeddedMongoMain [PORT [FILE]]\n"
                + "  PORT  TCP port on 127.0.0.1, default " + DEFAULT_PORT + "; 0 picks a free port\n"
                + "  FILE  H2 MVStore file that keeps the data across runs; in memory if omitted");
        if (error != null) {
            System.exit(2);
        }
    }
}
