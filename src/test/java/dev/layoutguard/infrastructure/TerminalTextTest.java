package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void fillsProseIndentsListsAndNumbersFootnotesOncePerTarget() {
        TerminalText text = new TerminalText(30, target -> Optional.of("see " + target));

        assertEquals(List.of("  one two three four five six", "  seven a[1] and b[1].", "",
                "  - a list item that is long", "    enough to wrap", "", "  [1] see x.md"),
                text.render(Markdown.parse("one two three four five six seven [a](x.md) and [b](x.md).\n\n"
                        + "- a list item that is long enough to wrap\n"), "  "));
    }

    @Test
    void neverSplitsACodeSpanAndLetsALongOneStandAlone() {
        TerminalText text = new TerminalText(20, target -> Optional.empty());

        assertEquals(List.of("run", "`mvn layout:check -q`", "now"),
                text.render(Markdown.parse("run `mvn layout:check -q` now")));
    }

    @Test
    void printsATableTooWideForColumnsRowByRow() {
        TerminalText text = new TerminalText(24, target -> Optional.empty());

        assertEquals(List.of("- maven", "    holds: src/main/java", "      and src/test/java"),
                text.render(Markdown.parse("| preset | holds |\n|---|---|\n| maven | src/main/java and src/test/java |")));
        assertEquals(List.of("a  b", "----", "1  2"),
                text.render(Markdown.parse("| a | b |\n|---|---|\n| 1 | 2 |")));
    }
}
