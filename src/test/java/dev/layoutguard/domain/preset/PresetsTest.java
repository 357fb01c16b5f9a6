package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void detectsPythonFromPyprojectToml() {
        assertEquals("python", Presets.detect(tree(Entry.file("pyproject.toml", 1), Entry.file("pom.xml", 1))));
    }

    @Test
    void detectsPythonFromAPackageUnderSrc() {
        assertEquals("python", Presets.detect(tree(Entry.directory("src"), Entry.directory("src/shop"),
                Entry.file("src/shop/__init__.py", 0))));
    }

    @Test
    void srcMainMakesItMavenEvenWithPythonFiles() {
        assertEquals("maven", Presets.detect(tree(Entry.file("pyproject.toml", 1), Entry.directory("src"),
                Entry.directory("src/main"))));
    }

    @Test
    void anythingElseIsMaven() {
        assertEquals("maven", Presets.detect(tree(Entry.directory("src"), Entry.directory("src/shop"),
                Entry.file("src/shop/app.py", 1))));
    }

    @Test
    void bothPresetsDefineEverySeverityAndTheCleanArchitecture() {
        for (Preset preset : List.of(Presets.maven(), Presets.python())) {
            for (RuleId rule : RuleId.values()) {
                assertEquals(rule.defaultSeverity(), preset.severityOf(rule));
            }
            LayerPolicy layers = preset.layers();
            assertTrue(layers.mayUse("domain", "shared"));
            assertTrue(layers.mayUse("infrastructure", "application"));
            assertTrue(!layers.mayUse("domain", "infrastructure"));
            assertTrue(!layers.mayUse("shared", "domain"));
            assertEquals(List.of("application", "domain", "shared"), layers.allowedFrom("presentation").stream()
                    .sorted().toList());
        }
        assertEquals(Severity.WARNING, Presets.python().severityOf(RuleId.ROOT_FILE_COUNT));
    }

    @Test
    void namedKnowsOnlyTheTwoPresets() {
        assertEquals("maven", Presets.named("maven").orElseThrow().name());
        assertEquals("python", Presets.named("python").orElseThrow().name());
        assertTrue(Presets.named("gradle").isEmpty());
    }

    private static ProjectTree tree(Entry... entries) {
        return ProjectTree.of(List.of(entries));
    }
}
