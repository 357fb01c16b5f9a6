package dev.layoutguard.domain.config.secret;

/**
 * Finds well-known credential formats in a line, wherever they stand: private-key PEM blocks, AWS access key ids,
 * GitHub, Slack and Stripe tokens, Google API keys. Hand-written scans, linear in the line's length.
 */
final class CredentialPatterns {

    private static final String[] GITHUB_PREFIXES = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"};

    private CredentialPatterns() {
    }

    /** The first credential format the line holds, or {@code null}. */
    static SecretKind find(String line) {
        if (privateKeyBlock(line)) {
            return SecretKind.PRIVATE_KEY;
        }
        if (awsKeyId(line, "AKIA") || awsKeyId(line, "ASIA")) {
            return SecretKind.AWS_ACCESS_KEY_ID;
        }
        for (String prefix : GITHUB_PREFIXES) {
            if (token(line, prefix, 36, false)) {
                return SecretKind.GITHUB_TOKEN;
            }
        }
        if (token(line, "github_pat_", 22, true)) {
            return SecretKind.GITHUB_TOKEN;
        }
        if (slackToken(line)) {
            return SecretKind.SLACK_TOKEN;
        }
        if (googleKey(line)) {
            return SecretKind.GOOGLE_API_KEY;
        }
        if (token(line, "sk_live_", 16, false) || token(line, "rk_live_", 16, false)) {
            return SecretKind.STRIPE_LIVE_KEY;
        }
        return null;
    }

    /** {@code -----BEGIN ... PRIVATE KEY-----} (RSA, EC, OPENSSH, ENCRYPTED, PGP ... BLOCK). */
    private static boolean privateKeyBlock(String line) {
        int begin = line.indexOf("-----BEGIN ");
        while (begin >= 0) {
            int close = line.indexOf("-----", begin + 11);
            if (close < 0) {
                return false;
            }
            if (line.lastIndexOf("PRIVATE KEY", close) > begin) {
                return true;
            }
            begin = line.indexOf("-----BEGIN ", close + 5);
        }
        return false;
    }

    /** {@code AKIA} and 16 upper-case letters or digits, standing alone; AWS's documented examples excepted. */
    private static boolean awsKeyId(String line, String prefix) {
        for (int at = line.indexOf(prefix); at >= 0; at = line.indexOf(prefix, at + 1)) {
            int end = at + prefix.length();
            int run = end;
            while (run < line.length() && run - end < 17 && isUpperOrDigit(line.charAt(run))) {
                run++;
            }
            if (run - end == 16 && standsAlone(line, at, run) && !line.startsWith("EXAMPLE", run - 7)) {
                return true;
            }
        }
        return false;
    }

    /** A prefix after a non-word character, followed by at least {@code min} letters or digits. */
    private static boolean token(String line, String prefix, int min, boolean underscores) {
        for (int at = line.indexOf(prefix); at >= 0; at = line.indexOf(prefix, at + 1)) {
            if (at > 0 && TextLines.isWordChar(line.charAt(at - 1))) {
                continue;
            }
            int end = at + prefix.length();
            int run = end;
            while (run < line.length() && (TextLines.isWordChar(line.charAt(run))
                    || underscores && line.charAt(run) == '_')) {
                run++;
            }
            if (run - end >= min) {
                return true;
            }
        }
        return false;
    }

    /** {@code xoxb-}, {@code xoxa-}, {@code xoxp-}, {@code xoxr-}, {@code xoxs-} and ten or more of [A-Za-z0-9-]. */
    private static boolean slackToken(String line) {
        for (int at = line.indexOf("xox"); at >= 0; at = line.indexOf("xox", at + 1)) {
            if (at + 5 > line.length() || "baprs".indexOf(line.charAt(at + 3)) < 0 || line.charAt(at + 4) != '-'
                    || at > 0 && TextLines.isWordChar(line.charAt(at - 1))) {
                continue;
            }
            int run = at + 5;
            while (run < line.length() && (TextLines.isWordChar(line.charAt(run)) || line.charAt(run) == '-')) {
                run++;
            }
            if (run - at - 5 >= 10) {
                return true;
            }
        }
        return false;
    }

    /** {@code AIza} and 35 of [A-Za-z0-9_-]. */
    private static boolean googleKey(String line) {
        for (int at = line.indexOf("AIza"); at >= 0; at = line.indexOf("AIza", at + 1)) {
            int run = at + 4;
            while (run < line.length() && (TextLines.isWordChar(line.charAt(run)) || line.charAt(run) == '_'
                    || line.charAt(run) == '-')) {
                run++;
            }
            if (run - at - 4 == 35 && standsAlone(line, at, run)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsAlone(String line, int start, int end) {
        return (start == 0 || !TextLines.isWordChar(line.charAt(start - 1)))
                && (end == line.length() || !TextLines.isWordChar(line.charAt(end)));
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
