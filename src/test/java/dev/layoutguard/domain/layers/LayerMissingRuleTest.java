package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerMissingRuleTest {

    private static List<Finding> check(Project project) {
        return new LayerMissingRule().check(project);
    }

    @Test
    void flagsALayerWithNoPackageInAnyRootButNotTheOptionalShared() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/application/Orders.java", "",
                "src/main/kotlin/com/acme/shop/infrastructure/Repo.kt", "").build();

        assertEquals(List.of(Finding.at("src/main/java/com/acme/shop/presentation", "layer presentation has no "
                + "package: expected com.acme.shop.presentation in src/main/java or src/main/kotlin; create it, or "
                + "mark the layer optional in <layers>").withReference("presentation")), check(project));
    }

    @Test
    void findsALayerByAnyOfItsPackagesAndNamesThemAllWhenNoneExists() {
        List<Layer> layers = List.of(new Layer("adapter", List.of("web", "persistence")),
                new Layer("port", List.of("port", "ports")), Layer.named("domain"));
        Project project = ProjectMother.with(Presets.maven())
                .layers(policy -> new LayerPolicy(policy.sourceRoots(), null, layers, Map.of(), List.of()))
                .files("src/main/java/com/acme/shop/persistence/Rows.java", "",
                        "src/main/java/com/acme/shop/domain/Order.java", "")
                .build();

        assertEquals(List.of(Finding.at("src/main/java/com/acme/shop/port", "layer port has no package: expected one "
                + "of com.acme.shop.port, com.acme.shop.ports in src/main/java; create it, or mark the layer optional in "
                + "<layers>").withReference("port")), check(project));
    }

    @Test
    void flagsEveryRequiredLayerAtTheRootWhenNoPackageHoldsALayer() {
        List<String> found = check(ProjectMother.with(Presets.maven()).files("src/main/java/App.java", "").build())
                .stream()
                .map(finding -> finding.path() + " " + finding.message()).toList();

        assertEquals(List.of(
                "src/main/java layer domain has no package: no package in src/main/java holds a layer; create domain "
                        + "in your base package, or set <layers><basePackage>",
                "src/main/java layer application has no package: no package in src/main/java holds a layer; create "
                        + "application in your base package, or set <layers><basePackage>",
                "src/main/java layer infrastructure has no package: no package in src/main/java holds a layer; create "
                        + "infrastructure in your base package, or set <layers><basePackage>",
                "src/main/java layer presentation has no package: no package in src/main/java holds a layer; create "
                        + "presentation in your base package, or set <layers><basePackage>"), found);
    }

    @Test
    void flagsTheLayersOfAConfiguredBasePackageThatDoesNotExist() {
        Project project = ProjectMother.with(Presets.python())
                .layers(policy -> new LayerPolicy(policy.sourceRoots(), "shopp", policy.layers(), policy.allowed(),
                        List.of()))
                .files("src/shop/domain/__init__.py", "").build();

        assertEquals(List.of("src/shopp/domain", "src/shopp/application", "src/shopp/infrastructure",
                "src/shopp/presentation"), check(project).stream().map(Finding::path).toList());
    }

    @Test
    void findsNothingInAProjectWithoutSources() {
        assertEquals(List.of(), check(ProjectMother.with(Presets.maven())
                .files("pom.xml", "<project/>", "src/main/resources/a.txt", "").build()));
    }
}
