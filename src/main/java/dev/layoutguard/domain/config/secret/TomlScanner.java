package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads TOML: {@code [table]} and {@code [[array]]} headers that prefix the keys, dotted and quoted keys,
 * basic, literal and multi-line strings, arrays that span lines, inline tables, comments. A line that is neither a
 * header, an assignment nor a comment, and a string or bracket that is never closed, are syntax problems.
 */
final class TomlScanner {

    private TomlScanner() {
    }

    static ParsedConfig scan(String text) {
        return scan(new TextLines(text));
    }

    static ParsedConfig scan(TextLines lines) {
        ParsedConfig out = new ParsedConfig();
        String table = "";
        for (int i = 0; i < lines.count(); i++) {
            String raw = lines.line(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                boolean array = line.startsWith("[[");
                int close = line.indexOf(array ? "]]" : "]");
                if (close < 0) {
                    out.problem(i + 1, "a [table] header is never closed");
                    continue;
                }
                table = key(line.substring(array ? 2 : 1, close));
                continue;
            }
            int equals = equalsSign(line);
            if (equals < 0) {
                out.problem(i + 1, "expected key = value, a [table] header or a comment");
                continue;
            }
            int at = raw.length() - raw.stripLeading().length() + equals + 1;
            FlowParser value = new FlowParser(lines.text(), lines.start(i) + at, i + 1, FlowParser.Dialect.TOML, out);
            if (!value.value(TextLines.join(table, key(line.substring(0, equals))))) {
                return out;
            }
            i = value.line() - 1;
        }
        return out;
    }

    /** The first {@code =} outside quotes, or -1. */
    private static int equalsSign(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    /** A dotted key with its parts unquoted: {@code a."b.c".d} is {@code a.b.c.d}. */
    private static String key(String written) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return String.join(".", parts);
    }
}
