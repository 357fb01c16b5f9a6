package dev.layoutguard.domain.config.secret;

/**
 * Makes a key path fit to print, with the same care as values: a key can hold a secret too, such as a registry URL
 * with a password in a Docker {@code config.json}. Every format's keys go through it before a finding names them.
 * It masks a URL's user information ({@code https://bob:pw@reg} becomes {@code https://***@reg}) and its query
 * values, and every run of token characters that holds a credential format or looks generated
 * ({@link TokenShape}).
 */
final class KeyRedactor {

    /** What stands for a masked part. */
    static final String MASK = "***";
    /** Keys longer than this are not printed: they are more likely a parse gone wrong than a key. */
    private static final int MAX_KEY_LENGTH = 120;

    private KeyRedactor() {
    }

    /** The key with its secrets masked, or {@code null} when it is blank, overly long, or nothing but secrets. */
    static String printable(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                return null;
            }
        }
        String redacted = maskParts(maskUrls(key));
        return redacted.replace(MASK, "").chars().anyMatch(c -> TextLines.isWordChar((char) c)) ? redacted : null;
    }

    /** Masks the user information and the query values of every URL in the text. */
    private static String maskUrls(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int scheme;
        while ((scheme = text.indexOf("://", from)) >= 0) {
            int start = scheme + 3;
            int end = start;
            while (end < text.length() && !endsUrl(text.charAt(end)) && !text.startsWith("://", end)) {
                end++;
            }
            out.append(text, from, start);
            String url = text.substring(start, end);
            int at = url.lastIndexOf('@');
            if (at >= 0) {
                out.append(MASK);
                url = url.substring(at);
            }
            int query = url.indexOf('?');
            out.append(query < 0 ? url : url.substring(0, query + 1) + maskQuery(url.substring(query + 1)));
            from = end;
        }
        return out.append(text.substring(from)).toString();
    }

    private static String maskQuery(String query) {
        StringBuilder out = new StringBuilder();
        for (String parameter : query.split("[&;]", -1)) {
            int equals = parameter.indexOf('=');
            out.append(out.length() > 0 ? "&" : "").append(equals < 0 ? parameter : parameter.substring(0, equals + 1)
                    + MASK);
        }
        return out.toString();
    }

    /** Masks each run of letters, digits and {@code +/=_-} that holds a credential format or looks generated. */
    private static String maskParts(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isTokenChar(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String run = text.substring(i, end);
            out.append(secret(run) ? MASK : run);
            i = end;
        }
        return out.toString();
    }

    /**
     * Whether a run is or holds a secret. A credential format counts even glued to the letters before it, which a
     * value's scan does not take for a token: a key is printed whole, and runs are short (a key is at most
     * {@value #MAX_KEY_LENGTH} characters).
     */
    private static boolean secret(String run) {
        if (TokenShape.generated(run)) {
            return true;
        }
        for (int start = 0; start < run.length(); start++) {
            if (CredentialPatterns.find(run.substring(start)) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return TextLines.isWordChar(c) || "+/=_-".indexOf(c) >= 0;
    }

    private static boolean endsUrl(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`';
    }
}
