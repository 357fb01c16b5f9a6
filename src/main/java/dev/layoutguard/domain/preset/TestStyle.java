package dev.layoutguard.domain.preset;

/** How a preset's tests are written and found, which decides how the tests rules read them. */
public enum TestStyle {
    /** Python: pytest modules, found by file name, tests are {@code test*} functions and {@code Test*} classes. */
    PYTEST,
    /** Java and Kotlin: JUnit and TestNG classes, found by Surefire's and Failsafe's name patterns. */
    JVM
}
