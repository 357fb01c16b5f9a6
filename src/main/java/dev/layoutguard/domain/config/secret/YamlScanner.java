package dev.layoutguard.domain.config.secret;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads YAML line by line into assignments with full key paths: nested mappings by indentation, sequences (items
 * carry their list's key), several documents, quoted, plain and block values, flow collections, anchors and tags
 * ({@code !vault} values are encrypted and skipped), comments; and a Kubernetes Secret's Base64 {@code data}.
 */
final class YamlScanner {

    private record Parent(int indent, String path) {
    }

    private final TextLines lines;
    private final ParsedConfig out = new ParsedConfig();
    private final Deque<Parent> parents = new ArrayDeque<>();
    private boolean tabReported;
    /** Whether the last value read was absent, so the lines below its key nest under it. */
    private boolean nested;
    /** The index of the first assignment of the current document. */
    private int documentStart;

    private YamlScanner(TextLines lines) {
        this.lines = lines;
    }

    static ParsedConfig scan(String text) {
        return scan(new TextLines(text));
    }

    static ParsedConfig scan(TextLines lines) {
        YamlScanner scanner = new YamlScanner(lines);
        int i = 0;
        while (i < scanner.lines.count() && !scanner.out.stopped()) {
            i = scanner.line(i);
        }
        scanner.endDocument();
        return scanner.out;
    }

    /** Reads the line at index i and whatever value continues from it; returns the index of the next line. */
    private int line(int i) {
        String raw = lines.line(i);
        int at = leading(raw, i);
        if (at == raw.length() || raw.charAt(at) == '#') {
            return i + 1;
        }
        if (at == 0 && (marker(raw, "---") || marker(raw, "...") || raw.startsWith("%"))) {
            parents.clear();
            endDocument();
            return i + 1;
        }
        int dash = -1;
        while (raw.startsWith("-", at) && (at + 1 == raw.length() || raw.charAt(at + 1) == ' ')) {
            dash = dash < 0 ? at : dash;
            at++;
            while (at < raw.length() && raw.charAt(at) == ' ') {
                at++;
            }
        }
        int itemEnd = dash >= 0 ? dash : at - 1;
        while (!parents.isEmpty() && parents.peek().indent() > itemEnd) {
            parents.pop();
        }
        String parent = parents.isEmpty() ? "" : parents.peek().path();
        if (at == raw.length()) {
            return i + 1;
        }
        String content = raw.substring(at);
        int colon = keyEnd(content);
        if (colon < 0) {
            boolean collection = content.charAt(0) == '{' || content.charAt(0) == '[';
            return dash >= 0 || collection ? value(i, at, dash >= 0 ? dash : at, parent) : i + 1;
        }
        String path = TextLines.join(parent, unquote(content.substring(0, colon).strip()));
        if (!out.keyFits(i + 1, path)) {
            return lines.count();
        }
        nested = false;
        int next = value(i, at + colon + 1, at, path);
        if (nested) {
            if (parents.size() == ParsedConfig.MAX_DEPTH) {
                out.stop(i + 2, "values are nested deeper than " + ParsedConfig.MAX_DEPTH + " levels");
                return lines.count();
            }
            parents.push(new Parent(at, path));
        }
        return next;
    }

    /**
     * Ends a document. A Kubernetes Secret's {@code data} values are Base64: they are judged as the text they
     * encode, so a Base64 placeholder stays a placeholder and a Base64 password a password.
     */
    private void endDocument() {
        List<Assignment> assignments = out.assignments();
        boolean secret = assignments.subList(documentStart, assignments.size()).stream()
                .anyMatch(a -> a.key().equals("kind") && a.value().equals("Secret"));
        for (int a = documentStart; secret && a < assignments.size(); a++) {
            Assignment assignment = assignments.get(a);
            String text = assignment.key().startsWith("data.") ? Base64Text.decode(assignment.value()) : null;
            if (text != null) {
                assignments.set(a, new Assignment(assignment.line(), assignment.endLine(), assignment.key(), text,
                        true));
            }
        }
        documentStart = assignments.size();
    }

    /** Reads the value at column {@code at} of line i, under a key whose block ends at {@code parentIndent}. */
    private int value(int i, int at, int parentIndent, String key) {
        String raw = lines.line(i);
        boolean encrypted = false;
        while (true) {
            while (at < raw.length() && (raw.charAt(at) == ' ' || raw.charAt(at) == '\t')) {
                at++;
            }
            if (at >= raw.length() || raw.charAt(at) != '&' && raw.charAt(at) != '!') {
                break;
            }
            int end = at;
            while (end < raw.length() && raw.charAt(end) != ' ' && raw.charAt(end) != '\t') {
                end++;
            }
            encrypted |= raw.startsWith("!vault", at) && end - at == 6;
            at = end;
        }
        if (at >= raw.length() || raw.charAt(at) == '#') {
            nested = true;
            return i + 1;
        }
        if (raw.charAt(at) == '*') {
            return i + 1;
        }
        ParsedConfig target = encrypted ? new ParsedConfig() : out;
        char c = raw.charAt(at);
        if (c == '|' || c == '>') {
            return block(i, parentIndent, key, target);
        }
        if (c == '"' || c == '\'' || c == '{' || c == '[') {
            FlowParser flow = new FlowParser(lines.text(), lines.start(i) + at, i + 1, FlowParser.Dialect.YAML,
                    target);
            return flow.value(key) ? flow.line() : lines.count();
        }
        int end = raw.indexOf(" #", at);
        target.assign(i + 1, i + 1, key, raw.substring(at, end < 0 ? raw.length() : end).strip());
        return i + 1;
    }

    /** A literal ({@code |}) or folded ({@code >}) value: the lines indented deeper than its key. */
    private int block(int i, int parentIndent, String key, ParsedConfig target) {
        StringBuilder text = new StringBuilder();
        int last = i;
        int j = i + 1;
        for (; j < lines.count(); j++) {
            String line = lines.line(j);
            if (line.isBlank()) {
                continue;
            }
            if (TextLines.indent(line) <= parentIndent) {
                break;
            }
            text.append(line.strip()).append('\n');
            last = j;
        }
        target.assign(i + 1, last + 1, key, text.toString());
        return j;
    }

    /** The index of the first non-blank character; reports the first tab used for indentation. */
    private int leading(String raw, int i) {
        int at = 0;
        while (at < raw.length() && (raw.charAt(at) == ' ' || raw.charAt(at) == '\t')) {
            if (raw.charAt(at) == '\t' && !tabReported && at + 1 < raw.length() && !raw.isBlank()) {
                tabReported = true;
                out.problem(i + 1, "a tab indents this line; YAML indents with spaces only");
            }
            at++;
        }
        return at;
    }

    /** The index of the colon that ends a mapping key at the start of the content, or -1. */
    static int keyEnd(String content) {
        char first = content.charAt(0);
        int from = 0;
        if (first == '"' || first == '\'') {
            int close = closingQuote(content, first);
            if (close < 0) {
                return -1;
            }
            from = close + 1;
            while (from < content.length() && content.charAt(from) == ' ') {
                from++;
            }
            return from < content.length() && content.charAt(from) == ':' && separates(content, from) ? from : -1;
        }
        if ("{[|>*&!?%@`#".indexOf(first) >= 0) {
            return -1;
        }
        for (int j = 0; j < content.length(); j++) {
            char c = content.charAt(j);
            if (c == '#' && j > 0 && Character.isWhitespace(content.charAt(j - 1))) {
                return -1;
            }
            if (c == ':' && separates(content, j)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean separates(String content, int colon) {
        return colon + 1 == content.length() || content.charAt(colon + 1) == ' ' || content.charAt(colon + 1) == '\t';
    }

    private static int closingQuote(String content, char quote) {
        for (int j = 1; j < content.length(); j++) {
            char c = content.charAt(j);
            if (quote == '"' && c == '\\') {
                j++;
            } else if (c == quote) {
                if (quote == '\'' && j + 1 < content.length() && content.charAt(j + 1) == '\'') {
                    j++;
                } else {
                    return j;
                }
            }
        }
        return -1;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                && key.charAt(key.length() - 1) == key.charAt(0)) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static boolean marker(String raw, String marker) {
        return raw.startsWith(marker) && (raw.length() == 3 || raw.charAt(3) == ' ' || raw.charAt(3) == '\t');
    }
}
