package dev.layoutguard.domain.config.secret;

/**
 * Whether a run of characters looks machine-generated (a key, a hash, a random password) rather than written by a
 * person: long enough, of several character classes that alternate often, and of high entropy, as established
 * secret scanners measure it. {@code Qv7TzR2mWx9KpL4s} and {@code 3f2c1e8a9b7d4c6e} are generated;
 * {@code oauth2ClientSecret}, {@code utf8mb4_unicode_ci} and {@code hunter2} are not. One signal among others,
 * never a finding on its own.
 */
final class TokenShape {

    /** Shorter runs carry too little to tell apart. */
    static final int MIN_LENGTH = 12;
    /** From this length a high entropy alone is enough, however the classes alternate. */
    private static final int LONG = 24;

    private TokenShape() {
    }

    /** Whether the text, taken whole, looks generated. */
    static boolean generated(String text) {
        if (text.length() < MIN_LENGTH) {
            return false;
        }
        int[] counts = new int[128];
        int lower = 0;
        int upper = 0;
        int digits = 0;
        int switches = 0;
        int alphanumeric = 0;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || Character.isWhitespace(c)) {
                return false;
            }
            counts[c]++;
            if (!TextLines.isWordChar(c)) {
                continue;
            }
            lower += Character.isLowerCase(c) ? 1 : 0;
            upper += Character.isUpperCase(c) ? 1 : 0;
            digits += Character.isDigit(c) ? 1 : 0;
            // a capital starting a lower-case word is how identifiers are written, not a switch
            if (alphanumeric > 0 && charClass(c) != charClass(previous)
                    && !(Character.isUpperCase(previous) && Character.isLowerCase(c))) {
                switches++;
            }
            previous = c;
            alphanumeric++;
        }
        int classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0);
        if (classes < 2) {
            return false;
        }
        double entropy = entropy(counts, text.length());
        double switchRate = alphanumeric < 2 ? 0 : (double) switches / (alphanumeric - 1);
        return switchRate >= 0.35 && entropy >= 3.0 || text.length() >= LONG && entropy >= 4.2;
    }

    private static int charClass(char c) {
        return Character.isDigit(c) ? 0 : Character.isUpperCase(c) ? 1 : 2;
    }

    /** Shannon entropy in bits per character. */
    private static double entropy(int[] counts, int length) {
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / length;
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}
