package dev.layoutguard.domain.config;

import static dev.layoutguard.domain.config.ConfigSecretRuleTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import dev.layoutguard.domain.tree.Skipped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigSyntaxRuleTest {

    @Test
    void reportsWhereAFileStopsParsingWithoutQuotingIt() {
        Project project = project(Presets.python(), Map.of(
                "config/broken.json", "{\n  \"token\": \"Hx7LpQ2sNv4T\",\n  oops\n}",
                "config/tabs.yml", "a:\n\tb: Wd5KcJ8mYf2R\n",
                "config/ok.toml", "a = 1\n",
                "config/bin.json", "\0\0\0"), new ArrayList<>());

        List<Finding> findings = new ConfigSyntaxRule().check(project);

        assertEquals(Set.of(
                Finding.atLine("config/bin.json", 1, "not valid JSON: it holds NUL bytes, so it is not text; keys after "
                        + "this point may not have been checked for secrets"),
                Finding.atLine("config/broken.json", 3, "not valid JSON: expected a quoted key; keys after this point "
                        + "may not have been checked for secrets"),
                Finding.atLine("config/tabs.yml", 2, "not valid YAML: a tab indents this line; YAML indents with spaces "
                        + "only; keys after this point may not have been checked for secrets")),
                new HashSet<>(findings));
        assertEquals(3, findings.size());
    }

    @Test
    void wellFormedFilesGiveNothing() {
        Project project = project(Presets.maven(), Map.of("src/main/resources/a.yml", "a: 1\n",
                "src/main/resources/b.properties", "b=2\n", "pom.xml", "<project/>\n"), new ArrayList<>());

        assertEquals(List.of(), new ConfigSyntaxRule().check(project));
    }

    @Test
    void namesEveryConfigurationFileAndDirectoryLeftUncheckedWithTheReason() {
        long tooLarge = ConfigScan.MAX_BYTES + 1;
        Project project = ProjectMother.with(Presets.maven())
                .file("src/main/resources/locked.yml", null)
                .entries(Entry.file("src/main/resources/huge.json", tooLarge))
                .file("src/main/resources/fine.properties", "a=1\n")
                .build();
        ProjectTree withUnlisted = ProjectTree.of(project.tree().entries(),
                List.of(new Skipped("src/main/resources/private", "permission denied")));
        Project unlisted = new Project(withUnlisted, project.preset(), List.of(), true, path -> Optional.empty());

        assertEquals(List.of(
                Finding.at("src/main/resources/huge.json", "not read: it is larger than 16 MB; it was not checked for "
                        + "secrets"),
                Finding.at("src/main/resources/locked.yml", "not read: it could not be read; it was not checked for "
                        + "secrets")), new ConfigSyntaxRule().check(project));
        List<Finding> findings = new ConfigSyntaxRule().check(unlisted);
        assertEquals(Finding.at("src/main/resources/private", "not listed: permission denied; nothing in it was "
                + "checked, secrets included"), findings.get(findings.size() - 1));
    }
}
