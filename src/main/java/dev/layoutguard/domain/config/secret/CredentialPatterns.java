package dev.layoutguard.domain.config.secret;

/**
 * Finds well-known credential formats in a line, wherever they stand: private-key PEM blocks, AWS access key ids,
 * GitHub, Slack and Stripe tokens, Google API keys. Hand-written scans, linear in the line's length.
 */
final class CredentialPatterns {

    private static final String[] GITHUB_PREFIXES = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"};

    private CredentialPatterns() {
    }

    /**
     * The first credential format the line holds, or {@code null}. One pass over the line: each format is tried only
     * where its first character stands.
     */
    static SecretKind find(String line) {
        for (int i = 0; i < line.length(); i++) {
            SecretKind kind = switch (line.charAt(i)) {
                case '-' -> line.startsWith("-----BEGIN ", i) && privateKeyBlock(line, i)
                        ? SecretKind.PRIVATE_KEY : null;
                case 'A' -> (line.startsWith("AKIA", i) || line.startsWith("ASIA", i)) && awsKeyId(line, i)
                        ? SecretKind.AWS_ACCESS_KEY_ID
                        : line.startsWith("AIza", i) && googleKey(line, i) ? SecretKind.GOOGLE_API_KEY : null;
                case 'g' -> githubToken(line, i) ? SecretKind.GITHUB_TOKEN : null;
                case 'x' -> line.startsWith("xox", i) && slackToken(line, i) ? SecretKind.SLACK_TOKEN : null;
                case 's', 'r' -> line.startsWith("k_live_", i + 1) && token(line, i, 8, 16, false)
                        ? SecretKind.STRIPE_LIVE_KEY : null;
                default -> null;
            };
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static boolean githubToken(String line, int at) {
        for (String prefix : GITHUB_PREFIXES) {
            if (line.startsWith(prefix, at)) {
                return token(line, at, prefix.length(), 36, false);
            }
        }
        return line.startsWith("github_pat_", at) && token(line, at, 11, 22, true);
    }

    /** {@code -----BEGIN ... PRIVATE KEY-----} (RSA, EC, OPENSSH, ENCRYPTED, PGP ... BLOCK). */
    private static boolean privateKeyBlock(String line, int begin) {
        int close = line.indexOf("-----", begin + 11);
        for (int i = begin + 11; close >= 0 && i + 11 <= close; i++) {
            if (line.startsWith("PRIVATE KEY", i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code AKIA} and 16 upper-case letters or digits, standing alone; AWS's documented examples excepted. */
    private static boolean awsKeyId(String line, int at) {
        int end = at + 4;
        int run = end;
        while (run < line.length() && run - end < 17 && isUpperOrDigit(line.charAt(run))) {
            run++;
        }
        return run - end == 16 && standsAlone(line, at, run) && !line.startsWith("EXAMPLE", run - 7);
    }

    /** A prefix of the given length after a non-word character, followed by at least {@code min} letters or digits. */
    private static boolean token(String line, int at, int prefix, int min, boolean underscores) {
        if (at > 0 && TextLines.isWordChar(line.charAt(at - 1))) {
            return false;
        }
        int end = at + prefix;
        int run = end;
        while (run < line.length() && run - end < min
                && (TextLines.isWordChar(line.charAt(run)) || underscores && line.charAt(run) == '_')) {
            run++;
        }
        return run - end >= min;
    }

    /** {@code xoxb-}, {@code xoxa-}, {@code xoxp-}, {@code xoxr-}, {@code xoxs-} and ten or more of [A-Za-z0-9-]. */
    private static boolean slackToken(String line, int at) {
        if (at + 5 > line.length() || "baprs".indexOf(line.charAt(at + 3)) < 0 || line.charAt(at + 4) != '-'
                || at > 0 && TextLines.isWordChar(line.charAt(at - 1))) {
            return false;
        }
        int run = at + 5;
        while (run < line.length() && run - at - 5 < 10
                && (TextLines.isWordChar(line.charAt(run)) || line.charAt(run) == '-')) {
            run++;
        }
        return run - at - 5 >= 10;
    }

    /** {@code AIza} and 35 of [A-Za-z0-9_-]. */
    private static boolean googleKey(String line, int at) {
        int run = at + 4;
        while (run < line.length() && run - at - 4 < 36 && (TextLines.isWordChar(line.charAt(run))
                || line.charAt(run) == '_' || line.charAt(run) == '-')) {
            run++;
        }
        return run - at - 4 == 35 && standsAlone(line, at, run);
    }

    private static boolean standsAlone(String line, int start, int end) {
        return (start == 0 || !TextLines.isWordChar(line.charAt(start - 1)))
                && (end == line.length() || !TextLines.isWordChar(line.charAt(end)));
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
