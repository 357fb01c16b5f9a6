package dev.layoutguard.benchmark;

import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.PackageDirectories;
import dev.layoutguard.infrastructure.ProjectScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether several source roots and layers at any depth slow the layer check: the same generated maven tree checked
 * with one root and with its layers spread over five roots ({@code src/*}{@code /main/java}), each with
 * {@code anyDepth} off and on, timed side by side in one JVM, the variants taking turns in every round so that the
 * machine's load falls on all of them alike. Each run walks the tree and runs the layer rules, as
 * {@code mvn layout:check-layers} does minus Maven.
 */
final class LayerSpaceBenchmark {

    private LayerSpaceBenchmark() {
    }

    /** A tree and the layer policy it is checked with. */
    private record Variant(String name, Path tree, Preset preset) {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt((args.length > 0 ? args[0] : "10000").split(",")[0]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Path work = Path.of(args.length > 3 ? args[3] : "target/benchmark").toAbsolutePath().resolve("layer-space");
        LayoutBenchmark.delete(work);
        Path one = work.resolve("one-root");
        int files = BenchmarkTree.generate(one, "maven", size);
        Path several = work.resolve("several-roots");
        spread(one, several);
        LayerPolicy preset = Presets.maven().layers();
        LayerPolicy spreadPolicy = preset.withSourceRoots(List.of("src/*/main/java"));
        List<Variant> variants = List.of(
                new Variant("one root, anyDepth off", one, Presets.maven().withLayers(preset.withAnyDepth(false))),
                new Variant("one root, anyDepth on", one, Presets.maven().withLayers(preset.withAnyDepth(true))),
                new Variant("five roots, anyDepth off", several,
                        Presets.maven().withLayers(spreadPolicy.withAnyDepth(false))),
                new Variant("five roots, anyDepth on", several,
                        Presets.maven().withLayers(spreadPolicy.withAnyDepth(true))));
        Map<Variant, long[]> times = new LinkedHashMap<>();
        variants.forEach(variant -> times.put(variant, new long[runs]));
        // the warm-up takes turns too, for as long as the main benchmark's, so each variant is timed compiled
        LayoutBenchmark.warmUp(3, () -> {
            for (Variant variant : variants) {
                check(variant);
            }
            return null;
        });
        List<String> findings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (Variant variant : variants) {
                long start = System.nanoTime();
                Report report = check(variant);
                times.get(variant)[run] = System.nanoTime() - start;
                if (run == 0) {
                    findings.add(variant.name() + ": " + report.violations().size());
                }
            }
        }
        System.out.printf(Locale.ROOT, "Layer space benchmark: %d files, %d measured runs each after a %d s warm-up, "
                + "Java %s, %d cores; findings %s%n", files, runs, LayoutBenchmark.WARMUP_SECONDS,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), findings);
        System.out.println("| variant | median ms | min ms | max ms | against one root, anyDepth off |");
        System.out.println("|---|---|---|---|---|");
        long reference = LayoutBenchmark.median(times.get(variants.get(0)));
        for (Variant variant : variants) {
            long[] measured = times.get(variant);
            long median = LayoutBenchmark.median(measured);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.2f |%n", variant.name(), median / 1_000_000,
                    Arrays.stream(measured).min().orElse(0) / 1_000_000,
                    Arrays.stream(measured).max().orElse(0) / 1_000_000,
                    (double) median / reference);
        }
        System.out.println(siblingPackages(one, runs));
    }

    /**
     * What a module pays for each other module of its build: listing the packages of the sibling's source roots from
     * their directories, here the one-root tree's.
     */
    private static String siblingPackages(Path tree, int runs) throws Exception {
        List<Path> roots = List.of(tree.resolve("src/main/java"), tree.resolve("src/main/kotlin"));
        LayoutBenchmark.warmUp(3, () -> PackageDirectories.of(roots));
        long[] measured = new long[runs];
        int packages = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            packages = PackageDirectories.of(roots).size();
            measured[run] = System.nanoTime() - start;
        }
        return String.format(Locale.ROOT, "Listing the %d packages of the one-root tree, as each module of a build does "
                + "for each other module: %.1f ms (median of %d)", packages,
                LayoutBenchmark.median(measured) / 1e6, runs);
    }

    private static Report check(Variant variant) throws IOException {
        Project project = Project.standalone(new ProjectScanner(true, Set.of("target")).scan(variant.tree()),
                variant.preset(), new FileContents(variant.tree(), 64L * 1024 * 1024));
        return LayoutCheck.withAllRules("benchmark").run(project, Selection.families(Set.of(RuleFamily.LAYERS)));
    }

    /** The same tree with each layer's sources in a root of its own: {@code src/domain/main/java/...}. */
    private static void spread(Path from, Path to) throws IOException {
        Path sources = from.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative);
                if (file.startsWith(sources)) {
                    // com/acme/bench/<layer>/...
                    String layer = sources.relativize(file).getName(3).toString();
                    target = to.resolve("src").resolve(layer).resolve("main/java").resolve(sources.relativize(file));
                }
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
