package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.JvmTestClass;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tests of the test roots, classified once per run and shared by the tests rules. Helpers, fixtures, abstract
 * base classes, interfaces, exempt files and (python) files outside the categories are not in it; nor, in a
 * {@linkplain Project#focused focused} project, the tests whose findings are not reported.
 */
public final class TestTree {

    /** The package of ArchUnit, whose tests check rules over all classes, not one class. */
    private static final String ARCHUNIT = "com.tngtech.archunit";

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
        Exemptions exemptions = Exemptions.of(project);
        Map<String, List<String>> byStem = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (Entry entry : project.tree().below(policy.roots())) {
            if (entry.isFile() && policy.isSource(entry.name()) && !exemptions.exempt(entry)) {
                // every test's findings are on its own path: a focused project classifies only the reported ones
                if (project.reports(entry.path())) {
                    paths.add(entry.path());
                }
                byStem.computeIfAbsent(SourceFile.stem(entry.path()), stem -> new ArrayList<>()).add(entry.path());
            }
        }
        Classifier classifier = new Classifier(policy, new TestSources(project), exemptions, byStem);
        // each test is read and lexed on its own: spread them over the cores, keep the path order
        List<TestFile> files = paths.parallelStream()
                .map(path -> policy.style() == TestStyle.JVM ? classifier.jvm(path) : classifier.python(path))
                .filter(Objects::nonNull)
                .toList();
        return new TestTree(files);
    }

    /** Classifies the files of the test roots. */
    private static final class Classifier {

        private final TestPolicy policy;
        private final TestSources sources;
        private final Exemptions exemptions;
        private final InheritedTests inherited;

        private Classifier(TestPolicy policy, TestSources sources, Exemptions exemptions,
                Map<String, List<String>> byStem) {
            this.policy = policy;
            this.sources = sources;
            this.exemptions = exemptions;
            this.inherited = new InheritedTests(sources, byStem);
        }

        TestFile jvm(String path) {
            String root = policy.rootOf(path);
            String stem = SourceFile.stem(path);
            JvmTestClass facts = sources.jvm(path);
            boolean conventional = TestNamePattern.anyMatches(policy.testNames(), stem);
            boolean collected = TestNamePattern.anyMatches(policy.collectedNames(), stem);
            boolean inherits = (conventional || collected) && facts.concrete() && inherited.inherits(facts);
            if (!facts.declaresTests() && !inherits) {
                return null;
            }
            TestRole role = role(path, stem, conventional, collected);
            if (role == TestRole.UNIT && sources.refersTo(path, ARCHUNIT)) {
                role = TestRole.OTHER;
            }
            return new TestFile(path, root, null, RelativePath.parent(path.substring(root.length() + 1)), stem, role,
                    role == TestRole.UNIT ? subjects(policy, stem) : List.of(), facts.testMethods(), facts.line());
        }

        TestFile python(String path) {
            String root = policy.rootOf(path);
            String inRoot = path.substring(root.length() + 1);
            int slash = inRoot.indexOf('/');
            if (slash < 0 || !policy.categories().contains(inRoot.substring(0, slash))) {
                return null;
            }
            String category = inRoot.substring(0, slash);
            String stem = SourceFile.stem(path);
            boolean conventional = TestNamePattern.anyMatches(policy.testNames(), stem);
            boolean collected = TestNamePattern.anyMatches(policy.collectedNames(), stem);
            int tests = conventional || collected ? 0 : sources.python(path).tests();
            if (!conventional && !collected && tests == 0) {
                return null;
            }
            TestRole role = role(path, stem, conventional, collected);
            if (role == TestRole.UNIT && !category.equals(policy.unitCategory())) {
                role = TestRole.OTHER;
            }
            return new TestFile(path, root, category, RelativePath.parent(inRoot.substring(slash + 1)), stem, role,
                    role == TestRole.UNIT ? subjects(policy, stem) : List.of(), tests, null);
        }

        private TestRole role(String path, String stem, boolean conventional, boolean collected) {
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
