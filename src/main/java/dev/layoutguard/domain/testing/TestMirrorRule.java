package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.preset.TestStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags unit tests with no source to mirror: {@code OrderTest} in package {@code p} needs {@code Order} in {@code p}
 * (JVM), {@code tests/unit/<dir>/test_order.py} needs {@code order.py} or {@code order/} at or below
 * {@code src/<pkg>/<dir>/} (python). Measures how many unit tests there are, how many mirror a source, and how
 * many sources no unit test mirrors.
 */
public final class TestMirrorRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.TEST_MIRROR;
    }

    @Override
    public List<Finding> check(Project project) {
        SourceIndex index = SourceIndex.of(project);
        MirrorMessage message = new MirrorMessage(project, index);
        List<Finding> findings = new ArrayList<>();
        for (TestFile test : TestTree.of(project).withRole(TestRole.UNIT)) {
            if (!index.mirrors(test)) {
                findings.add(message.unmirrored(test));
            }
        }
        return findings;
    }

    @Override
    public Map<String, Integer> metrics(Project project) {
        SourceIndex index = SourceIndex.of(project);
        List<TestFile> unitTests = TestTree.of(project).withRole(TestRole.UNIT);
        int mirrored = 0;
        for (TestFile test : unitTests) {
            mirrored += index.mirrors(test) ? 1 : 0;
        }
        boolean jvm = project.preset().tests().style() == TestStyle.JVM;
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("unitTests", unitTests.size());
        metrics.put("mirroredUnitTests", mirrored);
        metrics.put("sourcesWithoutUnitTest", jvm ? withoutJvmTest(index, unitTests)
                : withoutPythonTest(index, unitTests));
        return metrics;
    }

    private static int withoutJvmTest(SourceIndex index, List<TestFile> unitTests) {
        Set<String> tested = new HashSet<>();
        for (TestFile test : unitTests) {
            test.subjects().forEach(subject -> tested.add(test.directory() + "/" + subject));
        }
        int without = 0;
        for (SourceIndex.Source source : index.modules()) {
            without += tested.contains(source.directory() + "/" + source.name()) ? 0 : 1;
        }
        return without;
    }

    /** A module counts as tested when a unit test mirrors it or one of the packages holding it. */
    private static int withoutPythonTest(SourceIndex index, List<TestFile> unitTests) {
        Map<String, Set<String>> testDirectories = new HashMap<>();
        for (TestFile test : unitTests) {
            test.subjects().forEach(subject -> testDirectories.computeIfAbsent(subject, name -> new HashSet<>())
                    .add(test.directory()));
        }
        int without = 0;
        for (SourceIndex.Source module : index.modules()) {
            boolean tested = testedAt(testDirectories, module.name(), module.directory());
            String directory = module.directory();
            while (!tested && !directory.isEmpty()) {
                int slash = directory.lastIndexOf('/');
                String parent = slash < 0 ? "" : directory.substring(0, slash);
                tested = testedAt(testDirectories, directory.substring(slash + 1), parent);
                directory = parent;
            }
            without += tested ? 0 : 1;
        }
        return without;
    }

    /** Whether a test of this name sits in the directory or one above it, looked up ancestor by ancestor. */
    private static boolean testedAt(Map<String, Set<String>> testDirectories, String name, String directory) {
        Set<String> directories = testDirectories.get(name);
        if (directories == null) {
            return false;
        }
        String current = directory;
        while (true) {
            if (directories.contains(current)) {
                return true;
            }
            if (current.isEmpty()) {
                return false;
            }
            int slash = current.lastIndexOf('/');
            current = slash < 0 ? "" : current.substring(0, slash);
        }
    }
}
