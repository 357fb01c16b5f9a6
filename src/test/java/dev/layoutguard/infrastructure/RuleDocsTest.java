package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

    @Test
    void shipsTheRulePagesOfTheDocsDirectory() throws IOException {
        for (RuleId rule : RuleId.values()) {
            Path page = Path.of("docs/rules", rule.id() + ".md");
            Optional<String> expected = Files.exists(page) ? Optional.of(Files.readString(page)) : Optional.empty();
            assertEquals(expected, RuleDocs.page(rule), rule.id());
        }
        assertTrue(RuleDocs.page(RuleId.ROOT_PROHIBITED).isPresent());
    }

    @Test
    void everyPageIsNamedForAKnownRuleId() throws IOException {
        try (var pages = Files.list(Path.of("docs/rules"))) {
            List<String> unknown = pages.map(page -> page.getFileName().toString())
                    .filter(name -> !name.endsWith(".md") || RuleId.of(name.substring(0, name.length() - 3)).isEmpty())
                    .toList();
            assertEquals(List.of(), unknown);
        }
    }

    @Test
    void describesARuleByItsFamilyDefaultSeverityAndPage() {
        String page = "https://github.com/layoutguard/layoutguard-maven-plugin/blob/main/docs/rules/env-placement.md";
        String full = "The structure rule env-placement flags a virtual environment outside environments/. It is an "
                + "error by default; the configuration can change that.";

        assertEquals(page, RuleDocs.uri(RuleId.ENV_PLACEMENT));
        assertEquals("A virtual environment outside environments/.", RuleDocs.shortDescription(RuleId.ENV_PLACEMENT));
        assertEquals(full, RuleDocs.fullDescription(RuleId.ENV_PLACEMENT));
        assertEquals(full + " Why it matters and how to fix it: " + page, RuleDocs.help(RuleId.ENV_PLACEMENT));
        assertEquals(full + " See [env-placement](" + page + ") for why it matters and how to fix it.",
                RuleDocs.helpMarkdown(RuleId.ENV_PLACEMENT));
        assertEquals("The structure rule runtime-ignored flags storage/ or reports/ content that git does not ignore. "
                + "It is a warning by default; the configuration can change that.",
                RuleDocs.fullDescription(RuleId.RUNTIME_IGNORED));
    }

    @Test
    void rendersMarkdownLightlyForAConsole() {
        String page = """
                # root-prohibited

                **Family:** root · **Default severity:** error

                ## How to fix

                Move it (`git mv a b`):

                ```xml
                <root>
                  <maxFiles>15</maxFiles>
                </root>
                ```

                | a | b |
                |---|---|

                """;

        assertEquals(List.of("root-prohibited", "", "Family: root · Default severity: error", "", "HOW TO FIX", "",
                "Move it (`git mv a b`):", "", "    <root>", "      <maxFiles>15</maxFiles>", "    </root>", "",
                "| a | b |", "|---|---|"), RuleDocs.console(page));
    }
}
