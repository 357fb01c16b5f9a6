package dev.layoutguard.benchmark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import java.nio.file.Path;

/**
 * ArchUnit's {@code layeredArchitecture()} importing and checking the benchmark's compiled classes, the way an
 * ArchUnit test would; run in a JVM of its own (ArchUnit needs more heap than LayoutGuard's budget) and prints the
 * median milliseconds of import plus check.
 */
public final class ArchUnitLayering {

    private ArchUnitLayering() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        if (args[1].equals("cold")) {
            // one import and check in this fresh JVM, as an ArchUnit test in a build runs it
            long start = System.nanoTime();
            check(classes);
            System.out.println((System.nanoTime() - start) / 1_000_000);
            return;
        }
        int runs = Integer.parseInt(args[1]);
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        LayoutBenchmark.warmUp(warmups, () -> check(classes));
        long[] times = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            check(classes);
            times[run] = System.nanoTime() - start;
        }
        // the same findings as the check's, or the comparison would be of unlike work
        System.out.println("violations: " + check(classes).getFailureReport().getDetails().size());
        System.out.println(LayoutBenchmark.median(times) / 1_000_000);
    }

    private static EvaluationResult check(Path classes) {
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("com.acme.bench.domain..")
                .layer("application").definedBy("com.acme.bench.application..")
                .layer("infrastructure").definedBy("com.acme.bench.infrastructure..")
                .layer("presentation").definedBy("com.acme.bench.presentation..")
                .layer("shared").definedBy("com.acme.bench.shared..")
                .whereLayer("presentation").mayNotBeAccessedByAnyLayer()
                .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("infrastructure", "presentation")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "infrastructure", "presentation")
                .evaluate(imported);
    }
}
