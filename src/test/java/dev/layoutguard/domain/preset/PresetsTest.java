package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Violation;
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
    void aProjectLaidOutAsThePlansTargetStructurePassesEveryRuleOfThePythonPreset(@TempDir Path root)
            throws Exception {
        PlanTargetStructureMother.writeTo(root);
        PlanTargetStructureMother.writeIgnoredContent(root);
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");

        Report report = check(root, true);

        assertEquals(List.of(), report.violations().stream().map(Violation::toString).toList());
        assertEquals(Map.of("rootFiles", 9, "maxDepth", 4, "misplacedFiles", 0, "namingCompliance", 100),
                report.metrics());
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
