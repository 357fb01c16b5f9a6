package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocsRequiredRuleTest {

    private static final String PYTHON_DOCS = "getting-started/, user-guides/, developer-guides/, reference/,"
            + " deployment/, examples/ and index.md";

    private final DocsRequiredRule rule = new DocsRequiredRule();

    @Test
    void flagsAMissingDocsDirectoryOnce() {
        assertEquals(List.of(Finding.at("docs", "documentation directory docs/ is missing; the python preset expects"
                + " it with " + PYTHON_DOCS)), rule.check(ProjectMother.with(Presets.python()).paths("src/").build()));
    }

    @Test
    void flagsEachMissingRequiredEntryAndOneOfTheWrongKind() {
        var project = ProjectMother.with(Presets.python())
                .paths("docs/getting-started/", "docs/user-guides/", "docs/developer-guides/", "docs/reference",
                        "docs/deployment/", "docs/project/")
                .build();

        assertEquals(List.of(
                Finding.at("docs/reference", "required documentation directory is a file (docs/ must hold "
                        + PYTHON_DOCS + ")"),
                Finding.at("docs/examples", "required documentation directory is missing (docs/ must hold "
                        + PYTHON_DOCS + ")"),
                Finding.at("docs/index.md", "required documentation file is missing (docs/ must hold "
                        + PYTHON_DOCS + ")")),
                rule.check(project));
    }

    @Test
    void acceptsTheSeedsDocumentationTree() {
        var project = ProjectMother.with(Presets.python())
                .paths("docs/index.md", "docs/getting-started/", "docs/user-guides/", "docs/developer-guides/",
                        "docs/reference/", "docs/deployment/", "docs/examples/", "docs/project/")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void asksAMavenProjectForAnIndexOnlyWhenItHasDocs() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven()).paths("src/main/java/").build()));
        assertEquals(List.of(Finding.at("docs/index.md", "required documentation file is missing (docs/ must hold"
                + " index.md)")), rule.check(ProjectMother.with(Presets.maven()).paths("docs/rules/a.md").build()));
    }

    @Test
    void asksNoIndexOfAMavenDocsDirectoryThatHoldsOnlyImages() {
        // spring-petclinic-microservices: docs/ holds the README's screenshots and diagrams
        Project images = ProjectMother.with(Presets.maven())
                .paths("docs/application-screenshot.png", "docs/microservices-architecture-diagram.jpg").build();
        Project documents = ProjectMother.with(Presets.maven())
                .paths("docs/application-screenshot.png", "docs/guides/setup.md").build();

        assertEquals(List.of(), rule.check(images));
        assertEquals(List.of(Finding.at("docs/index.md", "required documentation file is missing (docs/ must hold"
                + " index.md)")), rule.check(documents));
    }

    @Test
    void acceptsAnIndexInAnotherFormatOrAReadmeAsTheHub() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven())
                .paths("docs/index.rst", "docs/guide.md").build()));
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven())
                .paths("docs/README.md", "docs/guide.md").build()));
        assertEquals(List.of(Finding.at("docs/index.md", "required documentation file is missing (docs/ must hold"
                + " index.md)")), rule.check(ProjectMother.with(Presets.maven())
                .paths("docs/indexes.md", "docs/guides/README.md").build()));
    }
}
