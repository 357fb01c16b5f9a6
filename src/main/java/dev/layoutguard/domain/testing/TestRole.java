package dev.layoutguard.domain.testing;

/** What a file of a test root is, which decides the tests rules that apply to it. */
public enum TestRole {
    /** A unit test, which must mirror a source. */
    UNIT,
    /** An integration test, which mirrors nothing. */
    INTEGRATION,
    /** Another test that follows the naming convention: another category, an architecture test. */
    OTHER,
    /** A test the runner collects by a name the convention does not allow ({@code order_test.py}). */
    UNCONVENTIONAL,
    /** A file that holds tests under a name the runner never collects: its tests silently never run. */
    UNCOLLECTED
}
