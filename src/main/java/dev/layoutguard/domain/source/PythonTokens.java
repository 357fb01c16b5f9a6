package dev.layoutguard.domain.source;

import java.util.Arrays;

/**
 * The tokens of a Python source, read one at a time in a single pass: names, dots, commas, parentheses, stars,
 * logical line ends, and {@link #OTHER} for everything else (literals, other punctuation). Comments are skipped;
 * strings, byte strings, docstrings and f-strings (with their nested replacement fields and format specs, as Python
 * 3.12 reads them) are one token each, never read as code; code inside an f-string's replacement field comes out as
 * {@link #OTHER}, since no statement can stand there. Lines are counted across LF, CRLF and CR, a backslash at a line's
 * end continues the logical line, a byte order mark is whitespace, and an unterminated string ends at its line (a
 * triple-quoted one at the end of the text).
 */
final class PythonTokens extends SourceCursor {

    static final int END = 0;
    static final int NAME = 1;
    static final int DOT = 2;
    static final int COMMA = 3;
    static final int OPEN = 4;
    static final int CLOSE = 5;
    static final int STAR = 6;
    static final int NEWLINE = 7;
    static final int OTHER = 8;

    /** Where the line of the current token starts. */
    private int tokenLineStart;
    /** Open brackets, counted within the innermost replacement field when inside one. */
    private int depth;
    /** How many strings have opened: each string's number, so a string that ends early leaves its fields too. */
    private int strings;

    /** The f-strings whose replacement fields the tokenizer is inside, innermost last. */
    private int frames;
    private char[] frameQuote = new char[8];
    private boolean[] frameTriple = new boolean[8];
    private boolean[] frameResumesInSpec = new boolean[8];
    private int[] frameDepth = new int[8];
    private int[] frameString = new int[8];

    private int type = NEWLINE;

    PythonTokens(String text) {
        super(text);
    }

    int type() {
        return type;
    }

    /** Open brackets of any kind, counted within the innermost f-string replacement field when inside one. */
    int depth() {
        return depth;
    }

    /**
     * The indentation of the line the current token starts on: a tab goes to the next multiple of eight, a space or
     * form feed counts one, a byte order mark nothing.
     */
    int indent() {
        int column = 0;
        for (int i = tokenLineStart; i < start; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                column += 8 - column % 8;
            } else if (c == ' ' || c == '\f') {
                column++;
            } else if (c != '\uFEFF') {
                break;
            }
        }
        return column;
    }

    /** Whether the current token is the given name. */
    boolean is(String word) {
        return type == NAME && tokenIs(word);
    }

    /** Whether the current token is a name that starts with the given text. */
    boolean startsWith(String prefix) {
        return type == NAME && end - start >= prefix.length() && text.startsWith(prefix, start);
    }

    /** Moves to the next token. */
    void next() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                lineBreak();
                if (depth == 0 && frames == 0 && type != NEWLINE) {
                    token(NEWLINE, pos, pos);
                    return;
                }
            } else if (isSpace(c)) {
                pos++;
            } else if (c == '#') {
                skipToLineEnd();
            } else if (c == '\\' && pos + 1 < length
                    && (text.charAt(pos + 1) == '\n' || text.charAt(pos + 1) == '\r')) {
                pos++;
                lineBreak();
            } else if (c == '"' || c == '\'') {
                int from = pos;
                int at = line;
                tokenLineStart = lineStart;
                string(pos, false);
                token(OTHER, from, pos, at);
                return;
            } else if (IdentifierChars.pythonStart(c)) {
                tokenLineStart = lineStart;
                name();
                return;
            } else if (c >= '0' && c <= '9' || c == '.' && isDigit(peek())) {
                tokenLineStart = lineStart;
                int from = pos++;
                while (pos < length && (IdentifierChars.pythonPart(text.charAt(pos))
                        || text.charAt(pos) == '.' && isDigit(peek()))) {
                    pos++;
                }
                token(OTHER, from, pos);
                return;
            } else if (punctuation(c)) {
                return;
            }
        }
        token(END, pos, pos);
    }

    /** Reads a name, or a string with a prefix such as {@code f} or {@code rb}. */
    private void name() {
        int from = pos++;
        while (pos < length && IdentifierChars.pythonPart(text.charAt(pos))) {
            pos++;
        }
        if (pos < length && (text.charAt(pos) == '"' || text.charAt(pos) == '\'') && stringPrefix(from, pos)) {
            int at = line;
            string(pos, formatted(from, pos));
            token(OTHER, from, pos, at);
            return;
        }
        token(frames == 0 ? NAME : OTHER, from, pos);
    }

    /** Makes a token of one punctuation character; false when it only moved into or out of a string part. */
    private boolean punctuation(char c) {
        tokenLineStart = lineStart;
        int from = pos++;
        switch (c) {
            case '.' -> token(DOT, from, pos);
            case ',' -> token(COMMA, from, pos);
            case '*' -> token(STAR, from, pos);
            case '(' -> {
                depth++;
                token(OPEN, from, pos);
            }
            case ')' -> {
                depth = Math.max(0, depth - 1);
                token(CLOSE, from, pos);
            }
            case '[', '{' -> {
                depth++;
                token(OTHER, from, pos);
            }
            case ']' -> {
                depth = Math.max(0, depth - 1);
                token(OTHER, from, pos);
            }
            case '}' -> {
                if (frames > 0 && depth == 0) {
                    frames--;
                    depth = frameDepth[frames];
                    body(frameQuote[frames], frameTriple[frames], true, frameResumesInSpec[frames],
                            frameString[frames]);
                    return false;
                }
                depth = Math.max(0, depth - 1);
                token(OTHER, from, pos);
            }
            case ':' -> {
                if (frames > 0 && depth == 0) {
                    int top = frames - 1;
                    body(frameQuote[top], frameTriple[top], true, true, frameString[top]);
                    return false;
                }
                token(OTHER, from, pos);
            }
            default -> token(OTHER, from, pos);
        }
        return true;
    }

    /** Skips a string literal that opens at the quote; an f-string may stop at a replacement field. */
    private void string(int quote, boolean formatted) {
        char q = text.charAt(quote);
        boolean triple = quote + 2 < length && text.charAt(quote + 1) == q && text.charAt(quote + 2) == q;
        pos = quote + (triple ? 3 : 1);
        body(q, triple, formatted, false, ++strings);
    }

    /**
     * Skips the rest of a string: to its closing quote, to the end of its line when it is not triple-quoted (an
     * unterminated string), or to the {@code {} of a replacement field, whose code the tokenizer then reads.
     */
    private void body(char q, boolean triple, boolean formatted, boolean inSpec, int string) {
        boolean spec = inSpec;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == q && (!triple || pos + 2 < length && text.charAt(pos + 1) == q && text.charAt(pos + 2) == q)) {
                pos += triple ? 3 : 1;
                close(string);
                return;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                close(string);
                return;
            }
            if (c == '\\') {
                pos++;
                // a backslash never escapes an f-string's brace: after it, {{ is still a brace and { a field
                if (pos < length && !(formatted && (text.charAt(pos) == '{' || text.charAt(pos) == '}'))) {
                    step();
                }
                continue;
            }
            if (formatted && c == '{') {
                if (!spec && pos + 1 < length && text.charAt(pos + 1) == '{') {
                    pos += 2;
                    continue;
                }
                pos++;
                push(q, triple, spec, string);
                return;
            }
            if (formatted && c == '}' && spec && frames > 0) {
                pos++;
                frames--;
                depth = frameDepth[frames];
                spec = frameResumesInSpec[frames];
                continue;
            }
            step();
        }
        close(string);
    }

    private void push(char q, boolean triple, boolean spec, int string) {
        if (frames == frameQuote.length) {
            int size = frames * 2;
            frameQuote = Arrays.copyOf(frameQuote, size);
            frameTriple = Arrays.copyOf(frameTriple, size);
            frameResumesInSpec = Arrays.copyOf(frameResumesInSpec, size);
            frameDepth = Arrays.copyOf(frameDepth, size);
            frameString = Arrays.copyOf(frameString, size);
        }
        frameQuote[frames] = q;
        frameTriple[frames] = triple;
        frameResumesInSpec[frames] = spec;
        frameDepth[frames] = depth;
        frameString[frames] = string;
        frames++;
        depth = 0;
    }

    /** Leaves the replacement fields of a string that ended while one was open (a malformed f-string). */
    private void close(int string) {
        while (frames > 0 && frameString[frames - 1] == string) {
            frames--;
            depth = frameDepth[frames];
        }
    }

    private void token(int kind, int from, int to) {
        token(kind, from, to, line);
    }

    private void token(int kind, int from, int to, int at) {
        type = kind;
        start = from;
        end = to;
        tokenLine = at;
    }

    /** One or two of the letters r, u, b, f, t in either case: {@code rb"..."}, {@code f'...'}. */
    private boolean stringPrefix(int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("rRuUbBfFtT".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean formatted(int from, int to) {
        for (int i = from; i < to; i++) {
            if ("fFtT".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
