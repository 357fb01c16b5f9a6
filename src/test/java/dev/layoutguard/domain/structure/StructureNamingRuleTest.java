package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.StructurePolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class StructureNamingRuleTest {

    private final StructureNamingRule rule = new StructureNamingRule();

    @Test
    void flagsPythonModulesAndPackagesThatAreNotSnakeCase() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/__init__.py", "src/shop/DataLoader.py", "src/shop/value-objects/__init__.py",
                        "scripts/dev/setup-dev.py")
                .build();

        assertEquals(List.of(
                Finding.at("scripts/dev/setup-dev.py", "Python module name is not snake_case (lower-case letters, digits"
                        + " and underscores); rename it to setup_dev.py"),
                Finding.at("src/shop/DataLoader.py", "Python module name is not snake_case (lower-case letters, digits"
                        + " and underscores); rename it to data_loader.py"),
                Finding.at("src/shop/value-objects", "Python package name is not snake_case (lower-case letters, digits"
                        + " and underscores); rename it to value_objects")),
                rule.check(project));
    }

    @Test
    void acceptsDunderModulesMigrationsAndDirectoriesThatAreNoPackages() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/__init__.py", "src/shop/__main__.py", "src/shop/migrations/0001_initial.py",
                        "src/shop/web/static/app.css", "docs/getting-started/install.md",
                        "deploy/cloud/gcp/cloud-run/main.py", "src/shop/py.typed", "src/shop/api.pyi")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("namingCompliance", 100, "namesChecked", 6), rule.metrics(project));
    }

    @Test
    void aFocusedProjectFindsOnlyOnTheNamesItReports() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/__init__.py", "src/shop/DataLoader.py", "src/shop/value-objects/__init__.py",
                        "src/shop/BadToo.py")
                .build();

        assertEquals(List.of(Finding.at("src/shop/DataLoader.py", "Python module name is not snake_case (lower-case"
                + " letters, digits and underscores); rename it to data_loader.py")),
                rule.check(project.focused(path -> path.equals("src/shop/DataLoader.py"))));
        assertEquals(List.of(), rule.check(project.focused(path -> path.equals("src/shop/__init__.py"))),
                "a compliant name reported on, the failing ones not");
    }

    @Test
    void treatsDirectoriesOfModulesBelowASourceRootAsPackages() {
        Project project = ProjectMother.with(Presets.python())
                .paths("tests/unit/Domain/test_order.py").build();

        assertEquals(List.of(Finding.at("tests/unit/Domain", "Python package name is not snake_case (lower-case"
                + " letters, digits and underscores); rename it to domain")), rule.check(project));
    }

    @Test
    void measuresTheShareOfCompliantNamesRoundedDown() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/__init__.py", "src/shop/a.py", "src/shop/Bad.py").build();

        // checked: shop, __init__.py, a.py, Bad.py
        assertEquals(Map.of("namingCompliance", 75, "namesChecked", 4), rule.metrics(project));
    }

    @Test
    void doesNotLookInsideVirtualEnvironments() {
        Project project = ProjectMother.with(Presets.python())
                .paths("environments/.venv/pyvenv.cfg", "environments/.venv/lib/Site-Packages/Foo/__init__.py")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void flagsJavaPackagesThatAreNotLowerCase() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/com/example/orderService/", "src/test/kotlin/com/example/2fa/",
                        "src/main/resources/Templates/")
                .build();

        assertEquals(List.of(
                Finding.at("src/main/java/com/example/orderService", "Java package name is not lower case (letters,"
                        + " digits and underscores, starting with a letter); rename it to orderservice"),
                Finding.at("src/test/kotlin/com/example/2fa", "Java package name is not lower case (letters,"
                        + " digits and underscores, starting with a letter); rename it to p2fa")),
                rule.check(project));
    }

    @Test
    void readsEachSourceOnceWithTheLayerAndTestRulesAndOnlyTheHeadOfTheRest() {
        Map<String, String> texts = Map.of(
                "src/main/java/com/acme/shop/domain/Order.java", "package com.acme.shop.domain;\npublic class Order {}",
                "src/main/java/com/acme/shop/infrastructure/Repo.java",
                "package com.acme.shop.infrastructure;\nimport com.acme.shop.domain.Order;\npublic class Repo {}",
                "src/main/java/com/acme/shop/util/Strings.java",
                "package com.acme.shop.util;\npublic class Text { void a() { b(); } }",
                "src/test/java/com/acme/shop/domain/OrderTest.java",
                "package com.acme.shop.domain;\nclass OrderTest { @Test void a() {} }");
        Project files = ProjectMother.with(Presets.maven()).paths(texts.keySet().toArray(String[]::new)).build();
        Map<String, Integer> reads = new ConcurrentHashMap<>();
        Project project = Project.standalone(files.tree(), files.preset(), path -> {
            reads.merge(path, 1, Integer::sum);
            return Optional.ofNullable(texts.get(path));
        });

        Report report = LayoutCheck.withAllRules("1").run(project, Selection.families(
                EnumSet.of(RuleFamily.STRUCTURE, RuleFamily.LAYERS, RuleFamily.TESTS)));

        assertEquals(List.of("src/main/java/com/acme/shop/util/Strings.java"), report.violations().stream()
                .filter(violation -> violation.rule() == RuleId.STRUCTURE_NAMING).map(Violation::path).toList());
        assertEquals(Map.of("src/main/java/com/acme/shop/domain/Order.java", 1,
                "src/main/java/com/acme/shop/infrastructure/Repo.java", 1,
                "src/main/java/com/acme/shop/util/Strings.java", 1,
                "src/test/java/com/acme/shop/domain/OrderTest.java", 1), reads);
    }

    @Test
    void flagsAJavaFileNotNamedForItsPublicTypeWithTheLineAndTheFix() {
        Project project = ProjectMother.with(Presets.maven())
                .file("src/main/java/com/example/Orders.java", "package com.example;\n\npublic class OrderService {}\n")
                .file("src/main/java/com/example/Helpers.java", "package com.example;\nclass Helper {}\n")
                .file("src/main/java/com/example/Order.java", "package com.example;\npublic record Order(int id) {}\n")
                .file("src/main/java/com/example/package-info.java", "package com.example;\n")
                .build();

        assertEquals(List.of(new Finding("src/main/java/com/example/Orders.java", 3, "file declares the public type "
                + "OrderService, so it must be named OrderService.java", "src/main/java/com/example/OrderService.java",
                null)), rule.check(project));
        // checked: com, example, Order.java, Helpers.java, Orders.java
        assertEquals(Map.of("namingCompliance", 80, "namesChecked", 5), rule.metrics(project));
    }

    @Test
    void leavesJavaFilesOutsideTheSourceRootsAndUnreadableFilesAlone() {
        Project project = ProjectMother.with(Presets.maven())
                .file("src/test/resources/fixtures/Broken.java", "public class Other {}")
                .paths("src/main/java/com/example/Unreadable.java")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void leavesTheDirectoriesJavadocAndArchivesRequireAlone() {
        // commons-lang's src/main/java/org/apache/commons/lang3/doc-files, which javadoc copies as it is
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/org/apache/commons/lang3/doc-files/Leaf-Icons/leaf.gif",
                        "src/main/java/META-INF/services/x.Y")
                .build();
        Project lookAlike = ProjectMother.with(Presets.maven())
                .paths("src/main/java/org/apache/commons/lang3/docFiles/leaf.gif").build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(Finding.at("src/main/java/org/apache/commons/lang3/docFiles", "Java package name is not"
                + " lower case (letters, digits and underscores, starting with a letter); rename it to docfiles")),
                rule.check(lookAlike));
    }

    @Test
    void leavesTheNamesMigrationToolsWriteAlone() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/migrations/script.py.mako", "src/shop/migrations/env.py",
                        "src/shop/migrations/versions/2024_01_05-ab12_Add_Users.py",
                        "src/orders/migrations/0001_initial.py", "src/orders/migrations/0002_Order_Total.py")
                .build();
        Project lookAlike = ProjectMother.with(Presets.python())
                .paths("src/shop/versions/Add_Users.py", "src/orders/migrations/0002_Order_Total.py").build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(
                Finding.at("src/orders/migrations/0002_Order_Total.py", "Python module name is not snake_case"
                        + " (lower-case letters, digits and underscores); rename it to 0002_order_total.py"),
                Finding.at("src/shop/versions/Add_Users.py", "Python module name is not snake_case (lower-case"
                        + " letters, digits and underscores); rename it to add_users.py")),
                rule.check(lookAlike));
    }

    @Test
    void checksThePackagesOfTheSourceRootsTheBuildConfigures() {
        StructurePolicy structure = Presets.maven().structure();
        Project project = ProjectMother.with(Presets.maven().withStructure(
                        structure.withRoots(List.of("src"), structure.resourceRoots())))
                .paths("src/org/jacoco/Core/A.java").build();

        assertEquals(List.of(Finding.at("src/org/jacoco/Core", "Java package name is not lower case (letters, digits"
                + " and underscores, starting with a letter); rename it to core")), rule.check(project));
    }
}
