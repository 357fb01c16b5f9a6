package dev.layoutguard.application;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text made safe for one console line: every control character (line breaks, ESC and the other C0 and C1 codes), the
 * Unicode line and paragraph separators and the bidirectional overrides become a visible escape such as {@code \n} or
 * {@code \u001b}, so that a file name can neither start a line of its own (a CI workflow command, say) nor drive the
 * terminal. Given the console's charset, a character it cannot print (a non-ASCII letter under a POSIX locale) is
 * written the same way, so a name is printed faithfully rather than as {@code ?}.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** The text with every character that could break the line or drive a terminal written as an escape. */
    public static String line(CharSequence text) {
        return line(text, StandardCharsets.UTF_8);
    }

    /** The text as {@link #line(CharSequence)} gives it, each character the console's charset cannot encode escaped. */
    public static String line(CharSequence text, Charset console) {
        if (text == null) {
            return null;
        }
        CharsetEncoder encoder = console.equals(StandardCharsets.UTF_8) ? null : console.newEncoder();
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c) && (encoder == null || c < 0x80 || encoder.canEncode(c))) {
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
