package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.AggregateReport.Part;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregateReportTest {

    private static final Violation STRAY = new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "notes.txt", null,
            "file not allowed", null, null);
    private static final Violation CROWDED = new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null,
            "14 files", null, null);
    private static final Violation MISPLACED = new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile",
            null, "Docker file", "deploy/docker/Dockerfile", null);

    @Test
    void putsEveryModulesViolationsUnderItsDirectory() {
        Report aggregate = AggregateReport.of(List.of(
                new Part("", report(10, List.of(STRAY), Map.of("rootFiles", 4))),
                new Part("core", report(20, List.of(CROWDED, MISPLACED), Map.of("maxDepth", 3))),
                new Part("modules/api", report(5, List.of(), Map.of("maxDepth", 5)))));

        assertEquals(List.of(
                new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "core/Dockerfile", null, "Docker file",
                        "core/deploy/docker/Dockerfile", null),
                new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "notes.txt", null, "file not allowed", null, null),
                new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, "core", null, "14 files", null, null)),
                aggregate.violations());
        assertEquals(35, aggregate.files());
        assertEquals(Map.of("rootFiles", 4, "maxDepth", 5), aggregate.metrics());
        assertEquals("maven", aggregate.preset());
        assertEquals(List.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_ALLOWLIST, RuleId.ROOT_FILE_COUNT),
                aggregate.rules());
        assertEquals(3, aggregate.durationMs());
    }

    @Test
    void countsAModuleCheckedTwiceOnce() {
        Report aggregate = AggregateReport.of(List.of(new Part("core", report(20, List.of(STRAY), Map.of())),
                new Part("core", report(20, List.of(STRAY, CROWDED), Map.of()))));

        assertEquals(List.of("core/notes.txt", "core"), aggregate.violations().stream().map(Violation::path).toList());
        assertEquals(20, aggregate.files());
    }

    @Test
    void combinesEachMetricByItsMeaningAndAModuleCheckedTwiceOnce() {
        Report aggregate = AggregateReport.of(List.of(
                new Part("", report(10, List.of(), Map.of("rootFiles", 7, "namingCompliance", 100, "namesChecked", 2,
                        "unitTests", 1))),
                new Part("core", report(20, List.of(), Map.of("namingCompliance", 80, "namesChecked", 8,
                        "unitTests", 5, "maxDepth", 3))),
                new Part("core", report(20, List.of(), Map.of("unitTests", 5)))));

        assertEquals(Map.of("rootFiles", 7, "namingCompliance", 84, "namesChecked", 10, "unitTests", 6,
                "maxDepth", 3), aggregate.metrics());
    }

    private static Report report(int files, List<Violation> violations, Map<String, Integer> metrics) {
        return new Report("0.1.0", "maven", files, violations, metrics, 0, 1, List.of(RuleId.ROOT_ALLOWLIST,
                RuleId.ROOT_PROHIBITED, RuleId.ROOT_FILE_COUNT), LayerGraph.NONE);
    }
}
