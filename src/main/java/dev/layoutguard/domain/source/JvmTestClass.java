package dev.layoutguard.domain.source;

import java.util.List;

/**
 * What a Java or Kotlin file says about being a test: how many test annotations it carries and the shape of its
 * class, the top-level type named after the file (or else its first top-level type).
 *
 * @param testMethods the test annotations in the file ({@code @Test}, {@code @ParameterizedTest}, ...), nested
 *                    classes included; a TestNG class-level {@code @Test} counts as one
 * @param concrete    whether that type is a class that can be instantiated: not abstract, sealed, an interface, an
 *                    enum, a record, an annotation or a Kotlin {@code object}
 * @param supertypes  the simple names of the types that type extends or implements, from which it may inherit
 *                    test methods
 * @param line        the line of that type's declaration, or {@code null} when the file declares no type
 */
public record JvmTestClass(int testMethods, boolean concrete, List<String> supertypes, Integer line) {

    /** A file with no type in it: unreadable, empty, or not Java. */
    public static final JvmTestClass NONE = new JvmTestClass(0, false, List.of(), null);

    public JvmTestClass {
        supertypes = List.copyOf(supertypes);
    }

    /** Whether the test runner would run test methods of this class, declared in the file itself. */
    public boolean declaresTests() {
        return concrete && testMethods > 0;
    }
}
