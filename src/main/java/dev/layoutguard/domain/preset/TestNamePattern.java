package dev.layoutguard.domain.preset;

import java.util.Objects;

/**
 * A test name pattern with one {@code *}, over a file name without its extension: {@code *Test}, {@code Test*},
 * {@code test_*}. It also says what a matching name tests: {@code OrderTest} and {@code test_order} name
 * {@code Order} and {@code order}.
 *
 * @param prefix what a matching name starts with
 * @param suffix what a matching name ends with
 */
public record TestNamePattern(String prefix, String suffix) {

    public TestNamePattern {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (prefix.isEmpty() && suffix.isEmpty()) {
            throw new IllegalArgumentException("test name pattern '*' matches every name");
        }
    }

    /**
     * Parses a pattern as users write it, also in Surefire's form: {@code *Test}, {@code **}{@code /*Test.java} and
     * {@code *Test.java} are the same pattern (the language's extensions come from the preset).
     *
     * @throws IllegalArgumentException naming the pattern when it has no single {@code *} or other glob syntax
     */
    public static TestNamePattern parse(String written) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("empty test name pattern");
        }
        String pattern = written.trim();
        pattern = pattern.substring(pattern.lastIndexOf('/') + 1);
        int dot = pattern.lastIndexOf('.');
        if (dot >= 0) {
            pattern = pattern.substring(0, dot);
        }
        int star = pattern.indexOf('*');
        if (star < 0 || star != pattern.lastIndexOf('*') || hasOtherGlobSyntax(pattern)) {
            throw new IllegalArgumentException("test name pattern '" + written.trim()
                    + "' must have exactly one * and no other glob syntax, such as *Test or test_*");
        }
        try {
            return new TestNamePattern(pattern.substring(0, star), pattern.substring(star + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("test name pattern '" + written.trim() + "' matches every name", e);
        }
    }

    /** Whether a file name without its extension matches. */
    public boolean matches(String stem) {
        return stem.length() >= prefix.length() + suffix.length() && stem.startsWith(prefix) && stem.endsWith(suffix);
    }

    /** What a matching name tests ({@code Order} for {@code OrderTest}); empty when the name is only the pattern. */
    public String subject(String stem) {
        if (!matches(stem)) {
            throw new IllegalArgumentException(stem + " does not match " + this);
        }
        return stem.substring(prefix.length(), stem.length() - suffix.length());
    }

    /** The test name this pattern gives a subject: {@code OrderTest} for {@code Order}. */
    public String nameFor(String subject) {
        return prefix + subject + suffix;
    }

    /** Whether any of the patterns matches the stem. */
    public static boolean anyMatches(Iterable<TestNamePattern> patterns, String stem) {
        for (TestNamePattern pattern : patterns) {
            if (pattern.matches(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOtherGlobSyntax(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("?[]{},\\".indexOf(pattern.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The pattern as written: {@code prefix*suffix}. */
    @Override
    public String toString() {
        return prefix + "*" + suffix;
    }
}
