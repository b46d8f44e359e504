package io.djongo.benchmarks.report;

import io.djongo.benchmarks.report.ReportWriter.Group;
import io.djongo.benchmarks.report.ReportWriter.Row;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        within(md, "declared query ≤ 1.0× the driver's builders", query, "djongoDeclared", false, 1.0);
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

    /** Issue 12's targets: query building, start-up, compile time and memory at scale, and the codecs. */
    static String scale(List<Group> groups, List<Startup.Row> startup, ReportWriter.Measured measured) {
        StringBuilder md = new StringBuilder("| target | measured | verdict |\n|---|--:|---|\n");
        Group lookupChain = find(groups, "QueryBenchmark.lookupChain_", "driverBuilders");
        Group query = find(groups, "QueryBenchmark.query_", "driverBuilders");
        chain(md, "lookup-string chain `filter(\"blog__name__istartswith\", \"beat\").exclude(\"rating__lt\", 3)"
                + ".orderBy(\"-pub_date\")` ≤ 1.5× the driver's builders", measured, "lookupChain", lookupChain, "djongo", 1.5);
        chain(md, "the same chain with typed paths ≤ 1.0× the driver's builders", measured, "lookupChain", lookupChain,
                "typed", 1.0);
        chain(md, "the typical chain with typed paths ≤ 1.0× the driver's builders", measured, "typicalChain", query,
                "djongo", 1.0);

        Startup.Row raw = startup.stream().filter(r -> r.contender().equals("handWritten")).findFirst().orElse(null);
        Startup.Row few = startup.stream().filter(r -> r.contender().equals("djongo")).findFirst().orElse(null);
        Startup.Row many = startup.stream().filter(r -> r.contender().equals("djongoManyModels")).findFirst().orElse(null);
        if (many != null) {
            md.append("| start-up to the first query, ").append(measured.manyModels()).append(" models, ≤ 1.10× the raw driver | ")
                    .append(ratio3(many.ratio())).append(" | ").append(many.ratio() <= 1.10 ? "met" : "**missed**").append(" |\n");
        }
        if (few != null) {
            md.append("| context: start-up to the first query, the benchmark application (4 models) | ")
                    .append(ratio3(few.ratio())).append(" | for reference |\n");
        }
        if (many != null && few != null && few.classes() > 0 && many.classes() > 0) {
            long extra = many.classes() - few.classes();
            md.append("| a model's classes load on its first use: classes loaded with ").append(measured.manyModels())
                    .append(" models beyond the benchmark application's (").append(String.format(Locale.ROOT, "%,d", few.classes()))
                    .append("; the raw driver ").append(raw == null ? "n/a" : String.format(Locale.ROOT, "%,d", raw.classes()))
                    .append(") | ").append(extra).append(" | ")
                    .append(extra < Long.parseLong(measured.manyModels()) ? "met" : "**missed**").append(" |\n");
        }

        Scale.Row at500 = null;
        Scale.Row at2000 = null;
        for (Scale.Row row : measured.compile()) {
            if (row.models() >= 500 && row.models() < 2000) {
                at500 = row;
            }
            if (row.models() >= 2000) {
                at2000 = row;
            }
            md.append("| clean compile, ").append(String.format(Locale.ROOT, "%,d", row.models()))
                    .append(" models, ≤ 3× plain javac (CPU) | ").append(ratio3(row.ratio())).append(" | ")
                    .append(row.models() < 500 ? "for reference" : row.ratio() <= 3.0 ? "met" : "**missed**").append(" |\n");
            md.append("| the processor's own work, ").append(String.format(Locale.ROOT, "%,d", row.models()))
                    .append(" models, ≤ 10 ms per model | ").append(String.format(Locale.ROOT, "%.1f ms", row.processorMsPerModel()))
                    .append(" | ").append(row.processorMsPerModel() <= 10 ? "met" : "**missed**").append(" |\n");
        }
        if (at500 != null && at2000 != null) {
            double growth = (at2000.djongoCpu() / at2000.models()) / (at500.djongoCpu() / at500.models());
            md.append("| compile time linear in the models: CPU per model at ").append(String.format(Locale.ROOT, "%,d", at2000.models()))
                    .append(" over CPU per model at ").append(at500.models()).append(", ≤ 1.15× | ").append(ratio3(growth))
                    .append(" | ").append(growth <= 1.15 ? "met" : "**missed**").append(" |\n");
            md.append("| fewer generated files per model | ").append(String.format(Locale.ROOT, "%.2f",
                    (double) at500.generatedFiles() / at500.models())).append(" (one per annotated class) | see the analysis |\n");
        }

        Map<String, Memory.Row> memory = measured.memory();
        Memory.Row stream = memory.get("stream");
        if (stream != null) {
            Memory.Row rawCursor = memory.get("rawCursor");
            long stored = rawCursor == null ? -1 : rawCursor.items();
            md.append("| reading ").append(String.format(Locale.ROOT, "%,d", stored))
                    .append(" entries from the in-process server with no batch size set works (Djongo's default batching) | ")
                    .append(String.format(Locale.ROOT, "%,d", stream.items())).append(" read | ")
                    .append(stream.readAll() && stream.items() == stored ? "met" : "**missed**").append(" |\n");
            for (String flat : List.of("valuesStream", "valuesListStream")) {
                Memory.Row row = memory.get(flat);
                if (row != null) {
                    double ratio = row.added() / stream.added();
                    md.append("| `").append(flat.equals("valuesStream") ? "values(...).stream()" : "valuesListStream(...)")
                            .append("` as flat as `stream()`: added heap ≤ `stream()`'s | ").append(ratio3(ratio))
                            .append(" | ").append(ratio <= 1.0 ? "met" : "**missed**").append(" |\n");
                }
            }
        }
        Memory.Row values = memory.get("values");
        if (values != null) {
            double ratio = Memory.ratio(memory, "values");
            md.append("| `values(...).list()` at -Xmx96m: reads all, adding no more than the raw driver's list of documents | ")
                    .append(values.readAll() ? ratio3(ratio) : "out of memory").append(" | ")
                    .append(values.readAll() && ratio <= 1.0 ? "met" : "**missed**").append(" |\n");
        }
        Memory.Row valuesList = memory.get("valuesList");
        if (valuesList != null) {
            double ratio = Memory.ratio(memory, "valuesList");
            md.append("| `valuesList(path)` at -Xmx96m: adds ≤ 1.10× the raw driver's list of values | ")
                    .append(valuesList.readAll() ? ratio3(ratio) : "out of memory").append(" | ")
                    .append(valuesList.readAll() && ratio <= 1.10 ? "met" : "**missed**").append(" |\n");
        }

        Group decode = find(groups, "CodecBenchmark.decode_", "handWritten");
        Group encodeMany = find(groups, "CodecBenchmark.encode_", "handWrittenManyModels");
        Group decodeMany = find(groups, "CodecBenchmark.decode_", "handWrittenManyModels");
        within(md, "decode one Entry ≤ 1.02× hand-written", decode, "djongo", false, 1.02);
        within(md, "many models: encode ≤ 1.02× hand-written", encodeMany, "djongoManyModels", false, 1.02);
        within(md, "many models: decode ≤ 1.02× hand-written", decodeMany, "djongoManyModels", false, 1.02);
        return md.toString();
    }

    /** A query-chain target: judged on the paired ratio when there is one, with JMH's beside it. */
    private static void chain(StringBuilder md, String target, ReportWriter.Measured measured, String operation, Group jmh,
            String contender, double limit) {
        Paired.Row paired = measured.queries().getOrDefault(operation, List.of()).stream()
                .filter(r -> r.contender().equals(contender)).findFirst().orElse(null);
        Row row = row(jmh, contender);
        if (paired == null) {
            within(md, target, jmh, contender, false, limit);
            return;
        }
        md.append("| ").append(target).append(" | paired ").append(ratio3(paired.ratio())).append(" (IQR ")
                .append(ReportWriter.ratio(paired.ratioLow())).append(" – ").append(ReportWriter.ratio(paired.ratioHigh()))
                .append(")").append(row == null ? "" : "; JMH " + ratio3(row.timeRatio())).append(" | ")
                .append(paired.ratio() <= limit ? "met" : "**missed**").append(" |\n");
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
