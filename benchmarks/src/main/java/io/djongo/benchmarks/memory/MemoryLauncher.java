package io.djongo.benchmarks.memory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.MongoClientSettings;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Fixtures;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import io.djongo.embedded.EmbeddedMongo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * Memory over a large collection: stores {@code --docs} entries in an embedded server in this
 * process, then runs each contender of {@link MemoryRead} in a JVM of its own with
 * {@code -Xmx<--heap>} (default JVM options otherwise) and writes
 * {@code contender items peak_live_bytes before_bytes samples outcome} lines to {@code --out}.
 * The server runs here, outside the measured JVMs, so they hold only what the client holds.
 *
 * <pre>{@code java -Xmx3g -cp ... io.djongo.benchmarks.memory.MemoryLauncher --docs 200000 --heap 96m --out target/memory.tsv}</pre>
 */
public final class MemoryLauncher {
    private MemoryLauncher() {}

    public static void main(String[] args) throws Exception {
        int docs = 200_000;
        String heap = "96m";
        Path out = Path.of("target/memory.tsv");
        List<String> only = new ArrayList<>(MemoryRead.CONTENDERS.keySet());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: MemoryLauncher [--docs N] [--heap 96m] [--out file.tsv] [--only a,b]");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        StringBuilder tsv = new StringBuilder("contender\titems\tpeak_live_bytes\tbefore_bytes\tsamples\toutcome\n");
        try (EmbeddedMongo server = EmbeddedMongo.start()) {
            seed(server.connectionString(), "memory", docs);
            String uri = server.connectionString("memory");
            for (String contender : only) {
                String[] result = run(java, classPath, heap, contender, uri);
                tsv.append(contender).append('\t').append(String.join("\t", result)).append('\n');
                System.out.printf("memory %-18s %s%n", contender, String.join(" ", result));
            }
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, tsv.toString());
    }

    /** Stores entries 0 .. docs-1, in batches, so this process never holds them all. */
    private static void seed(String uri, String database, int docs) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Entry> collection = client.getDatabase(database).getCollection("entry", Entry.class)
                    .withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new HandWrittenEntryCodec()),
                            MongoClientSettings.getDefaultCodecRegistry()));
            for (int from = 0; from < docs; from += 10_000) {
                List<Entry> batch = new ArrayList<>();
                for (int i = from; i < Math.min(docs, from + 10_000); i++) {
                    batch.add(Fixtures.entry(i));
                }
                collection.insertMany(batch);
            }
            System.out.println("memory: " + docs + " entries stored");
        }
    }

    /** Runs one contender; returns {items, peak live bytes, before bytes, samples, outcome}. */
    private static String[] run(String java, String classPath, String heap, String contender, String uri)
            throws IOException, InterruptedException {
        Path errors = Files.createTempFile("memory-", ".err");
        Process process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", classPath, MemoryRead.class.getName(), contender, uri)
                .redirectError(errors.toFile()).start();
        String result = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null; ) {
                if (line.startsWith("RESULT ") || line.startsWith("OOM ")) {
                    result = line;
                }
            }
        }
        boolean exited = process.waitFor(10, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        if (result != null && result.startsWith("OOM ")) {
            Files.delete(errors);
            return new String[] {result.split(" ")[1], "", "", "", "out of memory at -Xmx" + heap};
        }
        if (!exited || process.exitValue() != 0 || result == null) {
            throw new IllegalStateException(contender + " failed (exit " + (exited ? process.exitValue() : "timeout") + "):\n"
                    + Files.readString(errors));
        }
        Files.delete(errors);
        String[] parts = result.split(" ");
        return new String[] {parts[1], parts[2], parts[3], parts[4], "read all"};
    }
}
