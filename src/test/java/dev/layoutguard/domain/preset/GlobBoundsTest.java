package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobBoundsTest {

    private static final List<String> PATTERNS = List.of("package-info.java", "*Mother.{java,kt}",
            "src/test/resources/**", "tests/fixtures/**", "__pycache__", "*.egg-info", "site-packages",
            "*ArchitectureTest.{java,kt}", "x{a,b}", "{a,b}.txt", "{a,b}*", "*{Test,IT}", "Test?.java", "[AB]*Test",
            "**/support/**", "a*a", "*", "**", "src/*/java", "{,x}y", "*.{}", "a\\*b", "*Tests.{java,kt}x");
    private static final List<String> PATHS = List.of("package-info.java", "src/test/java/a/package-info.java",
            "src/test/java/OrderMother.java", "OrderMother.kt", "Mother.kt", "OrderMother.kts", "src/test/resources",
            "src/test/resources/a/B.java", "tests/fixtures", "tests/fixtures/x.py", "a/__pycache__", "__pycache__x",
            "shop.egg-info", ".egg-info", "xa", "xb", "xc", "x", "a.txt", "c.txt", "atxt", "OrderIT", "OrderTest",
            "Test1.java", "Test.java", "ATest", "CTest", "src/x/support/Y.java", "support", "a", "aa", "aba", "",
            "src/main/java", "src/a/b/java", "y", "xy", "a.", "a*b", "axb", "FooTests.javax", "FooTests.java");

    @Test
    void neverRulesOutAPathTheGlobMatches() {
        for (String pattern : PATTERNS) {
            Glob glob = Glob.of(pattern);
            GlobBounds bounds = GlobBounds.of(glob);
            for (String path : PATHS) {
                if (glob.matches(path)) {
                    assertTrue(bounds.mayMatch(path), pattern + " matches " + path + " but its bounds rule it out");
                }
            }
        }
    }

    @Test
    void rulesOutPathsByTheirStartAndEnd() {
        assertFalse(GlobBounds.of(Glob.of("*Mother.{java,kt}")).mayMatch("src/test/java/OrderTest.java"));
        assertFalse(GlobBounds.of(Glob.of("*Mother.{java,kt}")).mayMatch("src/test/java/Mother.kt/x"));
        assertFalse(GlobBounds.of(Glob.of("src/test/resources/**")).mayMatch("src/test/java/X.java"));
        assertFalse(GlobBounds.of(Glob.of("package-info.java")).mayMatch("src/a/package-info.javax"));
        assertFalse(GlobBounds.of(Glob.of("x{a,b}")).mayMatch("xc"));
        assertTrue(GlobBounds.of(Glob.of("x{a,b}")).mayMatch("dir/xb"));
        assertTrue(GlobBounds.of(Glob.of("a\\*b")).mayMatch("anything"));
    }
}
