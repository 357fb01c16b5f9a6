package dev.layoutguard.domain.preset;

/**
 * What every match of a glob starts and ends with, to rule a path out cheaply before the costly match: the
 * pattern's text before its first wildcard and after its last one, where a final {@code {a,b}} group gives one
 * ending per alternative. Sound, not complete: a path it lets through may still not match.
 */
public final class GlobBounds {

    private final String pattern;
    private final boolean byName;
    private final boolean unknown;
    private final int first;
    private final int last;
    private final int headEnd;
    private final int open;
    private final int close;

    private GlobBounds(String pattern) {
        this.pattern = pattern;
        this.byName = pattern.indexOf('/') < 0;
        int firstWildcard = -1;
        int lastWildcard = -1;
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[]".indexOf(pattern.charAt(i)) >= 0) {
                firstWildcard = firstWildcard < 0 ? i : firstWildcard;
                lastWildcard = i;
            }
        }
        this.first = firstWildcard;
        this.last = lastWildcard;
        int headBrace = pattern.indexOf('{');
        int end = first < 0 ? pattern.length() : first;
        this.headEnd = headBrace >= 0 && headBrace < end ? headBrace : end;
        this.open = pattern.indexOf('{', last + 1);
        this.close = pattern.indexOf('}', last + 1);
        this.unknown = pattern.indexOf('\\') >= 0 || (open >= 0 || close >= 0) && (open < 0 || close < open
                || pattern.indexOf('{', open + 1) >= 0 || pattern.indexOf('}', close + 1) >= 0);
    }

    /** The bounds of a glob. */
    public static GlobBounds of(Glob glob) {
        return of(glob.pattern());
    }

    static GlobBounds of(String pattern) {
        return new GlobBounds(pattern);
    }

    /** False when the glob cannot match the path (its name, for a glob without {@code /}); true when it may. */
    public boolean mayMatch(String path) {
        if (unknown) {
            return true;
        }
        int start = byName ? path.lastIndexOf('/') + 1 : 0;
        if (!path.regionMatches(start, pattern, 0, headEnd)) {
            return false;
        }
        if (open < 0) {
            int tail = pattern.length() - last - 1;
            return first < 0 ? path.length() - start == pattern.length()
                    : path.length() - start >= headEnd + tail
                            && path.regionMatches(path.length() - tail, pattern, last + 1, tail);
        }
        int after = pattern.length() - close - 1;
        int before = open - last - 1;
        if (!path.regionMatches(path.length() - after, pattern, close + 1, after)) {
            return false;
        }
        int floor = start + (first < 0 ? 0 : headEnd);
        for (int from = open + 1; from <= close; ) {
            int comma = pattern.indexOf(',', from);
            int to = comma < 0 || comma > close ? close : comma;
            int at = path.length() - after - (to - from);
            if (at - before >= floor && path.regionMatches(at, pattern, from, to - from)
                    && path.regionMatches(at - before, pattern, last + 1, before)) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }
}
