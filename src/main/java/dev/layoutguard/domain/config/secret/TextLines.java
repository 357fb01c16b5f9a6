package dev.layoutguard.domain.config.secret;

import java.util.Arrays;

/**
 * A text's lines, split at {@code \n}, {@code \r\n} or a lone {@code \r}, with where each starts in the text. Only
 * where lines start and end is kept, and a line is cut when asked for: a file of millions of short lines costs two
 * ints a line, not a string.
 */
final class TextLines {

    private final String text;
    private int count;
    private int[] starts = new int[16];
    private int[] ends = new int[16];

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
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

    /** The line at a 0-based index, without its line end. */
    String line(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.substring(starts[index], ends[index]);
    }

    /** Where the line at a 0-based index starts in the text. */
    int start(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return starts[index];
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
