package dev.layoutguard.domain.config.secret;

/**
 * Reads a Java {@code .properties} file as {@code java.util.Properties} does: {@code #} and {@code !} comments,
 * keys ended by {@code =}, {@code :} or white space, lines continued by an odd number of trailing backslashes,
 * backslash escapes and {@code \\uXXXX}; a malformed {@code \\u} escape is a syntax problem.
 */
final class PropertiesScanner {

    private PropertiesScanner() {
    }

    static ParsedConfig scan(String text) {
        return scan(new TextLines(text));
    }

    static ParsedConfig scan(TextLines lines) {
        ParsedConfig out = new ParsedConfig();
        int i = 0;
        while (i < lines.count()) {
            int first = i;
            String line = lines.line(i++);
            int start = skipBlanks(line, 0);
            if (start == line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line.substring(start));
            while (continues(logical) && i < lines.count()) {
                logical.setLength(logical.length() - 1);
                String next = lines.line(i++);
                logical.append(next, skipBlanks(next, 0), next.length());
            }
            if (continues(logical)) {
                logical.setLength(logical.length() - 1);
            }
            assign(logical.toString(), first + 1, i, out);
        }
        return out;
    }

    private static void assign(String logical, int line, int endLine, ParsedConfig out) {
        int end = 0;
        while (end < logical.length()) {
            char c = logical.charAt(end);
            if (c == '\\') {
                end += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            end++;
        }
        end = Math.min(end, logical.length());
        int value = skipBlanks(logical, end);
        if (value < logical.length() && (logical.charAt(value) == '=' || logical.charAt(value) == ':')) {
            value = skipBlanks(logical, value + 1);
        }
        String key = unescape(logical.substring(0, end), line, out);
        String text = unescape(logical.substring(value), line, out);
        if (key != null && text != null) {
            out.assign(line, endLine, key, text);
        }
    }

    /** Whether the text ends with an odd number of backslashes. */
    private static boolean continues(CharSequence text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int skipBlanks(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    /** The text with its escapes resolved, or {@code null} (and a problem) for a malformed {@code \\u} escape. */
    private static String unescape(String text, int line, ParsedConfig out) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                plain.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            if (escaped == 'u') {
                int code = i + 5 <= text.length() ? hex(text, i + 1) : -1;
                if (code < 0) {
                    out.problem(line, "a \\u escape is not followed by four hexadecimal digits");
                    return null;
                }
                plain.append((char) code);
                i += 4;
            } else {
                plain.append(switch (escaped) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> escaped;
                });
            }
        }
        return plain.toString();
    }

    private static int hex(String text, int from) {
        int code = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
