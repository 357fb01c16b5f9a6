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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Markdown blocks as lines for a terminal: prose wrapped at a width (a code span is never split), code blocks kept
 * line by line and indented, lists with hanging indents, tables in columns when they fit and row by row when they do
 * not, and links as numbered footnotes listed at the end.
 *
 * @param width     the widest a line of prose may be, indent included
 * @param footnotes what a link's footnote says about its target, or empty to show the label alone
 */
public record TerminalText(int width, Function<String, Optional<String>> footnotes) {

    private static final char KEEP_TOGETHER = '\u0000';

    /** The lines of a page, with its footnotes at the end. */
    public List<String> render(List<Block> blocks) {
        return render(blocks, "");
    }

    /** The lines of a page, each starting with the indent, with its footnotes at the end. */
    public List<String> render(List<Block> blocks, String indent) {
        Map<String, Integer> notes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            if (block instanceof Heading heading) {
                String text = text(heading.text(), notes);
                lines.add(indent + (heading.level() == 2 ? text.toUpperCase(Locale.ROOT) : text));
            } else if (block instanceof Paragraph paragraph) {
                lines.addAll(wrap(text(paragraph.text(), notes), indent, indent));
            } else if (block instanceof ListBlock list) {
                for (int i = 0; i < list.items().size(); i++) {
                    String marker = list.ordered() ? (i + 1) + ". " : "- ";
                    lines.addAll(wrap(text(list.items().get(i), notes), indent + marker,
                            indent + " ".repeat(marker.length())));
                }
            } else if (block instanceof CodeBlock code) {
                code.lines().forEach(line -> lines.add(line.isEmpty() ? "" : indent + "    " + line));
            } else if (block instanceof Table table) {
                lines.addAll(table(table, notes, indent));
            }
        }
        if (!notes.isEmpty()) {
            lines.add("");
            notes.forEach((note, number) -> lines.add(indent + "[" + number + "] " + note));
        }
        return lines;
    }

    /** Prose as one line: markup gone, code spans kept together, links followed by their footnote number. */
    private String text(List<Inline> spans, Map<String, Integer> notes) {
        StringBuilder text = new StringBuilder();
        for (Inline span : spans) {
            if (span instanceof Text plain) {
                text.append(plain.text());
            } else if (span instanceof Code code) {
                text.append('`').append(code.text().replace(' ', KEEP_TOGETHER)).append('`');
            } else if (span instanceof Strong strong) {
                text.append(text(strong.content(), notes));
            } else if (span instanceof Emphasis emphasis) {
                text.append(text(emphasis.content(), notes));
            } else if (span instanceof Link link) {
                text.append(text(link.label(), notes));
                footnotes.apply(link.target()).ifPresent(note -> text.append('[')
                        .append(notes.computeIfAbsent(note, key -> notes.size() + 1)).append(']'));
            }
        }
        return text.toString();
    }

    /** Words filled into lines no wider than the width (a longer word stands alone). */
    private List<String> wrap(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.strip().split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                lines.add(line.toString().replace(KEEP_TOGETHER, ' '));
                line = new StringBuilder(rest);
                start = rest.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString().replace(KEEP_TOGETHER, ' '));
        return lines;
    }

    private List<String> table(Table table, Map<String, Integer> notes, String indent) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header().stream().map(cell -> text(cell, notes).replace(KEEP_TOGETHER, ' ')).toList());
        table.rows().forEach(row -> rows.add(row.stream().map(cell -> text(cell, notes).replace(KEEP_TOGETHER, ' '))
                .toList()));
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        int total = indent.length() + 2 * (columns - 1);
        for (int w : widths) {
            total += w;
        }
        List<String> lines = new ArrayList<>();
        if (total <= width) {
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder line = new StringBuilder(indent);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    line.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", rows.get(r).get(c)));
                }
                lines.add(line.toString().stripTrailing());
                if (r == 0) {
                    lines.add(indent + "-".repeat(total - indent.length()));
                }
            }
            return lines;
        }
        // too wide for columns: each row as an item, its other cells named by their header
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            lines.addAll(wrap(row.isEmpty() ? "" : row.get(0), indent + "- ", indent + "  "));
            for (int c = 1; c < row.size(); c++) {
                String name = c < header.size() ? header.get(c) + ": " : "";
                lines.addAll(wrap(name + row.get(c), indent + "    ", indent + "      "));
            }
        }
        return lines;
    }
}
