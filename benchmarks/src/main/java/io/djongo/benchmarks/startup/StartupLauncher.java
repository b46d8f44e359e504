package io.djongo.benchmarks.startup;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Fixtures;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import io.djongo.embedded.EmbeddedMongo;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * Measures the time from starting a JVM to its first query result, for each start-up contender, as
 * separate processes: {@code java -cp <this class path> io.djongo.benchmarks.startup.Start<Contender> <uri>}.
 *
 * <p>It starts one embedded server in this process, stores 1000 entries, runs one discarded round
 * (to warm the OS file cache), then {@code --runs} rounds; each round starts every contender once, in
 * an order that rotates from round to round. Two times are kept per run: the wall time this launcher
 * sees from starting the process to reading its result line (the primary number), and the time the
 * child itself measures from its JVM's start. Writes {@code contender run wallMs jvmMs} lines to
 * {@code --out} and prints the medians.
 *
 * <p>With {@code --scale-classes <dir>} (an application of many models compiled by
 * {@code ScaleCompile}), one more contender, {@code djongoManyModels}, runs {@code StartDjongo} with
 * those classes on its class path: the same first query in an application that has them all.
 *
 * <pre>{@code java -cp ... io.djongo.benchmarks.startup.StartupLauncher --runs 10 --out target/startup.tsv
 *     [--scale-classes target/scale/500/classes]}</pre>
 */
public final class StartupLauncher {
    private StartupLauncher() {}

    /** Contender name to main class, in report order. */
    static final Map<String, String> CONTENDERS = new LinkedHashMap<>();

    /** The contender that runs Djongo's main in an application of many models. */
    static final String MANY_MODELS = "djongoManyModels";

    static {
        CONTENDERS.put("handWritten", StartHandWritten.class.getName());
        CONTENDERS.put("djongo", StartDjongo.class.getName());
        CONTENDERS.put("pojo", StartPojo.class.getName());
        CONTENDERS.put("morphia", StartMorphia.class.getName());
        CONTENDERS.put("spring", StartSpring.class.getName());
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        Path out = Path.of("target/startup.tsv");
        Path scaleClasses = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--scale-classes" -> scaleClasses = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: StartupLauncher [--runs N] [--out file.tsv] [--scale-classes dir]");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String benchmarkClassPath = System.getProperty("java.class.path");
        Map<String, String> classPaths = new LinkedHashMap<>();
        Map<String, String> mains = new LinkedHashMap<>(CONTENDERS);
        CONTENDERS.keySet().forEach(c -> classPaths.put(c, benchmarkClassPath));
        if (scaleClasses != null) {
            mains.put(MANY_MODELS, StartDjongo.class.getName());
            classPaths.put(MANY_MODELS, benchmarkClassPath + File.pathSeparator + scaleClasses.toAbsolutePath());
        }
        List<String> contenders = new ArrayList<>(mains.keySet());
        Map<String, List<long[]>> times = new LinkedHashMap<>();
        contenders.forEach(c -> times.put(c, new ArrayList<>()));
        try (EmbeddedMongo server = EmbeddedMongo.start()) {
            String uri = server.connectionString("startup");
            seed(server.connectionString(), "startup");
            for (int round = -1; round < runs; round++) {
                for (int k = 0; k < contenders.size(); k++) {
                    String contender = contenders.get(Math.floorMod(k + round, contenders.size()));
                    long[] time = run(java, classPaths.get(contender), mains.get(contender), uri);
                    if (round >= 0) {
                        times.get(contender).add(time);
                    }
                }
                System.out.println(round < 0 ? "start-up: warm-up round done" : "start-up: round " + (round + 1) + "/" + runs);
            }
        }
        StringBuilder tsv = new StringBuilder("contender\trun\twall_ms\tjvm_ms\tclasses\n");
        for (Map.Entry<String, List<long[]>> entry : times.entrySet()) {
            for (int run = 0; run < entry.getValue().size(); run++) {
                long[] time = entry.getValue().get(run);
                tsv.append(entry.getKey()).append('\t').append(run + 1).append('\t').append(time[0]).append('\t')
                        .append(time[1]).append('\t').append(time[2]).append('\n');
            }
            System.out.printf("start-up %-12s median %5d ms (JVM-measured %5d ms) over %d runs%n", entry.getKey(),
                    median(entry.getValue(), 0), median(entry.getValue(), 1), entry.getValue().size());
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, tsv.toString());
    }

    private static void seed(String uri, String database) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Entry> collection = client.getDatabase(database).getCollection("entry", Entry.class)
                    .withCodecRegistry(CodecRegistries.fromRegistries(
                            CodecRegistries.fromCodecs(new HandWrittenEntryCodec()),
                            MongoClientSettings.getDefaultCodecRegistry()));
            collection.insertMany(Fixtures.entries(1000));
        }
    }

    /** Runs one contender process; returns {wall ms, JVM-measured ms, classes loaded}. */
    private static long[] run(String java, String classPath, String mainClass, String uri)
            throws IOException, InterruptedException {
        Path errors = Files.createTempFile("startup-", ".err");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath, mainClass, uri)
                .redirectError(errors.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        String result = null;
        long wall = -1;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null; ) {
                if (line.startsWith("RESULT ") && result == null) {
                    wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    result = line;
                }
            }
        }
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        if (!exited || process.exitValue() != 0 || result == null) {
            throw new IllegalStateException(mainClass + " failed (exit " + (exited ? process.exitValue() : "timeout")
                    + "):\n" + Files.readString(errors));
        }
        Files.delete(errors);
        String[] parts = result.split(" ");
        return new long[] {wall, Long.parseLong(parts[2]), Long.parseLong(parts[3])};
    }

    static long median(List<long[]> times, int index) {
        long[] values = times.stream().mapToLong(t -> t[index]).sorted().toArray();
        if (values.length == 0) {
            return -1;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
