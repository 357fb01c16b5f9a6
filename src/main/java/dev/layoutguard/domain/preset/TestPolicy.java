package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.RelativePath;
import java.util.List;
import java.util.Objects;

/**
 * Where tests live, how they are named, and what unit tests mirror.
 *
 * @param style            how tests are written: pytest modules or JUnit/TestNG classes
 * @param roots            the test source directories ({@code tests}; {@code src/test/java}, {@code src/test/kotlin})
 * @param categories       the directories a test root may hold (python: {@code unit}, {@code integration}, ...);
 *                         empty where categories come from names instead (maven: {@code *IT} are integration tests)
 * @param rootFiles        files a test root may hold besides its categories ({@code conftest.py})
 * @param unitCategory     the category whose tests mirror the sources ({@code unit}); {@code null} when the name
 *                         decides ({@link #unitTestNames})
 * @param extensions       the extensions of test and source files, without the dot ({@code py}; {@code java},
 *                         {@code kt})
 * @param testNames        the names tests must have by the convention ({@code test_*}; Surefire's and Failsafe's)
 * @param collectedNames   the names the test runner collects by default; a collected name that is not a test name
 *                         is misnamed ({@code *_test}), a test with neither never runs
 * @param unitTestNames    names of unit tests, which mirror a source ({@code *Test}, {@code *Tests}, {@code Test*})
 * @param integrationNames names of integration tests, which mirror nothing ({@code *IT}); they win over unit names
 * @param testAnnotations  simple names of the annotations that make a method a test (JVM only)
 * @param mirrorRoots      where the sources that unit tests mirror live ({@code src}; {@code src/main/java}, ...)
 * @param exempt           globs of files that are not tests nor sources to mirror: fixtures, object mothers,
 *                         {@code package-info}; an exempt directory exempts what it holds
 * @param unmirrored       globs of tests that mirror no single source, such as architecture tests
 * @param strictMirror     whether every unit test must mirror a source in its own package or directory; when
 *                         {@code false}, only a unit test named after exactly one source that lies in another
 *                         existing package (or directory) is reported, since split, nested-type, regression and
 *                         scenario tests are named for what no single source file is
 */
public record TestPolicy(TestStyle style, List<String> roots, List<String> categories, List<String> rootFiles,
        String unitCategory, List<String> extensions, List<TestNamePattern> testNames,
        List<TestNamePattern> collectedNames, List<TestNamePattern> unitTestNames,
        List<TestNamePattern> integrationNames, List<String> testAnnotations, List<String> mirrorRoots,
        List<Glob> exempt, List<Glob> unmirrored, boolean strictMirror) {

    public TestPolicy {
        Objects.requireNonNull(style, "style");
        roots = List.copyOf(roots);
        categories = List.copyOf(categories);
        rootFiles = List.copyOf(rootFiles);
        extensions = List.copyOf(extensions);
        testNames = List.copyOf(testNames);
        collectedNames = List.copyOf(collectedNames);
        unitTestNames = List.copyOf(unitTestNames);
        integrationNames = List.copyOf(integrationNames);
        testAnnotations = List.copyOf(testAnnotations);
        mirrorRoots = List.copyOf(mirrorRoots);
        exempt = List.copyOf(exempt);
        unmirrored = List.copyOf(unmirrored);
        roots.forEach(root -> RelativePath.require(root, "test root"));
        mirrorRoots.forEach(root -> RelativePath.require(root, "mirror root"));
        if (unitCategory != null && !categories.contains(unitCategory)) {
            throw new IllegalArgumentException("unit category '" + unitCategory + "' is not one of the categories "
                    + String.join(", ", categories));
        }
    }

    /** The test root a path lies in, or {@code null}. */
    public String rootOf(String path) {
        return containing(roots, path);
    }

    /** The mirror root a path lies in, or {@code null}. */
    public String mirrorRootOf(String path) {
        return containing(mirrorRoots, path);
    }

    /** Whether a file's extension is one of the preset's test and source languages. */
    public boolean isSource(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        // compared in place: this is asked of every file of the tree
        int length = name.length() - dot - 1;
        for (String extension : extensions) {
            if (extension.length() == length && name.regionMatches(dot + 1, extension, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path, or a directory holding it, is exempt. */
    public boolean isExempt(String path) {
        return matchesOrInside(exempt, path);
    }

    /** Whether a test mirrors no single source. */
    public boolean isUnmirrored(String path) {
        return matchesOrInside(unmirrored, path);
    }

    /** The first name pattern matching a stem, or {@code null}. */
    public static TestNamePattern firstMatch(List<TestNamePattern> patterns, String stem) {
        for (TestNamePattern pattern : patterns) {
            if (pattern.matches(stem)) {
                return pattern;
            }
        }
        return null;
    }

    /** The patterns as users write them, comma separated. */
    public static String written(List<TestNamePattern> patterns) {
        return String.join(", ", patterns.stream().map(TestNamePattern::toString).toList());
    }

    private static String containing(List<String> directories, String path) {
        for (String directory : directories) {
            if (path.startsWith(directory) && path.length() > directory.length()
                    && path.charAt(directory.length()) == '/') {
                return directory;
            }
        }
        return null;
    }

    private static boolean matchesOrInside(List<Glob> globs, String path) {
        for (String current = path; !current.isEmpty(); current = RelativePath.parent(current)) {
            if (matchesAny(globs, current)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the globs matches the path itself (not a directory above it). */
    private static boolean matchesAny(List<Glob> globs, String path) {
        for (Glob glob : globs) {
            if (GlobBounds.of(glob).mayMatch(path) && glob.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** A builder of a test policy: every list empty and every other part unset until named. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding the parts of this policy, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .style(style)
                .roots(roots)
                .categories(categories)
                .rootFiles(rootFiles)
                .unitCategory(unitCategory)
                .extensions(extensions)
                .testNames(testNames)
                .collectedNames(collectedNames)
                .unitTestNames(unitTestNames)
                .integrationNames(integrationNames)
                .testAnnotations(testAnnotations)
                .mirrorRoots(mirrorRoots)
                .exempt(exempt)
                .unmirrored(unmirrored)
                .strictMirror(strictMirror);
    }

    /** Names the parts of a {@link TestPolicy} one by one, so that a preset reads like the layout it implements. */
    public static final class Builder {

        private TestStyle style;
        private List<String> roots = List.of();
        private List<String> categories = List.of();
        private List<String> rootFiles = List.of();
        private String unitCategory;
        private List<String> extensions = List.of();
        private List<TestNamePattern> testNames = List.of();
        private List<TestNamePattern> collectedNames = List.of();
        private List<TestNamePattern> unitTestNames = List.of();
        private List<TestNamePattern> integrationNames = List.of();
        private List<String> testAnnotations = List.of();
        private List<String> mirrorRoots = List.of();
        private List<Glob> exempt = List.of();
        private List<Glob> unmirrored = List.of();
        private boolean strictMirror;

        private Builder() {
        }

        public Builder style(TestStyle style) {
            this.style = style;
            return this;
        }

        public Builder roots(List<String> roots) {
            this.roots = roots;
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        public Builder rootFiles(List<String> rootFiles) {
            this.rootFiles = rootFiles;
            return this;
        }

        public Builder unitCategory(String unitCategory) {
            this.unitCategory = unitCategory;
            return this;
        }

        public Builder extensions(List<String> extensions) {
            this.extensions = extensions;
            return this;
        }

        public Builder testNames(List<TestNamePattern> testNames) {
            this.testNames = testNames;
            return this;
        }

        public Builder collectedNames(List<TestNamePattern> collectedNames) {
            this.collectedNames = collectedNames;
            return this;
        }

        public Builder unitTestNames(List<TestNamePattern> unitTestNames) {
            this.unitTestNames = unitTestNames;
            return this;
        }

        public Builder integrationNames(List<TestNamePattern> integrationNames) {
            this.integrationNames = integrationNames;
            return this;
        }

        public Builder testAnnotations(List<String> testAnnotations) {
            this.testAnnotations = testAnnotations;
            return this;
        }

        public Builder mirrorRoots(List<String> mirrorRoots) {
            this.mirrorRoots = mirrorRoots;
            return this;
        }

        public Builder exempt(List<Glob> exempt) {
            this.exempt = exempt;
            return this;
        }

        public Builder unmirrored(List<Glob> unmirrored) {
            this.unmirrored = unmirrored;
            return this;
        }

        public Builder strictMirror(boolean strictMirror) {
            this.strictMirror = strictMirror;
            return this;
        }

        public TestPolicy build() {
            return new TestPolicy(style, roots, categories, rootFiles, unitCategory, extensions, testNames,
                    collectedNames, unitTestNames, integrationNames, testAnnotations, mirrorRoots, exempt, unmirrored,
                    strictMirror);
        }
    }
}
