package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.preset.TestStyle;
import java.util.List;

/**
 * Which unmirrored unit tests were left behind when their source moved: the test is named after exactly one source,
 * that source lies in another package (python: directory), and the test's own package exists in the main sources
 * without an implementation of that source in it ({@code jdbc/AccountRepositoryTest} beside
 * {@code jdbc/JdbcAccountRepository} tests the implementation of an interface above it). Tests named for what no
 * single source file is (a feature of a class, a nested type, a regression, a scenario package, a test helper, a
 * module without main sources) are not.
 */
final class LeftBehindTests {

    private final SourceIndex index;
    private final boolean jvm;

    LeftBehindTests(SourceIndex index, TestStyle style) {
        this.index = index;
        this.jvm = style == TestStyle.JVM;
    }

    /** Whether an unmirrored unit test names exactly one source, which lies elsewhere. */
    boolean leftBehind(TestFile test) {
        for (String subject : test.subjects()) {
            List<SourceIndex.Source> named = index.named(subject).stream()
                    .filter(source -> !jvm || source.module())
                    .toList();
            if (named.size() == 1 && (!jvm || inExistingPackage(test, subject))) {
                return true;
            }
        }
        return false;
    }

    private boolean inExistingPackage(TestFile test, String subject) {
        return index.hasPackage(test.directory()) && index.in(test.directory()).stream()
                .noneMatch(source -> source.module() && source.name().contains(subject));
    }
}
