package dev.layoutguard.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestCategoryRuleTest {

    private static final String CATEGORIES = "tests/ holds only unit, integration, e2e, performance, ui, fixtures, "
            + "conftest.py, __init__.py, pytest.ini, tox.ini";
    private static final String JUNIT_TEST = "import org.junit.jupiter.api.Test;\nclass X { @Test void a() {} }";

    private final TestCategoryRule rule = new TestCategoryRule();

    @Test
    void flagsWhatATestRootHoldsBesideItsCategories() {
        ProjectMother project = ProjectMother.with(Presets.python()).emptyFiles("tests/test_api.py", "tests/notes.txt",
                "tests/helpers/test_builder.py", "tests/unit/domain/test_order.py", "tests/conftest.py",
                "tests/__init__.py", "tests/fixtures/orders.json", "tests/__pycache__/conftest.cpython-312.pyc");

        assertEquals(List.of(
                Finding.at("tests/helpers", "directory helpers in tests/ outside the test categories; " + CATEGORIES),
                Finding.at("tests/notes.txt", "file notes.txt in tests/ outside the test categories; " + CATEGORIES),
                Finding.at("tests/test_api.py", "test module test_api.py in tests/ outside the test categories; "
                        + CATEGORIES)),
                rule.check(project.build()));
    }

    @Test
    void flagsPythonTestModulesOutsideTheTestRootWithWhereAUnitTestGoes() {
        ProjectMother project = ProjectMother.with(Presets.python()).emptyFiles("src/shop/domain/test_order.py",
                "src/shop/domain/tests/price_test.py", "src/shop/test_app.py", "scripts/test/test_tool.py");
        String categories = "tests belong in a category of tests/ (unit, integration, e2e, performance, ui, fixtures)";

        assertEquals(List.of(
                Finding.at("scripts/test/test_tool.py", "test module outside tests/; " + categories),
                Finding.at("src/shop/domain/test_order.py", "test module in the sources (src/); " + categories)
                        .withFix("tests/unit/domain/test_order.py"),
                Finding.at("src/shop/domain/tests/price_test.py", "test module in the sources (src/); " + categories)
                        .withFix("tests/unit/domain/test_price.py"),
                Finding.at("src/shop/test_app.py", "test module in the sources (src/); " + categories)
                        .withFix("tests/unit/test_app.py")),
                rule.check(project.build()));
    }

    @Test
    void leavesPythonLookAlikesAlone() {
        ProjectMother project = ProjectMother.with(Presets.python()).emptyFiles("test_root.py",
                "src/shop/domain/testing.py", "src/shop/domain/contest.py", "src/shop/domain/latest_test_results.md",
                "tests/unit/test_order.py",
                "tests/fixtures/samples/test_sample.py", "environments/.venv/lib/test_env.py",
                ".venv/lib/python3.12/site-packages/pkg/test_pkg.py", "web/node_modules/x/test_x.py");

        assertEquals(List.of(), rule.check(project.build()));
    }

    @Test
    void flagsJvmTestClassesInTheMainSourcesWithTheTestRootTheyBelongIn() {
        ProjectMother project = ProjectMother.with(Presets.maven())
                .file("src/main/java/com/acme/OrderTest.java", JUNIT_TEST)
                .file("src/main/kotlin/com/acme/PriceTests.kt", "class PriceTests { @Test fun a() {} }")
                .file("src/integration-test/java/com/acme/CheckoutIT.java", JUNIT_TEST);

        assertEquals(List.of(
                Finding.at("src/integration-test/java/com/acme/CheckoutIT.java", "test class CheckoutIT outside the "
                        + "test source roots (src/test/java, src/test/kotlin), where Surefire and Failsafe never "
                        + "find it"),
                Finding.at("src/main/java/com/acme/OrderTest.java", "test class OrderTest in the main sources "
                        + "(src/main/java), where Maven packages it with the application and never runs it; tests "
                        + "belong in src/test/java, src/test/kotlin")
                        .withFix("src/test/java/com/acme/OrderTest.java"),
                Finding.at("src/main/kotlin/com/acme/PriceTests.kt", "test class PriceTests in the main sources "
                        + "(src/main/kotlin), where Maven packages it with the application and never runs it; tests "
                        + "belong in src/test/java, src/test/kotlin")
                        .withFix("src/test/kotlin/com/acme/PriceTests.kt")),
                rule.check(project.build()));
    }

    @Test
    void leavesJvmLookAlikesAlone() {
        ProjectMother project = ProjectMother.with(Presets.maven())
                .file("src/main/java/com/acme/TestData.java", "class TestData { /* @Test */ String s = \"@Test\"; }")
                .file("src/main/java/com/acme/TestCategoryRule.java", "/** Flags {@code @Test} classes. */ class X {}")
                .file("src/main/java/com/acme/Order.java", JUNIT_TEST)
                .file("src/main/java/com/acme/AbstractTest.java", "abstract class AbstractTest { @Test void a() {} }")
                .file("src/test/java/com/acme/OrderTest.java", JUNIT_TEST)
                .file("src/test/resources/sources/SampleTest.java", JUNIT_TEST)
                .file("OrderTest.java", JUNIT_TEST)
                .file("tests/unit/test_order.py", "def test_a(): pass");

        assertEquals(List.of(), rule.check(project.build()));
    }

    @Test
    void leavesToolConfigurationHelperModulesAndDirectoriesWithoutTestsInATestRootAlone() {
        ProjectMother project = ProjectMother.with(Presets.python()).emptyFiles("tests/pytest.ini", "tests/tox.ini",
                "tests/random_refs.py", "tests/typing/typing_options.py", "tests/typing/typing_prompt.py",
                "tests/unit/test_order.py", "tests/test_basic.py", "tests/test_utils/test_lazy_file.py",
                "tests/setup.cfg");

        assertEquals(List.of("tests/setup.cfg", "tests/test_basic.py", "tests/test_utils"),
                rule.check(project.build()).stream().map(Finding::path).toList());
    }

    @Test
    void sendsTestsOfASourceTreeWithSeveralPackagesToTheirPackageWithoutTheirTestsDirectory() {
        ProjectMother project = ProjectMother.with(Presets.python()).emptyFiles(
                "src/modules/bidding/tests/domain/test_bidding.py", "src/seedwork/tests/domain/test_entity.py",
                "src/api/tests/test_login.py", "src/seedwork/domain/entity.py", "src/api/main.py");

        assertEquals(List.of("tests/unit/api/test_login.py", "tests/unit/modules/bidding/domain/test_bidding.py",
                "tests/unit/seedwork/domain/test_entity.py"),
                rule.check(project.build()).stream().map(Finding::fix).toList());
    }

    @Test
    void leavesTestsInAGradleBuildsTestSourceSetsAloneButNotThoseOfAMavenBuild() {
        ProjectMother project = ProjectMother.with(Presets.maven())
                .file("settings.gradle.kts", "include(\":interop:metadata\")")
                .file("core/build.gradle.kts", "")
                .file("core/src/jvmTest/kotlin/com/squareup/FileSpecTest.kt", "class FileSpecTest { @Test fun a() {} }")
                .file("interop/metadata/src/test/kotlin/com/squareup/SpecsTest.kt",
                        "class SpecsTest { @Test fun a() {} }")
                .file("core/src/jvmMain/kotlin/com/squareup/TypeTest.kt", "class TypeTest { @Test fun a() {} }");
        ProjectMother maven = ProjectMother.with(Presets.maven())
                .file("src/integrationTest/java/com/acme/CheckoutTest.java", JUNIT_TEST);

        assertEquals(List.of("core/src/jvmMain/kotlin/com/squareup/TypeTest.kt"),
                rule.check(project.build()).stream().map(Finding::path).toList());
        assertEquals(List.of("src/integrationTest/java/com/acme/CheckoutTest.java"),
                rule.check(maven.build()).stream().map(Finding::path).toList());
    }

    @Test
    void proposesNoMoveThatWouldCutATestOffTheFixturesOfAConftestInTheSources() {
        ProjectMother project = ProjectMother.with(Presets.python()).emptyFiles("src/conftest.py",
                "src/seedwork/tests/domain/test_entity.py", "src/seedwork/domain/entity.py");
        ProjectMother without = ProjectMother.with(Presets.python()).emptyFiles("tests/conftest.py",
                "src/seedwork/tests/domain/test_entity.py", "src/seedwork/domain/entity.py");

        assertEquals(List.of(Finding.at("src/seedwork/tests/domain/test_entity.py", "test module in the sources "
                + "(src/); tests belong in a category of tests/ (unit, integration, e2e, performance, ui, fixtures); "
                + "its fixtures come from src/conftest.py, which must move to tests/ with it")),
                rule.check(project.build()));
        assertEquals(List.of("tests/unit/domain/test_entity.py"),
                rule.check(without.build()).stream().map(Finding::fix).toList());
    }
}
