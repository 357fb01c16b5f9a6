package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TestsConfigurationTest {

    private static final ProjectTree TREE = ProjectTree.of(List.of(Entry.directory("src"),
            Entry.directory("src/it"), Entry.directory("src/it/java"), Entry.directory("tests"),
            Entry.directory("tests/contract")));

    private static TestsConfiguration configured(Consumer<TestsConfiguration> change) {
        TestsConfiguration configuration = new TestsConfiguration();
        change.accept(configuration);
        return configuration;
    }

    @Test
    void extendsThePresetsListsAndMakesNewNamePatternsTestNames() {
        TestPolicy policy = configured(tests -> {
            tests.setRoots(List.of("src/it/java/", "src/contract/java?"));
            tests.setUnitTestNames(List.of("**/*Spec.java"));
            tests.setIntegrationTestNames(List.of("*E2E"));
            tests.setTestAnnotations(List.of("@net.jqwik.api.Property"));
            tests.setExempt(List.of("**/support/**"));
            tests.setUnmirrored(List.of("*ContractTest.java"));
        }).applyTo(Presets.maven().tests(), TREE);

        assertEquals(List.of("src/test/java", "src/test/kotlin", "src/it/java", "src/contract/java"), policy.roots());
        assertTrue(policy.unitTestNames().contains(TestNamePattern.parse("*Spec")));
        assertTrue(policy.integrationNames().contains(TestNamePattern.parse("*E2E")));
        assertTrue(policy.testNames().containsAll(List.of(TestNamePattern.parse("*Spec"),
                TestNamePattern.parse("*E2E"))));
        assertTrue(policy.collectedNames().contains(TestNamePattern.parse("*Spec")));
        assertTrue(policy.testAnnotations().contains("Property"));
        assertTrue(policy.isExempt("src/test/java/com/acme/support/Stub.java"));
        assertTrue(policy.isUnmirrored("src/test/java/com/acme/RepositoryContractTest.java"));
    }

    @Test
    void replacesTheUnitCategoryWithAConfiguredCategory() {
        TestPolicy policy = configured(tests -> {
            tests.setCategories(List.of("contract", "unittests"));
            tests.setUnitCategory("unittests");
            tests.setRootFiles(List.of("README.md"));
        }).applyTo(Presets.python().tests(), TREE);

        assertEquals("unittests", policy.unitCategory());
        assertEquals(List.of("unit", "integration", "e2e", "performance", "ui", "fixtures", "contract", "unittests"),
                policy.categories());
        assertEquals(List.of("conftest.py", "__init__.py", "README.md"), policy.rootFiles());
    }

    @Test
    void rejectsBadValuesNamingThePartAndTheValue() {
        assertRejected("roots: 'src/missing/java' matches no directory of the project (end it with ? if it is "
                + "optional)", tests -> tests.setRoots(List.of("src/missing/java")));
        assertRejected("mirrorRoots: '../shared/src' is not a directory inside the project",
                tests -> tests.setMirrorRoots(List.of("../shared/src")));
        assertRejected("roots: '/abs/tests' is not a directory inside the project",
                tests -> tests.setRoots(List.of("/abs/tests")));
        assertRejected("unitTestNames: test name pattern '*Spec*' must have exactly one * and no other glob syntax, "
                + "such as *Test or test_*", tests -> tests.setUnitTestNames(List.of("*Spec*")));
        assertRejected("testAnnotations: 'my-test' is not an annotation name",
                tests -> tests.setTestAnnotations(List.of("my-test")));
        assertRejected("categories: 'unit/domain' is not a plain name",
                tests -> tests.setCategories(List.of("unit/domain")));
        assertRejected("unitCategory: 'units' is not a test category (categories: unit, integration, e2e, "
                + "performance, ui, fixtures)", tests -> tests.setUnitCategory("units"));
        assertRejected("exempt: invalid glob '[a': Missing ']",
                tests -> tests.setExempt(List.of("[a")));
    }

    private static void assertRejected(String message, Consumer<TestsConfiguration> change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> configured(change).applyTo(Presets.python().tests(), TREE));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
