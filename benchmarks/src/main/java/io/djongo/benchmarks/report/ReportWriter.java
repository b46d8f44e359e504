package io.djongo.benchmarks.report;

import io.djongo.benchmarks.contenders.Contenders;
import io.djongo.benchmarks.contenders.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Writes {@code RESULTS.md} and {@code results.png} from JMH's JSON results ({@code -rf json}) and
 * the start-up launcher's TSV: one table per measurement with medians, errors and ratios to the
 * baseline of the same run, the targets of the issue with a verdict, the machine and the command.
 * JSON is read with the BSON library's parser and the chart drawn with Java2D, so the report needs
 * nothing beyond what the benchmarks already use.
 *
 * <pre>{@code java -cp ... io.djongo.benchmarks.report.ReportWriter --jmh target/jmh-result.json
 *     --startup target/startup.tsv --out RESULTS.md --chart results.png --command "benchmarks/run.sh"}</pre>
 */
public final class ReportWriter {
    private ReportWriter() {}

    /** One benchmark result: medians and errors of time and allocation. */
    record Result(String name, double time, double timeError, String unit, double alloc, double allocError,
            int iterations) {}

    /** One table: results with a baseline contender for the ratios. */
    record Group(String title, String what, String baseline, List<Row> rows) {}

    /** One row of a table, ratios included. */
    record Row(String contender, Result result, double timeRatio, double allocRatio) {}

    /**
     * What is measured outside JMH at scale: clean compiles, memory over a large collection, and the
     * load average before and after each step of the run.
     *
     * @param manyModels how many models the start-up's {@code djongoManyModels} application has
     */
    record Measured(List<Scale.Row> compile, Map<String, Memory.Row> memory, Map<String, String[]> load,
            String manyModels, Map<String, List<Paired.Row>> queries) {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path jmh = Path.of(options.getOrDefault("jmh", "target/jmh-result.json"));
        Path startup = Path.of(options.getOrDefault("startup", "target/startup.tsv"));
        Path out = Path.of(options.getOrDefault("out", "RESULTS.md"));
        Path chart = Path.of(options.getOrDefault("chart", "results.png"));
        Path analysis = Path.of(options.getOrDefault("analysis", "ANALYSIS.md"));
        Path paired = Path.of(options.getOrDefault("paired", "target/e2e-paired.tsv"));
        Path compile = Path.of(options.getOrDefault("compile", "target/compile.tsv"));
        Path memory = Path.of(options.getOrDefault("memory", "target/memory.tsv"));
        Path load = Path.of(options.getOrDefault("load", "target/load.tsv"));
        Path queryPaired = Path.of(options.getOrDefault("query-paired", "target/query-paired.tsv"));

        BsonArray json = BsonArray.parse(Files.readString(jmh));
        Map<String, Result> results = new LinkedHashMap<>();
        BsonDocument first = null;
        for (BsonValue value : json) {
            BsonDocument benchmark = value.asDocument();
            first = first == null ? benchmark : first;
            String name = benchmark.getString("benchmark").getValue();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1); // Class.method
            BsonDocument primary = benchmark.getDocument("primaryMetric");
            BsonDocument alloc = benchmark.getDocument("secondaryMetrics").getDocument("gc.alloc.rate.norm", null);
            results.put(name, new Result(name, median(primary), number(primary.get("scoreError")),
                    primary.getString("scoreUnit").getValue(), alloc == null ? Double.NaN : median(alloc),
                    alloc == null ? Double.NaN : number(alloc.get("scoreError")),
                    primary.getArray("rawData").get(0).asArray().size()));
        }
        List<Startup.Row> startupRows = Files.exists(startup) ? Startup.read(startup) : List.of();
        Map<String, List<Paired.Row>> pairedRows = Files.exists(paired) ? Paired.read(paired) : Map.of();
        Measured measured = new Measured(Files.exists(compile) ? Scale.read(compile) : List.of(),
                Files.exists(memory) ? Memory.read(memory) : Map.of(), Files.exists(load) ? load(load) : Map.of(),
                options.getOrDefault("scale-models", "500"), Files.exists(queryPaired) ? Paired.read(queryPaired) : Map.of());

        List<Group> groups = new ArrayList<>();
        groups.add(group("Encode one Entry to BSON bytes", "CodecBenchmark.encode_", "handWritten", results,
                List.of("handWritten", "djongo", "pojo", "document", "morphia", "spring")));
        groups.add(group("Decode one Entry from BSON bytes", "CodecBenchmark.decode_", "handWritten", results,
                List.of("handWritten", "djongo", "pojo", "document", "morphia", "spring")));
        groups.add(group("Encode, many models (another model's codec ran first)", "CodecBenchmark.encode_",
                "handWrittenManyModels", results,
                List.of("handWrittenManyModels", "djongoManyModels")));
        groups.add(group("Decode, many models (another model's codec ran first)", "CodecBenchmark.decode_",
                "handWrittenManyModels", results,
                List.of("handWrittenManyModels", "djongoManyModels")));
        groups.add(group("Build the find command of the typical chain", "QueryBenchmark.query_", "driverBuilders",
                results, List.of("driverBuilders", "handBuilt", "djongo", "djongoLookups", "djongoDeclared", "spring",
                        "springMapped")));
        groups.add(group("Build the find command of the lookup-string chain", "QueryBenchmark.lookupChain_",
                "driverBuilders", results, List.of("driverBuilders", "handBuilt", "typed", "djongo")));
        groups.add(group("Insert 1000 entries (embedded server, same JVM)", "EndToEndBenchmark.insert_",
                "handWritten", results, List.of("handWritten", "djongo", "pojo")));
        groups.add(group("Find 1000 entries into objects (embedded server, same JVM)", "EndToEndBenchmark.find_",
                "handWritten", results, List.of("handWritten", "djongo", "pojo")));
        groups.removeIf(g -> g.rows().isEmpty());

        List<String> verification;
        try (Contenders contenders = new Contenders()) {
            verification = Verification.verify(contenders);
        }

        String markdown = markdown(options, first, groups, pairedRows, startupRows, measured, verification,
                Files.exists(analysis) ? Files.readString(analysis) : null, chart);
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        Chart.write(chart, groups, pairedRows, startupRows);
        System.out.println("wrote " + out.toAbsolutePath() + " and " + chart.toAbsolutePath());
    }

    /** {@code step before after} lines: the 1-minute load average before and after each step of the run. */
    private static Map<String, String[]> load(Path tsv) throws IOException {
        Map<String, String[]> load = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] p = line.split("\t");
            if (p.length >= 3) {
                load.put(p[0], new String[] {p[1], p[2]});
            }
        }
        return load;
    }

    /** The load line of a section: {@code Load average (1 min) before / after: 1.20 / 2.31}. */
    private static String load(Measured measured, String step) {
        String[] load = measured.load().get(step);
        return load == null ? "" : "Load average (1 minute) before / after this step: " + load[0] + " / " + load[1] + ".\n\n";
    }

    private static Group group(String title, String prefix, String baseline, Map<String, Result> results,
            List<String> contenders) {
        Result base = results.get(prefix + baseline);
        List<Row> rows = new ArrayList<>();
        for (String contender : contenders) {
            Result result = results.get(prefix + contender);
            if (result != null) {
                rows.add(new Row(contender, result, base == null ? Double.NaN : result.time() / base.time(),
                        base == null ? Double.NaN : result.alloc() / base.alloc()));
            }
        }
        return new Group(title, prefix, baseline, rows);
    }

    static double median(BsonDocument metric) {
        return number(metric.getDocument("scorePercentiles").get("50.0"));
    }

    static double number(BsonValue value) {
        if (value == null) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.asNumber().doubleValue();
        }
        if (value.isString()) {
            try {
                return Double.parseDouble(value.asString().getValue());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    // ---- markdown

    private static String markdown(Map<String, String> options, BsonDocument jmh, List<Group> groups,
            Map<String, List<Paired.Row>> paired, List<Startup.Row> startup, Measured measured, List<String> verification,
            String analysis, Path chart) {
        StringBuilder md = new StringBuilder();
        md.append("# Djongo benchmarks: results\n\n");
        md.append("Generated by `benchmarks/run.sh` (").append(options.getOrDefault("mode", "full"))
                .append(" mode) on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(". Do not edit by hand: run the command again.\n\n");
        if ("quick".equals(options.get("mode"))) {
            md.append("> **Quick mode**: 1 short warm-up and 2 measurement iterations, 3 start-up runs. A smoke test "
                    + "of the pipeline; the numbers are not fit to compare.\n\n");
        }
        md.append("![ratios to the baseline of each measurement](").append(chart.getFileName()).append(")\n\n");

        md.append("## Machine and command\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPU | ").append(cpuModel()).append(" |\n");
        md.append("| `nproc` | ").append(options.getOrDefault("nproc", String.valueOf(Runtime.getRuntime()
                .availableProcessors()))).append(" |\n");
        if (jmh != null) {
            md.append("| JVM | ").append(jmh.getString("vmName").getValue()).append(' ')
                    .append(jmh.getString("vmVersion").getValue()).append(" (JDK ")
                    .append(jmh.getString("jdkVersion").getValue()).append(") |\n");
            md.append("| JMH | ").append(jmh.getString("jmhVersion").getValue()).append(", ")
                    .append(jmh.getInt32("forks").getValue()).append(" fork, JVM options `")
                    .append(String.join(" ", jmh.getArray("jvmArgs").stream().map(v -> v.asString().getValue())
                            .toList())).append("` |\n");
        }
        md.append("| command | `").append(options.getOrDefault("command", "benchmarks/run.sh")).append("` |\n");
        if (options.containsKey("jmh-command")) {
            md.append("| JMH command | `").append(options.get("jmh-command")).append("` |\n");
        }
        if (options.containsKey("duration")) {
            md.append("| total time | ").append(options.get("duration")).append(" |\n");
        }
        if (!measured.load().isEmpty()) {
            md.append("| load average (1 minute) before / after each step | ");
            List<String> steps = new ArrayList<>();
            measured.load().forEach((step, load) -> steps.add(step + " " + load[0] + " / " + load[1]));
            md.append(String.join("; ", steps)).append(" |\n");
        }
        md.append("| contenders | Djongo (generated `Entry_.Codec`), a hand-written `Codec<Entry>`, the driver's "
                + "`PojoCodecProvider` (automatic), `org.bson.Document` mapped by hand, Morphia "
                + options.getOrDefault("morphia", "2.5.1") + " (its mapper's codec), Spring Data MongoDB "
                + options.getOrDefault("spring", "5.1.2") + " (`MappingMongoConverter`), all on MongoDB driver "
                + options.getOrDefault("driver", "5.14.0") + " |\n\n");

        md.append("## How to read the tables\n\n");
        md.append("Each number is the **median** of the measurement iterations of one JMH fork; **±** is JMH's 99.9% "
                + "confidence half-width of the mean of the same iterations (n/a when there are too few). **ratio** "
                + "is the contender's median over the baseline's median **from the same run** (the first row of "
                + "each table), for time and for bytes allocated per operation (`-prof gc`, "
                + "`gc.alloc.rate.norm`). Below 1 is better than the baseline.\n\n");

        for (Group group : groups) {
            md.append("## ").append(group.title()).append("\n\n");
            md.append(load(measured, "jmh"));
            String unit = group.rows().get(0).result().unit();
            md.append("| contender | median ").append(unit).append(" | ± | ratio | alloc B/op | ± | alloc ratio |\n");
            md.append("|---|--:|--:|--:|--:|--:|--:|\n");
            for (Row row : group.rows()) {
                Result r = row.result();
                md.append("| ").append(row.contender().equals(group.baseline()) ? "**" + row.contender() + "** (baseline)"
                        : row.contender()).append(" | ").append(fmt(r.time())).append(" | ").append(fmt(r.timeError()))
                        .append(" | ").append(ratio(row.timeRatio())).append(" | ").append(fmt0(r.alloc()))
                        .append(" | ").append(fmt0(r.allocError())).append(" | ").append(ratio(row.allocRatio()))
                        .append(" |\n");
            }
            md.append('\n');
        }

        for (Map.Entry<String, List<Paired.Row>> operation : measured.queries().entrySet()) {
            md.append("## ").append(operation.getKey().equals("typicalChain") ? "The typical chain"
                    : "The lookup-string chain").append(", paired and interleaved\n\n");
            md.append(load(measured, "query-paired"));
            md.append("The chains of the JMH tables above, built by `QueryPaired` in one JVM: ")
                    .append(operation.getValue().get(0).rounds())
                    .append(" rounds, in each round every contender builds its chain over and over for a slice of time, "
                            + "in rotating order; **ratio** is the median over rounds of the contender's time over the "
                            + "driver's builders' time **in the same round**, with the interquartile range of those "
                            + "ratios; **alloc** is what the benchmark thread allocates per chain. This is what the "
                            + "targets use: on a shared machine a sub-microsecond benchmark moves by 20% or more between "
                            + "JMH's separate runs.\n\n");
            md.append("| contender | median µs/op | ratio | ratio IQR | alloc B/op | alloc ratio |\n");
            md.append("|---|--:|--:|--:|--:|--:|\n");
            for (Paired.Row row : operation.getValue()) {
                md.append("| ").append(row.contender().equals("driverBuilders") ? "**driverBuilders** (baseline)"
                        : row.contender()).append(" | ").append(fmt(row.ms())).append(" | ").append(ratio(row.ratio()))
                        .append(" | ").append(ratio(row.ratioLow())).append(" – ").append(ratio(row.ratioHigh()))
                        .append(" | ").append(fmt0(row.bytes())).append(" | ").append(ratio(row.bytesRatio()))
                        .append(" |\n");
            }
            md.append('\n');
        }

        for (Map.Entry<String, List<Paired.Row>> operation : paired.entrySet()) {
            md.append("## ").append(operation.getKey().equals("find") ? "Find 1000 entries" : "Insert 1000 entries")
                    .append(", paired and interleaved (embedded server, same JVM)\n\n");
            md.append(load(measured, "paired"));
            md.append("The same operations as the JMH table above, run by `EndToEndPaired`: ")
                    .append(operation.getValue().get(0).rounds())
                    .append(" rounds, in each round every contender runs for a slice of time in rotating order; "
                            + "**ratio** is the median over rounds of the contender's time over the hand-written "
                            + "codec's time **in the same round**, with the interquartile range of those ratios. "
                            + "**client alloc** is what the benchmark thread allocates per operation (the server's "
                            + "threads are left out, so this isolates the mapper).\n\n");
            md.append("| contender | median ms/op | ratio | ratio IQR | client alloc B/op | alloc ratio |\n");
            md.append("|---|--:|--:|--:|--:|--:|\n");
            for (Paired.Row row : operation.getValue()) {
                md.append("| ").append(row.contender().equals("handWritten") ? "**handWritten** (baseline)"
                        : row.contender()).append(" | ").append(fmt(row.ms())).append(" | ").append(ratio(row.ratio()))
                        .append(" | ").append(ratio(row.ratioLow())).append(" – ").append(ratio(row.ratioHigh()))
                        .append(" | ").append(fmt0(row.bytes())).append(" | ").append(ratio(row.bytesRatio()))
                        .append(" |\n");
            }
            md.append('\n');
        }

        if (!startup.isEmpty()) {
            md.append("## Start-up: JVM start to first query result (separate processes)\n\n");
            md.append(load(measured, "startup"));
            md.append("Each contender is a `main` that connects to a server started by the launcher, runs "
                    + "`rating >= 3, limit 20` into objects and prints the result; the launcher starts each one "
                    + Startup.runs(startup) + " times (rounds in rotating order, after one discarded warm-up round) "
                    + "with `java -cp <the benchmark class path> <main>` and default JVM options. **wall** is what the "
                    + "launcher measures from starting the process to reading the result line; **JVM** is what the "
                    + "process measures from its JVM's start time. ± is the median absolute deviation of wall. "
                    + "**djongo** runs in the benchmark application (the `Entry` model with its `Blog` and `Author`, and "
                    + "`Other`); **djongo, " + measured.manyModels() + " models** runs the same `main` with the "
                    + "classes of an application of " + measured.manyModels() + " models (`ScaleModels`, compiled by "
                    + "`ScaleCompile`, each with an embedded and an array model) on its class path as well. **classes** "
                    + "is how many classes the JVM had loaded when the result was printed.\n\n");
            md.append("| contender | median wall ms | ± | ratio | median JVM ms | classes |\n|---|--:|--:|--:|--:|--:|\n");
            for (Startup.Row row : Startup.ordered(startup)) {
                md.append("| ").append(row.contender().equals("handWritten") ? "**handWritten** (baseline: raw driver)"
                        : row.contender().equals("djongoManyModels") ? "djongo, " + measured.manyModels() + " models"
                        : row.contender()).append(" | ").append(row.wall()).append(" | ").append(row.mad())
                        .append(" | ").append(ratio(row.ratio())).append(" | ").append(row.jvm()).append(" | ")
                        .append(row.classes() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", row.classes())).append(" |\n");
            }
            md.append('\n');
        }

        if (!measured.compile().isEmpty()) {
            md.append("## Clean compile: javac with the processor against plain javac\n\n");
            md.append(load(measured, "compile"));
            md.append("`ScaleModels` writes an application of N models, each with ten stored fields of common types, an "
                    + "`@EmbeddedModel` and an `@ArrayModel` of its own and a `ForeignKey` to the model before it (3N "
                    + "annotated classes, 50 models to a package). `ScaleCompile` compiles it in a JVM of its own "
                    + "(`TimedJavac`: `javax.tools` javac, `--release 17 -Xlint:all -Werror`) with Djongo's processor, "
                    + "and the same classes without `extends Model_` with plain javac (`-proc:none`). **CPU s** is the "
                    + "CPU time of the whole process (JVM start included, the same for both), as a build tool spends it "
                    + "on a clean build; the compiling thread and the JIT's threads are its two large parts. The "
                    + "processor's own work is the CPU time inside its `process` calls (analysis, generation, writing "
                    + "files); javac compiling what it generated is not in it.\n\n");
            md.append(Scale.table(measured.compile())).append('\n');
        }

        if (!measured.memory().isEmpty()) {
            long entries = measured.memory().values().iterator().next().items();
            md.append("## Memory: reading ").append(String.format(Locale.ROOT, "%,d", entries))
                    .append(" entries with a 96 MB heap\n\n");
            md.append(load(measured, "memory"));
            md.append("`MemoryLauncher` stores the entries in an in-process server in its own JVM, then runs each "
                    + "contender in a JVM of its own with `-Xmx96m`: it reads every entry one way, while a thread "
                    + "collects the garbage every 25 ms and notes the heap in use afterwards, which is what is live. "
                    + "**peak live** is the largest of those; **added by reading** is the peak less what was live before "
                    + "the first read (the connection, the classes' statics). Djongo reads with its default batch size "
                    + "(none is set); the raw driver needs one (1000), since the in-process server would otherwise send "
                    + "the whole result in one reply, over the driver's 48 MB limit. The ratio compares what Djongo adds "
                    + "with what the raw driver adds reading the same thing.\n\n");
            md.append(Memory.table(measured.memory())).append('\n');
        }

        md.append("## Targets of issue 12 (performance at scale)\n\n");
        md.append(Targets.scale(groups, startup, measured));
        md.append('\n');
        md.append("## Targets of the earlier issues\n\n");
        md.append(Targets.table(groups, paired));
        md.append('\n');

        md.append("## Verification before timing\n\n");
        md.append("Every benchmark's `@Setup` throws if a contender writes another document or reads back another "
                + "entry (`ContendersTest` checks the same in `mvn -Pbenchmarks verify`). For the benchmark entry:\n\n");
        for (String line : verification) {
            md.append("- ").append(line).append('\n');
        }
        md.append("- query chain: Djongo's typed chain, its lookup strings and the hand-built document are equal "
                + "documents; the driver's builders write the same conditions inside an explicit `$and` and the "
                + "prefix as a BSON regular expression, Spring's Criteria the prefix as a BSON regular expression — "
                + "equal after normalising those two forms (`Queries.verify`).\n");
        md.append("- end to end: each contender's `find` returns the 1000 stored entries, and what each contender "
                + "inserts reads back equal through another contender.\n\n");

        md.append("## What is measured\n\n");
        md.append("""
                - **Model**: `Entry` with an ObjectId id, a 40-character headline, a 500-character body, an `Instant`,
                  an int, a long, a double, a boolean, 5 tags, an embedded `Blog`, 3 `Author`s and a
                  `Map<String,Integer>` of 3 votes: 1068 BSON bytes. One class carries every mapper's annotations.
                - **Encode**: a new `BsonBinaryWriter` over a reused `BasicOutputBuffer`, the contender's codec (for
                  Document and Spring: map to a `Document`, then the driver's `DocumentCodec`).
                - **Decode**: a new `BsonBinaryReader` over the hand-written codec's bytes, the contender's codec
                  (Document and Spring: `DocumentCodec`, then map).
                - **Many models**: the same, after another model's generated codec (`Other`, with other field types)
                  ran 200,000 times in the fork, so that the runtime helpers all generated codecs share have seen many
                  types before `Entry_.Codec` is compiled — as in an application with many models.
                - **Query chain**: `filter(blog.name startsWith "Beat", rating >= 3).exclude(tags contains "draft")
                  .orderBy(-pubDate).limit(20)` built from nothing into the `find` command document, by Djongo
                  (`toBson()`), Djongo's lookup strings, the driver's `Filters`/`Sorts`, a hand-built `BsonDocument`,
                  Spring's `Criteria`/`Query` (`getQueryObject`/`getSortObject`), and Spring as `MongoTemplate.find`
                  does it (through `QueryMapper`).
                - **Lookup-string chain**: `filter("blog__name__istartswith", "beat").exclude("rating__lt", 3)
                  .orderBy("-pub_date")` built from nothing into the `find` command document by Djongo's lookup
                  strings (`djongo`), the same chain with typed paths (`typed`), the driver's `Filters`/`Sorts` and a
                  hand-built `BsonDocument`.
                - **End to end**: mongo-java-server in the same JVM (djongo-embedded); insert 1000 entries in one
                  `insertMany` into an emptied collection, and find all 1000 into a list. Djongo through
                  `Entry_.objects()`; the others through the raw driver's typed collection. Allocation includes the
                  server's, which is the same for all.
                - **Start-up**, **clean compile** and **memory**: see their sections.

                """);

        if (analysis != null) {
            md.append(analysis.strip()).append('\n');
        }
        return md.toString();
    }

    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String fmt0(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }
}
