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

class LayerUnknownPackageRuleTest {

    private static final String LAYERS = "(layers: domain, application, infrastructure, presentation, shared)";

    private static List<Finding> check(Project project) {
        return new LayerUnknownPackageRule().check(project);
    }

    @Test
    void flagsEachPackageDirectlyUnderTheBasePackageThatIsNoLayer() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/util/Strings.java", "",
                "src/main/kotlin/com/acme/shop/util/Text.kt", "",
                "src/main/kotlin/com/acme/shop/application/Orders.kt", "").build();

        assertEquals(List.of(
                Finding.at("src/main/java/com/acme/shop/util", "package com.acme.shop.util is not a layer " + LAYERS
                        + "; move its code into a layer, or declare it as a layer's package in <layers>"),
                Finding.at("src/main/kotlin/com/acme/shop/util", "package com.acme.shop.util is not a layer " + LAYERS
                        + "; move its code into a layer, or declare it as a layer's package in <layers>")),
                check(project));
    }

    @Test
    void leavesLayersFilesHiddenDirectoriesAndDeeperPackagesAlone() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/Main.java", "",
                "src/main/java/com/acme/shop/package-info.java", "",
                "src/main/java/com/acme/shop/.idea/", null,
                "src/main/java/com/acme/shop/domain/util/Strings.java", "",
                "src/main/java/com/acme/shop/tests/Fixtures.java", "",
                "src/main/java/com/acme/shop/presentation/web/Routes.java", "",
                "src/main/java/com/acme/other/util/Strings.java", "").build();

        assertEquals(List.of(), check(project));
    }

    @Test
    void leavesTheSiblingsOfPackagesUnderOtherNamesToTheirOneMappingAdvice() {
        Project project = ProjectMother.with(Presets.python()).files(
                "src/modules/bidding/domain/__init__.py", "",
                "src/modules/bidding/application/__init__.py", "",
                "src/modules/catalog/domain/__init__.py", "",
                "src/modules/catalog/infrastructure/__init__.py", "",
                "src/seedwork/domain/__init__.py", "",
                "src/seedwork/application/__init__.py", "",
                "src/seedwork/utils/__init__.py", "",
                "src/api/routers/__init__.py", "",
                "src/api/models/__init__.py", "").build();

        assertEquals(List.of(Finding.at("src/seedwork/utils", "package seedwork.utils is not a layer " + LAYERS
                + "; move its code into a layer, or declare it as a layer's package in <layers>")), check(project));
    }

    @Test
    void namesThePythonPackageAndSkipsBytecodeCaches() {
        Project project = ProjectMother.with(Presets.python()).files(
                "src/shop/__init__.py", "",
                "src/shop/__pycache__/x.pyc", "",
                "src/shop/domain/__init__.py", "",
                "src/shop/application/__init__.py", "",
                "src/shop/helpers/__init__.py", "").build();

        assertEquals(List.of(Finding.at("src/shop/helpers", "package shop.helpers is not a layer " + LAYERS
                + "; move its code into a layer, or declare it as a layer's package in <layers>")), check(project));
    }

    @Test
    void acceptsEveryPackageOfACustomLayer() {
        Project project = ProjectMother.with(Presets.maven())
                .layers(policy -> new LayerPolicy(policy.sourceRoots(), null,
                        List.of(new Layer("adapter", List.of("web", "persistence")), Layer.named("domain")),
                        Map.of(), List.of()))
                .files("src/main/java/com/acme/shop/web/Routes.java", "",
                        "src/main/java/com/acme/shop/persistence/Rows.java", "",
                        "src/main/java/com/acme/shop/domain/Order.java", "")
                .build();

        assertEquals(List.of(), check(project));
    }

    @Test
    void findsNothingWithoutABasePackage() {
        assertEquals(List.of(), check(ProjectMother.with(Presets.maven())
                .files("src/main/java/com/acme/lib/util/Strings.java", "").build()));
    }
}
