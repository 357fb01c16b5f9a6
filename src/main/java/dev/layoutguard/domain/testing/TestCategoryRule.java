package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags tests outside the allowed test categories: (python) anything directly in a test root that is not a
 * category or an allowed file, and test modules outside the test roots; (JVM) test classes outside the test source
 * roots, such as in {@code src/main/java}. Root entries are left to the root rules.
 */
public final class TestCategoryRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        TestPolicy policy = project.preset().tests();
        Exemptions exemptions = Exemptions.of(project);
        List<Finding> findings = new ArrayList<>();
        if (!policy.categories().isEmpty()) {
            for (String root : policy.roots()) {
                for (Entry entry : project.tree().children(root)) {
                    if (!exemptions.exempt(entry) && !allowed(policy, entry)) {
                        findings.add(Finding.at(entry.path(), describe(policy, entry) + " in " + root
                                + "/ outside the test categories; " + root + "/ holds only " + allowedList(policy)));
                    }
                }
            }
        }
        StrayTests stray = new StrayTests(project);
        for (Entry entry : project.tree().entries()) {
            if (entry.isFile() && !entry.isRootEntry() && policy.isSource(entry.name())
                    && policy.rootOf(entry.path()) == null) {
                stray.check(entry.path()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static boolean allowed(TestPolicy policy, Entry entry) {
        return entry.isDirectory() ? policy.categories().contains(entry.name())
                : policy.rootFiles().contains(entry.name());
    }

    private static String describe(TestPolicy policy, Entry entry) {
        if (entry.isDirectory()) {
            return "directory " + entry.name();
        }
        boolean test = policy.isSource(entry.name()) && isTestName(policy, SourceFile.stem(entry.path()));
        return (test ? "test module " : "file ") + entry.name();
    }

    private static String allowedList(TestPolicy policy) {
        List<String> allowed = new ArrayList<>(policy.categories());
        allowed.addAll(policy.rootFiles());
        return String.join(", ", allowed);
    }

    /** Whether a stem is a test name by the convention or by what the runner collects. */
    static boolean isTestName(TestPolicy policy, String stem) {
        return TestNamePattern.anyMatches(policy.testNames(), stem)
                || TestNamePattern.anyMatches(policy.collectedNames(), stem);
    }
}
