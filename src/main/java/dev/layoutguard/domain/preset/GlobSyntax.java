package dev.layoutguard.domain.preset;

import java.util.regex.Pattern;

/**
 * The regular expression a glob stands for, by the glob syntax the platform's path matchers document: {@code *} and
 * {@code ?} within a segment, {@code **} across segments, {@code [a-z]} and {@code [!a-z]} as one character of a
 * segment, {@code {a,b}} as alternatives that do not nest, {@code \} escaping the next character. The platform's
 * matcher only takes names it can turn into a path, which a non-ASCII name under a POSIX locale is not; this one
 * matches any text. The pattern is expected to be one the platform's matcher accepted.
 */
public final class GlobSyntax {

    private static final String REGEX_SPECIAL = "\\^$.|?*+()[]{}";
    private static final String CLASS_SPECIAL = "\\[]&^-";

    private GlobSyntax() {
    }

    /** The regular expression matching the whole text a glob matches. */
    public static Pattern pattern(String glob) {
        StringBuilder regex = new StringBuilder(glob.length() * 2);
        boolean inGroup = false;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == '*' && i < glob.length() && glob.charAt(i) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '\\' && i < glob.length()) {
                literal(glob.charAt(i++), REGEX_SPECIAL, regex);
            } else if (c == '[') {
                i = bracket(glob, i, regex);
            } else if (c == '{' && !inGroup) {
                regex.append("(?:");
                inGroup = true;
            } else if (c == '}' && inGroup) {
                regex.append(')');
                inGroup = false;
            } else if (c == ',' && inGroup) {
                regex.append('|');
            } else {
                literal(c, REGEX_SPECIAL, regex);
            }
        }
        if (inGroup) {
            regex.append(')');
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Writes the bracket expression that starts after the {@code [} at {@code start}; returns the index after its
     * {@code ]}. A leading {@code !} negates it; a {@code -} is a range between two characters, itself when first or
     * last; every other character, {@code *}, {@code ?} and {@code \} included, is itself. It never matches a
     * {@code /}.
     */
    private static int bracket(String glob, int start, StringBuilder regex) {
        int i = start;
        boolean negated = i < glob.length() && glob.charAt(i) == '!';
        regex.append(negated ? "[^/" : "[");
        if (negated) {
            i++;
        }
        boolean first = true;
        while (i < glob.length() && glob.charAt(i) != ']') {
            char c = glob.charAt(i++);
            boolean range = c == '-' && !first && i < glob.length() && glob.charAt(i) != ']';
            if (range) {
                regex.append('-');
            } else {
                literal(c, CLASS_SPECIAL, regex);
            }
            first = false;
        }
        regex.append(']');
        return i + 1;
    }

    private static void literal(char c, String special, StringBuilder regex) {
        if (special.indexOf(c) >= 0) {
            regex.append('\\');
        }
        regex.append(c);
    }
}
