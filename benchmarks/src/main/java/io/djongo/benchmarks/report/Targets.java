package io.djongo.benchmarks.report;

import io.djongo.benchmarks.report.ReportWriter.Group;
import io.djongo.benchmarks.report.ReportWriter.Row;
import java.util.List;
import java.util.Locale;

/** The targets, each with the measured value and a verdict. */
final class Targets {
    private Targets() {}

    static String table(List<Group> groups, java.util.Map<String, List<Paired.Row>> paired) {
        StringBuilder md = new StringBuilder("| target | measured | verdict |\n|---|--:|---|\n");
        Group encode = find(groups, "CodecBenchmark.encode_", "handWritten");
        Group decode = find(groups, "CodecBenchmark.decode_", "handWritten");
        Group encodeMany = find(groups, "CodecBenchmark.encode_", "handWrittenManyModels");
        Group decodeMany = find(groups, "CodecBenchmark.decode_", "handWrittenManyModels");
        Group query = find(groups, "QueryBenchmark.query_", "driverBuilders");
        Group findAll = find(groups, "EndToEndBenchmark.find_", "handWritten");
        Group insert = find(groups, "EndToEndBenchmark.insert_", "handWritten");

        within(md, "encode time ≤ 1.05× hand-written", encode, "djongo", false, 1.05);
        within(md, "encode allocation ≤ 1.05× hand-written", encode, "djongo", true, 1.05);
        within(md, "decode time ≤ 1.05× hand-written", decode, "djongo", false, 1.05);
        within(md, "decode allocation ≤ 1.05× hand-written", decode, "djongo", true, 1.05);
        within(md, "stretch: decode faster than the naive hand-written codec", decode, "djongo", false, 1.0);
        within(md, "many models: encode time ≤ 1.05× hand-written", encodeMany, "djongoManyModels", false, 1.05);
        within(md, "many models: decode time ≤ 1.05× hand-written", decodeMany, "djongoManyModels", false, 1.05);
        Row djongoQuery = row(query, "djongo");
        if (djongoQuery != null) {
            double time = djongoQuery.result().time();
            md.append("| query chain built in under 1 µs | ").append(ReportWriter.fmt(time)).append(' ')
                    .append(djongoQuery.result().unit()).append(" | ")
                    .append(time < 1.0 ? "met" : "**missed**").append(" |\n");
        }
        within(md, "query chain ≤ 2× the driver's builders", query, "djongo", false, 2.0);
        Paired.Row pairedFind = paired.getOrDefault("find", List.of()).stream()
                .filter(r -> r.contender().equals("djongo")).findFirst().orElse(null);
        if (pairedFind != null) {
            md.append("| end to end: find 1000 ≤ 1.05× raw driver + hand-written codec (paired, interleaved) | ")
                    .append(ratio3(pairedFind.ratio())).append(" (IQR ")
                    .append(ReportWriter.ratio(pairedFind.ratioLow())).append(" – ")
                    .append(ReportWriter.ratio(pairedFind.ratioHigh())).append(") | ")
                    .append(pairedFind.ratio() <= 1.05 ? "met" : "**missed**").append(" |\n");
            md.append("| end to end: find 1000, client-thread allocation ≤ 1.05× (paired) | ")
                    .append(ratio3(pairedFind.bytesRatio())).append(" | ")
                    .append(pairedFind.bytesRatio() <= 1.05 ? "met" : "**missed**").append(" |\n");
        }
        within(md, "end to end: find 1000 ≤ 1.05× (JMH, separate forks)", findAll, "djongo", false, 1.05);
        within(md, "end to end: find 1000 allocation ≤ 1.05× (JMH, whole JVM with server)", findAll, "djongo", true,
                1.05);
        Row insertRow = row(insert, "djongo");
        if (insertRow != null) {
            md.append("| context: insert 1000, Djongo / raw driver + hand-written codec (not a target) | ")
                    .append(ReportWriter.ratio(insertRow.timeRatio())).append(" | for reference |\n");
        }
        Row pojo = row(decode, "pojo");
        Row djongo = row(decode, "djongo");
        if (pojo != null && djongo != null) {
            md.append("| context: PojoCodec / Djongo, decode time and allocation | ")
                    .append(String.format(Locale.ROOT, "%.2f× / %.2f×", pojo.result().time() / djongo.result().time(),
                            pojo.result().alloc() / djongo.result().alloc()))
                    .append(" | for reference |\n");
        }
        for (String peer : List.of("morphia", "spring")) {
            Row other = row(decode, peer);
            if (other != null && djongo != null) {
                md.append("| context: ").append(peer).append(" / Djongo, decode time and allocation | ")
                        .append(String.format(Locale.ROOT, "%.2f× / %.2f×",
                                other.result().time() / djongo.result().time(),
                                other.result().alloc() / djongo.result().alloc()))
                        .append(" | for reference |\n");
            }
        }
        md.append("\n\"within noise\" means the medians differ by less than the two ± errors together, so this run "
                + "cannot tell the two apart. JMH's ± only covers the iterations of one fork: the same code measured "
                + "in two forks of the same run differed by up to about 6% on this machine (see the analysis), so a "
                + "verdict within a few percent of its limit is not settled by one run.\n");
        return md.toString();
    }

    private static void within(StringBuilder md, String target, Group group, String contender, boolean alloc,
            double limit) {
        Row row = row(group, contender);
        Row base = group == null ? null : row(group, group.baseline());
        if (row == null || base == null) {
            return;
        }
        double ratio = alloc ? row.allocRatio() : row.timeRatio();
        double a = alloc ? row.result().alloc() : row.result().time();
        double b = alloc ? base.result().alloc() : base.result().time();
        double error = alloc ? row.result().allocError() + base.result().allocError()
                : row.result().timeError() + base.result().timeError();
        boolean noise = !Double.isNaN(error) && Math.abs(a - b) <= error;
        String verdict = ratio <= limit ? "met" : "**missed**";
        if (noise && ratio > limit) {
            verdict += " (within noise)";
        } else if (noise && limit < 1.05) {
            verdict += " (within noise)";
        }
        md.append("| ").append(target).append(" | ").append(ratio3(ratio)).append(" | ").append(verdict)
                .append(" |\n");
    }

    /** Three decimals, so that a ratio just over a limit does not print as the limit. */
    static String ratio3(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f×", value);
    }

    private static Group find(List<Group> groups, String prefix, String baseline) {
        for (Group group : groups) {
            if (group.what().equals(prefix) && group.baseline().equals(baseline)) {
                return group;
            }
        }
        return null;
    }

    private static Row row(Group group, String contender) {
        if (group == null) {
            return null;
        }
        for (Row row : group.rows()) {
            if (row.contender().equals(contender)) {
                return row;
            }
        }
        return null;
    }
}
