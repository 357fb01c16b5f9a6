package dev.layoutguard.domain.config.secret;

/**
 * Reads {@code .ini} and {@code .cfg} files as Python's configparser does: {@code [section]} headers that prefix
 * the keys, {@code key = value} or {@code key: value}, {@code #} and {@code ;} comments, and indented lines that
 * continue the value above. A section header that is never closed is a syntax problem.
 */
final class IniScanner {

    private IniScanner() {
    }

    static ParsedConfig scan(String text) {
        return scan(new TextLines(text));
    }

    static ParsedConfig scan(TextLines lines) {
        ParsedConfig out = new ParsedConfig();
        String section = "";
        String key = null;
        StringBuilder value = new StringBuilder();
        int first = 0;
        int last = 0;
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i);
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented && key != null) {
                value.append('\n').append(withoutComment(stripped));
                last = i + 1;
                continue;
            }
            if (key != null) {
                out.assign(first, last, key, value.toString());
                key = null;
            }
            if (stripped.startsWith("[")) {
                int close = stripped.indexOf(']');
                if (close < 0) {
                    out.problem(i + 1, "a [section] header is never closed");
                    continue;
                }
                section = stripped.substring(1, close).strip();
                continue;
            }
            int separator = separator(stripped);
            if (separator < 0) {
                continue;
            }
            key = TextLines.join(section, stripped.substring(0, separator).strip());
            value.setLength(0);
            value.append(withoutComment(stripped.substring(separator + 1)).strip());
            first = i + 1;
            last = i + 1;
        }
        if (key != null) {
            out.assign(first, last, key, value.toString());
        }
        return out;
    }

    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '=' || line.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The text before an inline comment: {@code ;} or {@code #} after a blank. */
    private static String withoutComment(String text) {
        if (text.startsWith(";") || text.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ';' || c == '#') && Character.isWhitespace(text.charAt(i - 1))) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
