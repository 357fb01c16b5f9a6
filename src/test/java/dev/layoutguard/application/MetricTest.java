package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.Metric.Figures;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void everyMetricTheRulesMeasureHasAnAggregation() {
        Set<String> measured = new TreeSet<>();
        for (var preset : List.of(Presets.maven(), Presets.python())) {
            measured.addAll(LayoutCheck.withAllRules("1").run(ProjectMother.with(preset).files(
                    "src/main/java/com/acme/domain/Order.java", "package com.acme.domain;\npublic class Order {}",
                    "src/test/java/com/acme/domain/OrderTest.java", "class OrderTest { @Test void t() {} }",
                    "src/shop/domain/order.py", "", "tests/unit/domain/test_order.py", "def test_x(): pass").build(),
                    Selection.families(Set.copyOf(Arrays.asList(dev.layoutguard.domain.RuleFamily.values()))))
                    .metrics().keySet());
        }

        assertEquals(Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.toCollection(TreeSet::new)),
                measured, "the catalogue names exactly what the rules measure");
    }

    @Test
    void rootFilesAreTheExecutionRootsOwn() {
        assertEquals(Map.of("rootFiles", 9), Metric.aggregate(List.of(figures("core", "rootFiles", 30),
                figures("", "rootFiles", 9), figures("api", "rootFiles", 4))));
        assertEquals(Map.of(), Metric.aggregate(List.of(figures("core", "rootFiles", 30))),
                "no figure when the execution root was not checked");
    }

    @Test
    void maxDepthIsTheDeepestModules() {
        assertEquals(Map.of("maxDepth", 6), Metric.aggregate(List.of(figures("", "maxDepth", 2),
                figures("core", "maxDepth", 6), figures("api", "maxDepth", 4))));
    }

    @Test
    void namingComplianceIsWeightedByTheNamesEachModuleChecked() {
        Map<String, Integer> aggregate = Metric.aggregate(List.of(
                figures("", "namingCompliance", 100, "namesChecked", 0),
                figures("core", "namingCompliance", 90, "namesChecked", 300),
                figures("api", "namingCompliance", 50, "namesChecked", 100)));

        assertEquals(80, aggregate.get("namingCompliance"), "(90 * 300 + 50 * 100) / 400, not 100 + 90 + 50");
        assertEquals(400, aggregate.get("namesChecked"));
        assertEquals(100, Metric.aggregate(List.of(figures("", "namingCompliance", 100, "namesChecked", 0),
                figures("a", "namingCompliance", 100, "namesChecked", 0))).get("namingCompliance"));
    }

    @Test
    void twentyNineCompliantModulesAreOneHundredPercentCompliant() {
        List<Figures> modules = new java.util.ArrayList<>();
        for (int i = 0; i < 29; i++) {
            modules.add(figures("m" + i, "namingCompliance", 100, "namesChecked", 10 + i));
        }

        assertEquals(100, Metric.aggregate(modules).get("namingCompliance"));
    }

    @Test
    void misplacedFilesAddUp() {
        assertSum("misplacedFiles");
    }

    @Test
    void namesCheckedAddUp() {
        assertSum("namesChecked");
    }

    @Test
    void unitTestsAddUp() {
        assertSum("unitTests");
    }

    @Test
    void mirroredUnitTestsAddUp() {
        assertSum("mirroredUnitTests");
    }

    @Test
    void sourcesWithoutUnitTestAddUp() {
        assertSum("sourcesWithoutUnitTest");
    }

    @Test
    void layeredSourcesAddUp() {
        assertSum("layeredSources");
    }

    @Test
    void unreadableSourcesAddUp() {
        assertSum("unreadableSources");
    }

    @Test
    void leavesOutNamesOutsideTheCatalogueAndKeepsTheOrderOfFirstAppearance() {
        Map<String, Integer> aggregate = Metric.aggregate(List.of(figures("", "unitTests", 1, "someFigure", 3),
                figures("core", "maxDepth", 2, "unitTests", 4)));

        assertEquals(List.of("unitTests", "maxDepth"), List.copyOf(aggregate.keySet()));
        assertTrue(Metric.of("someFigure").isEmpty());
    }

    private static void assertSum(String metric) {
        assertEquals(Metric.Aggregation.SUM, Metric.of(metric).orElseThrow().aggregation());
        assertEquals(Map.of(metric, 12), Metric.aggregate(List.of(figures("", metric, 3), figures("core", metric, 0),
                figures("api", metric, 9))));
    }

    private static Figures figures(String directory, Object... namesAndValues) {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            metrics.put((String) namesAndValues[i], (Integer) namesAndValues[i + 1]);
        }
        return new Figures(directory, metrics);
    }
}
