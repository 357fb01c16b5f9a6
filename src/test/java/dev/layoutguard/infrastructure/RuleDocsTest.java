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
    void describesARuleByItsFamilyDefaultSeverityAndTheCommandThatExplainsIt() {
        String full = "The structure rule env-placement flags a virtual environment outside environments/. It is an "
                + "error by default; the configuration can change that.";

        assertEquals("mvn layout:explain -Dlayout.rule=env-placement", RuleDocs.explainCommand(RuleId.ENV_PLACEMENT));
        assertEquals("A virtual environment outside environments/.", RuleDocs.shortDescription(RuleId.ENV_PLACEMENT));
        assertEquals(full, RuleDocs.fullDescription(RuleId.ENV_PLACEMENT));
        assertEquals(full + " Why it matters and how to fix it: mvn layout:explain -Dlayout.rule=env-placement",
                RuleDocs.help(RuleId.ENV_PLACEMENT));
        assertEquals(full + " `mvn layout:explain -Dlayout.rule=env-placement` prints why it matters and how to fix "
                + "it.", RuleDocs.helpMarkdown(RuleId.ENV_PLACEMENT));
        assertEquals("The structure rule runtime-ignored flags storage/ or reports/ content that git does not ignore. "
                + "It is a warning by default; the configuration can change that.",
                RuleDocs.fullDescription(RuleId.RUNTIME_IGNORED));
    }

    @Test
    void rendersAPageForAConsoleWithWrappedProseCodeBlocksAndLinksAsFootnotes() {
        String page = """
                # root-prohibited

                **Family:** root · **Default severity:** error

                ## How to fix

                Move it (`git mv a b`), or let [`root-allowlist`](root-allowlist.md) allow it; the presets are listed
                in [presets](../presets.md) and [the guide](../presets.md), and a long line of prose is wrapped at the
                width of the console so that nothing runs off the screen.

                ```xml
                <root>
                  <maxFiles>15</maxFiles>
                </root>
                ```

                | a | b |
                |---|---|
                | `x` | y |
                """;

        assertEquals(List.of("root-prohibited", "", "Family: root · Default severity: error", "", "HOW TO FIX", "",
                "Move it (`git mv a b`), or let `root-allowlist`[1] allow it; the presets",
                "are listed in presets[2] and the guide[2], and a long line of prose is",
                "wrapped at the width of the console so that nothing runs off the screen.", "",
                "    <root>", "      <maxFiles>15</maxFiles>", "    </root>", "",
                "a    b", "------", "`x`  y", "",
                "[1] mvn layout:explain -Dlayout.rule=root-allowlist",
                "[2] docs/presets.md in LayoutGuard's documentation"), RuleDocs.console(page));
    }

    @Test
    void rendersEveryShippedPageWithinTheConsoleWidthOutsideCodeBlocks() throws IOException {
        for (RuleId rule : RuleId.values()) {
            String page = RuleDocs.page(rule).orElseThrow();
            List<String> code = Markdown.parse(page).stream().filter(Markdown.CodeBlock.class::isInstance)
                    .flatMap(block -> ((Markdown.CodeBlock) block).lines().stream()).map(line -> "    " + line)
                    .toList();
            for (String line : RuleDocs.console(page)) {
                assertTrue(line.length() <= RuleDocs.CONSOLE_WIDTH || code.contains(line) || line.startsWith("[")
                        || oneWord(line), rule + ": " + line);
                assertTrue(!line.contains("](") && !line.startsWith("#"), rule + ": " + line);
            }
        }
    }

    @Test
    void rendersAPageAsEscapedHtmlWithLinksToTheRulesTheReportHolds() {
        String page = """
                # test-mirror

                See [`test-naming`](test-naming.md), [layering](../layering.md) and [root](root-prohibited.md);
                <script>alert(1)</script> stays text.

                - **one** *two*
                - `<tests>`
                """;

        assertEquals("<h3>test-mirror</h3>\n<p>See <a href=\"#page-test-naming\"><code>test-naming</code></a>, "
                + "layering and root; &lt;script&gt;alert(1)&lt;/script&gt; stays text.</p>\n"
                + "<ul><li><strong>one</strong> <em>two</em></li><li><code>&lt;tests&gt;</code></li></ul>\n",
                RuleDocs.html(page, rule -> rule == RuleId.TEST_NAMING ? Optional.of("#page-" + rule.id())
                : Optional.empty()));
    }

    /** Whether a line too wide is one word or code span that cannot be broken (after its indent or list marker). */
    private static boolean oneWord(String line) {
        String content = line.strip().replaceFirst("^(- |\\d+\\. )", "").replaceAll("`[^`]*`", "``");
        return !content.contains(" ");
    }
}
