package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsPlacementRuleTest {

    private static final String CATEGORIES = "build/, test/, deploy/, dev/, maintenance/, validation/";

    private final ScriptsPlacementRule rule = new ScriptsPlacementRule();

    @Test
    void flagsScriptsAndDirectoriesOutsideTheCategoriesOnce() {
        Project project = ProjectMother.with(Presets.python())
                .paths("scripts/cleanup.py", "scripts/notes.txt", "scripts/tools/a.sh", "scripts/tools/b.sh").build();

        assertEquals(List.of(
                Finding.at("scripts/cleanup.py", "script directly in scripts/, outside the script categories ("
                        + CATEGORIES + "); move it into the one that fits"),
                Finding.at("scripts/notes.txt", "file directly in scripts/, outside the script categories ("
                        + CATEGORIES + "); move it into the one that fits"),
                Finding.at("scripts/tools", "directory tools/ is not a script category (scripts/ holds " + CATEGORIES
                        + "); move its scripts into the categories that fit")),
                rule.check(project));
    }

    @Test
    void acceptsTheCategoriesAndAReadme() {
        Project project = ProjectMother.with(Presets.python())
                .paths("scripts/README.md", "scripts/build/build.py", "scripts/validation/validate_organization.py",
                        "scripts/maintenance/cleanup.py", "deploy/docker/scripts/entrypoint.sh")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void findsNothingWithoutAScriptsDirectory() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven()).paths("src/main/").build()));
    }
}
