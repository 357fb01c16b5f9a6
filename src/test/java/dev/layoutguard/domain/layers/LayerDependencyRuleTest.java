package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerDependencyRuleTest {

    private static final String ORDER = "src/main/java/com/acme/shop/domain/Order.java";
    /** A second layer: one package named like a layer alone is no layering. */
    private static final String REPO = "src/main/java/com/acme/shop/infrastructure/Repo.java";

    private static List<Finding> check(Project project) {
        return new LayerDependencyRule().check(project);
    }

    private static Project withExceptions(List<LayerException> exceptions, String... files) {
        return ProjectMother.with(Presets.maven()).layers(layers -> layers.withExceptions(exceptions)).files(files)
                .build();
    }

    @Test
    void flagsAnImportOfALayerTheFileMayNotUseAtItsLine() {
        Project project = ProjectMother.with(Presets.maven()).files(ORDER, """
                package com.acme.shop.domain;

                import com.acme.shop.infrastructure.Repo;
                """, REPO, "").build();

        assertEquals(List.of(Finding.atLine(ORDER, 3, "domain imports infrastructure "
                + "(com.acme.shop.infrastructure.Repo); domain may use only shared; invert it: let domain own an "
                + "interface that infrastructure implements").withReference("com.acme.shop.infrastructure.Repo")),
                check(project));
    }

    @Test
    void allowsTheDirectionsOfTheGraphAndTheLayerItself() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/application/Orders.java", """
                        import com.acme.shop.domain.Order;
                        import com.acme.shop.shared.Ids;
                        import com.acme.shop.application.port.Port;
                        import com.acme.shop.Main;
                        import com.acme.shop.util.Strings;
                        import java.util.List;
                        """,
                "src/main/java/com/acme/shop/infrastructure/Repo.java",
                "class Repo implements com.acme.shop.application.port.Port {}").build();

        assertEquals(List.of(), check(project));
    }

    @Test
    void flagsFullyQualifiedNamesInCodeOncePerNameAndLine() {
        Project project = ProjectMother.with(Presets.maven()).files(ORDER, """
                class Order {
                    com.acme.shop.infrastructure.Repo a = new com.acme.shop.infrastructure.Repo();
                    // com.acme.shop.presentation.Screen in a comment, "com.acme.shop.presentation.Screen" in a string
                    com.acme.shop.infrastructure.Repo b;
                }
                """, REPO, "").build();

        List<String> found = check(project).stream().map(finding -> finding.line() + " " + finding.message()).toList();

        assertEquals(List.of(
                "2 domain references infrastructure (com.acme.shop.infrastructure.Repo); domain may use only shared; "
                        + "invert it: let domain own an interface that infrastructure implements",
                "4 domain references infrastructure (com.acme.shop.infrastructure.Repo); domain may use only shared; "
                        + "invert it: let domain own an interface that infrastructure implements"), found);
    }

    @Test
    void saysWhenNeitherDirectionIsAllowedOrTheLayerMayUseNothing() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/infrastructure/Repo.java", "import com.acme.shop.presentation.Screen;",
                "src/main/java/com/acme/shop/shared/Ids.java", "import com.acme.shop.domain.Order;").build();

        assertEquals(List.of(
                "infrastructure imports presentation (com.acme.shop.presentation.Screen); infrastructure may use only "
                        + "domain, application and shared; move what both need into a layer both may use (domain, "
                        + "application or shared)",
                "shared imports domain (com.acme.shop.domain.Order); shared may use no other layer; move this code "
                        + "into domain, or move what it needs into shared"),
                check(project).stream().map(Finding::message).toList());
    }

    @Test
    void checksKotlinSourcesInTheSameSpace() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/kotlin/com/acme/shop/domain/Rules.kt", "import com.acme.shop.application.Orders as O\n",
                "src/main/kotlin/com/acme/shop/application/Orders.kt", "").build();

        assertEquals(List.of("src/main/kotlin/com/acme/shop/domain/Rules.kt:1 com.acme.shop.application.Orders"),
                check(project).stream().map(finding -> finding.path() + ":" + finding.line() + " " + finding.reference())
                        .toList());
    }

    @Test
    void checksKotlinDirectoriesThatLeaveOutTheRootPackageAndReadsEachFileOnce() {
        Map<String, String> texts = Map.of(
                "src/main/kotlin/domain/Order.kt", "package com.acme.shop.domain\n\nimport com.acme.shop.infrastructure.Repo",
                "src/main/kotlin/infrastructure/Repo.kt", "package com.acme.shop.infrastructure");
        Map<String, Integer> reads = new java.util.HashMap<>();
        Project files = ProjectMother.with(Presets.maven()).files("src/main/kotlin/domain/Order.kt", "",
                "src/main/kotlin/infrastructure/Repo.kt", "").build();
        Project project = Project.standalone(files.tree(), files.preset(), path -> {
            reads.merge(path, 1, Integer::sum);
            return Optional.ofNullable(texts.get(path));
        });

        List<String> found = check(project).stream().map(finding -> finding.path() + ":" + finding.line() + " "
                + finding.reference()).toList();

        assertEquals(List.of("src/main/kotlin/domain/Order.kt:3 com.acme.shop.infrastructure.Repo"), found);
        assertEquals(Map.of("src/main/kotlin/domain/Order.kt", 1, "src/main/kotlin/infrastructure/Repo.kt", 1), reads);
    }

    @Test
    void honoursExceptionsByPackageByPathAndByLayer() {
        String presentation = "src/main/java/com/acme/shop/presentation/Main.java";
        String web = "src/main/java/com/acme/shop/presentation/web/Routes.java";
        String[] files = {presentation, "import com.acme.shop.infrastructure.Repo;",
                web, "import com.acme.shop.infrastructure.Repo;", REPO, ""};

        assertEquals(List.of(web), paths(withExceptions(List.of(new LayerException(
                "com.acme.shop.presentation.Main", "infrastructure", "the composition root")), files)));
        assertEquals(List.of(presentation), paths(withExceptions(List.of(new LayerException(
                "src/main/java/com/acme/shop/presentation/web/", "infrastructure", "legacy routes")), files)));
        assertEquals(List.of(), paths(withExceptions(List.of(new LayerException(
                "presentation", "infrastructure", "wiring")), files)));
        assertEquals(List.of(presentation, web), paths(withExceptions(List.of(new LayerException(
                "com.acme.shop.presentation", "domain", "another target")), files)));
        assertEquals(List.of(presentation, web), paths(withExceptions(List.of(new LayerException(
                "com.acme.shop.present", "infrastructure", "not a whole segment")), files)));
    }

    @Test
    void leavesFilesOutsideTheLayersUnchecked() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/Main.java", "import com.acme.shop.infrastructure.Repo;",
                "src/main/java/com/acme/shop/util/Strings.java", "import com.acme.shop.infrastructure.Repo;",
                "src/test/java/com/acme/shop/domain/OrderTest.java", "import com.acme.shop.infrastructure.Repo;")
                .build();

        assertEquals(List.of(), check(project));
    }

    @Test
    void countsUnreadableSourcesInsteadOfGuessingAndNeverFollowsLinks() {
        ProjectTree tree = ProjectTree.of(List.of(
                Entry.directory("src"), Entry.directory("src/main"), Entry.directory("src/main/java"),
                Entry.directory("src/main/java/com"), Entry.directory("src/main/java/com/acme"),
                Entry.directory("src/main/java/com/acme/shop"), Entry.directory("src/main/java/com/acme/shop/domain"),
                Entry.file(ORDER, 10), Entry.file("src/main/java/com/acme/shop/domain/Huge.java", 1L << 40),
                Entry.directory("src/main/java/com/acme/shop/infrastructure"), Entry.file(REPO, 0),
                new Entry("src/main/java/com/acme/shop/domain/Link.java", EntryKind.SYMLINK, 0, false)));
        Map<String, String> texts = Map.of(ORDER, "import com.acme.shop.infrastructure.Repo;", REPO, "",
                "src/main/java/com/acme/shop/domain/Link.java", "import com.acme.shop.presentation.Screen;");
        Project project = Project.standalone(tree, Presets.maven(), path -> Optional.ofNullable(texts.get(path)));

        assertEquals(List.of(ORDER), paths(project));
        assertEquals(Map.of("layeredSources", 3, "sources", 3, "unreadableSources", 1),
                new LayerDependencyRule().metrics(project));
    }

    @Test
    void flagsPythonImportsRelativeLazyAndOfALayerPackageOncePerStatement() {
        String model = "src/shop/domain/model.py";
        Project project = ProjectMother.with(Presets.python()).files(
                "src/shop/__init__.py", "",
                model, """
                        \"""The model; from shop.infrastructure import nothing here.\"""
                        from ..infrastructure import db
                        from .. import infrastructure, shared
                        from shop.infrastructure.db import (
                            Repo,
                            Session,
                        )
                        def save():
                            import shop.presentation.cli as cli
                        """,
                "src/shop/application/orders.py", """
                        from shop import domain
                        from ..domain.model import Order
                        from . import services
                        import shop.shared.ids
                        """).build();

        assertEquals(List.of(
                "2 shop.infrastructure domain imports infrastructure (shop.infrastructure); domain may use only shared; "
                        + "invert it: let domain own an interface that infrastructure implements",
                "3 shop.infrastructure domain imports infrastructure (shop.infrastructure); domain may use only shared; "
                        + "invert it: let domain own an interface that infrastructure implements",
                "4 shop.infrastructure.db domain imports infrastructure (shop.infrastructure.db); domain may use only "
                        + "shared; invert it: let domain own an interface that infrastructure implements",
                "9 shop.presentation.cli domain imports presentation (shop.presentation.cli); domain may use only "
                        + "shared; presentation calls domain, not the other way: move what domain needs into domain, and "
                        + "let presentation pass in the rest"),
                check(project).stream().map(finding -> finding.line() + " " + finding.reference() + " "
                        + finding.message()).toList());
    }

    @Test
    void checksAPortsAndAdaptersGraphWithSeveralPackagesPerLayer() {
        List<Layer> layers = List.of(new Layer("core", List.of("domain")), new Layer("port", List.of("port")),
                new Layer("adapter", List.of("web", "persistence")), Layer.named("application"));
        Map<String, Set<String>> allowed = Map.of("port", Set.of("core"), "application", Set.of("core", "port"),
                "adapter", Set.of("port", "core"));
        Project project = ProjectMother.with(Presets.maven())
                .layers(policy -> new LayerPolicy(policy.sourceRoots(), null, layers, allowed, List.of()))
                .files("src/main/java/com/acme/shop/web/Routes.java", "import com.acme.shop.persistence.Rows;\n"
                        + "import com.acme.shop.port.Orders;\nimport com.acme.shop.application.Service;",
                        "src/main/java/com/acme/shop/domain/Order.java", "import com.acme.shop.port.Orders;")
                .build();

        assertEquals(List.of(
                "src/main/java/com/acme/shop/web/Routes.java:3 adapter imports application "
                        + "(com.acme.shop.application.Service); adapter may use only core and port; move what both "
                        + "need into a layer both may use (core or port)",
                "src/main/java/com/acme/shop/domain/Order.java:1 core imports port (com.acme.shop.port.Orders); core "
                        + "may use no other layer; move this code into port, or move what it needs into core"),
                check(project).stream().map(finding -> finding.path() + ":" + finding.line() + " " + finding.message())
                        .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void judgesAReferenceByTheLayersOfBothEndsWhicheverContextTheySitIn() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/billing/domain/Invoice.java", "import com.acme.shipping.application.Ship;\n"
                        + "import com.acme.shipping.domain.Parcel;",
                "src/main/java/com/acme/billing/application/Issue.java", "import com.acme.shipping.domain.Parcel;\n"
                        + "import com.acme.shipping.application.Ship;",
                "src/main/java/com/acme/shipping/domain/Parcel.java", "",
                "src/main/java/com/acme/shipping/application/Ship.java", "import com.acme.billing.Billing;").build();

        assertEquals(List.of("src/main/java/com/acme/billing/domain/Invoice.java:1 domain imports application "
                + "(com.acme.shipping.application.Ship); domain may use only shared; application builds on domain, "
                + "not the other way: move what domain needs into domain"),
                check(project).stream().map(finding -> finding.path() + ":" + finding.line() + " " + finding.message())
                        .toList());
    }

    @Test
    void leavesTestPackagesBesideTheModulesOutOfTheLayersAndTheSources() {
        Project project = ProjectMother.with(Presets.python()).files(
                "src/modules/catalog/domain/listing.py", "",
                "src/modules/catalog/application/queries.py", "from modules.catalog.infrastructure import repo",
                "src/modules/catalog/infrastructure/repo.py", "",
                "src/modules/catalog/tests/application/test_queries.py", "from modules.catalog.infrastructure import repo",
                "src/modules/bidding/domain/bid.py", "",
                "src/modules/bidding/application/place.py", "").build();

        assertEquals(List.of("src/modules/catalog/application/queries.py:1 application imports infrastructure "
                + "(modules.catalog.infrastructure); application may use only domain and shared; invert it: let "
                + "application own an interface that infrastructure implements"),
                check(project).stream().map(finding -> finding.path() + ":" + finding.line() + " " + finding.message())
                        .toList());
        assertEquals(Map.of("layeredSources", 5, "sources", 5, "unreadableSources", 0),
                new LayerDependencyRule().metrics(project));
    }

    private static List<String> paths(Project project) {
        return check(project).stream().map(Finding::path).sorted().toList();
    }

    @Test
    void judgesImportsOfClassesInSiblingModulesByTheSameGraphButNotOfTheBasePackageAMappedModuleAlsoHolds() {
        String order = "src/main/java/com/acme/shop/domain/Order.java";
        Project project = ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured)
                .reactor(ModuleDependenciesTest.shop("shop-domain", List.of())).files(order, """
                        package com.acme.shop.domain;

                        import com.acme.shop.infrastructure.JdbcOrders;
                        import com.acme.shop.boot.ShopApplication;
                        import com.acme.shop.events.docs.Catalog;
                        import com.acme.shop.Money;
                        """).build();

        assertEquals(List.of(
                "3 domain imports infrastructure (com.acme.shop.infrastructure.JdbcOrders); domain may use only shared; "
                        + "invert it: let domain own an interface that infrastructure implements",
                "4 domain imports presentation (com.acme.shop.boot.ShopApplication); domain may use only shared; "
                        + "presentation calls domain, not the other way: move what domain needs into domain, and let "
                        + "presentation pass in the rest"),
                check(project).stream().map(finding -> finding.line() + " " + finding.message()).toList());
    }

    @Test
    void putsTheFilesOfAModuleMappedToALayerInThatLayer() {
        String main = "src/main/java/com/acme/shop/boot/ShopApplication.java";
        Project project = ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured)
                .reactor(ModuleDependenciesTest.shop("shop-app", List.of())).files(main, """
                        package com.acme.shop.boot;

                        import com.acme.shop.application.PlaceOrder;
                        import com.acme.shop.infrastructure.JdbcOrders;
                        """).build();

        assertEquals(List.of("4 presentation imports infrastructure (com.acme.shop.infrastructure.JdbcOrders)"),
                check(project).stream().map(finding -> finding.line() + " " + finding.message()
                        .substring(0, finding.message().indexOf(';'))).toList());
    }
}
