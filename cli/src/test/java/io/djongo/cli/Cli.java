package io.djongo.cli;

import io.djongo.embedded.EmbeddedMongo;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Runs the command line as a user would, capturing what it prints and its exit code. */
final class Cli {
    private static EmbeddedMongo embedded;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final Map<String, String> variables = new HashMap<>();
    private final Path workingDirectory;
    private String input = "";

    Cli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    Cli withDatabase(String uri) {
        variables.put("MONGODB_URI", uri);
        return this;
    }

    Cli withInput(String answers) {
        this.input = answers;
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
                new PrintWriter(err, true), variables, workingDirectory, Cli.class.getClassLoader(), false);
        int code = Main.execute(environment, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A fresh database on the test server: MONGODB_URI (via djongo.test.uri) or an embedded server. */
    static synchronized String freshDatabase() {
        String name = "cli_" + Integer.toHexString(0x100000 + ThreadLocalRandom.current().nextInt(0xEFFFFF));
        String external = System.getProperty("djongo.test.uri", "");
        if (external.isBlank() || external.startsWith("${")) {
            external = System.getenv().getOrDefault("MONGODB_URI", "");
        }
        if (!external.isBlank()) {
            int query = external.indexOf('?');
            String base = query < 0 ? external : external.substring(0, query);
            int slash = base.indexOf('/', base.indexOf("://") + 3);
            return (slash < 0 ? base + "/" : base.substring(0, slash + 1)) + name + (query < 0 ? "" : external.substring(query));
        }
        if (embedded == null) {
            embedded = EmbeddedMongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        return embedded.connectionString(name);
    }
}
