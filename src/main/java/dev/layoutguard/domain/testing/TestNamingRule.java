package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.PythonTestModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags tests not named by the convention: files that hold tests under a name the runner never collects (their
 * tests silently never run), files the runner collects under a name the convention does not allow
 * ({@code order_test.py}), and (python) test classes pytest never collects because they are not named {@code Test*}.
 */
public final class TestNamingRule implements Rule {

    /** The prefix pytest collects test classes by ({@code python_classes}). */
    private static final String PYTEST_CLASS_PREFIX = "Test";

    @Override
    public List<Finding> check(Project project) {
        TestPolicy policy = project.preset().tests();
        boolean jvm = policy.style() == TestStyle.JVM;
        TestSources sources = new TestSources(project);
        // a python test module is read and lexed for its classes: one file at a time per core, in path order
        return TestTree.of(project).files().parallelStream()
                .flatMap(test -> findings(policy, sources, test, jvm).stream())
                .toList();
    }

    private static List<Finding> findings(TestPolicy policy, TestSources sources, TestFile test, boolean jvm) {
        List<Finding> findings = new ArrayList<>(0);
        if (test.role() == TestRole.UNCOLLECTED) {
            findings.add(jvm ? jvmUncollected(policy, test) : pythonUncollected(policy, test));
        } else if (test.role() == TestRole.UNCONVENTIONAL) {
            findings.add(unconventional(policy, test, jvm));
        }
        if (!jvm && test.role() != TestRole.UNCOLLECTED) {
            uncollectedClasses(sources.python(test.path()), test, findings);
        }
        return findings;
    }

    private static Finding jvmUncollected(TestPolicy policy, TestFile test) {
        String message = "class " + test.stem() + " has " + count(test.tests(), "test method")
                + ", but its name matches none of " + TestPolicy.written(policy.collectedNames())
                + ", so Surefire and Failsafe never run it: its tests silently never run; rename it, such as "
                + conventionalName(policy, test.stem());
        return test.line() == null ? Finding.at(test.path(), message) : Finding.atLine(test.path(), test.line(),
                message);
    }

    private static Finding pythonUncollected(TestPolicy policy, TestFile test) {
        String name = RelativePath.name(test.path());
        String renamed = conventionalName(policy, test.stem()) + extension(name);
        return Finding.at(test.path(), "module " + name + " holds " + count(test.tests(), "test") + ", but pytest "
                + "collects only " + withExtension(policy.collectedNames(), name) + " modules, so its tests silently "
                + "never run; test modules are named " + withExtension(policy.testNames(), name))
                .withFix(RelativePath.join(RelativePath.parent(test.path()), renamed));
    }

    private static Finding unconventional(TestPolicy policy, TestFile test, boolean jvm) {
        String name = RelativePath.name(test.path());
        TestNamePattern matched = TestPolicy.firstMatch(policy.collectedNames(), test.stem());
        String subject = matched.subject(test.stem());
        String what = jvm ? "test class " + test.stem() : "test module " + name;
        Finding finding = Finding.at(test.path(), what + " is named " + matched + extension(name)
                + ", which the convention does not allow; tests are named "
                + withExtension(policy.testNames(), name));
        if (jvm || subject.isEmpty()) {
            return finding;
        }
        String renamed = policy.testNames().get(0).nameFor(subject) + extension(name);
        return finding.withFix(RelativePath.join(RelativePath.parent(test.path()), renamed));
    }

    private static void uncollectedClasses(PythonTestModule module, TestFile test, List<Finding> findings) {
        for (PythonTestModule.TestClass type : module.classes()) {
            if (type.testMethods() > 0 && !type.hasBases() && !type.name().startsWith(PYTEST_CLASS_PREFIX)) {
                findings.add(Finding.atLine(test.path(), type.line(), "class " + type.name() + " holds "
                        + count(type.testMethods(), "test method") + ", but pytest collects only classes named "
                        + PYTEST_CLASS_PREFIX + "*, so its tests silently never run; rename it to start with "
                        + PYTEST_CLASS_PREFIX).withReference(type.name()));
            }
        }
    }

    private static String conventionalName(TestPolicy policy, String stem) {
        List<TestNamePattern> names = policy.unitTestNames().isEmpty() ? policy.testNames() : policy.unitTestNames();
        return names.isEmpty() ? stem : names.get(0).nameFor(stem);
    }

    private static String withExtension(List<TestNamePattern> patterns, String name) {
        String extension = extension(name);
        return String.join(", ", patterns.stream().map(pattern -> pattern + extension).toList());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
