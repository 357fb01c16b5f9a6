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
 * Flags tests outside the allowed test categories: (python) test modules directly in a test root, directories there
 * that are no category and hold test modules, other files that are neither a category, an allowed file nor a helper
 * module the tests import, and test modules outside the test roots; (JVM) test classes outside the test source roots,
 * such as in {@code src/main/java}, except in a Gradle build's test source sets. Root entries are left to the root
 * rules.
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
                    if (!exemptions.exempt(entry) && !allowed(policy, entry) && holdsTests(project, policy, entry)) {
                        findings.add(Finding.at(entry.path(), describe(policy, entry) + " in " + root
                                + "/ outside the test categories; " + root + "/ holds only " + allowedList(policy)));
                    }
                }
            }
        }
        StrayTests stray = new StrayTests(project);
        for (Entry entry : project.tree().entries()) {
            if (entry.isFile() && !entry.isRootEntry() && project.reports(entry.path()) && policy.isSource(entry.name())
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

    /**
     * Whether an entry of a test root is, or holds, what the categories are for: a test module, a directory with a
     * test module at any depth, or a file that is no module at all. A helper module the tests import
     * ({@code random_refs.py}) and a directory of files that are no tests ({@code typing/}, checked by a type
     * checker) are not.
     */
    private static boolean holdsTests(Project project, TestPolicy policy, Entry entry) {
        if (entry.isFile()) {
            return !policy.isSource(entry.name()) || isTestName(policy, SourceFile.stem(entry.path()));
        }
        return project.tree().below(List.of(entry.path())).stream().anyMatch(inside -> inside.isFile()
                && policy.isSource(inside.name()) && isTestName(policy, SourceFile.stem(inside.path())));
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
