package dev.layoutguard.domain.config.secret;

import java.util.Locale;

/**
 * Finds URLs that carry a literal password: {@code scheme://user:password@host}, or a query parameter named for a
 * secret ({@code ?user=app&password=...}). A user without a password, or a placeholder for it, is fine. Every
 * search stays inside its window, so a long line is read in linear time.
 */
final class UrlPasswords {

    private UrlPasswords() {
    }

    /** The first URL with a literal password in a text: where its password ends, and its host. */
    record Match(int passwordEnd, String host) {
    }

    /**
     * Whether a text holds a URL with a literal password: {@code scheme://user:password@host}, or a query parameter
     * named for a secret ({@code ?user=app&password=...}).
     */
    static boolean present(String text, SecretKeys keys) {
        return find(text, keys) != null;
    }

    /** The first URL with a literal password in the text, or {@code null}. */
    static Match find(String text, SecretKeys keys) {
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
                return new Match(userEnd, host(text, userEnd + 1, end));
            }
            int next = text.indexOf("://", end);
            int password = queryPassword(text, end, next < 0 ? text.length() : next, keys);
            if (password >= 0) {
                return new Match(password, host(text, userEnd + 1 > start ? userEnd + 1 : start, end));
            }
            from = Math.max(end, start);
        }
        return null;
    }

    /**
     * Whether a host is on the machine or the network of the job that names it: a loopback address or a name of one
     * word, such as a CI service container's {@code postgres}.
     */
    static boolean local(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("0.0.0.0")
                || !host.isEmpty() && host.indexOf('.') < 0 && host.indexOf('[') < 0;
    }

    /** The host of an authority between from and to, without its port. */
    private static String host(String text, int from, int to) {
        int end = from;
        if (end < to && text.charAt(end) == '[') {
            end = Math.max(end, indexOf(text, ']', from, to) + 1);
        }
        while (end < to && text.charAt(end) != ':') {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
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
