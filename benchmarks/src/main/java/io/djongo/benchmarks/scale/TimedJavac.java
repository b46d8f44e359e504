package io.djongo.benchmarks.scale;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One clean compile in a fresh JVM, as a build tool runs it: javac from {@code javax.tools} on
 * every {@code .java} file under a directory, with Djongo's processor or with none
 * ({@code -proc:none}), with {@code -Xlint:all -Werror} as a strict build has it. Prints
 * {@code COMPILE <process CPU ms> <wall ms> <processor CPU ms> <main thread CPU ms> <JIT ms> <GC ms>
 * <CPU ms per kind of thread>}: the CPU time of the whole process (JVM start-up included, the same
 * for both), the CPU time spent inside the processor's {@code process} calls (its analysis,
 * generation and file writes; javac compiling the generated sources is not in it), the compiling
 * thread's, the JIT's and the collector's.
 *
 * <pre>{@code java -cp <this> io.djongo.benchmarks.scale.TimedJavac <sources> <classes out> <generated out>
 *     <class path> [<processor path>]}</pre>
 */
public final class TimedJavac {
    private TimedJavac() {}

    public static void main(String[] args) throws Exception {
        long wallStart = System.nanoTime();
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path generated = Path.of(args[2]);
        String classPath = args[3];
        String processorPath = args.length > 4 ? args[4] : null;
        Files.createDirectories(classes);
        Files.createDirectories(generated);
        List<File> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toFile()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-d", classes.toString(),
                "-s", generated.toString(), "-cp", classPath));
        CpuTimed processor = null;
        if (processorPath == null) {
            options.add("-proc:none");
        }
        boolean ok;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files));
            if (processorPath != null) {
                processor = new CpuTimed(load(processorPath));
                task.setProcessors(List.of(processor));
            }
            ok = task.call();
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long wall = System.nanoTime() - wallStart;
        if (!ok) {
            System.err.println("compilation failed");
            System.exit(1);
        }
        long gc = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += collector.getCollectionTime();
        }
        System.out.println("COMPILE " + cpu / 1_000_000 + " " + wall / 1_000_000 + " "
                + (processor == null ? 0 : processor.cpuNanos / 1_000_000) + " "
                + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " "
                + ManagementFactory.getCompilationMXBean().getTotalCompilationTime() + " " + gc + " " + threads());
    }

    /** CPU ms per kind of thread (main, JIT, GC, other), from Linux's /proc; empty elsewhere. */
    static String threads() {
        Map<String, Long> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                String kind = name.startsWith("C1") || name.startsWith("C2") ? "jit"
                        : name.startsWith("GC") || name.startsWith("G1") ? "gc" : name.equals("java") || name.equals("main") ? "main" : "other";
                byKind.merge(kind, ticks * 10, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return byKind.toString().replace(" ", "");
    }

    private static Processor load(String processorPath) throws ReflectiveOperationException, IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : processorPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return (Processor) loader.loadClass("io.djongo.processor.DjongoProcessor").getConstructor().newInstance();
    }

    /** Djongo's processor, with the thread CPU time of its {@code process} calls added up. */
    private static final class CpuTimed implements Processor {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final Processor delegate;
        long cpuNanos;

        CpuTimed(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(ProcessingEnvironment env) {
            long start = THREADS.getCurrentThreadCpuTime();
            delegate.init(env);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return delegate.process(annotations, round);
            } finally {
                cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            }
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }
}
