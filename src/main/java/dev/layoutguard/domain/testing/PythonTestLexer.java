package dev.layoutguard.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a Python module for the tests pytest would find in it: top-level {@code test*} functions and the
 * {@code test*} methods of top-level classes. One linear pass that follows logical lines and indentation and skips
 * comments and every kind of string literal (prefixed, triple-quoted, docstrings), so a {@code def test_x} inside
 * a string is not a test; it never fails on malformed text.
 */
public final class PythonTestLexer {

    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr",
            "rt");

    private final String text;
    private int pos;
    private int line = 1;
    private int brackets;
    private int indent;
    private int wordsInLine;
    private String previousWord = "";
    private Expecting expecting;
    private int basesDepth = -1;
    private int testFunctions;
    private final List<PythonTestModule.TestClass> classes = new ArrayList<>();
    private String className;
    private int classLine;
    private boolean classBases;
    private int classTests;

    private PythonTestLexer(String text) {
        this.text = text;
    }

    /** Reads a module's text. */
    public static PythonTestModule read(String text) {
        return new PythonTestLexer(text).read();
    }

    private PythonTestModule read() {
        boolean lineStart = true;
        while (pos < text.length()) {
            if (lineStart && brackets == 0 && !startLogicalLine()) {
                continue;
            }
            lineStart = false;
            char c = text.charAt(pos);
            if (c == '#') {
                skipToNewline();
            } else if (c == '\n' || c == '\r') {
                newline();
                lineStart = brackets == 0;
            } else if (c == '\\' && pos + 1 < text.length() && isNewline(text.charAt(pos + 1))) {
                pos++;
                newline();
            } else if (c == '"' || c == '\'') {
                skipString();
            } else if (Character.isUnicodeIdentifierStart(c) || c == '_') {
                word();
            } else {
                symbol(c);
                pos++;
            }
        }
        endClass();
        return new PythonTestModule(testFunctions, classes);
    }

    /** Measures the indentation of a line; false when the line is blank or a comment, which it then skips. */
    private boolean startLogicalLine() {
        indent = 0;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t'
                || text.charAt(pos) == '\f')) {
            indent = text.charAt(pos) == '\t' ? indent + 8 - indent % 8 : indent + 1;
            pos++;
        }
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        if (c == '#' || isNewline(c)) {
            skipToNewline();
            if (pos < text.length()) {
                newline();
            }
            return false;
        }
        wordsInLine = 0;
        expecting = null;
        basesDepth = -1;
        if (indent == 0) {
            endClass();
        }
        return true;
    }

    private void word() {
        int start = pos;
        while (pos < text.length() && (Character.isUnicodeIdentifierPart(text.charAt(pos)))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')
                && STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
            skipString();
            return;
        }
        boolean statementStart = wordsInLine == 0 || wordsInLine == 1 && previousWord.equals("async");
        if (expecting == Expecting.CLASS_NAME) {
            if (indent == 0) {
                endClass();
                className = word;
                classLine = line;
                expecting = Expecting.BASES;
            } else {
                expecting = null;
            }
        } else if (expecting == Expecting.FUNCTION_NAME) {
            expecting = null;
            if (word.startsWith("test")) {
                if (indent == 0) {
                    testFunctions++;
                } else if (className != null) {
                    classTests++;
                }
            }
        } else if (statementStart && (word.equals("class") || word.equals("def"))) {
            expecting = word.equals("class") ? Expecting.CLASS_NAME : Expecting.FUNCTION_NAME;
        } else if (basesDepth >= 0 && brackets == basesDepth && !word.equals("object")) {
            classBases = true;
        }
        previousWord = word;
        wordsInLine++;
    }

    private void symbol(char c) {
        if (c == '(' || c == '[' || c == '{') {
            brackets++;
            if (expecting == Expecting.BASES && c == '(') {
                basesDepth = brackets;
            }
        } else if (c == ')' || c == ']' || c == '}') {
            brackets = Math.max(0, brackets - 1);
            if (brackets < basesDepth) {
                basesDepth = -1;
            }
        }
        if (!Character.isWhitespace(c)) {
            expecting = null;
            wordsInLine++;
        }
    }

    private void endClass() {
        if (className != null) {
            classes.add(new PythonTestModule.TestClass(className, classLine, classBases, classTests));
        }
        className = null;
        classBases = false;
        classTests = 0;
    }

    private void skipString() {
        char quote = text.charAt(pos);
        boolean triple = pos + 2 < text.length() && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote;
        pos += triple ? 3 : 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote && (!triple || pos + 2 < text.length() && text.charAt(pos + 1) == quote
                    && text.charAt(pos + 2) == quote)) {
                pos += triple ? 3 : 1;
                break;
            }
            if (!triple && isNewline(c)) {
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                pos++;
            }
            if (isNewline(text.charAt(pos))) {
                newline();
            } else {
                pos++;
            }
        }
        wordsInLine++;
    }

    private void skipToNewline() {
        while (pos < text.length() && !isNewline(text.charAt(pos))) {
            pos++;
        }
    }

    private void newline() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    /** What the next token of a statement is. */
    private enum Expecting {
        CLASS_NAME,
        FUNCTION_NAME,
        BASES
    }
}
