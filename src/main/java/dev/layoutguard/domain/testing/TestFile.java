package dev.layoutguard.domain.testing;

import java.util.List;

/**
 * A test of a test root, classified.
 *
 * @param path      relative to the project
 * @param root      the test root it lies in ({@code tests}, {@code src/test/java})
 * @param category  the category directory it lies in (python), or {@code null}
 * @param directory where it lies below its root (JVM: the package directory) or below its category (python);
 *                  {@code /}-separated, empty at the top
 * @param stem      its file name without the extension
 * @param role      what it is
 * @param subjects  for a unit test, the names of what it may test ({@code Order} for {@code OrderTest}), best first
 * @param tests     how many test methods or functions it declares, where that was read; else 0
 * @param line      the line of its main class (JVM), or {@code null}
 */
public record TestFile(String path, String root, String category, String directory, String stem, TestRole role,
        List<String> subjects, int tests, Integer line) {

    public TestFile {
        subjects = List.copyOf(subjects);
    }
}
