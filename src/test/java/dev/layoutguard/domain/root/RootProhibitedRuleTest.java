package dev.layoutguard.domain.root;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootProhibitedRuleTest {

    private final RootProhibitedRule rule = new RootProhibitedRule();

    @Test
    void flagsEveryProhibitedExampleOfThePlanWithItsTarget() {
        Project project = project(Presets.python(), List.of("test_api.py", "api_test.py", "conftest.py",
                "setup_dev.py", "install_deps.py", "fix_imports.py", "update_deps.py", "deploy_prod.py",
                "USER_GUIDE.md", "ADMIN_MANUAL.md", "IMPLEMENTATION_PLAN.md", "TESTING_STRATEGY.md",
                "config_local.py", "settings_prod.py", ".env", ".env.production", "local.env", ".coverage",
                "coverage.xml", "server.log"), List.of("dist", "build", "pynomaly.egg-info", "htmlcov", ".venv", "venv", "env"));

        List<String> fixes = rule.check(project).stream().map(f -> f.path() + " -> " + f.fix()).toList();

        assertEquals(List.of(
                ".coverage -> reports/coverage/.coverage",
                ".env -> config/environments/.env",
                ".env.production -> config/environments/.env.production",
                ".venv -> environments/.venv",
                "ADMIN_MANUAL.md -> docs/ADMIN_MANUAL.md",
                "IMPLEMENTATION_PLAN.md -> docs/developer-guides/IMPLEMENTATION_PLAN.md",
                "TESTING_STRATEGY.md -> docs/testing/TESTING_STRATEGY.md",
                "USER_GUIDE.md -> docs/USER_GUIDE.md",
                "api_test.py -> tests/api_test.py",
                "build -> reports/builds/build",
                "config_local.py -> config/config_local.py",
                "conftest.py -> tests/conftest.py",
                "coverage.xml -> reports/coverage/coverage.xml",
                "deploy_prod.py -> scripts/deploy/deploy_prod.py",
                "dist -> reports/builds/dist",
                "env -> environments/.env",
                "fix_imports.py -> scripts/maintenance/fix_imports.py",
                "htmlcov -> reports/coverage/htmlcov",
                "install_deps.py -> scripts/dev/install_deps.py",
                "local.env -> config/environments/local.env",
                "pynomaly.egg-info -> reports/builds/pynomaly.egg-info",
                "server.log -> storage/logs/server.log",
                "settings_prod.py -> config/settings_prod.py",
                "setup_dev.py -> scripts/dev/setup_dev.py",
                "test_api.py -> tests/test_api.py",
                "update_deps.py -> scripts/maintenance/update_deps.py",
                "venv -> environments/.venv"), fixes);
    }

    @Test
    void sendsAJavaSourceToThePackageItDeclaresUnderItsRoot() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "OrderServiceTest.java", "// the service's test\npackage com.acme.shop.application;\nclass OrderServiceTest {}",
                "Scratch.java", "class Scratch {}",
                "Main.java", "package com.acme.shop;\npublic class Main {}").build();

        assertEquals(List.of("Main.java -> src/main/java/com/acme/shop/Main.java",
                "OrderServiceTest.java -> src/test/java/com/acme/shop/application/OrderServiceTest.java",
                "Scratch.java -> src/main/java/Scratch.java"),
                rule.check(project).stream().map(f -> f.path() + " -> " + f.fix()).sorted().toList());
    }

    @Test
    void reportsAWholeFindingWithWhatMatched() {
        Project project = project(Presets.python(), List.of("test_api.py"), List.of());

        assertEquals(List.of(new Finding("test_api.py", null, "test module in the project root (matches test_*.py)",
                "tests/test_api.py", null)), rule.check(project));
    }

    @Test
    void leavesLookAlikesAlone() {
        Project project = project(Presets.python(), List.of("README.md", "pyproject.toml", "testing.py",
                "mytest.py", "GUIDE.md", "environment.yml", "setup.py", "Makefile"), List.of("src", "tests",
                "builds", "docs", "environments"));

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void dockerFilesAreNotProhibitedSinceDockerReadsThemInTheRoot() {
        Project project = project(Presets.python(), List.of("Dockerfile", "Dockerfile.dev", "docker-compose.yml",
                "docker-compose.prod.yml"), List.of());

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(), rule.check(project(Presets.maven(), List.of("Dockerfile"), List.of())));
    }

    @Test
    void patternsMatchOnlyTheirKindOfEntry() {
        Project project = project(Presets.python(), List.of("build", "dist"), List.of("server.log"));

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void aTestClassIsATestNotAPlainSourceInTheMavenPreset() {
        Project project = project(Presets.maven(), List.of("OrderTest.java", "OrderIT.java", "Order.java",
                "application.yml", "application-prod.properties", "debug.log"), List.of());

        assertEquals(List.of(
                "Order.java -> src/main/java/Order.java",
                "OrderIT.java -> src/test/java/OrderIT.java",
                "OrderTest.java -> src/test/java/OrderTest.java",
                "application-prod.properties -> src/main/resources/application-prod.properties",
                "application.yml -> src/main/resources/application.yml",
                "debug.log -> null"), rule.check(project).stream().map(f -> f.path() + " -> " + f.fix()).toList());
    }

    @Test
    void modulesAreNeverFlagged() {
        Project project = ProjectMother.with(Presets.python()).paths("build/").modules("build").build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void onlyRootEntriesAreChecked() {
        Project project = project(Presets.python(), List.of("tests/test_api.py", "scripts/dev/setup_dev.py"),
                List.of("tests", "scripts", "scripts/dev"));

        assertEquals(List.of(), rule.check(project));
    }

    static Project project(Preset preset, List<String> files, List<String> directories) {
        return ProjectMother.with(preset).paths(files.toArray(String[]::new))
                .paths(directories.stream().map(directory -> directory + "/").toArray(String[]::new)).build();
    }
}
