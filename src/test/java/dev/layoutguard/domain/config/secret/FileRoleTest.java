package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileRoleTest {

    private static List<FileRole> roles(String... paths) {
        return List.of(paths).stream().map(FileRole::of).toList();
    }

    @Test
    void filesNamedForAnExampleHoldExamples() {
        assertEquals(List.of(FileRole.EXAMPLE, FileRole.EXAMPLE, FileRole.EXAMPLE, FileRole.EXAMPLE, FileRole.EXAMPLE,
                FileRole.EXAMPLE), roles(".env.example", "env.example", "config/app.sample.yml",
                "config/templates/database.template.yml", ".env.dist", "tests/fixtures/settings.example.toml"));
    }

    @Test
    void namesThatOnlyContainTheWordDoNot() {
        assertEquals(List.of(FileRole.CONFIGURATION, FileRole.CONFIGURATION, FileRole.CONFIGURATION),
                roles("config/examples.yml", "config/sampler.properties", "examples/app/config.yml"));
    }

    @Test
    void filesUnderTestDirectoriesAreTestData() {
        assertEquals(List.of(FileRole.TEST_DATA, FileRole.TEST_DATA, FileRole.TEST_DATA, FileRole.TEST_DATA,
                FileRole.TEST_DATA, FileRole.TEST_DATA), roles("src/test/resources/application.yml",
                "tests/fixtures/db.yaml", "pkg/testdata/config.json", "src/jvmTest/resources/a.properties",
                "src/integration-test/resources/db.yml", "e2e/docker-compose.yml"));
    }

    @Test
    void testInANameOrAContestIsNoTestDirectory() {
        assertEquals(List.of(FileRole.CONFIGURATION, FileRole.CONFIGURATION, FileRole.CONFIGURATION),
                roles("config/environments/testing.yml", "src/main/resources/application-test.yml",
                        "contest/config.yml"));
    }

    @Test
    void ciPipelinesArePipelines() {
        assertEquals(List.of(FileRole.PIPELINE, FileRole.PIPELINE, FileRole.PIPELINE, FileRole.PIPELINE,
                FileRole.PIPELINE, FileRole.PIPELINE), roles(".github/workflows/ci.yml", ".gitlab-ci.yml",
                ".circleci/config.yml", "azure-pipelines.yml", ".azure-pipelines/azure-pipelines.yml",
                ".travis.yml"));
        assertEquals(List.of(FileRole.CONFIGURATION, FileRole.CONFIGURATION),
                roles(".github/dependabot.yml", "deploy/workflows/ci.yml"));
    }
}
