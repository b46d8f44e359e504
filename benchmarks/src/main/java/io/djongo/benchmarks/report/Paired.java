package io.djongo.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paired, interleaved measurements ({@code EndToEndPaired}'s and {@code QueryPaired}'s TSV), reduced
 * per contender.
 */
final class Paired {
    private Paired() {}

    record Row(String operation, String contender, double ms, double ratio, double ratioLow, double ratioHigh,
            double bytes, double bytesRatio, int rounds) {}

    /** Rows per operation, ratios to the operation's first contender taken round by round. */
    static Map<String, List<Row>> read(Path tsv) throws IOException {
        // operation -> contender -> round -> {ms, bytes}
        Map<String, Map<String, Map<Integer, double[]>>> data = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\t");
            data.computeIfAbsent(p[0], k -> new LinkedHashMap<>()).computeIfAbsent(p[1], k -> new LinkedHashMap<>())
                    .put(Integer.parseInt(p[2]), new double[] {Double.parseDouble(p[3]), Double.parseDouble(p[4])});
        }
        Map<String, List<Row>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Map<Integer, double[]>>> operation : data.entrySet()) {
            // the first contender of an operation is its baseline: handWritten, driverBuilders
            Map<Integer, double[]> base = operation.getValue().values().iterator().next();
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, Map<Integer, double[]>> contender : operation.getValue().entrySet()) {
                List<Double> ms = new ArrayList<>();
                List<Double> bytes = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                List<Double> byteRatios = new ArrayList<>();
                for (Map.Entry<Integer, double[]> round : contender.getValue().entrySet()) {
                    ms.add(round.getValue()[0]);
                    bytes.add(round.getValue()[1]);
                    double[] paired = base == null ? null : base.get(round.getKey());
                    if (paired != null) {
                        ratios.add(round.getValue()[0] / paired[0]);
                        byteRatios.add(round.getValue()[1] / paired[1]);
                    }
                }
                rows.add(new Row(operation.getKey(), contender.getKey(), quantile(ms, 0.5), quantile(ratios, 0.5),
                        quantile(ratios, 0.25), quantile(ratios, 0.75), quantile(bytes, 0.5),
                        quantile(byteRatios, 0.5), ms.size()));
            }
            result.put(operation.getKey(), rows);
        }
        return result;
    }

    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
