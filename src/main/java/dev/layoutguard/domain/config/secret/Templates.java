package dev.layoutguard.domain.config.secret;

/**
 * The templating syntaxes that stand for a value supplied elsewhere: {@code ${VAR}}, {@code ${VAR:default}} and
 * {@code #{expr}} (Spring, Maven, shells), {@code ${{ secrets.X }}} (GitHub Actions), {@code $(VAR)} (Kubernetes,
 * Azure Pipelines, shells), {@code $[expr]} (Azure), {@code {{ .Value }}} and {@code {% %}} (Go templates, Helm,
 * Jinja), {@code <%= %>} (ERB), {@code %(name)s} (Python), {@code #{NAME}#} (token replacement). Written as the
 * whole value, also {@code $VAR}, {@code @name@} (Maven resource filtering), {@code %NAME%} (Windows) and
 * {@code $name$} (Ant).
 */
final class Templates {

    private Templates() {
    }

    /** Whether the text is nothing but template expressions and blanks. */
    static boolean only(String v) {
        int i = 0;
        while (i < v.length()) {
            int next = Character.isWhitespace(v.charAt(i)) ? i + 1 : delimitedEnd(v, i);
            if (next < 0) {
                next = wholeValueEnd(v, i);
            }
            if (next < 0) {
                return false;
            }
            i = next;
        }
        return true;
    }

    /**
     * The text with its delimited template expressions left out ({@code Bearer ${TOKEN}} gives {@code Bearer }), or
     * {@code null} when it holds none.
     */
    static String withoutExpressions(String v) {
        StringBuilder rest = new StringBuilder();
        boolean found = false;
        int i = 0;
        while (i < v.length()) {
            int next = delimitedEnd(v, i);
            if (next < 0) {
                rest.append(v.charAt(i++));
            } else {
                found = true;
                i = next;
            }
        }
        return found ? rest.toString() : null;
    }

    /** The index after a delimited expression starting at i, or -1. */
    private static int delimitedEnd(String v, int i) {
        char c = v.charAt(i);
        char next = i + 1 < v.length() ? v.charAt(i + 1) : 0;
        if ((c == '$' || c == '#') && next == '{') {
            int end = closing(v, i + 1, '{', '}');
            return c == '#' && end > 0 && end < v.length() && v.charAt(end) == '#' ? end + 1 : end;
        }
        if (c == '$' && next == '(') {
            return closing(v, i + 1, '(', ')');
        }
        if (c == '$' && next == '[') {
            return closing(v, i + 1, '[', ']');
        }
        if (c == '{' && (next == '{' || next == '%')) {
            int close = v.indexOf(next == '{' ? "}}" : "%}", i + 2);
            return close < 0 ? -1 : close + 2;
        }
        if (c == '<' && next == '%') {
            int close = v.indexOf("%>", i + 2);
            return close < 0 ? -1 : close + 2;
        }
        if (c == '%' && next == '(') {
            int close = v.indexOf(")s", i + 2);
            return close < 0 ? -1 : close + 2;
        }
        return -1;
    }

    /** The index after {@code $VAR}, {@code @name@}, {@code %NAME%} or {@code $name$} starting at i, or -1. */
    private static int wholeValueEnd(String v, int i) {
        char c = v.charAt(i);
        if (c == '$') {
            int end = nameEnd(v, i + 1);
            if (end > 0 && end < v.length() && v.charAt(end) == '$') {
                return end + 1;
            }
            return upperIdentifierEnd(v, i + 1);
        }
        if (c == '@' || c == '%') {
            int end = nameEnd(v, i + 1);
            return end > 0 && end < v.length() && v.charAt(end) == c ? end + 1 : -1;
        }
        return -1;
    }

    /** The index after the bracket closing the one at {@code open}, counting nested ones, or -1. */
    private static int closing(String v, int open, char opening, char close) {
        int depth = 0;
        for (int i = open; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == close && --depth == 0) {
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

    /** The end of a name of letters, digits, {@code .}, {@code -} and {@code _} starting at i, or -1. */
    private static int nameEnd(String v, int i) {
        int end = i;
        while (end < v.length() && (TextLines.isWordChar(v.charAt(end)) || ".-_".indexOf(v.charAt(end)) >= 0)) {
            end++;
        }
        return end > i ? end : -1;
    }
}
