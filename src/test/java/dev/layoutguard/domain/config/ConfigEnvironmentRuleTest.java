package dev.layoutguard.domain.config;

import static dev.layoutguard.domain.config.ConfigPlacementRuleTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.RootPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigEnvironmentRuleTest {

    private static final String PYTHON_KNOWN = "; known environments: development, testing, staging, production";
    private static final String MAVEN_KNOWN = "; known environments: dev, test, staging, prod";

    private static String add(String environment) {
        return "; rename it, or add '" + environment + "' to <config><environments>";
    }

    @Test
    void pythonEnvironmentFilesMustBeNamedForAKnownEnvironment() {
        // the plan's environments directory holds environment files only, so every name there is held to the list
        Project project = project(Presets.python(), "config/environments/dev.yml", "config/environments/.env",
                "config/environments/mysql.yml",
                "config/environments/.env.qa", "config/environments/production.local.yaml",
                "config/environments/development.yml", "config/environments/testing.yaml",
                "config/environments/staging.env", "config/environments/production.yml",
                "config/environments/.env.production", "config/environments/README.md",
                "config/environments/.gitkeep", "config/templates/dev.yml", "config/environments/prod/app.yml");

        assertEquals(List.of(
                Finding.at("config/environments/.env", "environment configuration named for no environment"
                        + PYTHON_KNOWN + "; name it for one of them").withReference(""),
                Finding.at("config/environments/.env.qa", "environment configuration for 'qa'" + PYTHON_KNOWN
                        + add("qa")).withReference("qa"),
                Finding.at("config/environments/dev.yml", "environment configuration for 'dev'" + PYTHON_KNOWN
                        + add("dev")).withReference("dev"),
                Finding.at("config/environments/mysql.yml", "environment configuration for 'mysql'" + PYTHON_KNOWN
                        + add("mysql")).withReference("mysql"),
                Finding.at("config/environments/production.local.yaml", "environment configuration for "
                        + "'production.local'" + PYTHON_KNOWN + add("production.local"))
                        .withReference("production.local")),
                new ConfigEnvironmentRule().check(project));
    }

    @Test
    void mavenSpringProfilesMustBeNamedForAKnownEnvironment() {
        Project project = project(Presets.maven(), "src/main/resources/application-local.yml",
                "src/main/resources/application-production.properties", "src/test/resources/application-test.yaml",
                "src/main/resources/application-dev.yml", "src/main/resources/application-prod.properties",
                "src/main/resources/application.yml", "src/main/resources/application-staging.yaml",
                "src/main/resources/application-dev.json", "application-local.yml");

        assertEquals(List.of(
                Finding.at("src/main/resources/application-local.yml", "environment configuration for 'local'"
                        + MAVEN_KNOWN + add("local")).withReference("local"),
                Finding.at("src/main/resources/application-production.properties",
                        "environment configuration for 'production'" + MAVEN_KNOWN + add("production"))
                        .withReference("production")),
                new ConfigEnvironmentRule().check(project));
    }

    @Test
    void springProfilesNamedForSomethingElseThanAnEnvironmentAreNoEnvironments() {
        Project project = project(Presets.maven(), "src/main/resources/application-mysql.properties",
                "src/main/resources/application-postgres.properties", "src/main/resources/application-docker.yml",
                "src/main/resources/application-h2.yml", "src/main/resources/application-default.yml",
                "src/main/resources/application-uat.yml", "src/main/resources/application-qa2.yml",
                "src/main/resources/application-prod-eu.yml");

        assertEquals(List.of("prod-eu", "qa2", "uat"), new ConfigEnvironmentRule().check(project).stream()
                .map(Finding::reference).toList());
    }

    @Test
    void aNestedProjectsProfilesAreItsOwn() {
        Project project = project(Presets.maven(), "samples/app/build.gradle",
                "samples/app/src/main/resources/application-local.yml", "samples/src/main/resources/application-qa.yml");

        assertEquals(List.of("qa"), new ConfigEnvironmentRule().check(project).stream().map(Finding::reference)
                .toList());
    }

    @Test
    void looksLikeAnEnvironmentByItsFirstWord() {
        assertEquals(List.of(true, true, true, true, false, false, false), List.of("stage", "prod-eu", "dev2",
                "local_docker", "mysql", "docker-local", "production2x").stream()
                .map(ConfigEnvironmentRule::looksLikeAnEnvironment).toList());
    }

    @Test
    void anAllowlistedRootFileIsCheckedSinceNoRootRuleReportsIt() {
        RootPolicy root = Presets.maven().root();
        List<Glob> allowed = new ArrayList<>(root.allowedFiles());
        allowed.add(Glob.of("application-local.yml"));
        List<ProhibitedEntry> prohibited = root.prohibited().stream()
                .filter(entry -> !entry.written().startsWith("application")).toList();
        Project project = project(Presets.maven().withRoot(new RootPolicy(allowed, root.allowedDirectories(),
                prohibited, root.maxFiles())), "application-local.yml");

        assertEquals(1, new ConfigEnvironmentRule().check(project).size());
    }

    @Test
    void theEnvironmentIsTheNameWithoutExtensionAndTheGlobsLiteralPrefix() {
        assertEquals("dev", ConfigEnvironmentRule.environment(Glob.of("application-*.{yml,yaml}"), "application-dev.yml"));
        assertEquals("dev", ConfigEnvironmentRule.environment(Glob.of("config/environments/*"), "dev.yml"));
        assertEquals("qa", ConfigEnvironmentRule.environment(Glob.of("bootstrap-*.yml"), "bootstrap-qa.yml"));
        assertEquals("prod", ConfigEnvironmentRule.environment(Glob.of("config/environments/*"), ".env.prod"));
        assertEquals("", ConfigEnvironmentRule.environment(Glob.of("application-*.yml"), "application-.yml"));
        assertEquals("noext", ConfigEnvironmentRule.environment(Glob.of("envs/*"), "noext"));
    }
}
