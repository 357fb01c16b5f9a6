package dev.layoutguard.presentation;

import java.util.List;

/** The pom's {@code <tests>} block, as Maven fills it; {@code docs/configuration.md} shows it in XML. */
public class TestsConfiguration {

    /** Test source directories besides the preset's; one ending in {@code ?} may be absent. */
    List<String> roots;

    /** Directories a test root may hold besides the preset's categories (python). */
    List<String> categories;

    /** Files a test root may hold besides its categories (python: {@code conftest.py}, {@code __init__.py}). */
    List<String> rootFiles;

    /** The category whose tests mirror the sources, replacing the preset's ({@code unit}). */
    String unitCategory;

    /** Test name patterns besides the preset's, which the test runner is configured to find. */
    List<String> testNames;

    /** Unit test name patterns besides the preset's; such tests mirror a source, and are test names too. */
    List<String> unitTestNames;

    /** Integration test name patterns besides the preset's; such tests mirror nothing, and are test names too. */
    List<String> integrationTestNames;

    /** Names of annotations that make a method a test, besides {@code Test}, {@code ParameterizedTest}, ... */
    List<String> testAnnotations;

    /** Directories of sources that unit tests mirror, besides the preset's; one ending in {@code ?} may be absent. */
    List<String> mirrorRoots;

    /** Globs of files that are neither tests nor sources to mirror, besides the preset's. */
    List<String> exempt;

    /** Globs of tests that mirror no single source, besides the preset's architecture tests. */
    List<String> unmirrored;

    /** Whether every unit test must mirror a source in its own package, not only those named after one elsewhere. */
    Boolean strictMirror;
}
