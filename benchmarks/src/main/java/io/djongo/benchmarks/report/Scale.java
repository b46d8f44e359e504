package io.djongo.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The compile-time benchmark's TSV ({@code ScaleCompile}), reduced to medians per size and variant. */
final class Scale {
    private Scale() {}

    /** One size: the medians of its plain and its Djongo compiles. */
    record Row(int models, double plainCpu, double djongoCpu, double processorCpu, double djongoMain, double djongoJit,
            double plainMain, double plainJit, long sources, long generatedFiles, long generatedLines, long classFiles,
            long plainClassFiles, int rounds) {

        double ratio() {
            return djongoCpu / plainCpu;
        }

        double processorMsPerModel() {
            return processorCpu / models;
        }
    }

    static List<Row> read(Path tsv) throws IOException {
        // models -> variant -> compiles {cpu, processor, main, jit, generated files, generated lines, class files, sources}
        Map<Integer, Map<String, List<long[]>>> data = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\t");
            data.computeIfAbsent(Integer.valueOf(p[0]), k -> new LinkedHashMap<>()).computeIfAbsent(p[1], k -> new ArrayList<>())
                    .add(new long[] {Long.parseLong(p[3]), Long.parseLong(p[5]), Long.parseLong(p[6]), Long.parseLong(p[7]),
                            Long.parseLong(p[10]), Long.parseLong(p[11]), Long.parseLong(p[12]), Long.parseLong(p[9])});
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, List<long[]>>> size : data.entrySet()) {
            List<long[]> plain = size.getValue().getOrDefault("plain", List.of());
            List<long[]> djongo = size.getValue().getOrDefault("djongo", List.of());
            if (plain.isEmpty() || djongo.isEmpty()) {
                continue;
            }
            rows.add(new Row(size.getKey(), median(plain, 0), median(djongo, 0), median(djongo, 1), median(djongo, 2),
                    median(djongo, 3), median(plain, 2), median(plain, 3), djongo.get(0)[7], djongo.get(0)[4],
                    djongo.get(0)[5], djongo.get(0)[6], plain.get(0)[6], djongo.size()));
        }
        return rows;
    }

    static String table(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| models | plain javac CPU s | with the processor CPU s | ratio | compiling thread s (plain / Djongo) | "
                + "JIT threads s (plain / Djongo) | processor's own work, ms per model | generated files per model | "
                + "generated lines per model | class files per model (plain / Djongo) |\n");
        md.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Row row : rows) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", row.models()))
                    .append(" | ").append(seconds(row.plainCpu())).append(" | ").append(seconds(row.djongoCpu()))
                    .append(" | ").append(ReportWriter.ratio(row.ratio()))
                    .append(" | ").append(seconds(row.plainMain())).append(" / ").append(seconds(row.djongoMain()))
                    .append(" | ").append(seconds(row.plainJit())).append(" / ").append(seconds(row.djongoJit()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", row.processorMsPerModel()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", (double) row.generatedFiles() / row.models()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f", (double) row.generatedLines() / row.models()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f / %.0f", (double) row.plainClassFiles() / row.models(),
                            (double) row.classFiles() / row.models()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 1000);
    }

    private static double median(List<long[]> values, int index) {
        long[] sorted = values.stream().mapToLong(v -> v[index]).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
