package io.djongo.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The start-up launcher's TSV, reduced to medians per contender. */
final class Startup {
    private Startup() {}

    record Row(String contender, long wall, long mad, long jvm, double ratio, int runs, long classes) {}

    static List<Row> read(Path tsv) throws IOException {
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            runs.computeIfAbsent(parts[0], k -> new ArrayList<>())
                    .add(new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                            parts.length > 4 ? Long.parseLong(parts[4]) : -1});
        }
        List<Row> rows = new ArrayList<>();
        long base = -1;
        for (Map.Entry<String, List<long[]>> entry : runs.entrySet()) {
            long wall = median(entry.getValue().stream().mapToLong(t -> t[0]).toArray());
            long jvm = median(entry.getValue().stream().mapToLong(t -> t[1]).toArray());
            long mad = median(entry.getValue().stream().mapToLong(t -> Math.abs(t[0] - wall)).toArray());
            long classes = median(entry.getValue().stream().mapToLong(t -> t[2]).toArray());
            if (entry.getKey().equals("handWritten")) {
                base = wall;
            }
            rows.add(new Row(entry.getKey(), wall, mad, jvm, Double.NaN, entry.getValue().size(), classes));
        }
        List<Row> withRatios = new ArrayList<>();
        for (Row row : rows) {
            withRatios.add(new Row(row.contender(), row.wall(), row.mad(), row.jvm(),
                    base > 0 ? (double) row.wall() / base : Double.NaN, row.runs(), row.classes()));
        }
        return withRatios;
    }

    /** The rows with the many-models application right after the benchmark application's Djongo. */
    static List<Row> ordered(List<Row> rows) {
        List<Row> ordered = new ArrayList<>(rows);
        Row many = rows.stream().filter(r -> r.contender().equals("djongoManyModels")).findFirst().orElse(null);
        int djongo = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).contender().equals("djongo")) {
                djongo = i;
            }
        }
        if (many != null && djongo >= 0) {
            ordered.remove(many);
            ordered.add(djongo + 1, many);
        }
        return ordered;
    }

    static int runs(List<Row> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).runs();
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) {
            return -1;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
