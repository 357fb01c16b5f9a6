package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tests of the test roots, classified once per run and shared by the tests rules. Helpers, fixtures, abstract
 * base classes, interfaces, exempt files and (python) files outside the categories are not in it.
 */
public final class TestTree {

    private final List<TestFile> files;

    private TestTree(List<TestFile> files) {
        this.files = List.copyOf(files);
    }

    /** The project's shared instance. */
    public static TestTree of(Project project) {
        return project.analysis(TestTree.class, TestTree::classify);
    }

    /** Every test, in path order. */
    public List<TestFile> files() {
        return files;
    }

    /** The tests of one role, in path order. */
    public List<TestFile> withRole(TestRole role) {
        return files.stream().filter(file -> file.role() == role).toList();
    }

    private static TestTree classify(Project project) {
        TestPolicy policy = project.preset().tests();
        TestSources sources = TestSources.of(project);
        Exemptions exemptions = Exemptions.of(project);
        List<TestFile> files = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            String root = entry.isFile() && policy.isSource(entry.name()) ? policy.rootOf(entry.path()) : null;
            if (root == null || exemptions.exempt(entry.path())) {
                continue;
            }
            TestFile file = policy.style() == TestStyle.JVM ? jvm(policy, sources, exemptions, entry.path(), root)
                    : python(policy, sources, exemptions, entry.path(), root);
            if (file != null) {
                files.add(file);
            }
        }
        return new TestTree(files);
    }

    private static TestFile jvm(TestPolicy policy, TestSources sources, Exemptions exemptions, String path,
            String root) {
        String stem = TestSources.stem(path);
        String directory = RelativePath.parent(path.substring(root.length() + 1));
        JvmTestClass facts = sources.jvm(path);
        boolean conventional = TestNamePattern.anyMatches(policy.testNames(), stem);
        boolean collected = TestNamePattern.anyMatches(policy.collectedNames(), stem);
        boolean inherited = (conventional || collected) && facts.concrete() && facts.inherits();
        if (!facts.declaresTests() && !inherited) {
            return null;
        }
        TestRole role = role(policy, exemptions, path, stem, conventional, collected);
        return new TestFile(path, root, null, directory, stem, role,
                role == TestRole.UNIT ? subjects(policy, stem) : List.of(), facts.testMethods(), facts.line());
    }

    private static TestFile python(TestPolicy policy, TestSources sources, Exemptions exemptions, String path,
            String root) {
        String inRoot = path.substring(root.length() + 1);
        int slash = inRoot.indexOf('/');
        if (slash < 0 || !policy.categories().contains(inRoot.substring(0, slash))) {
            return null;
        }
        String category = inRoot.substring(0, slash);
        String directory = RelativePath.parent(inRoot.substring(slash + 1));
        String stem = TestSources.stem(path);
        boolean conventional = TestNamePattern.anyMatches(policy.testNames(), stem);
        boolean collected = TestNamePattern.anyMatches(policy.collectedNames(), stem);
        int tests = 0;
        if (!conventional && !collected) {
            tests = sources.python(path).tests();
            if (tests == 0) {
                return null;
            }
        }
        TestRole role = role(policy, exemptions, path, stem, conventional, collected);
        if (role == TestRole.UNIT && !category.equals(policy.unitCategory())) {
            role = TestRole.OTHER;
        }
        return new TestFile(path, root, category, directory, stem, role,
                role == TestRole.UNIT ? subjects(policy, stem) : List.of(), tests, null);
    }

    private static TestRole role(TestPolicy policy, Exemptions exemptions, String path, String stem,
            boolean conventional, boolean collected) {
        if (!conventional) {
            return collected ? TestRole.UNCONVENTIONAL : TestRole.UNCOLLECTED;
        }
        if (TestNamePattern.anyMatches(policy.integrationNames(), stem)) {
            return TestRole.INTEGRATION;
        }
        if (TestNamePattern.anyMatches(policy.unitTestNames(), stem) && !exemptions.unmirrored(path)) {
            return TestRole.UNIT;
        }
        return TestRole.OTHER;
    }

    /** What a unit test's name says it tests; a prefix must end at a word boundary ({@code Testimony} has none). */
    private static List<String> subjects(TestPolicy policy, String stem) {
        Set<String> subjects = new LinkedHashSet<>();
        for (TestNamePattern pattern : policy.unitTestNames()) {
            String subject = pattern.matches(stem) ? pattern.subject(stem) : "";
            String prefix = pattern.prefix();
            boolean boundary = prefix.isEmpty() || !Character.isLetter(prefix.charAt(prefix.length() - 1))
                    || !Character.isLowerCase(subject.isEmpty() ? 'a' : subject.charAt(0));
            if (!subject.isEmpty() && boundary) {
                subjects.add(subject);
            }
        }
        return List.copyOf(subjects);
    }
}
