package io.djongo.benchmarks.startup;

import io.djongo.benchmarks.model.Entry;
import java.lang.management.ManagementFactory;
import java.util.List;

/** What every start-up main prints when it has its first query result. */
final class StartupResult {
    private StartupResult() {}

    /** The query every contender runs: entries with rating >= 3, at most 20. */
    static final int LIMIT = 20;
    static final int MIN_RATING = 3;

    /**
     * Prints {@code RESULT <entries> <ms from JVM start> <classes loaded>}; the clock is read and the
     * classes counted before the management classes load, so loading them is not counted.
     */
    static void report(List<Entry> entries) {
        long now = System.currentTimeMillis();
        if (entries.size() != LIMIT || entries.stream().anyMatch(e -> e.getRating() < MIN_RATING || e.getBlog() == null)) {
            throw new IllegalStateException("unexpected first result: " + entries.size() + " entries");
        }
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("RESULT " + entries.size() + " " + (now - start) + " " + classes);
        System.out.flush();
    }
}
