package io.djongo.benchmarks;

import io.djongo.benchmarks.contenders.Contenders;
import io.djongo.benchmarks.contenders.Queries;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The query chains of {@link QueryBenchmark}, measured paired and interleaved: in each round every
 * contender builds its chain over and over for a short slice, in an order that rotates from round to
 * round, and the ratio to the driver's builders is taken within the round. JMH runs each benchmark
 * on its own, seconds apart, and a chain that takes half a microsecond moves by 20% or more when the
 * load of a shared machine changes in between; pairing within rounds cancels that, so these ratios
 * are the ones the targets use. Allocation is the benchmark thread's ({@code ThreadMXBean}).
 *
 * <pre>{@code java -cp ... io.djongo.benchmarks.QueryPaired --rounds 30 --slice-ms 200 --warmup-s 10
 *     --out target/query-paired.tsv}</pre>
 */
public final class QueryPaired {
    private QueryPaired() {}

    /** Calls between two looks at the clock: enough that reading it costs nothing beside them. */
    private static final int BATCH = 200;

    private static volatile Object sink;

    public static void main(String[] args) throws Exception {
        int rounds = 30;
        long sliceMs = 200;
        long warmupS = 10;
        Path out = Path.of("target/query-paired.tsv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--slice-ms" -> sliceMs = Long.parseLong(args[++i]);
                case "--warmup-s" -> warmupS = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Queries.verify(new Queries.SpringMapping(Contenders.springConverter()));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // operation -> contender -> chain; the first contender of each operation is its baseline
        Map<String, Map<String, Supplier<Object>>> operations = new LinkedHashMap<>();
        Map<String, Supplier<Object>> typical = new LinkedHashMap<>();
        typical.put("driverBuilders", Queries::driverBuilders);
        typical.put("handBuilt", Queries::handBuilt);
        typical.put("djongo", Queries::djongo);
        typical.put("djongoLookups", Queries::djongoLookups);
        operations.put("typicalChain", typical);
        Map<String, Supplier<Object>> lookups = new LinkedHashMap<>();
        lookups.put("driverBuilders", Queries::lookupChainDriverBuilders);
        lookups.put("handBuilt", Queries::lookupChainHandBuilt);
        lookups.put("typed", Queries::lookupChainTyped);
        lookups.put("djongo", Queries::lookupChainDjongo);
        operations.put("lookupChain", lookups);

        StringBuilder tsv = new StringBuilder("operation\tcontender\tround\tus_per_op\tbytes_per_op\n");
        for (Map.Entry<String, Map<String, Supplier<Object>>> operation : operations.entrySet()) {
            List<String> contenders = new ArrayList<>(operation.getValue().keySet());
            long warmupSlice = Math.max(1, warmupS * 1000 / (contenders.size() * 5L));
            for (int round = -5; round < rounds; round++) { // 5 warm-up rounds, discarded
                for (int k = 0; k < contenders.size(); k++) {
                    String contender = contenders.get(Math.floorMod(k + round, contenders.size()));
                    double[] slice = slice(operation.getValue().get(contender), round < 0 ? warmupSlice : sliceMs, threads);
                    if (round >= 0) {
                        tsv.append(operation.getKey()).append('\t').append(contender).append('\t').append(round + 1)
                                .append('\t').append(slice[0]).append('\t').append(Math.round(slice[1])).append('\n');
                    }
                }
            }
            System.out.println("query chains, paired: " + operation.getKey() + " done");
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, tsv.toString());
    }

    /** Runs {@code chain} for about {@code millis}; returns {µs per op, bytes per op}. */
    private static double[] slice(Supplier<Object> chain, long millis, com.sun.management.ThreadMXBean threads) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000L;
        long count = 0;
        long now;
        do {
            for (int i = 0; i < BATCH; i++) {
                sink = chain.get();
            }
            count += BATCH;
        } while ((now = System.nanoTime()) < deadline);
        long allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        return new double[] {(now - start) / 1e3 / count, (double) allocated / count};
    }
}
