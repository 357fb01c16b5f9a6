package dev.layoutguard.domain.layers;

import java.util.List;

/**
 * Finds the names under a base package that a Java source refers to: imports, static and wildcard imports, and
 * fully qualified names in code. A streaming lexer in one pass over the text: comments, string literals, text
 * blocks and char literals are skipped, never read as code; unterminated literals end at their line, so a broken
 * file costs at most one line or one comment.
 */
public final class JavaReferenceLexer {

    private final String text;
    private final int length;
    private final QualifiedNameCollector names;
    private int pos;
    private int line = 1;

    private JavaReferenceLexer(String text, String basePackage) {
        this.text = text;
        this.length = text.length();
        this.names = new QualifiedNameCollector(basePackage);
    }

    /**
     * The references of a Java source to names under a package, in source order.
     *
     * @param basePackage dotted; the empty string for the unnamed package
     */
    public static List<SourceReference> references(String text, String basePackage) {
        return new JavaReferenceLexer(text, basePackage).run();
    }

    /** The package a Java source declares, or the empty string when it declares none. */
    public static String declaredPackage(String text) {
        JavaReferenceLexer lexer = new JavaReferenceLexer(text, "");
        lexer.run();
        return lexer.names.declaredPackage();
    }

    private List<SourceReference> run() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                lineBreak();
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\uFEFF') {
                pos++;
            } else if (c == '/' && next() == '/') {
                skipToLineEnd();
            } else if (c == '/' && next() == '*') {
                skipBlockComment();
            } else if (c == '"') {
                names.other();
                if (text.startsWith("\"\"\"", pos)) {
                    skipTextBlock();
                } else {
                    skipQuoted('"');
                }
            } else if (c == '\'') {
                names.other();
                skipQuoted('\'');
            } else if (IdentifierChars.javaStart(c)) {
                int start = pos++;
                while (pos < length && IdentifierChars.javaPart(text.charAt(pos))) {
                    pos++;
                }
                names.identifier(text, start, pos, line);
            } else if (isDigit(c) || c == '.' && isDigit(next())) {
                names.other();
                skipNumber();
            } else {
                pos++;
                if (c == '.') {
                    names.dot();
                } else if (c == '*') {
                    names.star();
                } else {
                    names.other();
                }
            }
        }
        return names.references();
    }

    private char next() {
        return pos + 1 < length ? text.charAt(pos + 1) : '\0';
    }

    private void lineBreak() {
        char c = text.charAt(pos++);
        if (c == '\n' || pos >= length || text.charAt(pos) != '\n') {
            line++;
        }
    }

    private void skipToLineEnd() {
        while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void skipBlockComment() {
        pos += 2;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '*' && next() == '/') {
                pos += 2;
                return;
            }
            if (c == '\n' || c == '\r') {
                lineBreak();
            } else {
                pos++;
            }
        }
    }

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
                c = text.charAt(pos);
            }
            if (c == '\n' || c == '\r') {
                lineBreak();
            } else {
                pos++;
            }
        }
    }

    /** A string or char literal; one that is not closed ends at its line, as javac would give up there. */
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
            pos += c == '\\' && pos + 1 < length && text.charAt(pos + 1) != '\n' && text.charAt(pos + 1) != '\r'
                    ? 2 : 1;
        }
    }

    private void skipNumber() {
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (IdentifierChars.javaPart(c) || c == '.' && isDigit(next())) {
                pos++;
            } else {
                return;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
