package dev.layoutguard.domain.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigPlacementRuleTest {

    static Project project(Preset preset, String... files) {
        return ProjectMother.with(preset).paths(files).build();
    }

    @Test
    void pythonConfigurationOutsideConfigMovesThere() {
        Project project = project(Presets.python(), "src/shop/settings.yml", "tools/lint.ini",
                "src/shop/config_db.py", "src/shop/.env", "src/shop/.env.local", "scripts/dev/production.yaml",
                "src/shop/module.py", "src/shop/settings.py");

        assertEquals(List.of(
                Finding.at("scripts/dev/production.yaml", "environment file outside config/environments/")
                        .withFix("config/environments/production.yaml"),
                Finding.at("src/shop/.env", "environment file outside config/environments/")
                        .withFix("config/environments/.env"),
                Finding.at("src/shop/.env.local", "environment file outside config/environments/")
                        .withFix("config/environments/.env.local"),
                Finding.at("src/shop/config_db.py", "configuration file outside config/").withFix("config/config_db.py"),
                Finding.at("src/shop/settings.yml", "configuration file outside config/")
                        .withFix("config/settings.yml"),
                Finding.at("tools/lint.ini", "configuration file outside config/").withFix("config/lint.ini")),
                new ConfigPlacementRule().check(project));
    }

    @Test
    void pythonConfigurationInItsAllowedPlacesIsFine() {
        Project project = project(Presets.python(), "config/defaults/logging.yml",
                "config/environments/production.yml", "config/config_db.py", "deploy/docker/docker-compose.yml",
                "docs/mkdocs.yml", "tests/fixtures/data.yaml", ".github/workflows/ci.yml",
                "environments/.venv/pyvenv.cfg", ".mvn/wrapper/maven-wrapper.properties", "pyproject.toml",
                ".pre-commit-config.yaml", "mkdocs.yml", ".env", "src/.venv/pyvenv.cfg",
                "src/.venv/lib/python3.12/site-packages/pkg/pyproject.toml");

        assertEquals(List.of(), new ConfigPlacementRule().check(project));
    }

    @Test
    void aToolsOwnConfigurationStaysWhereTheToolLooksForIt() {
        Project project = project(Presets.python(), "tests/pytest.ini", "src/alembic.ini", "src/mypy.ini",
                "backend/tox.ini", "backend/setup.cfg", "site/mkdocs.yml", "src/shop/app.ini");

        assertEquals(List.of(Finding.at("src/shop/app.ini", "configuration file outside config/")
                .withFix("config/app.ini")), new ConfigPlacementRule().check(project));
    }

    @Test
    void aNestedProjectsFilesAreItsOwn() {
        Project project = project(Presets.python(), "examples/aliases/pyproject.toml", "examples/aliases/aliases.ini",
                "examples/colors/pyproject.toml", "frontend/package.json", "frontend/config/app.yml",
                "charts/shop/Chart.yaml", "charts/shop/values.yaml", "examples/notes/notes.yml");

        assertEquals(List.of(Finding.at("examples/notes/notes.yml", "configuration file outside config/")
                .withFix("config/notes.yml")), new ConfigPlacementRule().check(project));
    }

    @Test
    void noTwoFilesGetTheSameFixAndNoFixLandsOnAnExistingFile() {
        Project project = project(Presets.python(), "src/a/settings.yml", "src/b/settings.yml", "src/c/logging.yml",
                "config/logging.yml", "src/d/app.yml");

        assertEquals(List.of(
                Finding.at("src/a/settings.yml", "configuration file outside config/; no fix, since 2 files of this "
                        + "name would move to config/settings.yml"),
                Finding.at("src/b/settings.yml", "configuration file outside config/; no fix, since 2 files of this "
                        + "name would move to config/settings.yml"),
                Finding.at("src/c/logging.yml", "configuration file outside config/; no fix, since "
                        + "config/logging.yml exists already"),
                Finding.at("src/d/app.yml", "configuration file outside config/").withFix("config/app.yml")),
                new ConfigPlacementRule().check(project));
    }

    @Test
    void mavenConfigurationAmongTheSourcesMovesToTheSiblingResourcesKeepingItsPackage() {
        Project project = project(Presets.maven(), "src/main/java/com/acme/app.properties",
                "src/test/java/com/acme/data.yml", "src/main/kotlin/logback.xml", "src/main/java/com/acme/App.java");

        assertEquals(List.of(
                Finding.at("src/main/java/com/acme/app.properties", "configuration file among the sources of "
                        + "src/main/java; configuration belongs in src/main/resources")
                        .withFix("src/main/resources/com/acme/app.properties"),
                Finding.at("src/main/kotlin/logback.xml", "configuration file among the sources of src/main/kotlin; "
                        + "configuration belongs in src/main/resources").withFix("src/main/resources/logback.xml"),
                Finding.at("src/test/java/com/acme/data.yml", "configuration file among the sources of src/test/java; "
                        + "configuration belongs in src/test/resources").withFix("src/test/resources/com/acme/data.yml")),
                new ConfigPlacementRule().check(project));
    }

    @Test
    void mavenConfigurationOutsideTheSourcesIsNotThisRulesConcern() {
        Project project = project(Presets.maven(), "src/main/resources/application.yml",
                "src/test/resources/logback-test.xml", "config/checkstyle.xml", "docs/site.yml", "application.yml",
                "pom.xml", "src/main/webapp/WEB-INF/web.xml");

        assertEquals(List.of(), new ConfigPlacementRule().check(project));
    }
}
