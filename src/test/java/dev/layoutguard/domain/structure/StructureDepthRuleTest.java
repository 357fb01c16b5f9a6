package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureDepthRuleTest {

    private final StructureDepthRule rule = new StructureDepthRule();

    @Test
    void flagsOnlyTheShallowestDirectoryBeyondTheLimitBelowATopLevelDirectory() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/pkg/a/b/c/", "src/pkg/a/b/c/d/e/f.py").build();

        assertEquals(List.of(Finding.at("src/pkg/a/b/c/d", "directory nested 5 levels below src/, the limit is 4;"
                + " flatten it or split it into siblings")), rule.check(project));
        assertEquals(Map.of("maxDepth", 6), rule.metrics(project));
    }

    @Test
    void acceptsTheSeedsDeepestDirectoriesAtTheLimit() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/pynomaly/infrastructure/persistence/repositories/",
                        "deploy/kubernetes/charts/pynomaly/templates/deployment.yaml")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("maxDepth", 4), rule.metrics(project));
    }

    @Test
    void countsMavenSourcesBelowTheBasePackage() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/com/example/shop/domain/order/line/item/", "src/main/java/com/example/shop/"
                        + "application/a/b/c/d/", "src/test/java/com/example/shop/domain/order/line/item/x/")
                .build();

        assertEquals(List.of(
                Finding.at("src/main/java/com/example/shop/application/a/b/c/d", "directory nested 5 levels below "
                        + "src/main/java/com/example/shop/, the limit is 4; flatten it or split it into siblings"),
                Finding.at("src/test/java/com/example/shop/domain/order/line/item/x", "directory nested 5 levels below "
                        + "src/test/java/com/example/shop/, the limit is 4; flatten it or split it into siblings")),
                rule.check(project));
        assertEquals(Map.of("maxDepth", 5), rule.metrics(project));
    }

    @Test
    void neverFlagsTheDirectoriesLeadingToALongBasePackage() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/org/acme/platform/billing/core/engine/Invoice.java").build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("maxDepth", 1), rule.metrics(project));
    }

    @Test
    void countsMavenPathsOutsideTheBasePackageBelowTheirSourceDirectory() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/com/example/shop/domain/", "src/main/resources/static/assets/img/icons/small/",
                        "docs/a/b/c/d/e/")
                .build();

        assertEquals(List.of(
                Finding.at("docs/a/b/c/d/e", "directory nested 5 levels below docs/, the limit is 4; flatten it or"
                        + " split it into siblings"),
                Finding.at("src/main/resources/static/assets/img/icons/small", "directory nested 5 levels below "
                        + "src/main/resources/, the limit is 4; flatten it or split it into siblings")),
                rule.check(project));
    }

    @Test
    void doesNotLookInsideVirtualEnvironmentsOrRuntimeData() {
        Project project = ProjectMother.with(Presets.python())
                .paths("environments/.venv/pyvenv.cfg", "environments/.venv/lib/python3.12/site-packages/a/b/",
                        "storage/cache/a/b/c/d/e/")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("maxDepth", 1), rule.metrics(project));
    }

    @Test
    void leavesExcludedDirectoriesOutOfTheMetric() {
        Project project = ProjectMother.with(Presets.python().withExcludes(Glob.all("legacy/**")))
                .paths("legacy/a/b/c/d/e/", "src/pkg/").build();

        assertEquals(Map.of("maxDepth", 1), rule.metrics(project));
    }
}
