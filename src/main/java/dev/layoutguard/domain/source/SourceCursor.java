package dev.layoutguard.domain.source;

/**
 * A tokenizer's place in a source's text, the 1-based line it is on, and the token it read last, with the moves the
 * Java and Kotlin tokenizer and the Python tokenizer make alike: lines end at LF, CRLF or CR, and a byte order mark
 * is whitespace.
 */
abstract class SourceCursor {

    final String text;
    final int length;
    int pos;
    int line = 1;
    /** Where the current physical line starts. */
    int lineStart;
    /** Where the token just read starts and ends (exclusive) in the text; the readers of this package read them. */
    int start;
    int end;
    /** The line the token just read starts on. */
    int tokenLine = 1;

    SourceCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    /** The 1-based line the token just read starts on. */
    final int line() {
        return tokenLine;
    }

    /** The text of the token just read. */
    final String tokenText() {
        return text.substring(start, end);
    }

    /** Whether the text of the token just read is the given word, compared in place. */
    final boolean tokenIs(String word) {
        return end - start == word.length() && text.regionMatches(start, word, 0, word.length());
    }

    /** Moves past the line break at the position; CRLF is one line end. */
    final void lineBreak() {
        char c = text.charAt(pos++);
        if (c == '\n' || pos >= length || text.charAt(pos) != '\n') {
            line++;
        }
        lineStart = pos;
    }

    /** Moves past one character, counting it when it breaks a line. */
    final void step() {
        char c = text.charAt(pos);
        if (c == '\n' || c == '\r') {
            lineBreak();
        } else {
            pos++;
        }
    }

    /** Moves to the end of the line, before its line break. */
    final void skipToLineEnd() {
        while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }

    /** The character after the position, or NUL at the end. */
    final char peek() {
        return pos + 1 < length ? text.charAt(pos + 1) : '\0';
    }

    /** Whitespace within a line: space, tab, form feed, and the byte order mark. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\uFEFF';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
