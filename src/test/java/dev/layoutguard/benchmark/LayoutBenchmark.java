package dev.layoutguard.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.ProjectScanner;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.eclipse.jgit.api.Git;

/**
 * Times {@code check} with every rule against the floor (walking the same tree and reading each source file once,
 * in the same JVM) and, for the Java shape, against ArchUnit's {@code layeredArchitecture()} importing and checking
 * the same code compiled; prints one table row per tree.
 *
 * <p>Run it with {@code ./mvnw -B -Pbenchmark verify} (see docs/benchmarks.md). Arguments: sizes, shapes, runs, work
 * directory, warm-up runs. Check, floor and ArchUnit each get the same warm-up before the measured runs (at least that
 * many runs and at least {@value #WARMUP_SECONDS} seconds), so each is timed with its code compiled by the JIT, not
 * interpreted or half compiled.
 */
public final class LayoutBenchmark {

    private static final Set<String> SOURCE_EXTENSIONS = Set.of("java", "kt", "py", "yml", "yaml", "properties",
            "toml", "ini", "cfg", "env", "json", "sh", "md");

    /**
     * The least time each of check, floor and ArchUnit warms up for, as well as the warm-up runs. On 2 cores the check
     * reached its steady time only after 13 to 15 seconds of runs at 10,000 files (the JIT's optimizing compiler
     * shares the cores with the check's two threads and was still compiling 50 methods a second at 12 seconds), so 10
     * seconds timed part of the compiling; see docs/benchmarks.md.
     */
    static final int WARMUP_SECONDS = 30;

    private LayoutBenchmark() {
    }

    /** How many fresh JVMs the first-run column takes the median of. */
    private static final int COLD_RUNS = 3;

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("cold")) {
            // one check in this fresh JVM: what a single build pays, the JIT's compiling included
            long start = System.nanoTime();
            check(Path.of(args[1]), Presets.named(args[2]).orElseThrow());
            System.out.println(millis(System.nanoTime() - start));
            return;
        }
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .filter(size -> size.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        List<String> shapes = List.of((args.length > 1 ? args[1] : "maven,python").split(","));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Path.of(args.length > 3 ? args[3] : "target/benchmark").toAbsolutePath();
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        System.out.printf(Locale.ROOT, "LayoutGuard benchmark: %d warm-up and %d measured runs each (median), Java %s, "
                + "%d cores, heap %d MB of %d MB%n", warmups, runs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().totalMemory() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (sizes.length > 0) {
            warmTables(sizes, shapes, runs, work, warmups);
        }
        firstBuilds(args, work);
    }

    /**
     * The first build and the unchanged rebuild (see {@link ColdStart}): by the command line on a generated maven tree
     * of {@code coldSize} files committed to git, and on the projects of {@code coldProjects}; by Maven too on those
     * projects when {@code coldMaven} names the {@code mvn} to run and its options (the plugin installed where they
     * point).
     */
    private static void firstBuilds(String[] args, Path work) throws Exception {
        int coldRuns = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        int coldSize = args.length > 6 && args[6].matches("\\d+") ? Integer.parseInt(args[6]) : 0;
        List<Path> projects = new ArrayList<>();
        if (coldSize > 0) {
            Path tree = work.resolve("first-build-maven-" + coldSize);
            delete(tree);
            BenchmarkTree.generate(tree, "maven", coldSize);
            try (Git git = Git.init().setDirectory(tree.toFile()).call()) {
                git.add().addFilepattern(".").call();
            }
            projects.add(tree);
        }
        if (args.length > 7 && !args[7].equals("-")) {
            Arrays.stream(args[7].split(",")).map(Path::of).forEach(projects::add);
        }
        String cliJar = System.getProperty("benchmark.cliJar", "");
        if (!projects.isEmpty() && Files.isRegularFile(Path.of(cliJar))) {
            System.out.printf(Locale.ROOT, "%nFirst build and unchanged rebuild by the command line, each in a fresh "
                    + "JVM, against a fresh JVM's walk reading every file (median of %d interleaved runs):%n", coldRuns);
            ColdStart.table(coldRuns, "cli", List.of(cliJar), projects).forEach(System.out::println);
        }
        String maven = args.length > 8 && !args[8].equals("-") ? args[8].strip() : "";
        List<Path> real = projects.subList(coldSize > 0 ? 1 : 0, projects.size());
        if (!maven.isEmpty() && !real.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nFirst build and unchanged rebuild by Maven (mvn layout:check, the goal's "
                    + "time in Maven's log) against the same floor (median of %d interleaved runs):%n", coldRuns);
            ColdStart.table(coldRuns, "maven", List.of(maven.split(";")), real).forEach(System.out::println);
        }
    }

    private static void warmTables(int[] sizes, List<String> shapes, int runs, Path work, int warmups)
            throws Exception {
        System.out.println("| shape | files | check ms | floor ms | check/floor | floor on all cores ms "
                + "| check/floor on all cores | check heap at its fullest MB | check heap held after a collection MB "
                + "| ArchUnit ms | ArchUnit/check |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> coldRows = new ArrayList<>();
        HeapWatch heap = HeapWatch.install();
        for (String shape : shapes) {
            for (int size : sizes) {
                Path tree = work.resolve(shape + "-" + size);
                delete(tree);
                int files = BenchmarkTree.generate(tree, shape, size);
                System.out.println(row(shape, tree, files, runs, warmups, heap));
                coldRows.add(coldRow(shape, tree, files));
            }
        }
        System.out.printf(Locale.ROOT, "%nThe first run in a fresh JVM (median of %d JVMs each), as one build pays it:%n",
                COLD_RUNS);
        System.out.println("| shape | files | first check ms | first ArchUnit ms | ArchUnit/check |");
        System.out.println("|---|---|---|---|---|");
        coldRows.forEach(System.out::println);
    }

    /** The first check, and for the Java shape the first ArchUnit run, each in JVMs of their own. */
    private static String coldRow(String shape, Path tree, int files) throws IOException, InterruptedException {
        long[] check = new long[COLD_RUNS];
        long[] arch = new long[COLD_RUNS];
        for (int run = 0; run < COLD_RUNS; run++) {
            check[run] = lastNumber(run(List.of(javaExecutable(), "-Xmx256m", "-cp", pluginClasspath(),
                    LayoutBenchmark.class.getName(), "cold", tree.toString(), shape), tree));
            if (shape.equals("maven")) {
                arch[run] = lastNumber(run(List.of(javaExecutable(), "-Xmx4g", "-cp",
                        System.getProperty("java.class.path"), ArchUnitLayering.class.getName(),
                        tree.resolve("target/classes").toString(), "cold"), tree));
            }
        }
        return shape.equals("maven")
                ? String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f |", shape, files, median(check), median(arch),
                        (double) median(arch) / median(check))
                : String.format(Locale.ROOT, "| %s | %d | %d | n/a | n/a |", shape, files, median(check));
    }

    /**
     * The class path of the first-run JVM: the plugin's packaged jar in place of its classes and of JGit's jar, when
     * the build names it ({@code benchmark.pluginJar}), so the first run loads classes as a build does (JGit embedded
     * and unsigned, see the pom); otherwise this JVM's own class path.
     */
    private static String pluginClasspath() {
        String classpath = System.getProperty("java.class.path");
        String jar = System.getProperty("benchmark.pluginJar", "");
        if (jar.isEmpty() || !Files.isRegularFile(Path.of(jar))) {
            return classpath;
        }
        List<String> entries = new ArrayList<>(List.of(jar));
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            boolean pluginClasses = path.endsWith(Path.of("target", "classes"));
            if (!pluginClasses && !path.getFileName().toString().startsWith("org.eclipse.jgit-")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    static long lastNumber(String output) {
        String[] lines = output.strip().split("\n");
        return Long.parseLong(lines[lines.length - 1].strip());
    }

    private static String row(String shape, Path tree, int files, int runs, int warmups, HeapWatch heap)
            throws Exception {
        Preset preset = Presets.named(shape).orElseThrow();
        long[] check = new long[runs];
        long[] floor = new long[runs];
        long[] parallelFloor = new long[runs];
        warmUp(warmups, () -> check(tree, preset));
        warmUp(warmups, () -> floor(tree));
        warmUp(warmups, () -> parallelFloor(tree));
        long fullest = 0;
        long held = 0;
        for (int run = 0; run < runs; run++) {
            floor[run] = floor(tree);
            parallelFloor[run] = parallelFloor(tree);
            // a collection first, so the heap holds only what the check puts in it; the pom fixes the heap
            // (-Xms = -Xmx), or the collection would shrink it and the check would pay for committing memory afresh
            System.gc();
            heap.start();
            long start = System.nanoTime();
            Report report = check(tree, preset);
            check[run] = System.nanoTime() - start;
            heap.stop();
            fullest = Math.max(fullest, heap.fullest());
            held = Math.max(held, heap.held());
            if (run == 0) {
                System.err.println("check of " + tree.getFileName() + ": " + report.violations().size()
                        + " violations, " + report.violations().stream()
                                .filter(violation -> violation.rule() == RuleId.LAYER_DEPENDENCY).count()
                        + " of them layer-dependency");
            }
        }
        String archUnit = "n/a";
        String ratio = "n/a";
        if (shape.equals("maven")) {
            long arch = archUnit(compile(tree), runs, warmups);
            archUnit = String.valueOf(millis(arch));
            ratio = String.format(Locale.ROOT, "%.1f", (double) arch / median(check));
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %d | %.2f | %d | %s | %s | %s |", shape,
                files, millis(median(check)), millis(median(floor)), (double) median(check) / median(floor),
                millis(median(parallelFloor)), (double) median(check) / median(parallelFloor), fullest / (1024 * 1024),
                held == 0 ? "no collection" : String.valueOf(held / (1024 * 1024)), archUnit, ratio);
    }

    private static Report check(Path tree, Preset preset) throws IOException {
        Project project = Project.standalone(new ProjectScanner(true, Set.of("target")).scan(tree), preset,
                new FileContents(tree, 64L * 1024 * 1024));
        return LayoutCheck.withAllRules("benchmark").run(project, Selection.all());
    }

    /** A task the benchmark times. */
    @FunctionalInterface
    interface Timed {
        Object run() throws Exception;
    }

    /** Runs a task at least {@code runs} times and for at least {@link #WARMUP_SECONDS} seconds. */
    static void warmUp(int runs, Timed task) throws Exception {
        long until = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int run = 0; run < runs || System.nanoTime() < until; run++) {
            task.run();
        }
    }

    /** Walks the same tree and reads each source file once: what no layout check can avoid. */
    private static long floor(Path tree) throws IOException {
        long start = System.nanoTime();
        long[] bytes = {0};
        walkSources(tree, file -> bytes[0] += Files.readAllBytes(file).length);
        return System.nanoTime() - start + (bytes[0] < 0 ? 1 : 0);
    }

    /**
     * The same walk, with the files read on every core: the floor for a check that, like this one, reads in
     * parallel. Reported beside the floor so the ratio is not flattered by the check using two cores.
     */
    private static long parallelFloor(Path tree) throws IOException {
        long start = System.nanoTime();
        List<Path> sources = new ArrayList<>();
        walkSources(tree, sources::add);
        long bytes = sources.parallelStream().mapToLong(file -> {
            try {
                return Files.readAllBytes(file).length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        return System.nanoTime() - start + (bytes < 0 ? 1 : 0);
    }

    /** What the floor does with each source file it walks past. */
    @FunctionalInterface
    private interface SourceVisitor {
        void visit(Path file) throws IOException;
    }

    /** Walks the tree as the check does (the build directory left out) and hands each source file on. */
    private static void walkSources(Path tree, SourceVisitor visitor) throws IOException {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.getFileName().toString().equals("target") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (isSource(file)) {
                    visitor.visit(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** ArchUnit in a JVM of its own with a roomy heap: its time, not its memory, is what the table compares. */
    private static long archUnit(Path classes, int runs, int warmups) throws IOException, InterruptedException {
        List<String> command = List.of(javaExecutable(), "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                ArchUnitLayering.class.getName(), classes.toString(), String.valueOf(runs), String.valueOf(warmups));
        String output = run(command, classes.getParent());
        String[] lines = output.strip().split("\n");
        System.err.println("ArchUnit " + lines[lines.length - 2].strip());
        return Long.parseLong(lines[lines.length - 1].strip()) * 1_000_000;
    }

    /** Compiles the tree's main sources with javac in a process of its own, for ArchUnit; not timed. */
    private static Path compile(Path tree) throws IOException, InterruptedException {
        Path classes = tree.resolve("target/classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> walk = Files.walk(tree.resolve("src/main/java"))) {
            sources = walk.map(Path::toString).filter(path -> path.endsWith(".java")).toList();
        }
        Path arguments = tree.resolve("target/javac-sources.txt");
        Files.write(arguments, sources);
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        run(List.of(javac.toString(), "-J-Xmx3g", "-proc:none", "-nowarn", "-d", classes.toString(), "@" + arguments),
                tree);
        return classes;
    }

    static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed:\n" + output);
        }
        return output;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The heap the check uses, as the collector sees it: how full the heap was at its fullest (just before a
     * collection, or at the end of the check) and how much was still held right after a collection, the live data
     * plus what survived young. Read from the collector's notifications, which give the whole heap at one instant; the
     * pools' own peaks are reached at different times, and their sum can exceed the heap.
     */
    private static final class HeapWatch implements NotificationListener {

        private final Set<String> heapPools = new HashSet<>();
        private final AtomicLong fullest = new AtomicLong();
        private final AtomicLong held = new AtomicLong();
        private volatile long since;

        static HeapWatch install() {
            HeapWatch watch = new HeapWatch();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    watch.heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(watch, null, null);
            }
            return watch;
        }

        /** Forgets earlier collections: only those that start from now on count. */
        void start() {
            fullest.set(0);
            held.set(0);
            since = ManagementFactory.getRuntimeMXBean().getUptime();
        }

        /** Takes the heap in use now as a candidate for the fullest, then lets late notifications arrive. */
        void stop() throws InterruptedException {
            fullest.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            Thread.sleep(200);
        }

        long fullest() {
            return fullest.get();
        }

        /** The most held right after a collection during the check; 0 when none ran. */
        long held() {
            return held.get();
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            if (info.getStartTime() < since) {
                return;
            }
            fullest.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
            held.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
        }

        private long heap(Map<String, MemoryUsage> pools) {
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            return used;
        }
    }

    /** The middle value; of an even number of values, the mean of the two in the middle. */
    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
