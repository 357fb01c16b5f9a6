package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.infrastructure.ProjectScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeIgnoredRuleTest {

    private final RuntimeIgnoredRule rule = new RuntimeIgnoredRule();

    @Test
    void flagsRuntimeDataGitDoesNotIgnore() {
        Project project = ProjectMother.with(Presets.python())
                .paths("storage/logs/app.log", "reports/coverage/coverage.xml", "!storage/cache/blob.bin").build();

        assertEquals(List.of(
                Finding.at("storage/logs/app.log", "runtime data that git does not ignore; storage/ holds generated"
                        + " data: ignore it in .gitignore (and git rm --cached what git already tracks)"),
                Finding.at("reports/coverage/coverage.xml", "runtime data that git does not ignore; reports/ holds"
                        + " generated data: ignore it in .gitignore (and git rm --cached what git already tracks)")),
                rule.check(project));
    }

    @Test
    void acceptsReadmesAndTheFilesThatKeepADirectoryInGit() {
        Project project = ProjectMother.with(Presets.python())
                .paths("reports/README.md", "storage/.gitignore", "storage/logs/.gitkeep", "storage/tmp/.keep",
                        "src/storage/app.log")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void findsNothingInTheMavenPreset() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven()).paths("storage/a.log").build()));
    }

    @Test
    void knowsWhatGitIgnoresWhetherOrNotIgnoredPathsAreChecked(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".gitignore"), "storage/*\n!storage/README.md\n");
        Files.createDirectories(root.resolve("storage/logs"));
        Files.writeString(root.resolve("storage/README.md"), "# Runtime data\n");
        Files.writeString(root.resolve("storage/logs/app.log"), "started\n");
        Files.createDirectories(root.resolve("reports"));
        Files.writeString(root.resolve("reports/quality.txt"), "A\n");

        for (boolean respectGitignore : new boolean[] {true, false}) {
            Project project = Project.standalone(new ProjectScanner(respectGitignore, Set.of()).scan(root),
                    Presets.python(), path -> java.util.Optional.empty());

            assertEquals(List.of(Finding.at("reports/quality.txt", "runtime data that git does not ignore; reports/"
                    + " holds generated data: ignore it in .gitignore (and git rm --cached what git already tracks)")),
                    rule.check(project), "respectGitignore=" + respectGitignore);
        }
    }
}
