package io.djongo.benchmarks.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Clean-compile time of an application of 50, 500 and 2,000 models ({@link ScaleModels}): the model
 * sources compiled by javac with Djongo's processor, and the same classes without
 * {@code extends Model_} by plain javac ({@code -proc:none}), each in a JVM of its own
 * ({@link TimedJavac}), the two in turn. Writes one line per compile to {@code --out}:
 * {@code models variant round cpu_ms wall_ms processor_cpu_ms main_ms jit_ms gc_ms sources
 * generated_files generated_lines class_files}. The classes compiled with the processor at
 * {@code --keep} models stay in {@code <work>/<keep>/classes}, for the start-up benchmark.
 *
 * <pre>{@code java -cp ... io.djongo.benchmarks.scale.ScaleCompile --sizes 50,500,2000 --rounds 1
 *     --work target/scale --keep 500 --out target/compile.tsv}</pre>
 */
public final class ScaleCompile {
    private ScaleCompile() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(50, 500, 2000);
        int rounds = 1;
        Path work = Path.of("target/scale");
        Path out = Path.of("target/compile.tsv");
        int keep = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--keep" -> keep = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: ScaleCompile "
                        + "[--sizes 50,500,2000] [--rounds N] [--work dir] [--keep models] [--out file.tsv]");
            }
        }
        String classPath = System.getProperty("java.class.path");
        String processorPath = Files.readString(Path.of("target/processorpath.txt")).strip();
        String compileClassPath = Files.readString(Path.of("target/classpath.txt")).strip();
        StringBuilder tsv = new StringBuilder("models\tvariant\tround\tcpu_ms\twall_ms\tprocessor_cpu_ms\tmain_ms\tjit_ms"
                + "\tgc_ms\tsources\tgenerated_files\tgenerated_lines\tclass_files\n");
        for (int models : sizes) {
            Path root = work.resolve(String.valueOf(models));
            delete(root);
            int sources = ScaleModels.write(models, root.resolve("src"), false).size();
            ScaleModels.write(models, root.resolve("plain-src"), true);
            for (int round = 1; round <= rounds; round++) {
                // plain first in odd rounds, Djongo first in even ones
                for (String variant : round % 2 == 1 ? List.of("plain", "djongo") : List.of("djongo", "plain")) {
                    boolean djongo = variant.equals("djongo");
                    Path classes = root.resolve(djongo ? "classes" : "plain-classes");
                    Path generated = root.resolve(djongo ? "generated" : "plain-generated");
                    delete(classes);
                    delete(generated);
                    long[] times = compile(classPath, root.resolve(djongo ? "src" : "plain-src"), classes, generated,
                            compileClassPath, djongo ? processorPath : null);
                    tsv.append(models).append('\t').append(variant).append('\t').append(round);
                    for (long time : times) {
                        tsv.append('\t').append(time);
                    }
                    tsv.append('\t').append(sources).append('\t').append(count(generated, "")).append('\t')
                            .append(lines(generated)).append('\t').append(count(classes, ".class")).append('\n');
                    System.out.printf("compile %5d models %-6s round %d: %6d ms CPU (processor %5d ms)%n", models, variant,
                            round, times[0], times[2]);
                }
            }
            if (models != keep) {
                delete(root);
            }
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, tsv.toString());
    }

    /** One compile in a fresh JVM; returns {process CPU, wall, processor CPU, main thread, JIT threads, GC threads} in ms. */
    private static long[] compile(String classPath, Path sources, Path classes, Path generated, String compileClassPath,
            String processorPath) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, TimedJavac.class.getName(),
                sources.toString(), classes.toString(), generated.toString(), compileClassPath));
        if (processorPath != null) {
            command.add(processorPath);
        }
        Path errors = Files.createTempFile("compile-", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String result = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null; ) {
                if (line.startsWith("COMPILE ")) {
                    result = line;
                }
            }
        }
        boolean exited = process.waitFor(30, TimeUnit.MINUTES);
        if (!exited || process.exitValue() != 0 || result == null) {
            process.destroyForcibly();
            throw new IllegalStateException("compiling " + sources + " failed:\n" + Files.readString(errors));
        }
        Files.delete(errors);
        // COMPILE <cpu> <wall> <processor cpu> <main thread cpu> <jit ms> <gc ms> {gc=..,jit=..,main=..,other=..}
        String[] parts = result.split(" ");
        String threads = parts.length > 7 ? parts[7] : "{}";
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                Long.parseLong(parts[4]), kind(threads, "jit"), kind(threads, "gc")};
    }

    /** The CPU ms of one kind of thread in TimedJavac's {@code {gc=..,jit=..}}; -1 when it could not tell. */
    private static long kind(String threads, String kind) {
        for (String entry : threads.replace("{", "").replace("}", "").split(",")) {
            if (entry.startsWith(kind + "=")) {
                return Long.parseLong(entry.substring(kind.length() + 1));
            }
        }
        return -1;
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).count();
        }
    }

    private static long lines(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        long lines = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                try (Stream<String> text = Files.lines(file)) {
                    lines += text.count();
                }
            }
        }
        return lines;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
