package dev.layoutguard.domain.config.secret;

/**
 * Finds URLs that carry a literal password: {@code scheme://user:password@host}, or a query parameter named for a
 * secret ({@code ?user=app&password=...}). A user without a password, or a placeholder for it, is fine. Every
 * search stays inside its window, so a long line is read in linear time.
 */
final class UrlPasswords {

    private UrlPasswords() {
    }

    /**
     * Whether a text holds a URL with a literal password: {@code scheme://user:password@host}, or a query parameter
     * named for a secret ({@code ?user=app&password=...}).
     */
    static boolean present(String text, SecretKeys keys) {
        return end(text, keys) >= 0;
    }

    /** Where the password of the first URL with a literal password in the text ends, or -1 for none. */
    static int end(String text, SecretKeys keys) {
        int from = 0;
        int at;
        while ((at = text.indexOf("://", from)) >= 0) {
            int start = at + 3;
            int end = start;
            while (end < text.length() && !endsAuthority(text.charAt(end))) {
                end++;
            }
            int userEnd = lastIndexOf(text, '@', start, end);
            int colon = userEnd < 0 ? -1 : indexOf(text, ':', start, userEnd);
            if (colon >= 0 && SecretValues.literal(text.substring(colon + 1, userEnd))) {
                return userEnd;
            }
            int next = text.indexOf("://", end);
            int password = queryPassword(text, end, next < 0 ? text.length() : next, keys);
            if (password >= 0) {
                return password;
            }
            from = Math.max(end, start);
        }
        return -1;
    }

    /** Where the value of the first query parameter named for a secret with a literal value ends, or -1. */
    private static int queryPassword(String text, int from, int limit, SecretKeys keys) {
        int query = indexOf(text, '?', from, limit);
        if (query < 0) {
            return -1;
        }
        int i = query + 1;
        while (i < limit) {
            int end = i;
            while (end < limit && text.charAt(end) != '&' && text.charAt(end) != ';'
                    && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            int equals = indexOf(text, '=', i, end);
            if (equals > i && keys.names(text.substring(i, equals))
                    && SecretValues.literal(text.substring(equals + 1, end))) {
                return end;
            }
            if (end < limit && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '"')) {
                return -1;
            }
            i = end + 1;
        }
        return -1;
    }

    /** The first index of c in [from, to), or -1: a search that never runs past its window. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of c in [from, to), or -1. */
    private static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsAuthority(char c) {
        return c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`'
                || Character.isWhitespace(c);
    }
}
