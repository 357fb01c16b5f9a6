package dev.layoutguard.application;

/**
 * Text made safe for one console line: every control character (line breaks, ESC and the other C0 and C1 codes), the
 * Unicode line and paragraph separators and the bidirectional overrides become a visible escape such as {@code \n} or
 * {@code \u001b}, so that a file name can neither start a line of its own (a CI workflow command, say) nor drive the
 * terminal.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** The text with every character that could break the line or drive a terminal written as an escape. */
    public static String line(CharSequence text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                if (safe != null) {
                    safe.append(c);
                }
                continue;
            }
            if (safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> safe.append(String.format("\\u%04x", (int) c));
            }
        }
        return safe == null ? text.toString() : safe.toString();
    }

    /** Whether a character must not reach a console as it is. */
    static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
