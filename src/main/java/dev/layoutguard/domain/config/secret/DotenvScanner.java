package dev.layoutguard.domain.config.secret;

/**
 * Reads a dotenv file ({@code .env}, {@code production.env}): {@code KEY=value} lines, an optional
 * {@code export}, single- or double-quoted values that may span lines, {@code #} comments. A line that is not a
 * variable name, an assignment or a comment is a syntax problem.
 */
final class DotenvScanner {

    private DotenvScanner() {
    }

    static ParsedConfig scan(String text) {
        return scan(new TextLines(text));
    }

    static ParsedConfig scan(TextLines lines) {
        ParsedConfig out = new ParsedConfig();
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring(7).stripLeading();
            }
            int equals = line.indexOf('=');
            String key = (equals < 0 ? line : line.substring(0, equals)).strip();
            if (!isName(key)) {
                out.problem(i + 1, "expected KEY=value, a variable name or a comment");
                continue;
            }
            if (equals < 0) {
                continue;
            }
            String rest = line.substring(equals + 1).stripLeading();
            if (rest.startsWith("\"") || rest.startsWith("'")) {
                int first = i;
                StringBuilder value = new StringBuilder(rest);
                int close = closingQuote(value, 1);
                while (close < 0 && i + 1 < lines.count()) {
                    int from = value.length();
                    value.append('\n').append(lines.line(++i));
                    close = closingQuote(value, from);
                }
                if (close < 0) {
                    out.problem(first + 1, "a quoted value is never closed");
                    return out;
                }
                out.assign(first + 1, i + 1, key, value.substring(1, close));
            } else {
                int comment = rest.indexOf(" #");
                out.assign(i + 1, i + 1, key, (comment < 0 ? rest : rest.substring(0, comment)).strip());
            }
        }
        return out;
    }

    /**
     * The index of the quote closing the one at index 0, searching from {@code from} (each line once), skipping
     * backslash escapes in double quotes; or -1.
     */
    private static int closingQuote(CharSequence value, int from) {
        char quote = value.charAt(0);
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isName(String key) {
        if (key.isEmpty() || Character.isDigit(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!TextLines.isWordChar(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
