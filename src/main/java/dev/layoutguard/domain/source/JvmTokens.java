package dev.layoutguard.domain.source;

import java.util.Arrays;

/**
 * The tokens of a Java or Kotlin source, read one at a time in a single pass: identifiers, one-character symbols and
 * literals. Comments (Kotlin's nested ones too) are skipped; strings, Java text blocks, Kotlin raw strings, character
 * literals and numbers come out as {@link Kind#LITERAL literals}, so nothing inside them is ever read as code. The
 * expressions of Kotlin string templates ({@code "${...}"}) are code, as the compiler reads them, and are marked
 * {@link #inTemplate()}; the literal text around them is not. Kotlin names in backquotes are identifiers. A byte
 * order mark is whitespace, lines are counted across LF, CRLF and CR, and an unterminated string or character
 * literal ends at its line (a text block, raw string or comment at the end of the text), so a broken file costs at
 * most one line or one comment.
 */
final class JvmTokens extends SourceCursor {

    /** What {@link #next()} found. */
    enum Kind {
        IDENTIFIER,
        SYMBOL,
        LITERAL,
        END
    }

    private static final int REGULAR = 0;
    private static final int RAW = 1;

    private final boolean kotlin;

    /** Kotlin: the braces open within the innermost template expression (or outside any). */
    private int braces;
    /** Kotlin: the strings whose template expression the tokenizer is in, innermost last, with the braces outside. */
    private int[] templates;
    private int[] bracesOutside;
    private int openTemplates;

    private char symbol;

    JvmTokens(String text, boolean kotlin) {
        super(text);
        this.kotlin = kotlin;
    }

    /** Moves to the next token. */
    Kind next() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                lineBreak();
            } else if (isSpace(c)) {
                pos++;
            } else if (c == '/' && peek() == '/') {
                skipToLineEnd();
            } else if (c == '/' && peek() == '*') {
                skipBlockComment();
            } else {
                tokenLine = line;
                start = pos;
                return token(c);
            }
        }
        tokenLine = line;
        start = pos;
        end = pos;
        return Kind.END;
    }

    /**
     * Java: moves to the next brace or parenthesis, passing over every other token as {@link #next()} would (comments,
     * literals and text blocks whole, so no bracket inside them counts), a character at a time: no identifier,
     * number or other symbol holds one of these characters or starts a comment or a literal. The lines are counted
     * as {@code next()} counts them. Returns {@link Kind#SYMBOL} with the bracket as {@link #symbol()}, or
     * {@link Kind#END}.
     */
    Kind nextBracket() {
        while (pos < length) {
            char c = text.charAt(pos);
            switch (c) {
                case '\n', '\r' -> lineBreak();
                case '/' -> {
                    if (peek() == '/') {
                        skipToLineEnd();
                    } else if (peek() == '*') {
                        skipBlockComment();
                    } else {
                        pos++;
                    }
                }
                case '"' -> {
                    if (text.startsWith("\"\"\"", pos)) {
                        skipTextBlock();
                    } else {
                        skipQuoted('"');
                    }
                }
                case '\'' -> skipQuoted('\'');
                case '{', '}', '(', ')' -> {
                    tokenLine = line;
                    start = pos++;
                    end = pos;
                    symbol = c;
                    return Kind.SYMBOL;
                }
                default -> pos++;
            }
        }
        tokenLine = line;
        start = pos;
        end = pos;
        return Kind.END;
    }

    /** The symbol just read. */
    char symbol() {
        return symbol;
    }

    /** Whether the token just read is code inside a Kotlin string template. */
    boolean inTemplate() {
        return openTemplates > 0;
    }

    private Kind token(char c) {
        if (IdentifierChars.javaStart(c)) {
            pos++;
            while (pos < length && IdentifierChars.javaPart(text.charAt(pos))) {
                pos++;
            }
            end = pos;
            return Kind.IDENTIFIER;
        }
        if (c == '"') {
            if (kotlin) {
                boolean raw = text.startsWith("\"\"\"", pos);
                pos += raw ? 3 : 1;
                scanString(raw ? RAW : REGULAR);
            } else if (text.startsWith("\"\"\"", pos)) {
                skipTextBlock();
            } else {
                skipQuoted('"');
            }
            return Kind.LITERAL;
        }
        if (c == '\'') {
            skipQuoted('\'');
            return Kind.LITERAL;
        }
        if (c == '`' && kotlin) {
            return quotedIdentifier();
        }
        if (isDigit(c) || c == '.' && !kotlin && isDigit(peek())) {
            skipNumber();
            return Kind.LITERAL;
        }
        pos++;
        symbol = c;
        if (kotlin && c == '{') {
            braces++;
        } else if (kotlin && c == '}') {
            if (braces > 0) {
                braces--;
            } else if (openTemplates > 0) {
                // the end of a template expression: the string goes on
                openTemplates--;
                braces = bracesOutside[openTemplates];
                scanString(templates[openTemplates]);
                return Kind.LITERAL;
            }
        }
        return Kind.SYMBOL;
    }

    /** Kotlin: the rest of a string, up to its end or up to a template expression, which is then read as code. */
    private void scanString(int kind) {
        while (pos < length) {
            char c = text.charAt(pos);
            if (kind == RAW && c == '"' && text.startsWith("\"\"\"", pos)) {
                pos += 3;
                while (pos < length && text.charAt(pos) == '"') {
                    pos++;
                }
                return;
            }
            if (kind == REGULAR) {
                if (c == '"') {
                    pos++;
                    return;
                }
                if (c == '\n' || c == '\r') {
                    return;
                }
                if (c == '\\') {
                    pos += escapedCharacter() ? 2 : 1;
                    continue;
                }
            }
            if (c == '$' && peek() == '{') {
                openTemplate(kind);
                pos += 2;
                return;
            }
            step();
        }
    }

    private void openTemplate(int kind) {
        if (templates == null) {
            templates = new int[8];
            bracesOutside = new int[8];
        } else if (openTemplates == templates.length) {
            templates = Arrays.copyOf(templates, openTemplates * 2);
            bracesOutside = Arrays.copyOf(bracesOutside, openTemplates * 2);
        }
        templates[openTemplates] = kind;
        bracesOutside[openTemplates] = braces;
        openTemplates++;
        braces = 0;
    }

    /** A block comment; Kotlin's nest, Java's end at the first close. */
    private void skipBlockComment() {
        int depth = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '/' && peek() == '*' && (kotlin || depth == 0)) {
                depth++;
                pos += 2;
            } else if (c == '*' && peek() == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                step();
            }
        }
    }

    /** A Java text block, whose escapes may hide a quote or a line break. */
    private void skipTextBlock() {
        pos += 3;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"' && text.startsWith("\"\"\"", pos)) {
                pos += 3;
                return;
            }
            if (c == '\\') {
                pos++;
                if (pos >= length) {
                    return;
                }
            }
            step();
        }
    }

    /** A string or character literal; one that is not closed ends at its line, as the compiler gives up there. */
    private void skipQuoted(char quote) {
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return;
            }
            if (c == '\n' || c == '\r') {
                return;
            }
            pos += c == '\\' && escapedCharacter() ? 2 : 1;
        }
    }

    /** Kotlin: a name in backquotes, such as a package segment that is a keyword; an unclosed one is a literal. */
    private Kind quotedIdentifier() {
        int from = ++pos;
        while (pos < length && text.charAt(pos) != '`' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < length && text.charAt(pos) == '`' && pos > from) {
            start = from;
            end = pos++;
            return Kind.IDENTIFIER;
        }
        return Kind.LITERAL;
    }

    private void skipNumber() {
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (IdentifierChars.javaPart(c) || c == '.' && isDigit(peek())) {
                pos++;
            } else {
                return;
            }
        }
    }

    /** Whether the backslash at the position escapes a character on the same line. */
    private boolean escapedCharacter() {
        char next = peek();
        return pos + 1 < length && next != '\n' && next != '\r';
    }
}
