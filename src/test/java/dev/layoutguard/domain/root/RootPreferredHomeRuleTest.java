package dev.layoutguard.domain.root;

import static dev.layoutguard.domain.root.RootProhibitedRuleTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.RootPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootPreferredHomeRuleTest {

    private final RootPreferredHomeRule rule = new RootPreferredHomeRule();

    @Test
    void saysWhatElseMovingADockerfileTakesAndOffersNoFix() {
        Project project = project(Presets.maven(), List.of("Dockerfile", "pom.xml"), List.of());

        assertEquals(List.of(Finding.at("Dockerfile", "Docker file in the project root, where docker build looks for "
                + "it; the target layout keeps it in deploy/docker/: after the move, build with docker build -f "
                + "deploy/docker/Dockerfile . (the build context and .dockerignore stay in the root) in every script, "
                + "CI job and document that builds the image")), rule.check(project));
    }

    @Test
    void saysThatAComposeFilesPathsMoveWithIt() {
        Project project = project(Presets.python(), List.of("docker-compose.dev.yml"), List.of());

        assertEquals(List.of(Finding.at("docker-compose.dev.yml", "Compose file in the project root, where docker "
                + "compose looks for it; the target layout keeps it in deploy/docker/: after the move, run docker compose -f "
                + "deploy/docker/docker-compose.dev.yml, make every relative path in it (build contexts, env files, "
                + "bind mounts) relative to deploy/docker/ (build: . becomes build: ../..), and give tools that find "
                + "it by name its new path (Spring Boot's spring.docker.compose.file)")), rule.check(project));
    }

    @Test
    void namesThePyprojectTableOfAPythonToolsSettings() {
        Project project = project(Presets.python(), List.of("mypy.ini", "pytest.ini", "pyproject.toml"), List.of());

        assertEquals(List.of(
                Finding.at("mypy.ini", "mypy settings file in the project root; the target layout keeps it in pyproject.toml "
                        + "[tool.mypy]: mypy reads the same settings from there, so move them into pyproject.toml and "
                        + "delete mypy.ini"),
                Finding.at("pytest.ini", "pytest settings file in the project root; the target layout keeps it in "
                        + "pyproject.toml [tool.pytest.ini_options]: pytest reads the same settings from there, so "
                        + "move them into pyproject.toml and delete pytest.ini")), rule.check(project));
    }

    @Test
    void leavesLookAlikesAndOtherPlacesAlone() {
        Project python = project(Presets.python(), List.of(".dockerignore", "mypy.ini.bak", "Makefile",
                "setup.cfg", "deploy/docker/Dockerfile", "src/mypy.ini"), List.of("deploy", "deploy/docker", "src",
                "Dockerfile.d"));
        // a Maven build keeps its Python tools' files where they are: only the python preset follows the plan there
        Project maven = project(Presets.maven(), List.of("mypy.ini", "pytest.ini"), List.of());

        assertEquals(List.of(), rule.check(python));
        assertEquals(List.of(), rule.check(maven));
    }

    @Test
    void anEntryTheUserProhibitsIsTheProhibitedRulesAndModulesAreNeverFlagged() {
        RootPolicy root = Presets.maven().root();
        List<ProhibitedEntry> prohibited = new ArrayList<>(root.prohibited());
        prohibited.add(0, ProhibitedEntry.of("Dockerfile.old", null, "stale Docker file"));
        Preset preset = Presets.maven().withRoot(new RootPolicy(root.allowedFiles(), root.allowedDirectories(),
                root.tools(), prohibited, root.preferred(), root.maxFiles()));

        assertEquals(List.of(), rule.check(project(preset, List.of("Dockerfile.old"), List.of())));
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven()).paths("compose.yaml/")
                .modules("compose.yaml").build()));
    }
}
