package dev.layoutguard.presentation;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes to the preset's test policy, made in the pom. Every list extends the preset's; {@code unitCategory}
 * replaces it. A configured directory must exist unless it ends in {@code ?} (optional, for modules that lack it).
 * A name pattern has one {@code *} and may be written as Surefire writes it ({@code **}{@code /*Spec.java}).
 *
 * <pre>{@code
 * <tests>
 *   <roots>
 *     <root>src/integration-test/java</root>
 *     <root>src/contract-test/java?</root>
 *   </roots>
 *   <categories>
 *     <category>contract</category>
 *   </categories>
 *   <rootFiles>
 *     <file>README.md</file>
 *   </rootFiles>
 *   <unitTestNames>
 *     <pattern>*Spec</pattern>
 *   </unitTestNames>
 *   <integrationTestNames>
 *     <pattern>*E2E</pattern>
 *   </integrationTestNames>
 *   <testAnnotations>
 *     <annotation>Property</annotation>
 *   </testAnnotations>
 *   <mirrorRoots>
 *     <root>src/generated/java?</root>
 *   </mirrorRoots>
 *   <exempt>
 *     <pattern>**}{@code /support/**</pattern>
 *   </exempt>
 *   <unmirrored>
 *     <pattern>*ContractTest.java</pattern>
 *   </unmirrored>
 * </tests>
 * }</pre>
 */
public class TestsConfiguration {

    /** Test source directories besides the preset's ({@code tests}; {@code src/test/java}, {@code src/test/kotlin}). */
    private List<String> roots = new ArrayList<>();

    /** Directories a test root may hold besides the preset's categories (python). */
    private List<String> categories = new ArrayList<>();

    /** Files a test root may hold besides its categories (python: {@code conftest.py}, {@code __init__.py}). */
    private List<String> rootFiles = new ArrayList<>();

    /** The category whose tests mirror the sources, replacing the preset's ({@code unit}). */
    private String unitCategory;

    /** Test name patterns besides the preset's, which the test runner is configured to find. */
    private List<String> testNames = new ArrayList<>();

    /** Unit test name patterns besides the preset's; such tests mirror a source, and are test names too. */
    private List<String> unitTestNames = new ArrayList<>();

    /** Integration test name patterns besides the preset's; such tests mirror nothing, and are test names too. */
    private List<String> integrationTestNames = new ArrayList<>();

    /** Simple names of annotations that make a method a test, besides {@code Test}, {@code ParameterizedTest}, ... */
    private List<String> testAnnotations = new ArrayList<>();

    /** Directories of sources that unit tests mirror, besides the preset's. */
    private List<String> mirrorRoots = new ArrayList<>();

    /** Globs of files that are neither tests nor sources to mirror, besides the preset's. */
    private List<String> exempt = new ArrayList<>();

    /** Globs of tests that mirror no single source, besides the preset's architecture tests. */
    private List<String> unmirrored = new ArrayList<>();

    public List<String> getRoots() {
        return roots;
    }

    public void setRoots(List<String> roots) {
        this.roots = roots;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public List<String> getRootFiles() {
        return rootFiles;
    }

    public void setRootFiles(List<String> rootFiles) {
        this.rootFiles = rootFiles;
    }

    public String getUnitCategory() {
        return unitCategory;
    }

    public void setUnitCategory(String unitCategory) {
        this.unitCategory = unitCategory;
    }

    public List<String> getTestNames() {
        return testNames;
    }

    public void setTestNames(List<String> testNames) {
        this.testNames = testNames;
    }

    public List<String> getUnitTestNames() {
        return unitTestNames;
    }

    public void setUnitTestNames(List<String> unitTestNames) {
        this.unitTestNames = unitTestNames;
    }

    public List<String> getIntegrationTestNames() {
        return integrationTestNames;
    }

    public void setIntegrationTestNames(List<String> integrationTestNames) {
        this.integrationTestNames = integrationTestNames;
    }

    public List<String> getTestAnnotations() {
        return testAnnotations;
    }

    public void setTestAnnotations(List<String> testAnnotations) {
        this.testAnnotations = testAnnotations;
    }

    public List<String> getMirrorRoots() {
        return mirrorRoots;
    }

    public void setMirrorRoots(List<String> mirrorRoots) {
        this.mirrorRoots = mirrorRoots;
    }

    public List<String> getExempt() {
        return exempt;
    }

    public void setExempt(List<String> exempt) {
        this.exempt = exempt;
    }

    public List<String> getUnmirrored() {
        return unmirrored;
    }

    public void setUnmirrored(List<String> unmirrored) {
        this.unmirrored = unmirrored;
    }

    /**
     * The preset's policy with these changes.
     *
     * @throws IllegalArgumentException naming the part and the bad value: a directory that leaves the project or does
     *                                  not exist, a name with a {@code /}, a pattern without a single {@code *}, an
     *                                  invalid glob or annotation name, an unknown unit category
     */
    TestPolicy applyTo(TestPolicy preset, ProjectTree tree) {
        List<TestNamePattern> extraTests = patterns("testNames", testNames);
        List<TestNamePattern> extraUnit = patterns("unitTestNames", unitTestNames);
        List<TestNamePattern> extraIntegration = patterns("integrationTestNames", integrationTestNames);
        List<TestNamePattern> allExtra = new ArrayList<>(extraTests);
        allExtra.addAll(extraUnit);
        allExtra.addAll(extraIntegration);
        String unit = unitCategory == null || unitCategory.isBlank() ? preset.unitCategory() : unitCategory.trim();
        List<String> allCategories = plus(preset.categories(), names("categories", categories));
        if (unit != null && !allCategories.contains(unit)) {
            throw new IllegalArgumentException("unitCategory: '" + unit + "' is not a test category (categories: "
                    + String.join(", ", allCategories) + ")");
        }
        return new TestPolicy(preset.style(), plus(preset.roots(), directories("roots", roots, tree)), allCategories,
                plus(preset.rootFiles(), names("rootFiles", rootFiles)), unit, preset.extensions(),
                plus(preset.testNames(), allExtra), plus(preset.collectedNames(), allExtra),
                plus(preset.unitTestNames(), extraUnit), plus(preset.integrationNames(), extraIntegration),
                plus(preset.testAnnotations(), annotations(testAnnotations)),
                plus(preset.mirrorRoots(), directories("mirrorRoots", mirrorRoots, tree)),
                plus(preset.exempt(), globs("exempt", exempt)), plus(preset.unmirrored(), globs("unmirrored",
                        unmirrored)));
    }

    private static List<String> directories(String part, List<String> written, ProjectTree tree) {
        List<String> directories = new ArrayList<>();
        for (String value : nonNull(written)) {
            String path = value == null ? "" : value.trim().replace('\\', '/');
            boolean optional = path.endsWith("?");
            path = optional ? path.substring(0, path.length() - 1) : path;
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.isEmpty() || path.startsWith("/") || path.contains(":") || RelativePath.leavesProject(path)) {
                throw new IllegalArgumentException(part + ": '" + value + "' is not a directory inside the project");
            }
            if (!optional && !tree.hasDirectory(path)) {
                throw new IllegalArgumentException(part + ": '" + value + "' matches no directory of the project "
                        + "(end it with ? if it is optional)");
            }
            directories.add(path);
        }
        return directories;
    }

    private static List<String> names(String part, List<String> written) {
        List<String> names = new ArrayList<>();
        for (String value : nonNull(written)) {
            if (value == null || value.isBlank() || value.contains("/") || value.contains("\\")) {
                throw new IllegalArgumentException(part + ": '" + value + "' is not a plain name");
            }
            names.add(value.trim());
        }
        return names;
    }

    private static List<TestNamePattern> patterns(String part, List<String> written) {
        List<TestNamePattern> patterns = new ArrayList<>();
        for (String value : nonNull(written)) {
            try {
                patterns.add(TestNamePattern.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
            }
        }
        return patterns;
    }

    private static List<String> annotations(List<String> written) {
        List<String> annotations = new ArrayList<>();
        for (String value : nonNull(written)) {
            String name = value == null ? "" : value.trim();
            name = name.startsWith("@") ? name.substring(1) : name;
            name = name.substring(name.lastIndexOf('.') + 1);
            if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
                    || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
                throw new IllegalArgumentException("testAnnotations: '" + value + "' is not an annotation name");
            }
            annotations.add(name);
        }
        return annotations;
    }

    private static List<Glob> globs(String part, List<String> written) {
        List<Glob> globs = new ArrayList<>();
        for (String value : nonNull(written)) {
            try {
                globs.add(Glob.of(value == null ? "" : value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
            }
        }
        return globs;
    }

    private static <T> List<T> plus(List<T> preset, List<T> added) {
        Set<T> all = new LinkedHashSet<>(preset);
        all.addAll(added);
        return List.copyOf(all);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
