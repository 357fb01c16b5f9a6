package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.source.JvmTestClass;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a JVM class inherits test methods: from a JUnit 3 {@code *TestCase}, or from a class or interface of the
 * test roots (found by simple name) that declares tests or inherits them in turn. A library base class that is
 * neither is not taken to hold tests, so a helper that extends one is not mistaken for a test.
 */
final class InheritedTests {

    private static final int MAX_DEPTH = 8;

    private final TestSources sources;
    private final Map<String, List<String>> testRootFiles;

    /**
     * @param testRootFiles the source files of the test roots, by file name without extension
     */
    InheritedTests(TestSources sources, Map<String, List<String>> testRootFiles) {
        this.sources = sources;
        this.testRootFiles = testRootFiles;
    }

    /** Whether a class inherits tests from one of its supertypes. */
    boolean inherits(JvmTestClass type) {
        return any(type.supertypes(), 0, new HashSet<>());
    }

    private boolean any(List<String> supertypes, int depth, Set<String> seen) {
        for (String supertype : supertypes) {
            if (supertype.endsWith("TestCase")) {
                return true;
            }
            if (depth >= MAX_DEPTH || !seen.add(supertype)) {
                continue;
            }
            for (String path : testRootFiles.getOrDefault(supertype, List.of())) {
                JvmTestClass base = sources.jvm(path);
                if (base.testMethods() > 0 || any(base.supertypes(), depth + 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
