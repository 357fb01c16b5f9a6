package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.TestStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags unit tests with no source to mirror: {@code OrderTest} in package {@code p} needs {@code Order} in {@code p}
 * (JVM), {@code tests/unit/<dir>/test_order.py} needs {@code order.py} or {@code order/} at or below
 * {@code src/<pkg>/<dir>/} (python). Unless the preset's mirror is strict, only tests left behind by their source
 * are flagged ({@link LeftBehindTests}). Measures how many unit tests there are, how many mirror a source, and how
 * many sources no unit test mirrors.
 */
public final class TestMirrorRule implements Rule {

    /** The unit tests and those of them that mirror no source, decided once for the check and the metrics. */
    private record Survey(List<TestFile> unitTests, List<TestFile> unmirrored) {

        static Survey of(Project project) {
            return project.analysis(Survey.class, ignored -> {
                SourceIndex index = SourceIndex.of(project);
                List<TestFile> unitTests = TestTree.of(project).withRole(TestRole.UNIT);
                return new Survey(unitTests, unitTests.stream().filter(test -> !index.mirrors(test)).toList());
            });
        }
    }

    @Override
    public List<Finding> check(Project project) {
        SourceIndex index = SourceIndex.of(project);
        MirrorMessage message = new MirrorMessage(project, index);
        boolean strict = project.preset().tests().strictMirror();
        LeftBehindTests leftBehind = new LeftBehindTests(index, project.preset().tests().style());
        List<Finding> findings = new ArrayList<>();
        for (TestFile test : Survey.of(project).unmirrored()) {
            if (strict || leftBehind.leftBehind(test)) {
                findings.add(message.unmirrored(test));
            }
        }
        return findings;
    }

    @Override
    public Map<String, Integer> metrics(Project project) {
        SourceIndex index = SourceIndex.of(project);
        Survey survey = Survey.of(project);
        List<TestFile> unitTests = survey.unitTests();
        int mirrored = unitTests.size() - survey.unmirrored().size();
        boolean jvm = project.preset().tests().style() == TestStyle.JVM;
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("unitTests", unitTests.size());
        metrics.put("mirroredUnitTests", mirrored);
        metrics.put("sourcesWithoutUnitTest", jvm ? withoutJvmTest(index, unitTests)
                : withoutPythonTest(index, unitTests));
        return metrics;
    }

    /** The classes no unit test mirrors: every class minus those some unit test's subject names in its package. */
    private static int withoutJvmTest(SourceIndex index, List<TestFile> unitTests) {
        // each source is one object of the index: identity is enough, and cheaper than hashing its five fields
        Set<SourceIndex.Source> tested = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TestFile test : unitTests) {
            for (String subject : test.subjects()) {
                tested.addAll(index.at(subject, test.directory()));
            }
        }
        return index.modules().size() - tested.size();
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
