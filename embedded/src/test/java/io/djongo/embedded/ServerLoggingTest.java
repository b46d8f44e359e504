package io.djongo.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * An application that starts the server and has no SLF4J backend prints nothing about SLF4J; one
 * that has a backend keeps SLF4J as it is. Each case runs in a JVM of its own, since SLF4J sets
 * itself up once per JVM.
 */
class ServerLoggingTest {

    @Test
    void withoutABackendNothingIsPrintedAboutSlf4j() throws Exception {
        Result result = run(classPath().stream().filter(entry -> !entry.contains("slf4j-nop")).toList());

        assertEquals(new Result(0, "pinged\nverbosity: ERROR\n", ""), result);
    }

    @Test
    void withABackendTheSlf4jSettingsAreLeftAlone() throws Exception {
        List<String> withNop = classPath();
        assertTrue(withNop.stream().anyMatch(entry -> entry.contains("slf4j-nop")), "slf4j-nop is a test dependency");

        Result result = run(withNop);

        assertEquals(new Result(0, "pinged\nverbosity: null\n", ""), result);
    }

    /** Starts a server, pings it with the driver, and prints what SLF4J was told. */
    public static void main(String[] args) {
        try (EmbeddedMongo server = EmbeddedMongo.start();
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            System.out.println("pinged");
        }
        System.out.println("verbosity: " + System.getProperty(ServerLogging.VERBOSITY));
    }

    private record Result(int exitCode, String out, String err) {}

    private static List<String> classPath() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private static Result run(List<String> classPath) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                ServerLoggingTest.class.getName()).start();
        process.getOutputStream().close();
        String out;
        String err;
        try (var stdout = process.getInputStream(); var stderr = process.getErrorStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ended");
        return new Result(process.exitValue(), out, err);
    }
}
