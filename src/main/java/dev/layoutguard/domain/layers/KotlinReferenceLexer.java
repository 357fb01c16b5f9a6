package dev.layoutguard.domain.layers;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the names under a base package that a Kotlin source refers to: imports (with or without an {@code as}
 * alias, wildcard ones too) and fully qualified names in code. A streaming lexer in one pass over the text:
 * comments (nested ones too), strings, raw strings and char literals are skipped. The expressions of string
 * templates ({@code "${...}"}) are code, as the compiler sees them; the literal text around them is not.
 */
public final class KotlinReferenceLexer {

    private static final int REGULAR = 0;
    private static final int RAW = 1;

    private final String text;
    private final int length;
    private final QualifiedNameCollector names;
    private int pos;
    private int line = 1;
    private int braces;
    /** The strings whose template expression the lexer is inside, innermost last, with the braces outside it. */
    private int[] templates = new int[8];
    private int[] bracesOutside = new int[8];
    private int openTemplates;

    private KotlinReferenceLexer(String text, String basePackage) {
        this.text = text;
        this.length = text.length();
        this.names = new QualifiedNameCollector(basePackage);
    }

    /**
     * The references of a Kotlin source to names under a package, in source order.
     *
     * @param basePackage dotted; the empty string for the unnamed package
     */
    public static List<SourceReference> references(String text, String basePackage) {
        return new KotlinReferenceLexer(text, basePackage).run();
    }

    /** The package a Kotlin source declares, or the empty string when it declares none. */
    public static String declaredPackage(String text) {
        KotlinReferenceLexer lexer = new KotlinReferenceLexer(text, "");
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
                while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && next() == '*') {
                skipBlockComment();
            } else if (c == '"') {
                names.other();
                boolean raw = text.startsWith("\"\"\"", pos);
                pos += raw ? 3 : 1;
                scanString(raw ? RAW : REGULAR);
            } else if (c == '\'') {
                names.other();
                skipCharLiteral();
            } else if (c == '`') {
                quotedIdentifier();
            } else if (IdentifierChars.javaStart(c)) {
                int start = pos++;
                while (pos < length && IdentifierChars.javaPart(text.charAt(pos))) {
                    pos++;
                }
                names.identifier(text, start, pos, line);
            } else if (c >= '0' && c <= '9') {
                names.other();
                skipNumber();
            } else {
                pos++;
                punctuation(c);
            }
        }
        return names.references();
    }

    private void punctuation(char c) {
        if (c == '.') {
            names.dot();
            return;
        }
        if (c == '*') {
            names.star();
            return;
        }
        names.other();
        if (c == '{') {
            braces++;
        } else if (c == '}') {
            if (braces > 0) {
                braces--;
            } else if (openTemplates > 0) {
                openTemplates--;
                braces = bracesOutside[openTemplates];
                scanString(templates[openTemplates]);
            }
        }
    }

    /** The rest of a string, up to its end or up to a template expression, which the main loop lexes as code. */
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
                    pos += pos + 1 < length && text.charAt(pos + 1) != '\n' && text.charAt(pos + 1) != '\r' ? 2 : 1;
                    continue;
                }
            }
            if (c == '$' && next() == '{') {
                openTemplate(kind);
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

    private void openTemplate(int kind) {
        if (openTemplates == templates.length) {
            templates = Arrays.copyOf(templates, openTemplates * 2);
            bracesOutside = Arrays.copyOf(bracesOutside, openTemplates * 2);
        }
        templates[openTemplates] = kind;
        bracesOutside[openTemplates] = braces;
        openTemplates++;
        braces = 0;
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '/' && next() == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && next() == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else if (c == '\n' || c == '\r') {
                lineBreak();
            } else {
                pos++;
            }
        }
    }

    private void skipCharLiteral() {
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\'') {
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

    /** A name in backticks, such as a package segment that is a Kotlin keyword. */
    private void quotedIdentifier() {
        int start = ++pos;
        while (pos < length && text.charAt(pos) != '`' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < length && text.charAt(pos) == '`' && pos > start) {
            names.identifier(text, start, pos, line);
            pos++;
        } else {
            names.other();
        }
    }

    private void skipNumber() {
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (IdentifierChars.javaPart(c) || c == '.' && next() >= '0' && next() <= '9') {
                pos++;
            } else {
                return;
            }
        }
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
}
