package dev.layoutguard.domain.preset;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over project-relative paths, with the JDK's glob syntax: {@code *} and {@code ?} stay within a
 * segment, {@code **} crosses segments, {@code {a,b}} and {@code [abc]} as usual. A pattern without a
 * {@code /} matches a name; one with a {@code /} matches the whole relative path.
 */
public final class Glob {

    /**
     * Whether the platform's glob matching tells case apart (it does on Linux and macOS, not on Windows): only then
     * may a path be ruled out by comparing its literal text.
     */
    private static final boolean CASE_SENSITIVE = !FileSystems.getDefault().getPathMatcher("glob:A")
            .matches(Path.of("a"));

    private final String pattern;
    private final PathMatcher matcher;
    private final GlobBounds bounds;
    /** The same glob for names the platform cannot turn into a path; made the first time one is met. */
    private volatile Pattern unencodable;

    private Glob(String pattern) {
        this.pattern = pattern;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.bounds = GlobBounds.of(pattern);
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException naming the pattern when it is empty or not a valid glob
     */
    public static Glob of(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("empty glob");
        }
        try {
            return new Glob(pattern.trim());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid glob '" + pattern + "': " + e.getDescription(), e);
        }
    }

    /** Compiles several globs. */
    public static List<Glob> all(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Glob::of).toList();
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** Whether the pattern matches a whole relative path, or a name when it has no {@code /}. */
    public boolean matches(String relativePath) {
        // most paths of a large tree fail the glob's literal start or end: rule them out before building a Path
        if (CASE_SENSITIVE && !bounds.mayMatch(relativePath)) {
            return false;
        }
        String subject = pattern.indexOf('/') < 0 ? name(relativePath) : relativePath;
        try {
            return matcher.matches(Path.of(subject));
        } catch (InvalidPathException e) {
            // a name the JVM's file name encoding cannot hold, such as a non-ASCII one under a POSIX locale
            Pattern regex = unencodable;
            if (regex == null) {
                regex = GlobSyntax.pattern(pattern);
                unencodable = regex;
            }
            return regex.matcher(subject).matches();
        }
    }

    /** Whether any of the globs matches. */
    public static boolean anyMatches(List<Glob> globs, String relativePath) {
        for (Glob glob : globs) {
            if (glob.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the globs matches a path or one of the directories above it. */
    public static boolean anyMatchesPathOrParent(List<Glob> globs, String relativePath) {
        if (globs.isEmpty()) {
            return false;
        }
        String current = relativePath;
        while (true) {
            if (anyMatches(globs, current)) {
                return true;
            }
            int slash = current.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            current = current.substring(0, slash);
        }
    }

    private static String name(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Glob glob && glob.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
