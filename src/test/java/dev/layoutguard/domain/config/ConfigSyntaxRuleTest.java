package dev.layoutguard.domain.config;

import static dev.layoutguard.domain.config.ConfigSecretRuleTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Presets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
}
