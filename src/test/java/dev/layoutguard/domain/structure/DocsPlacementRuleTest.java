package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocsPlacementRuleTest {

    private final DocsPlacementRule rule = new DocsPlacementRule();

    @Test
    void flagsMarkdownOutsideDocsWithItsPlaceThere() {
        Project project = ProjectMother.with(Presets.python())
                .paths("docs/index.md", "src/shop/NOTES.md", "deploy/docker/usage.md").build();

        assertEquals(List.of(
                Finding.at("deploy/docker/usage.md", "documentation outside docs/ (only READMEs may sit elsewhere);"
                        + " move it into docs/").withFix("docs/usage.md"),
                Finding.at("src/shop/NOTES.md", "documentation outside docs/ (only READMEs may sit elsewhere);"
                        + " move it into docs/").withFix("docs/NOTES.md")),
                rule.check(project));
    }

    @Test
    void acceptsReadmesTheRootAllowlistAndTheOtherDocumentationPlaces() {
        Project project = ProjectMother.with(Presets.python())
                .paths("README.md", "CHANGELOG.md", "deploy/README.md", "environments/readme.md",
                        ".github/ISSUE_TEMPLATE/bug.md", "examples/tutorials/first.md", "tests/fixtures/page.md",
                        "docs/developer-guides/layers.md", "src/shop/notes.txt",
                        "environments/.venv/pyvenv.cfg", "environments/.venv/lib/pkg/DESCRIPTION.md",
                        "reports/quality/lint.md")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void leavesOtherRootFilesToTheRootRulesExceptInAModule() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.python()).paths("NOTES.md").build()));
        assertEquals(List.of(Finding.at("NOTES.md", "documentation outside docs/ (only READMEs may sit elsewhere);"
                + " move it into docs/").withFix("docs/NOTES.md")),
                rule.check(ProjectMother.with(Presets.python()).paths("NOTES.md", "CHANGELOG.md").asModule().build()));
    }

    @Test
    void checksAMavenProjectOnlyWhenItHasDocs() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven())
                .paths("src/main/java/com/example/notes.md").build()));
        assertEquals(List.of(Finding.at("src/main/java/com/example/notes.md", "documentation outside docs/ (only"
                + " READMEs may sit elsewhere); move it into docs/").withFix("docs/notes.md")),
                rule.check(ProjectMother.with(Presets.maven())
                        .paths("docs/index.md", "src/main/java/com/example/notes.md", "src/site/markdown/index.md",
                                "src/main/resources/help/usage.md")
                        .build()));
    }
}
