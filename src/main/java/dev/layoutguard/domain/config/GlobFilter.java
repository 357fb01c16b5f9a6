package dev.layoutguard.domain.config;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of globs with a cheap literal test in front of each: the literal text a glob starts with and the literal
 * endings it may have ({@code config_*.py} starts with {@code config_} and ends with {@code .py}). Most paths of a
 * large tree fail those string tests, so the glob itself is matched only for the few that pass. The tests ignore
 * case, so they never reject what a case-insensitive file system's glob would accept.
 */
final class GlobFilter {

    /**
     * A glob and its literal tests. The tails are an array, not a list: this loop runs for every entry of the tree,
     * and iterating lists of several classes through the interface left the JIT a call it could not inline.
     */
    private record Guarded(Glob glob, boolean wholePath, String head, String[] tails, String lastChars) {

        /**
         * Whether a path whose last character, ASCII letters folded to lower case, is {@code last} may match: its
         * last character must be the last one of a tail. Only ASCII is decided here; a non-ASCII character may equal
         * an ASCII one ignoring case (the Kelvin sign is a {@code k}), so it goes on to {@link #mayMatch}.
         */
        boolean mayEndWith(int last) {
            return lastChars == null || last >= 128 || lastChars.indexOf(last) >= 0;
        }

        boolean mayMatch(String path, String name) {
            String subject = wholePath ? path : name;
            if (!subject.regionMatches(true, 0, head, 0, head.length())) {
                return false;
            }
            if (tails.length == 0) {
                return true;
            }
            for (String tail : tails) {
                if (tail.length() <= subject.length()
                        && subject.regionMatches(true, subject.length() - tail.length(), tail, 0, tail.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Guarded[] globs;

    GlobFilter(List<Glob> globs) {
        this.globs = globs.stream()
                .map(glob -> {
                    List<String> tails = tails(glob.pattern());
                    return new Guarded(glob, glob.pattern().indexOf('/') >= 0, head(glob.pattern()),
                            tails.toArray(String[]::new), lastChars(tails));
                })
                .toArray(Guarded[]::new);
    }

    /** The first glob that matches the entry's path, or {@code null}. */
    Glob matching(Entry entry) {
        return matching(entry.path(), entry.name());
    }

    /** Whether any glob matches the entry's path. */
    boolean matches(Entry entry) {
        return matching(entry.path(), entry.name()) != null;
    }

    private Glob matching(String path, String name) {
        // one character compared per glob turns most paths away: the last one, which the path and its name share
        int last = path.isEmpty() ? 0 : foldAscii(path.charAt(path.length() - 1));
        for (Guarded guarded : globs) {
            if (guarded.mayEndWith(last) && guarded.mayMatch(path, name) && guarded.glob().matches(path)) {
                return guarded.glob();
            }
        }
        return null;
    }

    /**
     * The last characters of the tails, folded as {@link #foldAscii} does; {@code null}, no test, when there are no
     * tails or one is empty or ends in a character outside ASCII.
     */
    private static String lastChars(List<String> tails) {
        StringBuilder chars = new StringBuilder();
        for (String tail : tails) {
            if (tail.isEmpty() || tail.charAt(tail.length() - 1) >= 128) {
                return null;
            }
            chars.append((char) foldAscii(tail.charAt(tail.length() - 1)));
        }
        return tails.isEmpty() ? null : chars.toString();
    }

    /** An ASCII upper-case letter in lower case; any other character as it is. */
    private static int foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The literal text before the first special character. */
    private static String head(String pattern) {
        int end = 0;
        while (end < pattern.length() && "*?[{\\".indexOf(pattern.charAt(end)) < 0) {
            end++;
        }
        return pattern.substring(0, end);
    }

    /**
     * The literal endings after the last {@code *}: one, or one per alternative of a final {@code {a,b}} group; none
     * (no test) when the ending is not plain text.
     */
    private static List<String> tails(String pattern) {
        int star = pattern.lastIndexOf('*');
        String tail = pattern.substring(star + 1);
        int brace = tail.indexOf('{');
        String before = brace < 0 ? tail : tail.substring(0, brace);
        if (containsSpecial(before) || brace >= 0 && (!tail.endsWith("}") || tail.indexOf('{', brace + 1) >= 0)) {
            return List.of();
        }
        if (brace < 0) {
            return star < 0 && !head(pattern).equals(pattern) ? List.of() : List.of(tail);
        }
        List<String> tails = new ArrayList<>();
        for (String alternative : tail.substring(brace + 1, tail.length() - 1).split(",", -1)) {
            if (containsSpecial(alternative)) {
                return List.of();
            }
            tails.add(before + alternative);
        }
        return tails;
    }

    private static boolean containsSpecial(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("*?[]{}\\".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
