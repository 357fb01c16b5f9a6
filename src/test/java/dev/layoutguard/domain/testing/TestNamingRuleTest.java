package dev.layoutguard.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestNamingRuleTest {

    private static final String SUREFIRE = "Test*, *Test, *Tests, *TestCase, IT*, *IT, *ITCase";
    private static final String ONE_TEST = "class X {\n    @Test void a() {}\n}";

    private final TestNamingRule rule = new TestNamingRule();

    @Test
    void flagsJvmClassesWithTestsThatSurefireAndFailsafeNeverRun() {
        ProjectMother project = ProjectMother.with(Presets.maven())
                .file("src/test/java/com/acme/OrderChecks.java",
                        "package com.acme;\n\nclass OrderChecks {\n    @Test void a() {}\n    @Test void b() {}\n}")
                .file("src/test/kotlin/com/acme/PriceSpec.kt", "class PriceSpec {\n    @Test fun a() {}\n}");

        assertEquals(List.of(
                Finding.atLine("src/test/java/com/acme/OrderChecks.java", 3, "class OrderChecks has 2 test methods, "
                        + "but its name matches none of " + SUREFIRE + ", so Surefire and Failsafe never run it: its "
                        + "tests silently never run; rename it, such as OrderChecksTest"),
                Finding.atLine("src/test/kotlin/com/acme/PriceSpec.kt", 1, "class PriceSpec has 1 test method, but "
                        + "its name matches none of " + SUREFIRE + ", so Surefire and Failsafe never run it: its tests "
                        + "silently never run; rename it, such as PriceSpecTest")),
                rule.check(project.build()));
    }

    @Test
    void leavesJvmTestsNamedForTheRunnerAndClassesThatAreNoTestsAlone() {
        ProjectMother project = ProjectMother.with(Presets.maven());
        for (String name : List.of("OrderTest", "OrderTests", "TestOrder", "OrderTestCase", "OrderIT", "ITOrder",
                "OrderITCase", "OrderArchitectureTest")) {
            project.file("src/test/java/com/acme/" + name + ".java", ONE_TEST.replace("X", name));
        }
        project.file("src/test/java/com/acme/AbstractRepositoryContract.java",
                        "abstract class AbstractRepositoryContract { @Test void a() {} }")
                .file("src/test/java/com/acme/RepositoryContract.java",
                        "interface RepositoryContract { @Test default void a() {} }")
                .file("src/test/java/com/acme/OrderFixtures.java", "class OrderFixtures { Order order() {} }")
                .file("src/test/java/com/acme/OrderMother.java", ONE_TEST)
                .file("src/test/java/com/acme/package-info.java", "/** @Test */ package com.acme;")
                .file("src/test/java/com/acme/Snippets.java", "class Snippets { String s = \"@Test void a() {}\"; }")
                .file("src/test/java/com/acme/Disabled.java", "class Disabled { // @Test void a() {}\n}")
                .file("src/test/resources/com/acme/Sample.java", ONE_TEST);

        assertEquals(List.of(), rule.check(project.build()));
    }

    @Test
    void flagsMisnamedPythonTestModulesWithTheirConventionalName() {
        ProjectMother project = ProjectMother.with(Presets.python())
                .file("tests/unit/domain/order_test.py", "def test_total(): pass")
                .file("tests/integration/checks.py", "def test_a(): pass\n\ndef test_b(): pass\n");

        assertEquals(List.of(
                Finding.at("tests/integration/checks.py", "module checks.py holds 2 tests, but pytest collects only "
                        + "test_*.py, *_test.py modules, so its tests silently never run; test modules are named "
                        + "test_*.py").withFix("tests/integration/test_checks.py"),
                Finding.at("tests/unit/domain/order_test.py", "test module order_test.py is named *_test.py, which "
                        + "the convention does not allow; tests are named test_*.py")
                        .withFix("tests/unit/domain/test_order.py")),
                rule.check(project.build()));
    }

    @Test
    void flagsPythonTestClassesPytestNeverCollects() {
        ProjectMother project = ProjectMother.with(Presets.python()).file("tests/unit/domain/test_order.py", """
                class TestOrder:
                    def test_total(self):
                        pass

                class OrderTests:
                    def test_total(self):
                        pass

                    def test_tax(self):
                        pass
                """);

        assertEquals(List.of(Finding.atLine("tests/unit/domain/test_order.py", 5, "class OrderTests holds 2 test "
                + "methods, but pytest collects only classes named Test*, so its tests silently never run; rename it "
                + "to start with Test").withReference("OrderTests")),
                rule.check(project.build()));
    }

    @Test
    void leavesPythonHelpersAndCollectedTestsAlone() {
        ProjectMother project = ProjectMother.with(Presets.python())
                .file("tests/unit/helpers.py", "def make_order():\n    '''def test_in_docstring(): pass'''\n")
                .file("tests/unit/conftest.py", "def test_looking_fixture(): pass")
                .file("tests/unit/domain/test_order.py", """
                        class OrderTests(unittest.TestCase):
                            def test_total(self):
                                pass

                        class OrderBuilder:
                            def build(self):
                                pass
                        """)
                .file("tests/fixtures/sample_test.py", "def test_a(): pass")
                .file("tests/data/checks.py", "def test_a(): pass")
                .file("tests/unit/notes.txt", "def test_a(): pass");

        assertEquals(List.of(), rule.check(project.build()));
    }
}
