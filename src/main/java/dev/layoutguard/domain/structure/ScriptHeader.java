package dev.layoutguard.domain.structure;

import java.util.Optional;

/**
 * The header of a script, where the target layout puts its {@code Purpose:} and {@code Usage:}: a Python script's module
 * docstring (the first statement, after the shebang, encoding line and comments), or the leading comment lines of
 * any other script.
 */
final class ScriptHeader {

    private ScriptHeader() {
    }

    /** A Python module's docstring text, or empty when its first statement is not a string literal. */
    static Optional<String> docstring(String source) {
        int i = firstCodeLine(source);
        int length = source.length();
        if (i >= length) {
            return Optional.empty();
        }
        int start = i;
        while (start < length && "rRuU".indexOf(source.charAt(start)) >= 0 && start - i < 2) {
            start++;
        }
        for (String quote : new String[] {"\"\"\"", "'''", "\"", "'"}) {
            if (source.startsWith(quote, start)) {
                int close = closing(source, start + quote.length(), quote);
                return close < 0 ? Optional.empty() : Optional.of(source.substring(start + quote.length(), close));
            }
        }
        return Optional.empty();
    }

    /** The leading comment lines of a script (shebang included), up to its first line of code. */
    static String comments(String source) {
        StringBuilder header = new StringBuilder();
        int code = firstCodeLine(source);
        for (int i = 0; i < code; i = lineEnd(source, i) + 1) {
            header.append(source.substring(i, lineEnd(source, i)).strip()).append('\n');
        }
        return header.toString();
    }

    /** Where the first line that is neither blank nor a comment starts; past the end when there is none. */
    private static int firstCodeLine(String source) {
        int i = 0;
        while (i < source.length()) {
            String line = source.substring(i, lineEnd(source, i)).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i;
            }
            i = lineEnd(source, i) + 1;
        }
        return i;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i;
            } else if (c == '\n' && quote.length() == 1) {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
