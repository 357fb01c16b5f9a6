package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import org.junit.jupiter.api.Test;

class BasePackageTest {

    @Test
    void isThePackageHoldingTheLayers() {
        assertEquals("dev/layoutguard", base(Presets.maven(), "src/main/java/dev/layoutguard/domain/Rule.java",
                "src/main/java/dev/layoutguard/application/", "src/main/java/dev/layoutguard/domain/structure/"));
    }

    @Test
    void isTheEndOfTheSinglePackageChainWithoutLayers() {
        assertEquals("com/example/shop", base(Presets.maven(), "src/main/java/com/example/shop/orders/Order.java",
                "src/main/java/com/example/shop/billing/"));
        assertEquals("com/example", base(Presets.maven(), "src/main/java/com/example/App.java"));
    }

    @Test
    void isEmptyForSourcesInSeveralTopLevelPackagesOrNone() {
        assertEquals("", base(Presets.maven(), "src/main/java/com/a/A.java", "src/main/java/org/b/B.java"));
        assertEquals("", base(Presets.maven(), "pom.xml"));
    }

    @Test
    void looksInTheTestSourcesWhenThereAreNoMainSources() {
        assertEquals("com/example", base(Presets.maven(), "src/test/java/com/example/AppTest.java"));
    }

    @Test
    void isTheConfiguredBasePackageWhenThereIsOne() {
        LayerPolicy layers = Presets.maven().layers();
        Preset configured = Presets.maven().withLayers(new LayerPolicy(layers.sourceRoots(), "org.acme.app",
                layers.layers(), layers.allowed(), layers.exceptions()));

        assertEquals("org/acme/app", base(configured, "src/main/java/com/example/domain/"));
    }

    private static String base(Preset preset, String... paths) {
        return BasePackage.of(ProjectMother.with(preset).paths(paths).build()).path();
    }
}
