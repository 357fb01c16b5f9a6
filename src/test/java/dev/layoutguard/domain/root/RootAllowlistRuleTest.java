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
        Project project = project(Presets.maven(), List.of(".env.local"), List.of(".idea", ".ci"));

        assertEquals(List.of(".env.local", ".idea"), rule.check(project).stream().map(Finding::path).toList());
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
