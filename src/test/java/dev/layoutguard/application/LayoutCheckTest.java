package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LayoutCheckTest {

    private final LayoutCheck check = LayoutCheck.withAllRules("1.2.3");

    @Test
    void givesEachFindingThePresetsSeverityForItsRule() {
        Report report = check.run(project(Presets.maven(), true), Selection.all());

        assertEquals(List.of(
                new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Order.java", null,
                        "Java source in the project root (matches *.java)", "src/main/java/Order.java", null),
                // the maven preset makes root-allowlist a warning; the rule's own default is an error
                new Violation(RuleId.ROOT_ALLOWLIST, Severity.WARNING, "notes.txt", null,
                        "file not allowed in the project root by the maven preset; move it into a directory such as "
                                + "docs/ or config/, or allow it with <root><allow>", null, null),
                new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null,
                        "14 files in the project root, the limit is 12; move the ones that are not essential into "
                                + "docs/, config/ or scripts/", null, null)), report.violations());
        assertEquals(2, report.violations().stream().filter(v -> v.severity() == Severity.WARNING).count());
        assertEquals(1, report.errors());
        assertEquals(2, report.warnings());
        assertEquals(14, report.files());
        assertEquals("maven", report.preset());
        assertEquals("1.2.3", report.version());
        assertEquals(14, report.metrics().get("rootFiles"));
        assertEquals(1, report.metrics().get("misplacedFiles"), "the Java source root-prohibited reports");
    }

    @Test
    void appliesConfiguredSeverities() {
        Preset preset = Presets.maven().withSeverities(Map.of(RuleId.ROOT_FILE_COUNT, Severity.ERROR,
                RuleId.ROOT_ALLOWLIST, Severity.WARNING));

        Report report = check.run(project(preset, true), Selection.all());

        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.ERROR),
                report.violations().stream().map(Violation::severity).toList());
    }

    @Test
    void runsOnlyTheSelectedRules() {
        Selection only = new Selection(EnumSet.allOf(RuleFamily.class), Set.of(RuleId.ROOT_ALLOWLIST), Set.of());

        assertEquals(List.of(RuleId.ROOT_ALLOWLIST), rules(check.run(project(Presets.maven(), true), only)));
    }

    @Test
    void skipsTheSkippedRules() {
        Selection skipping = new Selection(EnumSet.allOf(RuleFamily.class), Set.of(),
                Set.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_FILE_COUNT));

        assertEquals(List.of(RuleId.ROOT_ALLOWLIST), rules(check.run(project(Presets.maven(), true), skipping)));
    }

    @Test
    void runsNothingOutsideTheGoalsFamilies() {
        Selection layersOnly = Selection.families(EnumSet.of(RuleFamily.LAYERS));

        Report report = check.run(project(Presets.maven(), true), layersOnly);

        assertEquals(List.of(), report.violations());
        assertEquals(false, report.metrics().containsKey("rootFiles"));
    }

    @Test
    void dropsFindingsUnderExcludedPaths() {
        Preset preset = Presets.maven().withExcludes(Glob.all("notes.txt", "*.java"));

        assertEquals(List.of(RuleId.ROOT_FILE_COUNT), rules(check.run(project(preset, true), Selection.all())));
    }

    @Test
    void rootRulesRunOnlyForTheExecutionRoot() {
        Report report = check.run(project(Presets.maven(), false), Selection.all());

        assertEquals(List.of(), report.violations());
        assertEquals(false, report.metrics().containsKey("rootFiles"));
    }

    @Test
    void reportsTheRulesThatRanAndNoLayerGraphWithoutLayerRules() {
        Selection skipping = new Selection(EnumSet.of(RuleFamily.ROOT, RuleFamily.STRUCTURE), Set.of(),
                Set.of(RuleId.ROOT_FILE_COUNT));

        Report report = check.run(project(Presets.maven(), true), skipping);

        assertEquals(List.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_ALLOWLIST), report.rules().subList(0, 2));
        assertEquals(false, report.rules().contains(RuleId.ROOT_FILE_COUNT));
        assertEquals(false, report.rules().stream().anyMatch(rule -> rule.family() == RuleFamily.LAYERS));
        assertEquals(LayerGraph.NONE, report.layers());
    }

    @Test
    void drawsTheLayerGraphWhenALayerRuleRan() {
        Rule layerRule = project -> List.of(Finding.atLine("src/main/java/shop/domain/Order.java", 3,
                "imports infrastructure").withReference("shop.infrastructure.Repository"));

        Report report = new LayoutCheck(Map.of(RuleId.LAYER_DEPENDENCY, layerRule), "1")
                .run(project(Presets.maven(), true), Selection.all());

        assertEquals(List.of(RuleId.LAYER_DEPENDENCY), report.rules());
        assertEquals(List.of(new LayerGraph.Edge("domain", "infrastructure", false, 1)),
                report.layers().violatingEdges());
    }

    @Test
    void reportsInContractOrderWhateverOrderTheRulesFinishInAndComputesASharedAnalysisOnce() {
        AtomicInteger analyses = new AtomicInteger();
        // the first rule is the slowest and the last the quickest: run side by side, they finish in reverse; and
        // they are handed over in reverse too
        Map<RuleId, Rule> rules = new LinkedHashMap<>();
        rules.put(RuleId.CONFIG_PLACEMENT, slowRule(RuleId.CONFIG_PLACEMENT, 0, analyses));
        rules.put(RuleId.LAYER_DEPENDENCY, slowRule(RuleId.LAYER_DEPENDENCY, 150, analyses));
        rules.put(RuleId.ROOT_ALLOWLIST, slowRule(RuleId.ROOT_ALLOWLIST, 300, analyses));

        for (int run = 0; run < 3; run++) {
            Report report = new LayoutCheck(rules, "1").run(project(Presets.maven(), true), Selection.all());

            assertEquals(List.of(RuleId.ROOT_ALLOWLIST, RuleId.LAYER_DEPENDENCY, RuleId.CONFIG_PLACEMENT),
                    report.rules());
            assertEquals(List.of(RuleId.ROOT_ALLOWLIST, RuleId.ROOT_ALLOWLIST, RuleId.LAYER_DEPENDENCY,
                    RuleId.LAYER_DEPENDENCY, RuleId.CONFIG_PLACEMENT, RuleId.CONFIG_PLACEMENT),
                    report.violations().stream().map(Violation::rule).toList());
            assertEquals(List.of("a.txt", "b.txt"), report.violations().subList(0, 2).stream()
                    .map(Violation::path).toList());
        }
        assertEquals(3, analyses.get(), "one shared analysis per run, however many rules asked for it");
    }

    /** A rule that asks for a shared analysis, takes its time, and reports two findings in path order. */
    private static Rule slowRule(RuleId id, long millis, AtomicInteger analyses) {
        return project -> {
            project.analysis(AtomicInteger.class, ignored -> new AtomicInteger(analyses.incrementAndGet()));
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(Finding.at("a.txt", id + " first"), Finding.at("b.txt", id + " second"));
        };
    }

    @Test
    void theMisplacementFigureCountsEachFileTheStructurePlacementRulesReportOnce() {
        Project project = ProjectMother.with(Presets.python()).paths("docs/", "src/shop/NOTES.md", "src/shop/GUIDE.md",
                "tools/Dockerfile", "tools/venv/pyvenv.cfg").asModule().build();

        Report report = check.run(project, Selection.families(EnumSet.of(RuleFamily.STRUCTURE)));

        assertEquals(List.of(RuleId.DOCS_PLACEMENT, RuleId.DOCS_PLACEMENT, RuleId.DEPLOY_PLACEMENT,
                RuleId.ENV_PLACEMENT), report.violations().stream().map(Violation::rule)
                        .filter(id -> id.name().endsWith("PLACEMENT")).toList());
        assertEquals(4, report.metrics().get("misplacedFiles"));
        assertEquals(null, check.run(project, Selection.families(EnumSet.of(RuleFamily.LAYERS)))
                .metrics().get("misplacedFiles"), "no placement rule ran, so there is no figure");
    }

    @Test
    void everyFamilyWithAPlacementRuleReportsTheMisplacementFigure() {
        Project project = ProjectMother.with(Presets.maven()).paths("src/main/java/a/db.properties",
                "src/main/java/a/A.java").asModule().build();

        assertEquals(1, check.run(project, Selection.families(EnumSet.of(RuleFamily.CONFIG))).metrics()
                .get("misplacedFiles"), "check-config's health line says how many files are misplaced");
        assertEquals(0, check.run(project, Selection.families(EnumSet.of(RuleFamily.TESTS))).metrics()
                .get("misplacedFiles"));
    }

    @Test
    void excludesMatchParentDirectories() {
        List<Glob> excludes = Glob.all("legacy/**", "generated");

        assertEquals(true, LayoutCheck.excluded(excludes, "legacy/a/b.txt"));
        assertEquals(true, LayoutCheck.excluded(excludes, "src/generated/x.java"));
        assertEquals(false, LayoutCheck.excluded(excludes, "legacy-tools/b.txt"));
    }

    @Test
    void holdsTheViolationsAgainstABaselineAndCountsTheAcceptedOnes() {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "Order.java", null, 1),
                new BaselineEntry(RuleId.ROOT_ALLOWLIST, "gone.txt", null, 1)));

        Report report = check.run(project(Presets.maven(), true), Selection.all(), baseline, Severity.WARNING);

        assertEquals(1, report.baselined());
        assertEquals(List.of("gone.txt", "notes.txt", "."), report.violations().stream().map(Violation::path).toList());
        assertEquals(Severity.WARNING, report.violations().get(0).severity());
        assertEquals(0, report.errors());
        assertEquals(3, report.warnings());
    }

    @Test
    void aStaleBaselineEntryOfAPlacementRuleIsNoMisplacedFile() {
        Baseline baseline = Baseline.of(List.of(new BaselineEntry(RuleId.ROOT_PROHIBITED, "Order.java", null, 1),
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "Moved.java", null, 1)));

        Report report = check.run(project(Presets.maven(), true), Selection.all(), baseline, Severity.WARNING);

        assertEquals(List.of("Moved.java"), report.violations().stream().filter(Baseline::isStale)
                .map(Violation::path).toList());
        assertEquals(0, report.metrics().get("misplacedFiles"), "the file was moved: nothing is misplaced");
    }

    @Test
    void aBaselineEntryOfARuleThatDidNotRunIsNotStale() {
        Baseline baseline = Baseline.of(List.of(new BaselineEntry(RuleId.ROOT_ALLOWLIST, "gone.txt", null, 1),
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "src/A.java", "x.Y", 1)));
        Selection prohibitedOnly = new Selection(EnumSet.allOf(RuleFamily.class), Set.of(RuleId.ROOT_PROHIBITED),
                Set.of());

        Report report = check.run(project(Presets.maven(), true), prohibitedOnly, baseline, Severity.ERROR);

        assertEquals(List.of(RuleId.ROOT_PROHIBITED), rules(report));
        assertEquals(0, report.baselined());
    }

    private static List<RuleId> rules(Report report) {
        return report.violations().stream().map(Violation::rule).toList();
    }

    /** A maven root with 14 files: one Java source, one stray text file, and twelve allowed files. */
    @Test
    void runsTheRulesAndWhatTheyShareOutOnAWorkerPerCore() {
        List<Integer> workers = new ArrayList<>();
        Rule rule = project -> {
            // what a rule shares out (each test, each file) goes to the pool it runs on, not to the common pool
            workers.add(ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() != ForkJoinPool.commonPool()
                    ? ForkJoinTask.getPool().getParallelism() : 0);
            return List.of();
        };

        new LayoutCheck(Map.of(RuleId.ROOT_ALLOWLIST, rule), "1").run(project(Presets.maven(), true), Selection.all());

        assertEquals(List.of(Runtime.getRuntime().availableProcessors()), workers);
    }

    @Test
    void aRuleThatFailsFailsTheCheckWithItsOwnException() {
        IllegalStateException failure = new IllegalStateException("the rule broke");
        Rule rule = project -> {
            throw failure;
        };
        LayoutCheck failing = new LayoutCheck(Map.of(RuleId.ROOT_ALLOWLIST, rule), "1");

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> failing.run(project(Presets.maven(), true), Selection.all())));
    }

    private static Project project(Preset preset, boolean executionRoot) {
        ProjectMother project = ProjectMother.with(preset).paths("Order.java", "notes.txt", "pom.xml", "src/");
        IntStream.rangeClosed(1, 11).forEach(i -> project.paths("project" + i + ".code-workspace"));
        return executionRoot ? project.build() : project.asModule().build();
    }
}
