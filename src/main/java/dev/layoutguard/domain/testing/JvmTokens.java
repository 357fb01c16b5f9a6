package dev.layoutguard.domain.testing;

/**
 * The tokens of Java or Kotlin source that matter to the tests rules, in one linear pass: identifiers and
 * single-character symbols. Comments, string and character literals, Java text blocks and Kotlin raw strings
 * (with their {@code ${...}} templates) are skipped, so nothing inside them is ever read as code.
 */
final class JvmTokens {

    /** What {@link #next()} found. */
    enum Kind {
        IDENTIFIER,
        SYMBOL,
        END
    }

    /** Templates nested deeper than this are read as plain string text. */
    private static final int MAX_TEMPLATE_DEPTH = 32;

    private final String text;
    private final boolean kotlin;
    private int pos;
    private int line = 1;

    private int identifierStart;
    private int identifierEnd;
    private String identifier;
    private char symbol;
    private int tokenLine;

    JvmTokens(String text, boolean kotlin) {
        this.text = text;
        this.kotlin = kotlin;
    }

    /** Moves to the next token. */
    Kind next() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                step();
            } else if (c == '/' && at(1) == '/') {
                skipLineComment();
            } else if (c == '/' && at(1) == '*') {
                skipBlockComment();
            } else if (c == '"') {
                skipString(0);
            } else if (c == '\'') {
                skipCharacter();
            } else if (c == '`' && kotlin) {
                return quotedIdentifier();
            } else if (Character.isJavaIdentifierStart(c)) {
                return readIdentifier();
            } else if (Character.isDigit(c)) {
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
            } else {
                tokenLine = line;
                symbol = c;
                pos++;
                return Kind.SYMBOL;
            }
        }
        return Kind.END;
    }

    /**
     * The identifier just read. The string is cut only when asked for: most identifiers of a file lie inside method
     * bodies, where the reader never looks at them.
     */
    String identifier() {
        if (identifier == null) {
            identifier = text.substring(identifierStart, identifierEnd);
        }
        return identifier;
    }

    /** Whether the identifier just read is the given word, compared in place. */
    boolean identifierIs(String word) {
        if (identifier != null) {
            return identifier.equals(word);
        }
        return identifierEnd - identifierStart == word.length()
                && text.regionMatches(identifierStart, word, 0, word.length());
    }

    /** The symbol just read. */
    char symbol() {
        return symbol;
    }

    /** The 1-based line of the token just read. */
    int line() {
        return tokenLine;
    }

    private Kind readIdentifier() {
        tokenLine = line;
        int start = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        identifierStart = start;
        identifierEnd = pos;
        identifier = null;
        return Kind.IDENTIFIER;
    }

    private Kind quotedIdentifier() {
        tokenLine = line;
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != '`' && !isNewline(text.charAt(pos))) {
            pos++;
        }
        identifier = text.substring(start, pos);
        if (pos < text.length() && text.charAt(pos) == '`') {
            pos++;
        }
        return Kind.IDENTIFIER;
    }

    private void skipLineComment() {
        while (pos < text.length() && !isNewline(text.charAt(pos))) {
            pos++;
        }
    }

    private void skipBlockComment() {
        pos += 2;
        int depth = 1;
        while (pos < text.length() && depth > 0) {
            if (text.charAt(pos) == '*' && at(1) == '/') {
                pos += 2;
                depth--;
            } else if (kotlin && text.charAt(pos) == '/' && at(1) == '*') {
                pos += 2;
                depth++;
            } else {
                step();
            }
        }
    }

    private void skipString(int depth) {
        boolean block = at(1) == '"' && at(2) == '"';
        pos += block ? 3 : 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' && (!block || at(1) == '"' && at(2) == '"')) {
                pos += block ? 3 : 1;
                while (block && kotlin && pos < text.length() && text.charAt(pos) == '"') {
                    pos++;
                }
                return;
            }
            if (!block && isNewline(c)) {
                return;
            }
            if (c == '\\' && !(kotlin && block)) {
                pos++;
                if (pos < text.length()) {
                    step();
                }
            } else if (c == '$' && kotlin && at(1) == '{' && depth < MAX_TEMPLATE_DEPTH) {
                skipTemplate(depth + 1);
            } else {
                step();
            }
        }
    }

    private void skipTemplate(int depth) {
        pos += 2;
        int braces = 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '{') {
                braces++;
                pos++;
            } else if (c == '}') {
                pos++;
                if (--braces == 0) {
                    return;
                }
            } else if (c == '"') {
                skipString(depth);
            } else if (c == '\'') {
                skipCharacter();
            } else if (c == '/' && at(1) == '/') {
                skipLineComment();
            } else if (c == '/' && at(1) == '*') {
                skipBlockComment();
            } else {
                step();
            }
        }
    }

    private void skipCharacter() {
        pos++;
        for (int read = 0; read < 12 && pos < text.length(); read++) {
            char c = text.charAt(pos);
            if (c == '\'') {
                pos++;
                return;
            }
            if (isNewline(c)) {
                return;
            }
            pos += c == '\\' ? 2 : 1;
        }
    }

    private void step() {
        char c = text.charAt(pos++);
        if (c == '\n' || c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) {
            line++;
        }
    }

    private char at(int offset) {
        int index = pos + offset;
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }
}
