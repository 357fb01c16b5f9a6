package dev.layoutguard.infrastructure;

import dev.layoutguard.infrastructure.Markdown.Block;
import dev.layoutguard.infrastructure.Markdown.Code;
import dev.layoutguard.infrastructure.Markdown.CodeBlock;
import dev.layoutguard.infrastructure.Markdown.Emphasis;
import dev.layoutguard.infrastructure.Markdown.Inline;
import dev.layoutguard.infrastructure.Markdown.Link;
import dev.layoutguard.infrastructure.Markdown.ListBlock;
import dev.layoutguard.infrastructure.Markdown.Paragraph;
import dev.layoutguard.infrastructure.Markdown.Strong;
import dev.layoutguard.infrastructure.Markdown.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML that javadoc descriptions become in a plugin descriptor, read into the same blocks as {@link Markdown}:
 * paragraphs with their whitespace collapsed, {@code <pre>} examples line by line, lists, code, emphasis and links.
 * Other tags are dropped and their text kept.
 */
public final class JavadocHtml {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<List<Inline>> spans = new ArrayDeque<>();
    private final Deque<String> hrefs = new ArrayDeque<>();
    private List<List<Inline>> items;
    private boolean ordered;

    private JavadocHtml() {
        spans.push(new ArrayList<>());
    }

    /** The blocks of a description. */
    public static List<Block> parse(String html) {
        JavadocHtml reader = new JavadocHtml();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find(at)) {
            reader.text(html.substring(at, tag.start()));
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            if (name.equals("pre") && !closing) {
                int end = html.toLowerCase(Locale.ROOT).indexOf("</pre>", tag.end());
                end = end < 0 ? html.length() : end;
                reader.pre(html.substring(tag.end(), end));
                at = Math.min(html.length(), end + "</pre>".length());
                continue;
            }
            reader.tag(name, closing, tag.group(3));
            at = tag.end();
        }
        reader.text(html.substring(at));
        reader.endParagraph();
        reader.endList();
        return reader.blocks;
    }

    private void tag(String name, boolean closing, String attributes) {
        switch (name) {
            case "p", "br", "div" -> endParagraph();
            case "ul", "ol" -> {
                endParagraph();
                endList();
                if (!closing) {
                    items = new ArrayList<>();
                    ordered = name.equals("ol");
                }
            }
            case "li" -> {
                endItem();
                if (!closing && items == null) {
                    items = new ArrayList<>();
                }
            }
            case "code", "tt", "a", "em", "i", "strong", "b" -> inline(name, closing, attributes);
            default -> {
                // a tag the descriptions do not use: its text stays, the tag goes
            }
        }
    }

    private void inline(String name, boolean closing, String attributes) {
        if (!closing) {
            spans.push(new ArrayList<>());
            if (name.equals("a")) {
                Matcher href = HREF.matcher(attributes);
                hrefs.push(href.find() ? decode(href.group(1)) : "");
            }
            return;
        }
        if (spans.size() < 2) {
            return;
        }
        List<Inline> content = spans.pop();
        Inline span = switch (name) {
            case "code", "tt" -> new Code(Markdown.plain(content).strip());
            case "a" -> {
                String href = hrefs.isEmpty() ? "" : hrefs.pop();
                yield href.isEmpty() ? null : new Link(content, href);
            }
            case "em", "i" -> new Emphasis(content);
            default -> new Strong(content);
        };
        if (span == null) {
            spans.peek().addAll(content);
        } else {
            spans.peek().add(span);
        }
    }

    private void text(String html) {
        String text = decode(html.replaceAll("\\s+", " "));
        if (text.isEmpty() || text.isBlank() && spans.peek().isEmpty() && spans.size() == 1) {
            return;
        }
        spans.peek().add(new Text(text));
    }

    private void pre(String html) {
        endParagraph();
        List<String> lines = new ArrayList<>(List.of(decode(html.replaceAll("</?code[^>]*>", "")
                .replace("\r\n", "\n")).split("\n", -1)));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        blocks.add(new CodeBlock("", lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
                .toList()));
    }

    private void endParagraph() {
        while (spans.size() > 1) {
            List<Inline> open = spans.pop();
            spans.peek().addAll(open);
        }
        List<Inline> text = trimmed(spans.peek());
        spans.peek().clear();
        if (text.isEmpty()) {
            return;
        }
        if (items != null) {
            items.add(text);
        } else {
            blocks.add(new Paragraph(text));
        }
    }

    private void endItem() {
        if (items != null) {
            endParagraph();
        }
    }

    private void endList() {
        if (items != null && !items.isEmpty()) {
            blocks.add(new ListBlock(ordered, List.copyOf(items)));
        }
        items = null;
    }

    /** Spans without the white space at their two ends. */
    private static List<Inline> trimmed(List<Inline> spans) {
        List<Inline> trimmed = new ArrayList<>(spans);
        if (!trimmed.isEmpty() && trimmed.get(0) instanceof Text first) {
            trimmed.set(0, new Text(first.text().stripLeading()));
        }
        int last = trimmed.size() - 1;
        if (last >= 0 && trimmed.get(last) instanceof Text end) {
            trimmed.set(last, new Text(end.text().stripTrailing()));
        }
        trimmed.removeIf(span -> span instanceof Text text && text.text().isEmpty());
        return trimmed;
    }

    /** Text with its character references resolved. */
    static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String value = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> name.startsWith("#") ? Character.toString(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)))
                        : entity.group();
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(value));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }
}
