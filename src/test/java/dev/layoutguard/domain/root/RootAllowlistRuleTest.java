package dev.layoutguard.domain.root;

import static dev.layoutguard.domain.root.RootProhibitedRuleTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootAllowlistRuleTest {

    private final RootAllowlistRule rule = new RootAllowlistRule();

    @Test
    void flagsFilesAndDirectoriesOutsideTheAllowlist() {
        Project project = project(Presets.maven(), List.of("pom.xml", "notes.txt"), List.of("src", "tmp"));

        assertEquals(List.of(
                Finding.at("notes.txt", "file not allowed in the project root by the maven preset; move it into a "
                        + "directory such as docs/ or config/, or allow it with <root><allow>"),
                Finding.at("tmp", "directory not allowed in the project root by the maven preset (allowed: src, "
                        + "docs, config, deploy, scripts, examples, and the build's modules)")), rule.check(project));
    }

    @Test
    void acceptsEveryEntryOfThePythonAllowlist() {
        Project project = project(Presets.python(), List.of("README.md", "LICENSE", "CHANGELOG.md",
                "CONTRIBUTING.md", "TODO.md", "pyproject.toml", "requirements.txt", "package.json", "package-lock.json",
                ".gitignore", ".gitattributes", ".pre-commit-config.yaml", "Makefile", "Pynomaly.code-workspace",
                "pom.xml", "mvnw", "mvnw.cmd"), List.of("src", "tests", "docs", "scripts", "config", "deploy",
                "examples", "environments", "reports", "storage", ".github", ".mvn"));

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void aFileNamedLikeAnAllowedDirectoryIsStillFlagged() {
        Project project = project(Presets.maven(), List.of("docs"), List.of("README.md"));

        assertEquals(List.of("README.md", "docs"), rule.check(project).stream().map(Finding::path).toList());
    }

    @Test
    void hiddenEntriesNeedAnAllowlistEntryToo() {
        Project project = project(Presets.maven(), List.of(".env.local"), List.of(".cache", ".ci"));

        assertEquals(List.of(".cache", ".env.local"), rule.check(project).stream().map(Finding::path).toList());
    }

    @Test
    void acceptsWhatToolsReadOnlyInTheRootInBothPresets() {
        List<String> files = List.of("LICENSE.txt", "license.txt", "LICENSE.md", "NOTICE", "NOTICE.txt", "SECURITY.md",
                "CODE_OF_CONDUCT.md", "CHANGES.md", "RELEASE-NOTES.txt", "build.gradle", "build.gradle.kts",
                "settings.gradle.kts", "gradle.properties", "gradlew", "gradlew.bat", ".travis.yml", "Jenkinsfile",
                ".gitlab-ci.yml", ".asf.yaml", ".git-blame-ignore-revs", "codecov.yml", ".gitpod.yml",
                ".readthedocs.yaml", ".editorconfig", "lombok.config", ".sdkmanrc", "mkdocs.yml", "alembic.ini",
                ".dockerignore", "skaffold.yaml", "uv.lock", "poetry.lock", "Pipfile.lock");
        List<String> directories = List.of("gradle", ".circleci", ".devcontainer", ".idea", "kotlin-js-store");

        assertEquals(List.of(), rule.check(project(Presets.maven(), files, directories)));
        assertEquals(List.of(), rule.check(project(Presets.python(), files, directories)));
    }

    @Test
    void flagsLookAlikesOfWhatToolsRead() {
        Project project = project(Presets.maven(), List.of("LICENSE.bak", "build.gradle.old", "gradlew.orig",
                ".travis.yml.disabled", "uv.lock~", "gradle"), List.of("licenses", ".circleci-old", "build.gradle"));

        assertEquals(List.of(".circleci-old", ".travis.yml.disabled", "LICENSE.bak", "build.gradle",
                "build.gradle.old", "gradle", "gradlew.orig", "licenses", "uv.lock~"),
                rule.check(project).stream().map(Finding::path).sorted().toList());
    }

    @Test
    void entriesWithAPreferredHomeAreLeftToTheirOwnRule() {
        Project python = project(Presets.python(), List.of("Dockerfile", "docker-compose.dev.yml", "mypy.ini",
                "pytest.ini"), List.of());
        Project maven = project(Presets.maven(), List.of("Dockerfile.build", "compose.yaml"), List.of());

        assertEquals(List.of(), rule.check(python));
        assertEquals(List.of(), rule.check(maven));
    }

    @Test
    void directoriesAGradleSettingsScriptIncludesAreItsSubprojects() {
        Project project = ProjectMother.with(Presets.maven())
                .file("settings.gradle.kts", """
                        // include(":commented")
                        include(
                          ":kotlinpoet",
                          ":interop:kotlin-metadata",
                        )
                        includeBuild("build-logic")
                        """)
                .paths("kotlinpoet/", "interop/kotlin-metadata/", "build-logic/", "commented/", "scratch/")
                .file("scratch/build.gradle.kts", "")
                .build();

        assertEquals(List.of("commented", "scratch"), rule.check(project).stream().map(Finding::path).toList());
    }

    @Test
    void prohibitedEntriesAreLeftToTheProhibitedRule() {
        Project project = project(Presets.python(), List.of("test_api.py"), List.of("venv"));

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void modulesAreAllowedByTheirTopDirectory() {
        Project project = ProjectMother.with(Presets.maven()).paths("modules/", "core/").modules("core", "modules/api")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void aNestedProjectThatIsNoModuleIsFlaggedWithAHint() {
        Project project = ProjectMother.with(Presets.maven())
                .entries(new Entry("legacy-app", EntryKind.DIRECTORY, 0, true)).build();

        assertEquals(List.of("directory not allowed in the project root by the maven preset (allowed: src, docs, "
                + "config, deploy, scripts, examples, and the build's modules); it holds a pom.xml: declare it as a "
                + "module or move it"), rule.check(project).stream().map(Finding::message).toList());
    }

    @Test
    void symbolicLinksAreNamedAsSuch() {
        Project project = ProjectMother.with(Presets.maven())
                .entries(new Entry("shortcut", EntryKind.SYMLINK, 0, false)).build();

        assertEquals(List.of("symbolic link not allowed in the project root by the maven preset; move it into a "
                + "directory such as docs/ or config/, or allow it with <root><allow>"),
                rule.check(project).stream().map(Finding::message).toList());
    }
}
