package dev.layoutguard.infrastructure;

import dev.layoutguard.infrastructure.Markdown.Block;
import dev.layoutguard.infrastructure.Markdown.Code;
import dev.layoutguard.infrastructure.Markdown.CodeBlock;
import dev.layoutguard.infrastructure.Markdown.Emphasis;
import dev.layoutguard.infrastructure.Markdown.Heading;
import dev.layoutguard.infrastructure.Markdown.Inline;
import dev.layoutguard.infrastructure.Markdown.Link;
import dev.layoutguard.infrastructure.Markdown.ListBlock;
import dev.layoutguard.infrastructure.Markdown.Paragraph;
import dev.layoutguard.infrastructure.Markdown.Strong;
import dev.layoutguard.infrastructure.Markdown.Table;
import dev.layoutguard.infrastructure.Markdown.Text;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Markdown blocks as HTML: every text escaped, headings moved down to fit inside a page, and each link either pointed
 * at the address the resolver gives or, when it gives none, left as its label, so that a page never links to what is
 * not there.
 *
 * @param headingOffset how many levels headings move down ({@code #} becomes {@code h3} with 2)
 * @param links         the address of a link target, or empty to show the label alone
 */
public record MarkdownHtml(int headingOffset, Function<String, Optional<String>> links) {

    /** The HTML of a page's blocks. */
    public String render(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                int level = Math.min(6, heading.level() + headingOffset);
                html.append("<h").append(level).append('>').append(inline(heading.text())).append("</h").append(level)
                        .append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(inline(paragraph.text())).append("</p>\n");
            } else if (block instanceof ListBlock list) {
                String tag = list.ordered() ? "ol" : "ul";
                html.append('<').append(tag).append('>');
                list.items().forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
                html.append("</").append(tag).append(">\n");
            } else if (block instanceof CodeBlock code) {
                html.append("<pre><code>").append(Markup.escape(String.join("\n", code.lines())))
                        .append("</code></pre>\n");
            } else if (block instanceof Table table) {
                html.append("<table><thead><tr>");
                table.header().forEach(cell -> html.append("<th>").append(inline(cell)).append("</th>"));
                html.append("</tr></thead><tbody>");
                for (List<List<Inline>> row : table.rows()) {
                    html.append("<tr>");
                    row.forEach(cell -> html.append("<td>").append(inline(cell)).append("</td>"));
                    html.append("</tr>");
                }
                html.append("</tbody></table>\n");
            }
        }
        return html.toString();
    }

    /** The HTML of spans of prose. */
    public String inline(List<Inline> spans) {
        StringBuilder html = new StringBuilder();
        for (Inline span : spans) {
            if (span instanceof Text text) {
                html.append(Markup.escape(text.text()));
            } else if (span instanceof Code code) {
                html.append("<code>").append(Markup.escape(code.text())).append("</code>");
            } else if (span instanceof Strong strong) {
                html.append("<strong>").append(inline(strong.content())).append("</strong>");
            } else if (span instanceof Emphasis emphasis) {
                html.append("<em>").append(inline(emphasis.content())).append("</em>");
            } else if (span instanceof Link link) {
                Optional<String> href = links.apply(link.target());
                if (href.isPresent()) {
                    html.append("<a href=\"").append(Markup.escape(href.get())).append("\">")
                            .append(inline(link.label())).append("</a>");
                } else {
                    html.append(inline(link.label()));
                }
            }
        }
        return html.toString();
    }
}
