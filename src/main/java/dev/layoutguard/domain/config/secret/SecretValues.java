package dev.layoutguard.domain.config.secret;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a value is a literal secret rather than a placeholder.
 * Empty values, placeholders ({@code ${VAR}}, {@code ${VAR:default}}, {@code #{expr}}, {@code $VAR},
 * {@code {{ var }}}, {@code @var@}, {@code %(var)s}), Maven-encrypted {@code {...}} values, masks
 * ({@code ****}, {@code xxxx}), documentation markers ({@code <your-password>}) and booleans are not literal.
 */
final class SecretValues {

    private static final Set<String> NOT_SECRETS = Set.of("true", "false", "yes", "no", "on", "off", "null", "none",
            "nil", "~");

    private SecretValues() {
    }

    /** Whether the value is a literal that a secret key must not hold. */
    static boolean literal(String value) {
        String v = value.strip();
        if (v.isEmpty() || NOT_SECRETS.contains(v.toLowerCase(Locale.ROOT)) || isMask(v)) {
            return false;
        }
        if (v.length() > 2 && v.charAt(0) == '<' && v.charAt(v.length() - 1) == '>') {
            return false;
        }
        if (v.length() > 2 && v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}' && isBase64(v, 1, v.length() - 1)) {
            return false;
        }
        return !placeholdersOnly(v);
    }

    private static boolean isMask(String v) {
        char first = Character.toLowerCase(v.charAt(0));
        if (first != '*' && (first != 'x' || v.length() < 3)) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            if (Character.toLowerCase(v.charAt(i)) != first) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (!TextLines.isWordChar(c) && c != '+' && c != '/' && c != '=') {
                return false;
            }
        }
        return to > from;
    }

    /** Whether the text is nothing but placeholders and blanks. */
    static boolean placeholdersOnly(String v) {
        int i = 0;
        int n = v.length();
        while (i < n) {
            char c = v.charAt(i);
            int next;
            if (Character.isWhitespace(c)) {
                next = i + 1;
            } else if ((c == '$' || c == '#') && i + 1 < n && v.charAt(i + 1) == '{') {
                next = closingBrace(v, i + 1);
            } else if (v.startsWith("{{", i)) {
                int close = v.indexOf("}}", i + 2);
                next = close < 0 ? -1 : close + 2;
            } else if (c == '$') {
                next = upperIdentifierEnd(v, i + 1);
            } else if (c == '@') {
                next = atVariableEnd(v, i + 1);
            } else if (v.startsWith("%(", i)) {
                int close = v.indexOf(")s", i + 2);
                next = close < 0 ? -1 : close + 2;
            } else {
                next = -1;
            }
            if (next < 0) {
                return false;
            }
            i = next;
        }
        return true;
    }

    /** The index after the brace closing the one at {@code open}, counting nested braces, or -1. */
    private static int closingBrace(String v, int open) {
        int depth = 0;
        for (int i = open; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The end of an upper-case environment variable name ({@code $DB_PASSWORD}) starting at i, or -1. */
    private static int upperIdentifierEnd(String v, int i) {
        int end = i;
        while (end < v.length()) {
            char c = v.charAt(end);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || end > i && c >= '0' && c <= '9')) {
                break;
            }
            end++;
        }
        return end > i ? end : -1;
    }

    /** The index after a Maven resource-filtering token ({@code @db.password@}) whose name starts at i, or -1. */
    private static int atVariableEnd(String v, int i) {
        int end = i;
        while (end < v.length() && (TextLines.isWordChar(v.charAt(end)) || ".-_".indexOf(v.charAt(end)) >= 0)) {
            end++;
        }
        return end > i && end < v.length() && v.charAt(end) == '@' ? end + 1 : -1;
    }
}
