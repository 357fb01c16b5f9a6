package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * Where tests live and how they are named.
 *
 * @param roots             the test source directories ({@code tests}; {@code src/test/java})
 * @param categories        the directories a test root may hold (python: {@code unit}, {@code integration}, ...);
 *                          empty where categories come from names instead
 * @param rootFiles         files a test root may hold besides its categories ({@code conftest.py})
 * @param unitCategory      the category whose tests mirror the sources ({@code unit}); {@code null} when every
 *                          test that is not an integration test is a unit test
 * @param testNames         globs of file names that are tests ({@code test_*.py}; {@code *Test.java})
 * @param unitTestNames     globs of unit test names that must mirror a source ({@code *Test.java}, {@code Test*.java})
 * @param integrationNames  globs of integration test names, which mirror nothing ({@code *IT.java})
 * @param mirrorRoots       where the sources that unit tests mirror live
 * @param exempt            globs of test-tree files that are not tests: helpers, fixtures, base classes
 */
public record TestPolicy(List<String> roots, List<String> categories, List<String> rootFiles, String unitCategory,
        List<Glob> testNames, List<Glob> unitTestNames, List<Glob> integrationNames, List<String> mirrorRoots,
        List<Glob> exempt) {

    public TestPolicy {
        roots = List.copyOf(roots);
        categories = List.copyOf(categories);
        rootFiles = List.copyOf(rootFiles);
        testNames = List.copyOf(testNames);
        unitTestNames = List.copyOf(unitTestNames);
        integrationNames = List.copyOf(integrationNames);
        mirrorRoots = List.copyOf(mirrorRoots);
        exempt = List.copyOf(exempt);
    }
}
