package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.infrastructure.Markdown.Code;
import dev.layoutguard.infrastructure.Markdown.CodeBlock;
import dev.layoutguard.infrastructure.Markdown.Emphasis;
import dev.layoutguard.infrastructure.Markdown.Heading;
import dev.layoutguard.infrastructure.Markdown.Link;
import dev.layoutguard.infrastructure.Markdown.ListBlock;
import dev.layoutguard.infrastructure.Markdown.Paragraph;
import dev.layoutguard.infrastructure.Markdown.Strong;
import dev.layoutguard.infrastructure.Markdown.Table;
import dev.layoutguard.infrastructure.Markdown.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void readsTheBlocksThePagesUse() {
        String page = """
                # title
                <!-- a note for the
                     people who edit it -->
                First line
                second line.

                1. **one**,
                   continued
                2. two
                - a bullet

                | a | `b | c` |
                |---|---|
                | 1 | 2 |

                ```xml
                <root/>

                ```
                """;

        assertEquals(List.of(
                new Heading(1, List.of(new Text("title"))),
                new Paragraph(List.of(new Text("First line second line."))),
                new ListBlock(true, List.of(List.of(new Strong(List.of(new Text("one"))), new Text(", continued")),
                        List.of(new Text("two")))),
                new ListBlock(false, List.of(List.of(new Text("a bullet")))),
                new Table(List.of(List.of(new Text("a")), List.of(new Code("b | c"))),
                        List.of(List.of(List.of(new Text("1")), List.of(new Text("2"))))),
                new CodeBlock("xml", List.of("<root/>", ""))), Markdown.parse(page));
    }

    @Test
    void readsSpansButLeavesStarsAndBracketsThatOpenNothingAsText() {
        assertEquals(List.of(new Text("a "), new Emphasis(List.of(new Text("word"))), new Text(" and "),
                new Link(List.of(new Code("x")), "x.md"), new Text(", 2 * 3, [not a link], "), new Code("*.yml")),
                Markdown.inline("a *word* and [`x`](x.md), 2 * 3, [not a link], `*.yml`"));
        assertEquals(List.of(new Text("snake_case_names and 5 * 3 stay")),
                Markdown.inline("snake_case_names and 5 * 3 stay"));
        assertEquals("a word and x", Markdown.plain(Markdown.inline("a *word* and [`x`](x.md)")));
    }
}
