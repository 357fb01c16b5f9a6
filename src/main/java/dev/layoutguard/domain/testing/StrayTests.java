package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.SourceFile;
import java.util.Optional;

/**
 * Tests found outside the test roots, and where they belong: a JVM class with test methods in the main sources
 * goes to the matching test root; a Python test module in the sources goes where a unit test of its neighbour
 * would ({@code src/pkg/a/test_x.py} to {@code tests/unit/a/test_x.py}).
 */
final class StrayTests {

    private final TestPolicy policy;
    private final TestSources sources;
    private final Exemptions exemptions;

    StrayTests(Project project) {
        this.policy = project.preset().tests();
        this.sources = new TestSources(project);
        this.exemptions = Exemptions.of(project);
    }

    /** The finding for a file outside the test roots, when it is a test that is not exempt. */
    Optional<Finding> check(String path) {
        String stem = SourceFile.stem(path);
        if (!TestCategoryRule.isTestName(policy, stem) || exemptions.exempt(path)) {
            return Optional.empty();
        }
        boolean jvm = policy.style() == TestStyle.JVM;
        if (jvm && !sources.jvm(path).declaresTests()) {
            return Optional.empty();
        }
        String mirrorRoot = policy.mirrorRootOf(path);
        String roots = String.join(", ", policy.roots());
        String slashed = String.join(", ", policy.roots().stream().map(root -> root + "/").toList());
        if (jvm) {
            String message = mirrorRoot != null
                    ? "test class " + stem + " in the main sources (" + mirrorRoot + "), where Maven packages it "
                            + "with the application and never runs it; tests belong in " + roots
                    : "test class " + stem + " outside the test source roots (" + roots + "), where Surefire "
                            + "and Failsafe never find it";
            Finding finding = Finding.at(path, message);
            return Optional.of(mirrorRoot == null || policy.roots().isEmpty() ? finding
                    : finding.withFix(testRootFor(mirrorRoot) + path.substring(mirrorRoot.length())));
        }
        String where = mirrorRoot != null ? "in the sources (" + mirrorRoot + "/)" : "outside " + slashed;
        Finding finding = Finding.at(path, "test module " + where + "; tests belong in a category of " + slashed
                + " (" + String.join(", ", policy.categories()) + ")");
        String fix = mirrorRoot == null ? null : pythonTarget(path, mirrorRoot, stem);
        return Optional.of(fix == null ? finding : finding.withFix(fix));
    }

    /** The test root in the mirror root's place: {@code src/main/kotlin} maps to {@code src/test/kotlin}. */
    private String testRootFor(String mirrorRoot) {
        int index = policy.mirrorRoots().indexOf(mirrorRoot);
        return policy.roots().get(index < policy.roots().size() ? index : 0);
    }

    /** Where a unit test of the module next to it goes: {@code src/pkg/a/test_x.py} to tests/unit/a/. */
    private String pythonTarget(String path, String mirrorRoot, String stem) {
        if (policy.unitCategory() == null || policy.roots().isEmpty() || policy.testNames().isEmpty()) {
            return null;
        }
        String inPackage = path.substring(mirrorRoot.length() + 1);
        int slash = inPackage.indexOf('/');
        String directory = slash < 0 ? "" : RelativePath.parent(inPackage.substring(slash + 1));
        while (RelativePath.name(directory).equals("tests") || RelativePath.name(directory).equals("test")) {
            directory = RelativePath.parent(directory);
        }
        TestNamePattern matched = TestPolicy.firstMatch(policy.testNames(), stem);
        if (matched == null) {
            matched = TestPolicy.firstMatch(policy.collectedNames(), stem);
        }
        String subject = matched.subject(stem);
        String name = (subject.isEmpty() ? stem : policy.testNames().get(0).nameFor(subject))
                + path.substring(path.lastIndexOf('.'));
        String category = RelativePath.join(policy.roots().get(0), policy.unitCategory());
        return RelativePath.join(SourceIndex.under(category, directory), name);
    }
}
