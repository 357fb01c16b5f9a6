package dev.layoutguard.domain.config.secret;

/**
 * Reads one bracketed or quoted value into assignments: a JSON document, a YAML flow mapping or sequence, a TOML
 * inline table, array or (multi-line) string. Keys nest with {@code .}; list items carry their list's key.
 * Malformed text records one problem and stops the parse.
 */
final class FlowParser {

    /** The syntax a value is written in. */
    enum Dialect {
        /** Keys quoted, {@code true}, {@code false}, {@code null} and numbers bare, comments tolerated. */
        JSON,
        /** YAML flow collections and quoted scalars; {@code #} after a blank starts a comment. */
        YAML,
        /** TOML values: {@code =} in inline tables, single-line and triple-quoted strings, {@code #} comments. */
        TOML
    }

    /** Deeper nesting than this is reported rather than followed, so hostile input cannot exhaust the stack. */
    static final int MAX_DEPTH = ParsedConfig.MAX_DEPTH;

    private final String s;
    private final Dialect dialect;
    private final char separator;
    private final ParsedConfig out;
    private int pos;
    private int line;
    private boolean failed;

    /**
     * @param text         the whole file
     * @param offset       where the value starts
     * @param firstLine    the 1-based line of {@code offset}
     * @param dialect      the syntax
     */
    FlowParser(String text, int offset, int firstLine, Dialect dialect, ParsedConfig out) {
        this.s = text;
        this.pos = offset;
        this.line = firstLine;
        this.dialect = dialect;
        this.separator = dialect == Dialect.TOML ? '=' : ':';
        this.out = out;
    }

    /** Parses one value under a key; false when the text was malformed (and a problem recorded). */
    boolean value(String key) {
        node(key, 0);
        return !failed;
    }

    /** The 1-based line the parse stopped on. */
    int line() {
        return line;
    }

    /** Whether only blanks and comments follow where the parse stopped. */
    boolean atEnd() {
        skip();
        return pos >= s.length();
    }

    private void node(String key, int depth) {
        skip();
        if (pos >= s.length()) {
            fail(line, "a value is missing at the end of the file");
            return;
        }
        if (depth > MAX_DEPTH) {
            fail(line, "values are nested deeper than " + MAX_DEPTH + " levels");
            return;
        }
        char c = s.charAt(pos);
        if (c == '{') {
            collection(key, depth, '}');
        } else if (c == '[') {
            collection(key, depth, ']');
        } else {
            int start = line;
            String text = c == '"' || c == '\'' ? quoted() : bare();
            if (dialect == Dialect.JSON && (c != '"' && c != '\'') && !jsonLiteral(text)) {
                fail(start, "expected a JSON value (a string, number, true, false, null, object or array)");
            }
            if (!failed) {
                out.assign(start, line, key, text);
            }
        }
    }

    private void collection(String key, int depth, char close) {
        int open = line;
        pos++;
        while (!failed) {
            skip();
            if (pos >= s.length()) {
                fail(open, "a " + (close == '}' ? "{" : "[") + " is never closed");
                return;
            }
            if (s.charAt(pos) == close) {
                pos++;
                return;
            }
            if (close == '}') {
                boolean quotedKey = s.charAt(pos) == '"' || s.charAt(pos) == '\'';
                if (!quotedKey && dialect == Dialect.JSON) {
                    fail(line, "expected a quoted key");
                    return;
                }
                String name = quotedKey ? quoted() : bareKey();
                skip();
                if (!failed && pos < s.length() && s.charAt(pos) == separator) {
                    pos++;
                    String path = TextLines.join(key, name);
                    if (!out.keyFits(line, path)) {
                        failed = true;
                        return;
                    }
                    node(path, depth + 1);
                } else if (dialect != Dialect.YAML) {
                    fail(line, "expected '" + separator + "' after a key");
                }
            } else {
                node(key, depth + 1);
            }
            skip();
            if (failed || pos >= s.length()) {
                continue;
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c != close) {
                fail(line, "expected ',' or '" + close + "' between values");
            }
        }
    }

    private String quoted() {
        int start = line;
        char quote = s.charAt(pos);
        boolean triple = dialect == Dialect.TOML && s.startsWith(quote == '"' ? "\"\"\"" : "'''", pos);
        pos += triple ? 3 : 1;
        StringBuilder text = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (triple ? s.startsWith(quote == '"' ? "\"\"\"" : "'''", pos) : c == quote) {
                if (!triple && quote == '\'' && pos + 1 < s.length() && s.charAt(pos + 1) == '\'') {
                    text.append('\'');
                    pos += 2;
                    continue;
                }
                pos += triple ? 3 : 1;
                return text.toString();
            }
            if (!triple && (c == '\n' || c == '\r') && dialect != Dialect.YAML) {
                break;
            }
            if (c == '\\' && quote == '"' && pos + 1 < s.length()) {
                pos++;
                char escaped = s.charAt(pos);
                text.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                newline(escaped);
                pos++;
                continue;
            }
            newline(c);
            text.append(c);
            pos++;
        }
        fail(start, "a quoted value is never closed");
        return "";
    }

    private String bare() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ',' || c == ']' || c == '}' || c == '\n' || c == '\r' || comment(pos)) {
                break;
            }
            pos++;
        }
        return s.substring(start, pos).strip();
    }

    private String bareKey() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == separator || c == ',' || c == '}' || c == '\n' || c == '\r' || comment(pos)) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            fail(line, "expected a key");
        }
        return s.substring(start, pos).strip();
    }

    /** Skips blanks, line ends and comments. */
    private void skip() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                newline(c);
                pos++;
            } else if (comment(pos) || dialect == Dialect.JSON && s.startsWith("//", pos)) {
                while (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (dialect == Dialect.JSON && s.startsWith("/*", pos)) {
                int end = s.indexOf("*/", pos + 2);
                int stop = end < 0 ? s.length() : end + 2;
                while (pos < stop) {
                    newline(s.charAt(pos++));
                }
            } else {
                return;
            }
        }
    }

    private boolean comment(int at) {
        return s.charAt(at) == '#' && (dialect == Dialect.TOML
                || dialect == Dialect.YAML && (at == 0 || Character.isWhitespace(s.charAt(at - 1))));
    }

    private static boolean jsonLiteral(String text) {
        if (text.equals("true") || text.equals("false") || text.equals("null")) {
            return true;
        }
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("0123456789+-.eE".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private void newline(char c) {
        if (c == '\n' || c == '\r' && (pos + 1 >= s.length() || s.charAt(pos + 1) != '\n')) {
            line++;
        }
    }

    private void fail(int at, String description) {
        if (!failed) {
            failed = true;
            out.problem(at, description);
        }
    }
}
