package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.infrastructure.ConsoleReport.Hint;
import dev.layoutguard.infrastructure.ConsoleReport.Level;
import dev.layoutguard.infrastructure.ConsoleReport.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private final Path root = Path.of("/work/shop");

    @Test
    void printsOneLinkableLinePerViolationGroupedByRuleThenASummary() {
        Report report = new Report("0.1.0", "maven", 20, List.of(
                new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "OrderTest.java", null,
                        "test class in the project root", "src/test/java/OrderTest.java", null),
                new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null, "13 files", null, null),
                new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/a/domain/A.java", 7,
                        "domain imports infrastructure", null, null)), Map.of(), 1, 42);

        assertEquals(List.of(
                new Line(Level.ERROR, "root-prohibited: 1 error"),
                new Line(Level.ERROR, "/work/shop/OrderTest.java [root-prohibited] test class in the project root "
                        + "(fix: src/test/java/OrderTest.java)"),
                new Line(Level.WARNING, "root-file-count: 1 warning"),
                new Line(Level.WARNING, "/work/shop [root-file-count] 13 files"),
                new Line(Level.ERROR, "layer-dependency: 1 error"),
                new Line(Level.ERROR, "/work/shop/src/main/java/a/domain/A.java:[7,1] [layer-dependency] domain "
                        + "imports infrastructure"),
                new Line(Level.ERROR, "2 errors, 1 warning, 1 baselined in 20 files, 42 ms")),
                ConsoleReport.lines(report, root));
        assertEquals(Optional.of(new Line(Level.ERROR, "Run mvn layout:fix to list the moves after 'fix:' "
                + "(-Dlayout.apply=true makes them), and mvn layout:explain -Dlayout.rule=<rule-id> to read what a rule "
                + "asks and why.")), ConsoleReport.hint(report, Set.of()));
    }

    @Test
    void closesWithAWholeSentenceWhenNothingIsFixable() {
        Report report = new Report("0.1.0", "maven", 2, List.of(new Violation(RuleId.ROOT_ALLOWLIST,
                Severity.WARNING, "notes.txt", null, "not allowed", null, null)), Map.of(), 0, 5);

        assertEquals(Optional.of(new Line(Level.WARNING, "Run mvn layout:explain -Dlayout.rule=<rule-id> to read what "
                + "a rule asks, why, and how to fix what it flags.")), ConsoleReport.hint(report, Set.of()));
        assertEquals(Set.of(Hint.EXPLAIN), ConsoleReport.hints(report));
    }

    @Test
    void leavesOutWhatAnEarlierModuleHasSaid() {
        Report fixable = new Report("0.1.0", "maven", 2, List.of(new Violation(RuleId.ROOT_PROHIBITED,
                Severity.ERROR, "ATest.java", null, "test class in the project root", "src/test/java/ATest.java",
                null)), Map.of(), 0, 5);

        assertEquals(Set.of(Hint.FIX, Hint.EXPLAIN), ConsoleReport.hints(fixable));
        assertEquals(Optional.of(new Line(Level.ERROR, "Run mvn layout:fix to list the moves after 'fix:' "
                + "(-Dlayout.apply=true makes them).")), ConsoleReport.hint(fixable, Set.of(Hint.EXPLAIN)));
        assertEquals(Optional.empty(), ConsoleReport.hint(fixable, Set.of(Hint.EXPLAIN, Hint.FIX)));
        assertEquals(Optional.empty(), ConsoleReport.hint(new Report("0.1.0", "maven", 2, List.of(), Map.of(), 0, 5),
                Set.of()), "a clean report needs no hint");
    }

    @Test
    void capsEachRuleAtFiftyLines() {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            violations.add(new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, String.format("f%02d", i), null,
                    "not allowed", null, null));
        }
        List<Line> lines = ConsoleReport.lines(new Report("0.1.0", "maven", 53, violations, Map.of(), 0, 5), root);

        assertEquals(new Line(Level.ERROR, "root-allowlist: 53 errors"), lines.get(0));
        assertEquals(new Line(Level.ERROR, "/work/shop/f49 [root-allowlist] not allowed"), lines.get(50));
        assertEquals(new Line(Level.ERROR, "... and 3 more"), lines.get(51));
        assertEquals(new Line(Level.ERROR, "53 errors, 0 warnings, 0 baselined in 53 files, 5 ms"), lines.get(52));
        assertEquals(53, lines.size());
    }

    @Test
    void aCleanReportIsOneInformationLine() {
        Report report = new Report("0.1.0", "python", 1, List.of(), Map.of(), 0, 3);

        assertEquals(List.of(new Line(Level.INFO, "0 errors, 0 warnings, 0 baselined in 1 file, 3 ms")),
                ConsoleReport.lines(report, root));
    }


    @Test
    void endsWithTheHealthLineAfterTheSummary() {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("rootFiles", 11);
        metrics.put("maxDepth", 4);
        metrics.put("namingCompliance", 97);
        metrics.put("misplacedFiles", 1);
        metrics.put("unitTests", 80);
        Report report = new Report("1", "python", 120, List.of(), metrics, 0, 7);

        List<ConsoleReport.Line> lines = ConsoleReport.lines(report, Path.of("/p"),
                Map.of("rootFiles", 12, "maxDepth", 4));

        assertEquals(List.of(
                new ConsoleReport.Line(ConsoleReport.Level.INFO, "0 errors, 0 warnings, 0 baselined in 120 files, 7 ms"),
                new ConsoleReport.Line(ConsoleReport.Level.INFO, "Layout health: 11 root files (limit 12), depth 4"
                        + " (limit 4), 1 misplaced file, naming 97% compliant, 80 unit tests")),
                lines);
    }

    @Test
    void namesEveryFamilysMetricInWordsAndUnreadableSourcesOnlyWhenThereAreSome() {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("rootFiles", 9);
        metrics.put("layeredSources", 40);
        metrics.put("unreadableSources", 0);
        metrics.put("unitTests", 12);
        metrics.put("mirroredUnitTests", 11);
        metrics.put("sourcesWithoutUnitTest", 3);

        assertEquals("Layout health: 9 root files, 11 of 12 unit tests mirrored, 3 sources without a unit test, "
                + "40 sources in layers", ConsoleReport.health(metrics, Map.of()));
        metrics.put("unreadableSources", 2);
        assertEquals("Layout health: 9 root files, 11 of 12 unit tests mirrored, 3 sources without a unit test, "
                + "40 sources in layers, 2 sources could not be read", ConsoleReport.health(metrics, Map.of()));
        metrics.put("sources", 42);
        assertEquals("Layout health: 9 root files, 11 of 12 unit tests mirrored, 3 sources without a unit test, "
                + "40 of 42 sources in layers, 2 sources could not be read", ConsoleReport.health(metrics, Map.of()));
        metrics.put("layeredSources", 0);
        assertEquals("Layout health: 9 root files, 11 of 12 unit tests mirrored, 3 sources without a unit test, "
                + "2 sources could not be read", ConsoleReport.health(metrics, Map.of()), "a project not layered");
    }

    @Test
    void printsOnlyTheMetricsTheRunMeasured() {
        assertEquals("Layout health: 1 root file", ConsoleReport.health(Map.of("rootFiles", 1), Map.of()));
    }

    @Test
    void printsNoHealthLineWithoutMetrics() {
        Report report = new Report("1", "maven", 3, List.of(), Map.of(), 0, 1);

        assertEquals(1, ConsoleReport.lines(report, Path.of("/p")).size());
    }

    @Test
    void checkLayersHealthLineSaysHowManySourcesTheLayersHold() {
        Report report = new Report("1", "maven", 3, List.of(), Map.of("layeredSources", 4, "unreadableSources", 0),
                0, 1);

        assertEquals(List.of(new Line(Level.INFO, "0 errors, 0 warnings, 0 baselined in 3 files, 1 ms"),
                new Line(Level.INFO, "Layout health: 4 sources in layers")), ConsoleReport.lines(report, root));
        assertEquals("", ConsoleReport.health(Map.of("unreadableSources", 0), Map.of()),
                "no empty 'Layout health:' line");
    }
}
