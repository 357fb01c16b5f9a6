package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.infrastructure.Markdown.Code;
import dev.layoutguard.infrastructure.Markdown.CodeBlock;
import dev.layoutguard.infrastructure.Markdown.Link;
import dev.layoutguard.infrastructure.Markdown.ListBlock;
import dev.layoutguard.infrastructure.Markdown.Paragraph;
import dev.layoutguard.infrastructure.Markdown.Strong;
import dev.layoutguard.infrastructure.Markdown.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocHtmlTest {

    @Test
    void readsProseExamplesListsAndLinks() {
        String html = "Changes the\n    <b>root</b>: <code>&lt;pkg&gt;</code> and <a href=\"https://example.org\">more</a>."
                + " For example: \n<pre><code>&lt;root&gt;\n  &lt;maxFiles&gt;15&lt;/maxFiles&gt;\n&lt;/root&gt;\n"
                + "</code></pre> Then<p>a list:<ul><li>one</li><li>two &amp; three</li></ul><a name=\"x\">plain</a>";

        assertEquals(List.of(
                new Paragraph(List.of(new Text("Changes the "), new Strong(List.of(new Text("root"))), new Text(": "),
                        new Code("<pkg>"), new Text(" and "), new Link(List.of(new Text("more")), "https://example.org"),
                        new Text(". For example:"))),
                new CodeBlock("", List.of("<root>", "  <maxFiles>15</maxFiles>", "</root>")),
                new Paragraph(List.of(new Text("Then"))),
                new Paragraph(List.of(new Text("a list:"))),
                new ListBlock(false, List.of(List.of(new Text("one")), List.of(new Text("two & three")))),
                new Paragraph(List.of(new Text("plain")))), JavadocHtml.parse(html));
    }

    @Test
    void resolvesCharacterReferences() {
        assertEquals("<a> & \"b\" 'c' \u00e9 \u00e9 &unknown;", JavadocHtml.decode("&lt;a&gt; &amp; &quot;b&quot; "
                + "&apos;c&apos; &#233; &#xe9; &unknown;"));
    }
}
