package dev.layoutguard.domain.config;

import java.util.Locale;
import java.util.Set;

/**
 * Configuration files that belong to a tool, not to the application: the tool looks for them by name where it runs
 * ({@code tests/pytest.ini}, {@code src/alembic.ini}) or beside what it builds, so moving one to {@code config/}
 * silently switches it off. And the files that make a directory a project of its own ({@code pyproject.toml},
 * {@code package.json}, a Helm chart's {@code Chart.yaml}): what such a directory holds is that project's.
 */
final class ToolConfigs {

    private static final Set<String> TOOL_FILES = Set.of(
            // Python tools
            "pytest.ini", "tox.ini", "setup.cfg", "mypy.ini", "alembic.ini", "behave.ini", "pyproject.toml",
            "ruff.toml", ".ruff.toml", "uv.toml", "poetry.toml", "pdm.toml", "hatch.toml", ".bumpversion.cfg",
            ".isort.cfg", ".pydocstyle.ini", "environment.yml", "environment.yaml", "mkdocs.yml", "mkdocs.yaml",
            ".readthedocs.yml", ".readthedocs.yaml", "towncrier.toml",
            // repository, documentation and CI services
            ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", "codecov.yml", ".codecov.yml", "netlify.toml",
            ".yamllint.yml", ".yamllint.yaml", ".markdownlint.yml", ".markdownlint.yaml", "_config.yml",
            "crowdin.yml", ".mergify.yml", "typos.toml", "_typos.toml", "cliff.toml", ".gitlab-ci.yml", ".travis.yml",
            "appveyor.yml", "bitbucket-pipelines.yml", "azure-pipelines.yml", "cloudbuild.yaml", "skaffold.yaml",
            "app.yaml", "serverless.yml",
            // other languages' build tools and linters
            ".golangci.yml", ".golangci.yaml", ".goreleaser.yml", ".goreleaser.yaml", "buf.yaml", "buf.gen.yaml",
            "buf.work.yaml", "book.toml", "rust-toolchain.toml", "rustfmt.toml", ".rustfmt.toml", "clippy.toml",
            ".prettierrc.yml", ".prettierrc.yaml", ".eslintrc.yml", ".eslintrc.yaml", ".stylelintrc.yml",
            "sonar-project.properties", "gradle.properties", "gradle-wrapper.properties");
    private static final Set<String> PROJECT_FILES = Set.of("pyproject.toml", "setup.py", "setup.cfg", "package.json",
            "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "Cargo.toml", "go.mod",
            "pom.xml", "composer.json", "Gemfile", "Chart.yaml", "kustomization.yaml", "kustomization.yml");

    private ToolConfigs() {
    }

    /** Whether a file name is a tool's own configuration. */
    static boolean isToolConfig(String name) {
        return TOOL_FILES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a file name makes the directory it is in a project of its own. */
    static boolean marksAProject(String name) {
        return PROJECT_FILES.contains(name);
    }
}
