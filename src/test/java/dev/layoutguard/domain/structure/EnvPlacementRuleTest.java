package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvPlacementRuleTest {

    private final EnvPlacementRule rule = new EnvPlacementRule();

    @Test
    void flagsVirtualEnvironmentsOutsideEnvironmentsOrWithoutTheDot() {
        Project project = ProjectMother.with(Presets.python())
                .paths("tests/.test_env/pyvenv.cfg", "environments/docs_env/pyvenv.cfg", "tools/venv/pyvenv.cfg",
                        "tools/venv/lib/inner/pyvenv.cfg")
                .build();

        assertEquals(List.of(
                Finding.at("environments/docs_env", "virtual environment in environments/ without the dot prefix (it"
                        + " holds pyvenv.cfg); environments live only as environments/.<name>/")
                        .withFix("environments/.docs_env"),
                Finding.at("tests/.test_env", "virtual environment outside environments/ (it holds pyvenv.cfg);"
                        + " environments live only as environments/.<name>/").withFix("environments/.test_env"),
                Finding.at("tools/venv", "virtual environment outside environments/ (it holds pyvenv.cfg);"
                        + " environments live only as environments/.<name>/").withFix("environments/.venv")),
                rule.check(project));
    }

    @Test
    void acceptsEnvironmentsWhereThePlanPutsThemAndLookAlikes() {
        Project project = ProjectMother.with(Presets.python())
                .paths("environments/.venv/pyvenv.cfg", "environments/.test_env/pyvenv.cfg",
                        "environments/requirements/base.txt", "src/shop/pyvenv.cfg.example", "tools/venv/README.md")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void leavesRootEnvironmentsToTheRootRulesExceptInAModule() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.python()).paths(".venv/pyvenv.cfg").build()));
        assertEquals(List.of(Finding.at(".venv", "virtual environment outside environments/ (it holds pyvenv.cfg);"
                + " environments live only as environments/.<name>/").withFix("environments/.venv")),
                rule.check(ProjectMother.with(Presets.python()).paths(".venv/pyvenv.cfg").asModule().build()));
    }

    @Test
    void flagsAnyVirtualEnvironmentGitDoesNotIgnoreInAMavenProject() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("docs/.venv/pyvenv.cfg", "!tools/.venv/", "!tools/.venv/pyvenv.cfg").build();

        assertEquals(List.of(Finding.at("docs/.venv", "virtual environment that git does not ignore (it holds"
                + " pyvenv.cfg); the maven preset keeps virtual environments out of the repository: ignore it in"
                + " .gitignore")), rule.check(project));
    }
}
