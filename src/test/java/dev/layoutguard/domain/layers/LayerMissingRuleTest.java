package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerMissingRuleTest {

    private static List<Finding> check(Project project) {
        return new LayerMissingRule().check(project);
    }

    @Test
    void flagsALayerWithNoPackageInAnyRootButNotTheOptionalShared() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/application/Orders.java", "",
                "src/main/kotlin/com/acme/shop/infrastructure/Repo.kt", "").build();

        assertEquals(List.of(Finding.at("src/main/java/com/acme/shop/presentation", "layer presentation has no "
                + "package: expected com.acme.shop.presentation in src/main/java or src/main/kotlin; create it, or "
                + "mark the layer optional in <layers>").withReference("presentation")), check(project));
    }

    @Test
    void findsALayerByAnyOfItsPackagesAndNamesThemAllWhenNoneExists() {
        List<Layer> layers = List.of(new Layer("adapter", List.of("web", "persistence")),
                new Layer("port", List.of("port", "ports")), Layer.named("domain"));
        Project project = ProjectMother.with(Presets.maven())
                .layers(policy -> new LayerPolicy(policy.sourceRoots(), null, layers, Map.of(), List.of()))
                .files("src/main/java/com/acme/shop/persistence/Rows.java", "",
                        "src/main/java/com/acme/shop/domain/Order.java", "")
                .build();

        assertEquals(List.of(Finding.at("src/main/java/com/acme/shop/port", "layer port has no package: expected one "
                + "of com.acme.shop.port, com.acme.shop.ports in src/main/java; create it, or mark the layer optional in "
                + "<layers>").withReference("port")), check(project));
    }

    @Test
    void flagsEveryRequiredLayerAtTheRootWhenNoPackageHoldsALayer() {
        List<String> found = check(ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured)
                .files("src/main/java/App.java", "").build())
                .stream()
                .map(finding -> finding.path() + " " + finding.message()).toList();

        assertEquals(List.of(
                "src/main/java layer domain has no package: no package in src/main/java holds a layer; create domain "
                        + "in your base package, or set <layers><basePackage>",
                "src/main/java layer application has no package: no package in src/main/java holds a layer; create "
                        + "application in your base package, or set <layers><basePackage>",
                "src/main/java layer infrastructure has no package: no package in src/main/java holds a layer; create "
                        + "infrastructure in your base package, or set <layers><basePackage>",
                "src/main/java layer presentation has no package: no package in src/main/java holds a layer; create "
                        + "presentation in your base package, or set <layers><basePackage>"), found);
    }

    @Test
    void flagsTheLayersOfAConfiguredBasePackageThatDoesNotExist() {
        Project project = ProjectMother.with(Presets.python())
                .layers(policy -> new LayerPolicy(policy.sourceRoots(), "shopp", policy.layers(), policy.allowed(),
                        List.of()))
                .files("src/shop/domain/__init__.py", "").build();

        assertEquals(List.of("src/shopp/domain", "src/shopp/application", "src/shopp/infrastructure",
                "src/shopp/presentation", "src"), check(project).stream().map(Finding::path).toList());
    }

    @Test
    void findsNothingInAProjectWithoutSources() {
        assertEquals(List.of(), check(ProjectMother.with(Presets.maven())
                .files("pom.xml", "<project/>", "src/main/resources/a.txt", "").build()));
    }

    @Test
    void findsNothingInAProjectThatNeitherConfiguresNorShowsLayers() {
        Project library = ProjectMother.with(Presets.maven()).files(
                "src/main/java/org/apache/commons/lang3/StringUtils.java", "",
                "src/main/java/org/apache/commons/lang3/text/WordUtils.java", "").build();
        // one package named like a layer beside packages that are none is no layering either
        Project gateway = ProjectMother.with(Presets.maven()).files(
                "src/main/java/org/acme/api/application/CustomersClient.java", "",
                "src/main/java/org/acme/api/boundary/web/Gateway.java", "",
                "src/main/java/org/acme/api/dto/Owner.java", "").build();

        assertEquals(List.of(), check(library));
        assertEquals(List.of(), check(gateway));
        assertEquals(List.of(), new LayerUnknownPackageRule().check(gateway));
    }

    @Test
    void saysOnceHowToMapLayersThatGoByOtherNames() {
        Project project = ProjectMother.with(Presets.python()).files(
                "src/allocation/__init__.py", "",
                "src/allocation/domain/model.py", "",
                "src/allocation/adapters/repository.py", "",
                "src/allocation/service_layer/services.py", "",
                "src/allocation/entrypoints/flask_app.py", "",
                "src/allocation/config.py", "").build();

        assertEquals(List.of(Finding.at("src/allocation", "the layers go by other names here (adapters, "
                + "entrypoints, service_layer), so they are not checked: name their packages once in "
                + "<layers><definitions> (such as adapters as infrastructure, entrypoints as presentation, "
                + "service_layer as application), or rename the packages").withReference("definitions")),
                check(project));
        assertEquals(List.of(), new LayerUnknownPackageRule().check(project));
    }

    @Test
    void mapsRenamedLayersOfBoundedContextsOnceAndLeavesTheirOtherPackagesToTheUnknownPackageRule() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/io/acme/lending/book/application/Borrow.java", "",
                "src/main/java/io/acme/lending/book/infrastructure/Books.java", "",
                "src/main/java/io/acme/lending/book/model/Book.java", "",
                "src/main/java/io/acme/lending/patron/application/Hold.java", "",
                "src/main/java/io/acme/lending/patron/infrastructure/Patrons.java", "",
                "src/main/java/io/acme/lending/patron/model/Patron.java", "",
                "src/main/java/io/acme/lending/patron/util/Dates.java", "").build();

        List<Finding> found = check(project);

        assertEquals(List.of("src/main/java/io/acme/lending/book"), found.stream().map(Finding::path).toList());
        assertEquals("the layers go by other names here (model), so they are not checked: name their packages once "
                + "in <layers><definitions> (such as model as domain), or rename the packages",
                found.get(0).message());
        assertEquals(List.of("src/main/java/io/acme/lending/patron/util"), new LayerUnknownPackageRule()
                .check(project).stream().map(Finding::path).toList());
    }

    @Test
    void warnsWhenTheLayersCoverFewerThanHalfOfTheSources() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/application/Orders.java", "",
                "src/main/java/com/acme/shop/infrastructure/Repo.java", "",
                "src/main/java/com/acme/shop/presentation/Screen.java", "",
                "src/main/java/com/acme/billing/Invoices.java", "",
                "src/main/java/com/acme/billing/Payments.java", "",
                "src/main/java/com/acme/billing/Reminders.java", "",
                "src/main/java/com/acme/billing/Taxes.java", "",
                "src/main/java/com/acme/billing/Rates.java", "").build();

        assertEquals(List.of(Finding.at("src/main/java", "layers cover 4 of 9 sources: configure "
                + "<layers><sourceRoots> or <anyDepth>, or set <basePackage> to the package that holds them all")
                .withReference("coverage")), check(project));
        assertEquals(Map.of("layeredSources", 4, "sources", 9, "unreadableSources", 0),
                new LayerDependencyRule().metrics(project));
    }

    @Test
    void findsALayerInAnyContextAtAnyDepth() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/billing/domain/Invoice.java", "",
                "src/main/java/com/acme/billing/application/Bill.java", "",
                "src/main/java/com/acme/shipping/domain/Parcel.java", "",
                "src/main/java/com/acme/shipping/infrastructure/Carriers.java", "").build();

        assertEquals(List.of(Finding.at("src/main/java/com/acme/billing/presentation", "layer presentation has no "
                + "package: expected com.acme.billing.presentation in any context of com.acme (com.acme.billing, "
                + "com.acme.shipping) in src/main/java; create it, or mark the layer optional in <layers>")
                .withReference("presentation")), check(project));
    }

    @Test
    void takesALayerASiblingModuleHoldsOrIsMappedToAsPresent() {
        ProjectMother domainModule = ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured)
                .files("src/main/java/com/acme/shop/domain/Order.java", "");

        assertEquals(List.of(), check(domainModule.reactor(ModuleDependenciesTest.shop("shop-domain", List.of()))
                .build()));
        assertEquals(List.of("application", "infrastructure", "presentation"), check(domainModule
                .reactor(Reactor.NONE).build()).stream().map(Finding::reference).toList());
    }

    @Test
    void takesTheLayerAModuleIsMappedToAsPresentThoughItsPackagesNameNone() {
        Project app = ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured)
                .reactor(ModuleDependenciesTest.shop("shop-app", List.of()))
                .files("src/main/java/com/acme/shop/boot/ShopApplication.java", "").build();

        assertEquals(List.of(), check(app));
    }

    @Test
    void pointsAModuleAtAContextOfItsOwnWhenSiblingsHoldOthers() {
        // catalog holds one context; the shop module beside it holds billing and shipping, and no module presentation
        List<String> common = List.of("com", "com.acme");
        List<String> shop = new ArrayList<>(common);
        shop.addAll(List.of("com.acme.billing", "com.acme.billing.domain", "com.acme.billing.application",
                "com.acme.shipping", "com.acme.shipping.domain", "com.acme.shipping.infrastructure"));
        Reactor reactor = new Reactor("catalog", List.of(
                new Reactor.Module("shop", "shop/pom.xml", shop, List.of()),
                new Reactor.Module("catalog", "catalog/pom.xml", List.of(), List.of())), Map.of());
        Project catalog = ProjectMother.with(Presets.maven()).reactor(reactor).files(
                "src/main/java/com/acme/catalog/domain/Item.java", "",
                "src/main/java/com/acme/catalog/application/ListItems.java", "").build();

        assertEquals(List.of("src/main/java/com/acme/catalog/presentation"),
                check(catalog).stream().map(Finding::path).toList());
    }
}
