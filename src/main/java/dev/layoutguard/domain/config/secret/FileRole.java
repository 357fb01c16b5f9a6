package dev.layoutguard.domain.config.secret;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a configuration file is for, which decides what in it is a secret, by its path. */
public enum FileRole {
    /** Configuration a program reads: every literal secret counts. */
    CONFIGURATION,
    /**
     * An example of a configuration ({@code .env.example}, {@code env.sample}, {@code app.template.yml}): its values
     * are examples, and only a well-known credential format counts.
     */
    EXAMPLE,
    /**
     * A CI pipeline: the credentials of the service containers it starts for its jobs, and URLs with a password
     * that lead to them (a local or one-word host), are throwaway.
     */
    PIPELINE,
    /** Test data ({@code src/test/resources}, {@code tests/fixtures}, {@code testdata}): every secret is throwaway. */
    TEST_DATA;

    private static final Set<String> EXAMPLE_WORDS = Set.of("example", "sample", "template", "tmpl", "dist");
    private static final Set<String> TEST_DIRECTORIES = Set.of("test", "tests", "testdata", "test-data", "test_data",
            "testing", "fixtures", "fixture", "__tests__", "__fixtures__", "e2e");
    private static final Set<String> PIPELINE_FILES = Set.of(".gitlab-ci.yml", ".travis.yml",
            "bitbucket-pipelines.yml", ".drone.yml", ".woodpecker.yml", "appveyor.yml", ".appveyor.yml",
            ".cirrus.yml", "cloudbuild.yaml", "cloudbuild.yml");
    private static final List<String> PIPELINE_DIRECTORIES = List.of(".github/workflows/", ".circleci/",
            ".azure-pipelines/", ".woodpecker/", ".buildkite/");

    /** The role of the file at a project-relative, {@code /}-separated path. */
    public static FileRole of(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (isExample(name)) {
            return EXAMPLE;
        }
        for (String directory : path.substring(0, slash + 1).split("/")) {
            if (isTestDirectory(directory)) {
                return TEST_DATA;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (PIPELINE_FILES.contains(lower) || lower.startsWith("azure-pipelines")
                || PIPELINE_DIRECTORIES.stream().anyMatch(path::startsWith)) {
            return PIPELINE;
        }
        return CONFIGURATION;
    }

    /** {@code .env.example}, {@code env.example}, {@code settings.sample.yml}: a part of the name between dots. */
    private static boolean isExample(String name) {
        for (String part : name.toLowerCase(Locale.ROOT).split("\\.")) {
            if (EXAMPLE_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** {@code test}, {@code tests}, {@code fixtures}, {@code testdata}, and source sets such as {@code jvmTest}. */
    private static boolean isTestDirectory(String directory) {
        String lower = directory.toLowerCase(Locale.ROOT);
        return TEST_DIRECTORIES.contains(lower) || directory.endsWith("Test") || directory.endsWith("Tests")
                || lower.endsWith("-test") || lower.endsWith("_test") || lower.endsWith("-tests");
    }
}
