package dev.layoutguard.domain.source;

import java.util.List;

/**
 * What a Python module says about holding tests, the way pytest finds them by default.
 *
 * @param testFunctions top-level functions named {@code test*}
 * @param classes       top-level classes, in file order
 */
public record PythonTestModule(int testFunctions, List<TestClass> classes) {

    /** A module with nothing in it. */
    public static final PythonTestModule NONE = new PythonTestModule(0, List.of());

    public PythonTestModule {
        classes = List.copyOf(classes);
    }

    /** Whether the module holds anything pytest would run, were the module collected. */
    public boolean holdsTests() {
        return testFunctions > 0 || classes.stream().anyMatch(type -> type.testMethods() > 0);
    }

    /** The number of test functions and test methods. */
    public int tests() {
        return testFunctions + classes.stream().mapToInt(TestClass::testMethods).sum();
    }

    /**
     * A top-level class.
     *
     * @param name        the class name
     * @param line        the line of its {@code class} keyword
     * @param hasBases    whether it names base classes (other than {@code object}), such as {@code unittest.TestCase}
     * @param testMethods methods named {@code test*} in its body
     */
    public record TestClass(String name, int line, boolean hasBases, int testMethods) {
    }
}
