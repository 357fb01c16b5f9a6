package dev.layoutguard.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.testing.TestCategoryRule;
import dev.layoutguard.domain.testing.TestNamingRule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildLayoutTest {

    private static final String TWO_TESTS = "package org.acme;\n\nclass %s {\n    @Test void a() {}\n"
            + "    @Test void b() {}\n}";

    @Test
    void aTestModuleWhoseRunnerReadsItsSourceDirectoryHasItsTestsThere() {
        // jacoco's test modules: <sourceDirectory>src</sourceDirectory>, and Surefire's testSourceDirectory is the same
        ProjectMother tree = ProjectMother.with(Presets.maven())
                .file("src/org/acme/AnalyzerTest.java", TWO_TESTS.formatted("AnalyzerTest"));
        BuildLayout layout = new BuildLayout(List.of("src"), List.of("src"), List.of("src"), List.of(), List.of());

        Project project = applied(layout, tree);

        assertEquals(List.of("src/test/java", "src/test/kotlin", "src"), project.preset().tests().roots());
        // a directory the runner reads tests from is no source the tests mirror, and holds no layers
        assertEquals(List.of("src/main/java", "src/main/kotlin"), project.preset().tests().mirrorRoots());
        assertEquals(List.of("src/main/java", "src/main/kotlin"), project.preset().layers().sourceRoots());
        assertEquals(List.of(), new TestCategoryRule().check(project));
        // its look-alike: the same test where the build does not say tests live
        assertEquals(List.of("src/org/acme/AnalyzerTest.java"), new TestCategoryRule().check(tree.build()).stream()
                .map(Finding::path).toList());
    }

    @Test
    void testRootsAddedByOtherPluginsAreTestRoots() {
        // ddd-by-examples/library: gmavenplus adds src/integration-test/groovy, where a Java IT sits too
        ProjectMother tree = ProjectMother.with(Presets.maven()).file(
                "src/integration-test/groovy/org/acme/web/PatronControllerIT.java", TWO_TESTS.formatted(
                        "PatronControllerIT"));
        BuildLayout layout = new BuildLayout(List.of("src/main/java"), List.of("src/test/java", "src/test/groovy",
                "src/integration-test/groovy"), List.of(), List.of(), List.of());

        Project project = applied(layout, tree);

        assertEquals(List.of("src/test/java", "src/test/kotlin", "src/integration-test/groovy"),
                project.preset().tests().roots());
        assertEquals(List.of(), new TestCategoryRule().check(project));
    }

    @Test
    void sourceRootsAreMirroredAndLayeredAndResourceRootsHoldConfiguration() {
        ProjectMother tree = ProjectMother.with(Presets.maven()).paths("src/main/groovy/", "etc/", "src/main/java/");
        BuildLayout layout = new BuildLayout(List.of("src/main/java", "src/main/groovy", "src/gone"), List.of(),
                List.of("src/main/resources", "etc"), List.of(), List.of());

        Preset preset = applied(layout, tree).preset();

        assertEquals(List.of("src/main/java", "src/main/kotlin", "src/main/groovy"), preset.tests().mirrorRoots());
        assertEquals(List.of("src/main/java", "src/main/kotlin", "src/main/groovy"), preset.layers().sourceRoots());
        assertEquals(List.of("src/main/resources", "src/test/resources", "config", "etc"),
                preset.config().locations());
        assertEquals(List.of("src/main/java", "src/main/kotlin", "src/test/java", "src/test/kotlin", "src/main/groovy"),
                preset.structure().sourceRoots());
        assertEquals(List.of("src/main/resources", "src/test/resources", "etc"), preset.structure().resourceRoots());
    }

    @Test
    void theRunnersIncludesDecideWhichTestsNeverRun() {
        ProjectMother tree = ProjectMother.with(Presets.maven())
                .file("src/test/java/org/acme/OrderCheck.java", TWO_TESTS.formatted("OrderCheck"))
                .file("src/test/java/org/acme/OrderTest.java", TWO_TESTS.formatted("OrderTest"));
        // Surefire runs *Check; Failsafe runs its defaults
        BuildLayout layout = new BuildLayout(List.of(), List.of(), List.of(), List.of("**/*Check.java"), List.of());

        Project project = applied(layout, tree);

        assertEquals(List.of(Finding.atLine("src/test/java/org/acme/OrderTest.java", 3, "class OrderTest has 2 test "
                + "methods, but its name matches none of *Check, IT*, *IT, *ITCase, so Surefire and Failsafe never run "
                + "it: its tests silently never run; rename it, such as OrderTestCheck")),
                new TestNamingRule().check(project));
        // the look-alike: with the runner's default includes, the same OrderCheck is the one that never runs
        assertEquals(List.of("src/test/java/org/acme/OrderCheck.java"), new TestNamingRule().check(tree.build())
                .stream().map(Finding::path).toList());
    }

    @Test
    void includesThatNoNamePatternDescribesLeaveThePresetsNames() {
        TestPolicy preset = Presets.maven().tests();
        ProjectMother tree = ProjectMother.with(Presets.maven());

        for (List<String> includes : List.of(List.of("**/*Check.java", "%regex[.*Spec.*]"), List.of("**/*.java"),
                List.of("**/AllTests.java"), List.of("**/*Test*.java"))) {
            TestPolicy tests = applied(new BuildLayout(List.of(), List.of(), List.of(), includes, List.of()), tree)
                    .preset().tests();
            assertEquals(preset, tests, includes.toString());
        }
    }

    @Test
    void eachRunnersIncludesNameItsKindOfTest() {
        TestPolicy preset = Presets.maven().tests();
        ProjectMother tree = ProjectMother.with(Presets.maven());

        TestPolicy unit = applied(new BuildLayout(List.of(), List.of(), List.of(), List.of("**/*Check.java",
                "**/*Test.java"), List.of()), tree).preset().tests();
        TestPolicy integration = applied(new BuildLayout(List.of(), List.of(), List.of(), List.of(),
                List.of("**/*IntegrationTest.java")), tree).preset().tests();

        assertEquals(names("*Check", "*Test", "IT*", "*IT", "*ITCase"), unit.collectedNames());
        assertEquals(unit.collectedNames(), unit.testNames());
        assertEquals(names("*Check", "*Test"), unit.unitTestNames());
        assertEquals(preset.integrationNames(), unit.integrationNames());
        assertEquals(names("Test*", "*Test", "*Tests", "*TestCase", "*IntegrationTest"), integration.collectedNames());
        assertEquals(names("*IntegrationTest"), integration.integrationNames());
        assertEquals(preset.unitTestNames(), integration.unitTestNames());
    }

    @Test
    void thePythonPresetKeepsItsOwnLayout() {
        Preset python = Presets.python();
        BuildLayout layout = new BuildLayout(List.of("src"), List.of("tests"), List.of("config"), List.of("*Check"),
                List.of());

        assertSame(python, layout.applyTo(python, ProjectMother.with(python).paths("src/", "tests/", "config/")
                .build().tree()));
    }

    private static List<TestNamePattern> names(String... patterns) {
        return Arrays.stream(patterns).map(TestNamePattern::parse).toList();
    }

    private static Project applied(BuildLayout layout, ProjectMother tree) {
        Project plain = tree.build();
        Preset preset = layout.applyTo(plain.preset(), plain.tree());
        return new Project(plain.tree(), preset, List.of(), true, plain::read);
    }
}
