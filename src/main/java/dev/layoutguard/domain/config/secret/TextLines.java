package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.List;

/** A text's lines, split at {@code \n}, {@code \r\n} or a lone {@code \r}, with where each starts in the text. */
final class TextLines {

    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();

    TextLines(String text) {
        this.text = text;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(start, i);
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            add(start, length);
        }
    }

    private void add(int start, int end) {
        lines.add(text.substring(start, end));
        starts.add(start);
    }

    String text() {
        return text;
    }

    int count() {
        return lines.size();
    }

    /** The line at a 0-based index, without its line end. */
    String line(int index) {
        return lines.get(index);
    }

    /** Where the line at a 0-based index starts in the text. */
    int start(int index) {
        return starts.get(index);
    }

    /** How many spaces start a line. */
    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a character may sit inside a word of a key or a token: an ASCII letter or digit. */
    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Whether a line holds only blanks. */
    static boolean isBlank(String line) {
        return line.isBlank();
    }

    /** Joins a parent key and a child key with {@code .}. */
    static String join(String parent, String key) {
        return parent.isEmpty() ? key : key.isEmpty() ? parent : parent + "." + key;
    }
}
