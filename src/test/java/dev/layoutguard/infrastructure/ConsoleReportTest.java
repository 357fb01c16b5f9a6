package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Report;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

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
                        + " (limit 4), 1 misplaced file, naming 97% compliant, unitTests 80")),
                lines);
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
}
