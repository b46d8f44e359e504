package io.djongo.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The memory benchmark's TSV ({@code MemoryLauncher}): each way of reading, with its raw-driver counterpart. */
final class Memory {
    private Memory() {}

    record Row(String contender, long items, long peak, long before, String outcome) {
        boolean readAll() {
            return outcome.equals("read all");
        }

        /** What reading added to the heap: the peak less what was live before the first read. */
        double added() {
            return readAll() ? peak - before : Double.NaN;
        }
    }

    /** What each contender reads, and the raw driver's way of reading the same thing. */
    static final Map<String, String[]> WHAT = new LinkedHashMap<>();

    static {
        WHAT.put("rawCursor", new String[] {"entries, one at a time: the raw driver's cursor with the hand-written codec", null});
        WHAT.put("stream", new String[] {"entries, one at a time: `stream()`", "rawCursor"});
        WHAT.put("rawDocumentCursor", new String[] {"headline and rating, one document at a time: the raw driver's cursor",
                null});
        WHAT.put("valuesStream", new String[] {"the same rows, one at a time: `values(headline, rating).stream()`",
                "rawDocumentCursor"});
        WHAT.put("rawDocumentList", new String[] {"headline and rating, all kept: the raw driver's `into(list)` of documents",
                null});
        WHAT.put("values", new String[] {"the same rows, all kept: `values(headline, rating).list()`", "rawDocumentList"});
        WHAT.put("valuesListStream", new String[] {"headlines, one at a time: `valuesListStream(headline)`",
                "rawDocumentCursor"});
        WHAT.put("rawValueList", new String[] {"headlines, all kept: the raw driver's cursor into a `List<String>`", null});
        WHAT.put("valuesList", new String[] {"the same headlines, all kept: `valuesList(headline)`", "rawValueList"});
    }

    static Map<String, Row> read(Path tsv) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\t", -1);
            rows.put(p[0], new Row(p[0], Long.parseLong(p[1]), p[2].isEmpty() ? -1 : Long.parseLong(p[2]),
                    p[3].isEmpty() ? -1 : Long.parseLong(p[3]), p[5]));
        }
        return rows;
    }

    /** The ratio of what {@code contender} added to the heap to what its raw counterpart added. */
    static double ratio(Map<String, Row> rows, String contender) {
        Row row = rows.get(contender);
        String[] what = WHAT.get(contender);
        Row raw = what == null || what[1] == null ? null : rows.get(what[1]);
        return row == null || raw == null ? Double.NaN : row.added() / raw.added();
    }

    static String table(Map<String, Row> rows) {
        StringBuilder md = new StringBuilder("| contender | reads | entries read | peak live MB | added by reading MB | "
                + "ratio to the raw driver's | outcome |\n|---|---|--:|--:|--:|--:|---|\n");
        for (Row row : rows.values()) {
            String[] what = WHAT.getOrDefault(row.contender(), new String[] {"", null});
            md.append("| ").append(what[1] == null ? "**" + row.contender() + "** (raw driver)" : row.contender())
                    .append(" | ").append(what[0]).append(" | ").append(String.format(Locale.ROOT, "%,d", row.items()))
                    .append(" | ").append(row.readAll() ? mb(row.peak()) : "n/a")
                    .append(" | ").append(row.readAll() ? mb((long) row.added()) : "n/a")
                    .append(" | ").append(what[1] == null ? "" : ReportWriter.ratio(ratio(rows, row.contender())) + " "
                            + what[1])
                    .append(" | ").append(row.outcome()).append(" |\n");
        }
        return md.toString();
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
