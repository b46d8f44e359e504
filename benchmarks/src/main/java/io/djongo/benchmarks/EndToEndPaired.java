package io.djongo.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The end-to-end operations of {@link EndToEndBenchmark}, measured paired and interleaved: in each
 * round every contender runs for a short slice, in an order that rotates from round to round, and the
 * ratio to the hand-written codec is taken within the round. JMH runs each benchmark in its own fork,
 * minutes apart, and on a shared machine the server-dominated end-to-end times drift by ±20% between
 * forks; pairing within rounds cancels that drift, so these ratios are the ones the targets use.
 * Allocation is the client thread's ({@code ThreadMXBean}), which leaves the server's out.
 *
 * <pre>{@code java -cp ... io.djongo.benchmarks.EndToEndPaired --rounds 30 --slice-ms 300 --warmup-s 10
 *     --out target/e2e-paired.tsv}</pre>
 */
public final class EndToEndPaired {
    private EndToEndPaired() {}

    public static void main(String[] args) throws Exception {
        int rounds = 30;
        long sliceMs = 300;
        long warmupS = 10;
        Path out = Path.of("target/e2e-paired.tsv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--slice-ms" -> sliceMs = Long.parseLong(args[++i]);
                case "--warmup-s" -> warmupS = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EndToEndBenchmark benchmark = new EndToEndBenchmark();
        benchmark.setUp(); // starts the server, stores 1000 entries and verifies every contender
        EndToEndBenchmark.Empty empty = new EndToEndBenchmark.Empty();
        Map<String, Map<String, Supplier<Object>>> operations = new LinkedHashMap<>();
        Map<String, Supplier<Object>> find = new LinkedHashMap<>();
        find.put("handWritten", benchmark::find_handWritten);
        find.put("djongo", benchmark::find_djongo);
        find.put("pojo", benchmark::find_pojo);
        operations.put("find", find);
        Map<String, Supplier<Object>> insert = new LinkedHashMap<>();
        insert.put("handWritten", () -> benchmark.insert_handWritten(empty));
        insert.put("djongo", () -> benchmark.insert_djongo(empty));
        insert.put("pojo", () -> benchmark.insert_pojo(empty));
        operations.put("insert", insert);

        StringBuilder tsv = new StringBuilder("operation\tcontender\tround\tms_per_op\tclient_bytes_per_op\n");
        try {
            for (Map.Entry<String, Map<String, Supplier<Object>>> operation : operations.entrySet()) {
                boolean drop = operation.getKey().equals("insert");
                List<String> contenders = new ArrayList<>(operation.getValue().keySet());
                long warmupSlice = Math.max(1, warmupS * 1000 / (contenders.size() * 5L));
                for (int round = -5; round < rounds; round++) { // 5 warm-up rounds, discarded
                    for (int k = 0; k < contenders.size(); k++) {
                        String contender = contenders.get(Math.floorMod(k + round, contenders.size()));
                        double[] slice = slice(operation.getValue().get(contender), round < 0 ? warmupSlice : sliceMs,
                                drop ? () -> empty.drop(benchmark) : null, threads);
                        if (round >= 0) {
                            tsv.append(operation.getKey()).append('\t').append(contender).append('\t').append(round + 1)
                                    .append('\t').append(slice[0]).append('\t').append(Math.round(slice[1])).append('\n');
                        }
                    }
                }
                System.out.println("end to end, paired: " + operation.getKey() + " done");
            }
        } finally {
            benchmark.tearDown();
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, tsv.toString());
    }

    /** Runs {@code operation} for about {@code millis}; returns {ms per op, client bytes per op}. */
    private static double[] slice(Supplier<Object> operation, long millis, Runnable before,
            com.sun.management.ThreadMXBean threads) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long elapsed = 0;
        long allocated = 0;
        int count = 0;
        Object sink = null;
        do {
            if (before != null) {
                before.run();
            }
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            sink = operation.get();
            elapsed += System.nanoTime() - start;
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
            count++;
        } while (System.nanoTime() < deadline || count < 2);
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return new double[] {elapsed / 1e6 / count, (double) allocated / count};
    }
}
