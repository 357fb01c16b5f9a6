package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * The root entries tools require, grouped by why, and the ones of them the target layout keeps elsewhere: data both presets
 * share, which {@code docs/presets.md} lists in full. A file a tool reads only in the root is not misplaced there, so
 * no rule tells it to move into {@code docs/} or {@code config/}.
 */
public final class RootTools {

    /** Every group, in the order the presets page lists them. */
    public static final List<ToolGroup> GROUPS = List.of(
            ToolGroup.of("legal and community", "code hosts and release tools look for the license, notices, "
                    + "security policy, code of conduct and release notes in the root, under these spellings too",
                    "LICENSE.{txt,md,rst}", "LICENCE", "LICENCE.{txt,md}", "license", "license.{txt,md}", "COPYING",
                    "COPYING.{txt,md}", "COPYING.LESSER", "NOTICE", "NOTICE.{txt,md}", "AUTHORS", "AUTHORS.{txt,md}",
                    "SECURITY.md", "CODE_OF_CONDUCT.md", "SUPPORT.md", "GOVERNANCE.md", "CITATION.cff",
                    "README.{txt,rst,adoc}", "CONTRIBUTING.{rst,adoc}", "CHANGELOG.{txt,rst,adoc}", "CHANGES",
                    "CHANGES.{md,txt,rst}", "HISTORY.{md,rst}", "NEWS", "NEWS.{md,txt,rst}",
                    "RELEASE-NOTES.{md,txt}", "RELEASE_NOTES.md"),
            ToolGroup.of("Gradle", "Gradle finds the settings, the build script, its properties and the wrapper "
                    + "only in the root of the build", "build.gradle", "build.gradle.kts", "settings.gradle",
                    "settings.gradle.kts", "gradle.properties", "gradlew", "gradlew.bat", "gradle/", "buildSrc/"),
            ToolGroup.of("CI and hosting", "CI services, code hosts and hosted tools read their files only in the "
                    + "root, and git reads its own root files there", ".travis.yml", "Jenkinsfile", ".gitlab-ci.yml",
                    "azure-pipelines.yml", "bitbucket-pipelines.yml", "appveyor.yml", ".appveyor.yml", ".cirrus.yml",
                    ".drone.yml", "cloudbuild.{yaml,yml}", "codecov.yml", ".codecov.yml", ".asf.yaml", ".gitpod.yml",
                    ".readthedocs.{yaml,yml}", "jitpack.yml", ".jitpack.yml", "renovate.json", ".renovaterc",
                    ".renovaterc.json", "Procfile", "netlify.toml", "sonar-project.properties",
                    ".git-blame-ignore-revs", ".gitmodules", ".mailmap", ".circleci/", ".gitlab/",
                    ".azure-pipelines/", ".buildkite/", ".devcontainer/", ".deploystack/"),
            ToolGroup.of("editors and tools", "editors and developer tools look for their settings in the "
                    + "directory they run in, which is the root", ".editorconfig", "lombok.config", ".sdkmanrc",
                    ".java-version", ".tool-versions", ".python-version", ".nvmrc", ".node-version",
                    ".pre-commit-hooks.yaml", "mkdocs.{yml,yaml}", "mypy.ini", ".mypy.ini", "pytest.ini", "tox.ini",
                    "noxfile.py", ".flake8", ".pylintrc", "pylintrc", ".coveragerc", ".isort.cfg", "ruff.toml",
                    ".ruff.toml", "pyrightconfig.json", "alembic.ini", ".idea/", ".vscode/"),
            ToolGroup.of("build context", "container tools take the root as the build context: the ignore file "
                    + "must sit there, and skaffold and Tilt look for their file where they run", ".dockerignore",
                    "skaffold.{yaml,yml}", "Tiltfile"),
            ToolGroup.of("package manifests and lock files", "package managers read the manifest in the root and "
                    + "keep its lock file beside it", "setup.py", "setup.cfg", "MANIFEST.in", "Pipfile",
                    "Pipfile.lock", "poetry.lock", "uv.lock", "pdm.lock", "package.json", "package-lock.json",
                    "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "go.mod", "go.sum", "Cargo.toml",
                    "Cargo.lock", "Gemfile", "Gemfile.lock", "gradle.lockfile", "kotlin-js-store/"));

    /** Docker and Compose files: their tools read them in the root by default, the target layout keeps them in deploy/docker/. */
    public static final List<PreferredHome> DOCKER = List.of(
            PreferredHome.of("Dockerfile*", "Docker file in the project root, where docker build looks for it",
                    "deploy/docker/", "after the move, build with docker build -f deploy/docker/{name} . (the build "
                            + "context and .dockerignore stay in the root) in every script, CI job and document "
                            + "that builds the image"),
            compose("docker-compose*.yml"), compose("docker-compose*.yaml"), compose("compose.yml"),
            compose("compose.yaml"), compose("compose.*.yml"), compose("compose.*.yaml"));

    /** Python tools' own settings files, whose settings the same tools read from pyproject.toml, where the target layout keeps them. */
    public static final List<PreferredHome> PYTHON_TOOL_SETTINGS = List.of(
            pyproject("mypy.ini", "mypy", "[tool.mypy]"), pyproject(".mypy.ini", "mypy", "[tool.mypy]"),
            pyproject("pytest.ini", "pytest", "[tool.pytest.ini_options]"),
            pyproject(".coveragerc", "coverage", "[tool.coverage.*]"),
            pyproject(".isort.cfg", "isort", "[tool.isort]"), pyproject(".pylintrc", "pylint", "[tool.pylint]"),
            pyproject("pylintrc", "pylint", "[tool.pylint]"), pyproject("ruff.toml", "ruff", "[tool.ruff]"),
            pyproject(".ruff.toml", "ruff", "[tool.ruff]"),
            pyproject("pyrightconfig.json", "pyright", "[tool.pyright]"));

    private RootTools() {
    }

    private static PreferredHome compose(String pattern) {
        return PreferredHome.of(pattern, "Compose file in the project root, where docker compose looks for it",
                "deploy/docker/", "after the move, run docker compose -f deploy/docker/{name}, make every relative "
                        + "path in it (build contexts, env files, bind mounts) relative to deploy/docker/ (build: . "
                        + "becomes build: ../..), and give tools that find it by name its new path (Spring Boot's "
                        + "spring.docker.compose.file)");
    }

    private static PreferredHome pyproject(String file, String tool, String table) {
        return PreferredHome.of(file, tool + " settings file in the project root", "pyproject.toml " + table,
                tool + " reads the same settings from there, so move them into pyproject.toml and delete {name}");
    }
}
