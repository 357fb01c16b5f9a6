package dev.layoutguard.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestMirrorRuleTest {

    private static final String ONE_TEST = "class X { @Test void a() {} }";

    private final TestMirrorRule rule = new TestMirrorRule();

    private static ProjectMother jvmTests(String... paths) {
        return tests(Presets.maven(), paths);
    }

    /** The maven preset with the strict mirror: every unit test must mirror a class in its own package. */
    private static ProjectMother strictJvmTests(String... paths) {
        return tests(strict(Presets.maven()), paths);
    }

    private static Preset strict(Preset preset) {
        return preset.withTests(preset.tests().toBuilder().strictMirror(true).build());
    }

    private static ProjectMother tests(Preset preset, String... paths) {
        ProjectMother project = ProjectMother.with(preset);
        for (String path : paths) {
            project.file(path, ONE_TEST);
        }
        return project;
    }

    @Test
    void flagsJvmUnitTestsWithoutTheirClassAndSaysWhereItLookedWhenTheMirrorIsStrict() {
        Project project = strictJvmTests("src/test/java/com/acme/OrderTest.java", "src/test/java/com/acme/CartTests.java",
                "src/test/java/com/legacy/InvoiceTest.java", "src/test/java/TestClock.java",
                "src/test/java/Testimony.java")
                .file("src/main/java/com/acme/Price.java", "")
                .file("src/main/java/com/acme/billing/Order.java", "")
                .file("src/main/kotlin/com/acme/Money.kt", "")
                .build();

        assertEquals(List.of(
                Finding.at("src/test/java/TestClock.java", "unit test TestClock has no class Clock in the default "
                        + "package (looked in src/main/java/, src/main/kotlin/)").withReference("Clock"),
                Finding.at("src/test/java/Testimony.java", "unit test Testimony.java names nothing to test; name it "
                        + "for what it tests (*Test, *Tests, Test*)"),
                Finding.at("src/test/java/com/acme/CartTests.java", "unit test CartTests has no class Cart in package "
                        + "com.acme (looked in src/main/java/com/acme/, src/main/kotlin/com/acme/)")
                        .withReference("Cart"),
                Finding.at("src/test/java/com/acme/OrderTest.java", "unit test OrderTest has no class Order in package "
                        + "com.acme (looked in src/main/java/com/acme/, src/main/kotlin/com/acme/); Order is in "
                        + "com.acme.billing (src/main/java/com/acme/billing/Order.java): move the test to its package")
                        .withReference("Order"),
                Finding.at("src/test/java/com/legacy/InvoiceTest.java", "unit test InvoiceTest is in package "
                        + "com.legacy, which does not exist in the main sources (src/main/java, src/main/kotlin)")
                        .withReference("Invoice")),
                rule.check(project));
    }

    @Test
    void acceptsJvmUnitTestsOfTheirClassAndTestsThatMirrorNothing() {
        Project project = jvmTests("src/test/java/com/acme/OrderTest.java", "src/test/kotlin/com/acme/PriceTests.kt",
                "src/test/java/com/acme/TestCart.java", "src/test/java/com/acme/TestCategoryRuleTest.java",
                "src/test/java/com/acme/CheckoutIT.java", "src/test/java/com/acme/ShopArchitectureTest.java",
                "src/test/java/com/acme/OrderTestCase.java", "src/test/java/com/acme/OrderMother.java")
                .file("src/test/java/com/acme/AbstractRepositoryTest.java", "abstract class AbstractRepositoryTest {}")
                .file("src/test/java/com/acme/BaseTest.java", "class BaseTest { void helper() {} }")
                .file("src/main/java/com/acme/Order.java", "")
                .file("src/main/kotlin/com/acme/Price.kt", "")
                .file("src/main/java/com/acme/Cart.java", "")
                .file("src/main/java/com/acme/TestCategoryRule.java", "")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void countsClassesThatInheritTheirTestsAsUnitTestsButNotHelpersThatExtendLibraryClasses() {
        Project project = ProjectMother.with(strict(Presets.maven()))
                .file("src/test/java/com/acme/RepositoryContract.java",
                        "interface RepositoryContract { @Test default void saves() {} }")
                .file("src/test/java/com/acme/AbstractStoreTest.java",
                        "abstract class AbstractStoreTest implements RepositoryContract {}")
                .file("src/test/java/com/acme/JdbcRepositoryTest.java",
                        "class JdbcRepositoryTest extends AbstractStoreTest {}")
                .file("src/test/java/com/acme/InMemoryRepositoryTest.java",
                        "class InMemoryRepositoryTest implements com.acme.RepositoryContract {}")
                .file("src/test/java/com/acme/LegacyTest.java",
                        "class LegacyTest extends junit.framework.TestCase { public void testIt() {} }")
                .file("src/test/java/com/acme/TestFixtures.java", "class TestFixtures extends AbstractModule {}")
                .file("src/test/java/com/acme/CartTest.java", "class CartTest extends Object {}")
                .file("src/main/java/com/acme/InMemoryRepository.java", "")
                .build();

        assertEquals(List.of("src/test/java/com/acme/JdbcRepositoryTest.java",
                "src/test/java/com/acme/LegacyTest.java"),
                rule.check(project).stream().map(Finding::path).toList());
        assertEquals(3, rule.metrics(project).get("unitTests"));
    }

    @Test
    void countsJvmUnitTestsMirroredTestsAndUntestedClasses() {
        Project project = jvmTests("src/test/java/com/acme/OrderTest.java", "src/test/java/com/acme/GhostTest.java",
                "src/test/java/com/acme/CheckoutIT.java")
                .file("src/main/java/com/acme/Order.java", "")
                .file("src/main/java/com/acme/Cart.java", "")
                .file("src/main/java/com/acme/package-info.java", "")
                .file("src/main/kotlin/com/acme/Price.kt", "")
                .build();

        assertEquals(Map.of("unitTests", 2, "mirroredUnitTests", 1, "sourcesWithoutUnitTest", 2),
                rule.metrics(project));
        assertEquals(List.of("unitTests", "mirroredUnitTests", "sourcesWithoutUnitTest"),
                List.copyOf(rule.metrics(project).keySet()));
    }

    @Test
    void flagsPythonUnitTestsWithoutTheirModuleAndSaysWhereItIs() {
        Project project = ProjectMother.with(Presets.python()).emptyFiles("tests/unit/domain/test_order.py",
                "tests/unit/domain/test_ghost.py", "tests/unit/legacy/test_invoice.py", "src/shop/__init__.py",
                "src/shop/domain/__init__.py", "src/shop/application/order.py").build();

        assertEquals(List.of(
                Finding.at("tests/unit/domain/test_ghost.py", "unit test test_ghost.py has no module ghost.py or "
                        + "package ghost/ at or below src/shop/domain/").withReference("ghost"),
                Finding.at("tests/unit/domain/test_order.py", "unit test test_order.py has no module order.py or "
                        + "package order/ at or below src/shop/domain/; order is at src/shop/application/order.py")
                        .withReference("order").withFix("tests/unit/application/test_order.py"),
                Finding.at("tests/unit/legacy/test_invoice.py", "unit test test_invoice.py has no module invoice.py "
                        + "or package invoice/ at or below src/shop/legacy/, which does not exist")
                        .withReference("invoice")),
                rule.check(project));
    }

    @Test
    void acceptsPythonUnitTestsOfModulesOrPackagesAtOrBelowTheirDirectory() {
        Project project = ProjectMother.with(Presets.python()).emptyFiles("tests/unit/domain/test_anomaly.py",
                "tests/unit/domain/test_entities.py", "tests/unit/test_cli.py",
                "tests/unit/presentation/api/test_routers.py",
                "tests/integration/test_api_integration.py", "tests/unit/conftest.py", "tests/unit/__init__.py",
                "src/shop/domain/entities/anomaly.py", "src/shop/presentation/cli.py",
                "src/shop/presentation/api/routers/__init__.py").build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void countsPythonModulesThatNoUnitTestMirrorsDirectlyOrThroughTheirPackage() {
        Project project = ProjectMother.with(Presets.python()).emptyFiles("tests/unit/domain/test_entities.py",
                "tests/unit/test_cli.py", "tests/unit/test_ghost.py", "src/shop/__init__.py", "src/shop/__main__.py",
                "src/shop/domain/entities/anomaly.py", "src/shop/domain/entities/detector.py",
                "src/shop/domain/services/scoring.py", "src/shop/presentation/cli.py",
                "src/shop/domain/test_inline.py").build();

        assertEquals(Map.of("unitTests", 3, "mirroredUnitTests", 2, "sourcesWithoutUnitTest", 1),
                rule.metrics(project));
    }

    @Test
    void saysWhenThereIsNothingToMirror() {
        Project python = ProjectMother.with(Presets.python()).emptyFiles("tests/unit/test_order.py").build();
        Project maven = strictJvmTests("src/test/java/OrderTest.java", "src/test/java/Test.java").build();

        assertEquals(List.of(Finding.at("tests/unit/test_order.py", "unit test test_order.py tests order, but src "
                + "holds no package to mirror").withReference("order")), rule.check(python));
        assertEquals(List.of(
                Finding.at("src/test/java/OrderTest.java", "unit test OrderTest tests Order, but there are no main "
                        + "sources (src/main/java, src/main/kotlin)").withReference("Order"),
                Finding.at("src/test/java/Test.java", "unit test Test.java names nothing to test; name it for what it "
                        + "tests (*Test, *Tests, Test*)")), rule.check(maven));
    }

    @Test
    void flagsByDefaultOnlyATestLeftBehindByTheOneClassItIsNamedAfter() {
        Project project = jvmTests("src/test/java/com/acme/OrderTest.java",
                "src/test/java/io/buckpal/application/domain/AccountTest.java",
                "src/test/java/com/acme/GhostTest.java")
                .file("src/main/java/com/acme/Cart.java", "")
                .file("src/main/java/com/acme/billing/Order.java", "")
                .file("src/main/java/io/buckpal/application/domain/model/Account.java", "")
                .build();

        assertEquals(List.of("src/test/java/com/acme/OrderTest.java",
                "src/test/java/io/buckpal/application/domain/AccountTest.java"),
                rule.check(project).stream().map(Finding::path).toList());
    }

    @Test
    void leavesFeatureSplitNestedTypeAndRegressionTestsAloneByDefaultButNotTheirLookAlike() {
        String[] tests = {"src/test/java/org/lang3/StringUtilsTrimTest.java",
            "src/test/java/org/lang3/builder/JsonToStringStyleTest.java",
            "src/test/java/org/lang3/reflect/Lang1703Test.java",
            "src/test/java/org/lang3/builder/ConversionTest.java"};
        String[] sources = {"src/main/java/org/lang3/StringUtils.java", "src/main/java/org/lang3/Conversion.java",
            "src/main/java/org/lang3/builder/ToStringStyle.java", "src/main/java/org/lang3/reflect/MethodUtils.java"};

        assertEquals(List.of("src/test/java/org/lang3/builder/ConversionTest.java"),
                rule.check(jvmTests(tests).emptyFiles(sources).build()).stream().map(Finding::path).toList());
        assertEquals(4, rule.check(strictJvmTests(tests).emptyFiles(sources).build()).size());
    }

    @Test
    void leavesScenarioPackagesHelperTestsAndTestOnlyModulesAloneByDefault() {
        String[] tests = {"src/test/java/com/gson/functional/JsonParserTest.java",
            "src/test/java/com/gson/internal/MockSocketTest.java"};
        Project project = jvmTests(tests)
                .file("src/test/java/com/gson/internal/MockSocket.java", "class MockSocket {}")
                .file("src/main/java/com/gson/JsonParser.java", "")
                .file("src/main/java/com/gson/internal/Streams.java", "")
                .build();
        Project testOnlyModule = jvmTests("src/test/java/org/jacoco/core/AnalyzerTest.java").build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(), rule.check(testOnlyModule));
        assertEquals(2, rule.check(strictJvmTests(tests)
                .file("src/test/java/com/gson/internal/MockSocket.java", "class MockSocket {}")
                .emptyFiles("src/main/java/com/gson/JsonParser.java", "src/main/java/com/gson/internal/Streams.java")
                .build()).size());
        assertEquals(1, rule.check(strictJvmTests("src/test/java/org/jacoco/core/AnalyzerTest.java").build()).size());
    }

    @Test
    void leavesATestOfAnInterfacesImplementationInASubpackageAloneButNotATestWithNothingOfItsSubjectBesideIt() {
        Project project = jvmTests("src/test/java/com/bank/jdbc/AccountRepositoryTest.java",
                "src/test/java/com/bank/jdbc/TransferTest.java")
                .emptyFiles("src/main/java/com/bank/AccountRepository.java", "src/main/java/com/bank/Transfer.java",
                        "src/main/java/com/bank/jdbc/JdbcAccountRepository.java")
                .build();

        assertEquals(List.of("src/test/java/com/bank/jdbc/TransferTest.java"),
                rule.check(project).stream().map(Finding::path).toList());
    }

    @Test
    void neverCountsIntegrationSystemOrArchUnitTestsAsUnitTestsButDoesATestThatOnlySoundsLikeOne() {
        Project project = strictJvmTests("src/test/java/com/shop/MySqlIntegrationTests.java",
                "src/test/java/com/shop/SendMoneySystemTest.java", "src/test/java/com/shop/RuleTest.java")
                .file("src/test/java/com/shop/DependencyRuleTests.java", "import com.tngtech.archunit.core.importer"
                        + ".ClassFileImporter;\nclass DependencyRuleTests { @Test void layers() {} }")
                .file("src/test/java/com/shop/DependencyTest.java", "import org.junit.jupiter.api.Assertions;\n"
                        + "class DependencyTest { @Test void resolves() {} }")
                .emptyFiles("src/main/java/com/shop/Shop.java", "src/main/java/com/shop/graph/Dependency.java")
                .build();

        assertEquals(List.of("src/test/java/com/shop/DependencyTest.java", "src/test/java/com/shop/RuleTest.java"),
                rule.check(project).stream().map(Finding::path).toList());
    }

    @Test
    void findsAPythonUnitTestBelowThePackageNameWhenTheSourcesHoldSeveralPackages() {
        Project project = ProjectMother.with(Presets.python()).emptyFiles("tests/unit/seedwork/domain/test_entity.py",
                "tests/unit/modules/bidding/test_listing.py", "tests/unit/api/test_entity.py",
                "src/seedwork/domain/entity.py", "src/modules/bidding/domain/listing.py", "src/api/main.py").build();

        assertEquals(List.of(Finding.at("tests/unit/api/test_entity.py", "unit test test_entity.py has no module "
                + "entity.py or package entity/ at or below src/api/ or src/api/api/ or src/modules/api/ or "
                + "src/seedwork/api/; entity is at "
                + "src/seedwork/domain/entity.py").withReference("entity")
                .withFix("tests/unit/seedwork/domain/test_entity.py")), rule.check(project));
    }
}
