package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.ProjectScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                Severity expected = preset.name().equals(Presets.MAVEN) && rule == RuleId.ROOT_ALLOWLIST
                        ? Severity.WARNING : rule.defaultSeverity();
                assertEquals(expected, preset.severityOf(rule), preset.name() + " " + rule);
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
        // the plan's root list stays strict where it is written for; Maven builds keep more in their roots
        assertEquals(Severity.ERROR, Presets.python().severityOf(RuleId.ROOT_ALLOWLIST));
        assertEquals(Severity.WARNING, Presets.maven().severityOf(RuleId.ROOT_ALLOWLIST));
        assertEquals(Severity.ERROR, Presets.maven().severityOf(RuleId.ROOT_PROHIBITED));
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


    @Test
    void aProjectLaidOutAsThePlansTargetStructurePassesEveryRuleOfThePythonPreset(@TempDir Path root)
            throws Exception {
        PlanTargetStructureMother.writeTo(root);
        PlanTargetStructureMother.writeIgnoredContent(root);
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");

        Report report = check(root, true);

        assertEquals(List.of(), report.violations().stream().map(Violation::toString).toList());
        Map<String, Integer> health = Map.of("rootFiles", 9, "maxDepth", 4, "misplacedFiles", 0, "namingCompliance",
                100);
        health.forEach((metric, value) -> assertEquals(value, report.metrics().get(metric), metric));
    }

    @Test
    void thePlansTargetStructureStillPassesWhenIgnoredPathsAreChecked(@TempDir Path root) throws Exception {
        PlanTargetStructureMother.writeTo(root);
        PlanTargetStructureMother.writeIgnoredContent(root);

        Report report = check(root, false);

        assertEquals(List.of(), report.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void detectsThePlansTargetStructureAsAPythonProject(@TempDir Path root) throws Exception {
        PlanTargetStructureMother.writeTo(root);

        assertEquals(Presets.PYTHON, Presets.detect(new ProjectScanner(true, Set.of()).scan(root)));
    }

    private static Report check(Path root, boolean respectGitignore) throws Exception {
        Project project = Project.standalone(new ProjectScanner(respectGitignore, Set.of("target")).scan(root),
                Presets.python(), new FileContents(root, 1 << 20));
        return LayoutCheck.withAllRules("test").run(project, Selection.all());
    }
}
