package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tests found outside the test roots, and where they belong: a JVM class with test methods in the main sources
 * goes to the matching test root; a Python test module in the sources goes where a unit test of its neighbour
 * would ({@code src/pkg/a/test_x.py} and {@code src/pkg/a/tests/test_x.py} to {@code tests/unit/a/test_x.py}, or to
 * {@code tests/unit/pkg/a/test_x.py} when {@code src} holds several packages). A JVM test in a test source set of a
 * Gradle build ({@code src/jvmTest/kotlin}, {@code src/integrationTest/java}) is where Gradle runs it.
 */
final class StrayTests {

    /** The directories of a source set's languages, below {@code src/<set>/}. */
    private static final List<String> LANGUAGES = List.of("java", "kotlin", "groovy", "scala");
    /** The build files that make a directory a Gradle project. */
    private static final List<String> GRADLE_FILES = List.of("build.gradle", "build.gradle.kts", "settings.gradle",
            "settings.gradle.kts");

    private final Project project;

    private final TestPolicy policy;
    private final TestSources sources;
    private final Exemptions exemptions;

    StrayTests(Project project) {
        this.project = project;
        this.policy = project.preset().tests();
        this.sources = new TestSources(project);
        this.exemptions = Exemptions.of(project);
    }

    /** The finding for a file outside the test roots, when it is a test that is not exempt. */
    Optional<Finding> check(String path) {
        String stem = SourceFile.stem(path);
        if (!TestCategoryRule.isTestName(policy, stem) || exemptions.exempt(path) || !project.reports(path)) {
            return Optional.empty();
        }
        boolean jvm = policy.style() == TestStyle.JVM;
        if (jvm && (!sources.jvm(path).declaresTests() || inGradleTestSourceSet(path))) {
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
        String message = "test module " + where + "; tests belong in a category of " + slashed + " ("
                + String.join(", ", policy.categories()) + ")";
        String conftest = mirrorRoot == null ? null : conftestAbove(path, mirrorRoot);
        if (conftest != null) {
            // moved on its own, the test would lose the fixtures pytest gives it from there
            return Optional.of(Finding.at(path, message + "; its fixtures come from " + conftest
                    + ", which must move to " + policy.roots().get(0) + "/ with it"));
        }
        String fix = mirrorRoot == null ? null : pythonTarget(path, mirrorRoot, stem);
        return Optional.of(fix == null ? Finding.at(path, message) : Finding.at(path, message).withFix(fix));
    }

    /**
     * Whether a path lies in {@code <project>/src/<set>/<language>/} where the set is a test source set by its name
     * ({@code test}, {@code jvmTest}, {@code integrationTest}, {@code testFixtures}) and the project, or one above
     * it, is a Gradle build.
     */
    private boolean inGradleTestSourceSet(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i + 3 < segments.length; i++) {
            if (segments[i].equals("src") && segments[i + 1].toLowerCase(Locale.ROOT).contains("test")
                    && LANGUAGES.contains(segments[i + 2])) {
                for (String directory = String.join("/", List.of(segments).subList(0, i)); ;
                        directory = RelativePath.parent(directory)) {
                    String at = directory;
                    if (GRADLE_FILES.stream().anyMatch(file -> project.tree().contains(RelativePath.join(at, file)))) {
                        return true;
                    }
                    if (directory.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** The nearest {@code conftest.py} from the test's directory up to the mirror root, or {@code null}. */
    private String conftestAbove(String path, String mirrorRoot) {
        for (String directory = RelativePath.parent(path); RelativePath.isBelow(directory, mirrorRoot)
                || directory.equals(mirrorRoot); directory = RelativePath.parent(directory)) {
            String conftest = RelativePath.join(directory, "conftest.py");
            if (project.tree().contains(conftest)) {
                return conftest;
            }
        }
        return null;
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
        // the directories of the sources the test's neighbours are: every tests/ or test/ on the way left out
        List<String> kept = new ArrayList<>();
        if (slash >= 0 && SourceIndex.of(project).bases().size() > 1) {
            kept.add(inPackage.substring(0, slash));
        }
        String below = slash < 0 ? "" : RelativePath.parent(inPackage.substring(slash + 1));
        for (String segment : below.isEmpty() ? new String[0] : below.split("/")) {
            if (!segment.equals("tests") && !segment.equals("test")) {
                kept.add(segment);
            }
        }
        String directory = String.join("/", kept);
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
