package dev.layoutguard.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown the documentation pages are written in, read into blocks and inline spans that a renderer turns into
 * HTML or terminal text: headings, paragraphs, lists, fenced code, tables; code spans, strong and emphasised text,
 * links. Nothing in a page is passed on as markup: raw HTML stays text.
 */
public final class Markdown {

    /** A block of a page. */
    public sealed interface Block permits Heading, Paragraph, ListBlock, CodeBlock, Table {
    }

    /** A heading, level 1 for {@code #}. */
    public record Heading(int level, List<Inline> text) implements Block {
    }

    /** Prose; its lines joined. */
    public record Paragraph(List<Inline> text) implements Block {
    }

    /** A bulleted or numbered list; each item is prose. */
    public record ListBlock(boolean ordered, List<List<Inline>> items) implements Block {
    }

    /** A fenced block, kept line by line. */
    public record CodeBlock(String language, List<String> lines) implements Block {
    }

    /** A table with its header row. */
    public record Table(List<List<Inline>> header, List<List<List<Inline>>> rows) implements Block {
    }

    /** A span of prose. */
    public sealed interface Inline permits Text, Code, Strong, Emphasis, Link {
    }

    /** Plain text. */
    public record Text(String text) implements Inline {
    }

    /** A code span. */
    public record Code(String text) implements Inline {
    }

    /** Strong text ({@code **x**}). */
    public record Strong(List<Inline> content) implements Inline {
    }

    /** Emphasised text ({@code *x*}). */
    public record Emphasis(List<Inline> content) implements Inline {
    }

    /** A link with its label and target as written. */
    public record Link(List<Inline> label, String target) implements Inline {
    }

    private Markdown() {
    }

    /** The blocks of a page. */
    public static List<Block> parse(String markdown) {
        List<String> lines = List.of(markdown.replace("\r\n", "\n").split("\n", -1));
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("<!--")) {
                i = line.isBlank() ? i + 1 : skipComment(lines, i);
            } else if (line.startsWith("```")) {
                List<String> code = new ArrayList<>();
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    code.add(lines.get(end++));
                }
                blocks.add(new CodeBlock(line.substring(3).strip(), code));
                i = end + 1;
            } else if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                blocks.add(new Heading(level, inline(line.substring(level).strip())));
                i++;
            } else if (line.startsWith("|")) {
                List<List<List<Inline>>> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    if (!lines.get(i).matches("\\|[\\s|:-]+")) {
                        rows.add(cells(lines.get(i)).stream().map(Markdown::inline).toList());
                    }
                    i++;
                }
                blocks.add(new Table(rows.get(0), rows.subList(1, rows.size())));
            } else if (item(line) > 0) {
                boolean ordered = Character.isDigit(line.charAt(0));
                List<List<Inline>> items = new ArrayList<>();
                while (i < lines.size() && item(lines.get(i)) > 0
                        && Character.isDigit(lines.get(i).charAt(0)) == ordered) {
                    StringBuilder text = new StringBuilder(lines.get(i).substring(item(lines.get(i))));
                    i++;
                    while (i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank()) {
                        text.append(' ').append(lines.get(i++).strip());
                    }
                    items.add(inline(text.toString()));
                    if (i + 1 < lines.size() && lines.get(i).isBlank() && item(lines.get(i + 1)) > 0) {
                        i++;
                    }
                }
                blocks.add(new ListBlock(ordered, items));
            } else {
                StringBuilder text = new StringBuilder(line.strip());
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i))) {
                    text.append(' ').append(lines.get(i++).strip());
                }
                blocks.add(new Paragraph(inline(text.toString())));
            }
        }
        return blocks;
    }

    /** The spans of a line of prose. */
    public static List<Inline> inline(String text) {
        List<Inline> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '`' && (end = text.indexOf('`', i + 1)) > i) {
                flush(plain, spans);
                spans.add(new Code(text.substring(i + 1, end)));
                i = end + 1;
            } else if (text.startsWith("**", i) && (end = text.indexOf("**", i + 2)) > i + 2) {
                flush(plain, spans);
                spans.add(new Strong(inline(text.substring(i + 2, end))));
                i = end + 2;
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' '
                    && (end = emphasisEnd(text, i + 1)) > 0) {
                flush(plain, spans);
                spans.add(new Emphasis(inline(text.substring(i + 1, end))));
                i = end + 1;
            } else if (c == '[' && (end = labelEnd(text, i)) > 0 && end + 1 < text.length()
                    && text.charAt(end + 1) == '(' && text.indexOf(')', end) > 0) {
                flush(plain, spans);
                int close = text.indexOf(')', end);
                spans.add(new Link(inline(text.substring(i + 1, end)), text.substring(end + 2, close)));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, spans);
        return spans;
    }

    /** The text of spans without their markup. */
    public static String plain(List<Inline> spans) {
        StringBuilder text = new StringBuilder();
        for (Inline span : spans) {
            if (span instanceof Text t) {
                text.append(t.text());
            } else if (span instanceof Code c) {
                text.append(c.text());
            } else if (span instanceof Strong s) {
                text.append(plain(s.content()));
            } else if (span instanceof Emphasis e) {
                text.append(plain(e.content()));
            } else if (span instanceof Link l) {
                text.append(plain(l.label()));
            }
        }
        return text.toString();
    }

    private static int skipComment(List<String> lines, int start) {
        int i = start;
        while (i < lines.size() && !lines.get(i).contains("-->")) {
            i++;
        }
        return i + 1;
    }

    /** How many characters a list item's marker takes ({@code "- "}, {@code "12. "}), or 0 for no item. */
    private static int item(String line) {
        if (line.startsWith("- ") || line.startsWith("* ")) {
            return 2;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && line.startsWith(". ", digits) ? digits + 2 : 0;
    }

    private static boolean startsBlock(String line) {
        return line.startsWith("```") || line.startsWith("#") || line.startsWith("|") || item(line) > 0;
    }

    /** A table row's cells; a {@code |} inside a code span stays in its cell. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }

    /** Where a {@code *} emphasis that opened before {@code from} closes, or -1. */
    private static int emphasisEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                int close = text.indexOf('`', i + 1);
                i = close < 0 ? i : close;
            } else if (c == '*' && text.charAt(i - 1) != ' ' && !text.startsWith("**", i)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the label of a link that opens at {@code open} closes, or -1. */
    private static int labelEnd(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '[') {
                depth++;
            } else if (text.charAt(i) == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder plain, List<Inline> spans) {
        if (!plain.isEmpty()) {
            spans.add(new Text(plain.toString()));
            plain.setLength(0);
        }
    }
}
