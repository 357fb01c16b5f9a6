package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerSpaceTest {

    @Test
    void detectsTheBasePackageAsThePackageHoldingTheMostLayerPackages() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/org/vendor/application/Patch.java", "",
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/application/Orders.java", "",
                "src/main/java/com/acme/shop/infrastructure/domain/Row.java", "",
                "src/main/java/com/acme/shop/infrastructure/Repo.java", "").build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals(Optional.of("com.acme.shop"), space.basePackage());
        assertEquals("src/main/java/com/acme/shop", space.baseDirectory("src/main/java"));
    }

    @Test
    void joinsJavaAndKotlinRootsIntoOneSpace() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/org/vendor/application/Patch.java", "",
                "src/main/kotlin/com/acme/shop/infrastructure/Repo.kt", "").build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals(Optional.of("com.acme.shop"), space.basePackage());
        assertEquals(List.of("src/main/java", "src/main/kotlin"), space.roots());
    }

    @Test
    void prefersTheShallowestThenTheFirstPackageOnATieWhenLayeringIsConfigured() {
        Project project = ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured).files(
                "src/main/java/b/c/domain/X.java", "",
                "src/main/java/b/domain/X.java", "",
                "src/main/java/a/domain/X.java", "").build();

        assertEquals(Optional.of("a"), LayerSpace.of(project).basePackage());
    }

    @Test
    void takesAConfiguredBasePackageOverDetection() {
        Project project = ProjectMother.with(Presets.maven())
                .layers(layers -> new LayerPolicy(layers.sourceRoots(), "org.vendor", layers.layers(), layers.allowed(),
                        layers.exceptions()))
                .files("src/main/java/com/acme/shop/domain/Order.java", "").build();

        assertEquals(Optional.of("org.vendor"), LayerSpace.of(project).basePackage());
    }

    @Test
    void findsNoBasePackageWhenNoPackageHoldsALayer() {
        Project project = ProjectMother.with(Presets.maven()).files("src/main/java/com/acme/lib/Lib.java", "").build();

        assertEquals(Optional.empty(), LayerSpace.of(project).basePackage());
        assertEquals(List.of("src/main/java"), LayerSpace.of(project).roots());
    }

    @Test
    void detectsThePythonPackageUnderSrc() {
        Project project = ProjectMother.with(Presets.python()).files(
                "src/shop/__init__.py", "",
                "src/shop/domain/__init__.py", "",
                "src/shop/presentation/cli.py", "").build();

        assertEquals(Optional.of("shop"), LayerSpace.of(project).basePackage());
    }

    @Test
    void readsTheBasePackageOfKotlinDirectoriesThatLeaveOutTheCommonRootPackage() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/kotlin/domain/model/Order.kt", "/* the model */\npackage com.acme.shop.domain.model\n",
                "src/main/kotlin/infrastructure/Repo.kt", "package com.acme.shop.infrastructure").build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals(Optional.of("com.acme.shop"), space.basePackage());
        assertEquals("src/main/kotlin", space.baseDirectory("src/main/kotlin"));
    }

    @Test
    void findsTheBaseDirectoryOfEachRootOnItsOwn() {
        Project detected = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "package com.acme.shop.domain;",
                "src/main/java/com/acme/shop/application/Orders.java", "package com.acme.shop.application;",
                "src/main/kotlin/shop/infrastructure/Repo.kt", "package com.acme.shop.infrastructure").build();
        Project configured = ProjectMother.with(Presets.maven())
                .layers(layers -> new LayerPolicy(layers.sourceRoots(), "com.acme.shop", layers.layers(),
                        layers.allowed(), layers.exceptions()))
                .files("src/main/java/com/acme/shop/domain/Order.java", "",
                        "src/main/kotlin/infrastructure/Repo.kt", "")
                .build();

        assertEquals(List.of("src/main/java/com/acme/shop", "src/main/kotlin/shop"),
                LayerSpace.of(detected).roots().stream().map(LayerSpace.of(detected)::baseDirectory).toList());
        assertEquals(List.of("src/main/java/com/acme/shop", "src/main/kotlin"),
                LayerSpace.of(configured).roots().stream().map(LayerSpace.of(configured)::baseDirectory).toList());
    }

    @Test
    void keepsTheDirectoryPackageWhenTheDeclarationDoesNotExtendIt() {
        Project project = ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "package org.elsewhere;",
                "src/main/java/com/acme/shop/application/Orders.java", "package org.elsewhere;").build();

        assertEquals(Optional.of("com.acme.shop"), LayerSpace.of(project).basePackage());
    }

    @Test
    void mapsNamesAndPackagesToLayers() {
        LayerSpace space = LayerSpace.of(ProjectMother.with(Presets.maven()).files(
                "src/main/java/com/acme/shop/domain/Order.java", "",
                "src/main/java/com/acme/shop/application/Orders.java", "").build());

        assertEquals("infrastructure", space.layerOfName("com.acme.shop.infrastructure.db.Repo"));
        assertEquals("infrastructure", space.layerOfName("com.acme.shop.infrastructure"));
        assertEquals("domain", space.layerOfName("com.acme.shop.domain.*"));
        assertNull(space.layerOfName("com.acme.shop.*"));
        assertNull(space.layerOfName("com.acme.shop"));
        assertNull(space.layerOfName("com.acme.shopping.domain.Order"));
        assertNull(space.layerOfName("com.acme.shop.util.Strings"));
        assertEquals("shared", space.layerOfPackage("shared"));
    }

    @Test
    void namesTheModuleOfASourceFile() {
        assertEquals("com.acme.shop.domain.Order", LayerSpace.moduleOf("src/main/java",
                "src/main/java/com/acme/shop/domain/Order.java"));
        assertEquals("shop.domain.model", LayerSpace.moduleOf("src", "src/shop/domain/model.py"));
        assertEquals("shop.domain", LayerSpace.moduleOf("src", "src/shop/domain/__init__.py"));
    }

    @Test
    void detectsTheCommonPackageOfBoundedContextsInGradleStyleRootsAndFindsLayersAtAnyDepth() {
        Project project = ProjectMother.with(Presets.maven())
                .layers(layers -> layers.withSourceRoots(List.of("src/*/main/java")))
                .files("src/billing/main/java/com/acme/billing/invoices/domain/Invoice.java", "",
                        "src/billing/main/java/com/acme/billing/invoices/application/Issue.java", "",
                        "src/shipping/main/java/com/acme/shipping/domain/Parcel.java", "",
                        "src/shipping/main/java/com/acme/shipping/infrastructure/Carriers.java", "",
                        "src/shipping/test/java/com/acme/shipping/domain/ParcelTest.java", "")
                .build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals(List.of("src/billing/main/java", "src/shipping/main/java"), space.roots());
        assertEquals(Optional.of("com.acme"), space.basePackage());
        assertEquals(true, space.anyDepth());
        assertEquals(List.of("billing.invoices", "shipping"), space.contexts());
        assertEquals("domain", space.layerOfName("com.acme.billing.invoices.domain.Invoice"));
        assertEquals("infrastructure", space.layerOfName("com.acme.shipping.infrastructure.Carriers"));
        assertNull(space.layerOfName("com.acme.payments.domain.Payment"), "no context payments");
        assertNull(space.layerOfName("com.acme.billing.Billing"));
    }

    @Test
    void keepsOnePackageOfLayersWhenAnyDepthIsOff() {
        Project project = ProjectMother.with(Presets.maven()).layers(layers -> layers.withAnyDepth(false)).files(
                "src/main/java/com/acme/billing/domain/Invoice.java", "",
                "src/main/java/com/acme/billing/application/Issue.java", "",
                "src/main/java/com/acme/billing/infrastructure/Rows.java", "",
                "src/main/java/com/acme/shipping/domain/Parcel.java", "",
                "src/main/java/com/acme/shipping/application/Ship.java", "").build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals(Optional.of("com.acme.billing"), space.basePackage());
        assertEquals(false, space.anyDepth());
        assertNull(space.layerOfName("com.acme.shipping.domain.Parcel"));
    }

    @Test
    void letsTheLongestNestedLayerPackageDecide() {
        Project project = ProjectMother.with(Presets.maven())
                .layers(layers -> new LayerPolicy(layers.sourceRoots(), "io.acme.pal", List.of(
                        new Layer("core", List.of("application")), new Layer("port-in", List.of("application.port.in")),
                        new Layer("web", List.of("adapter.in.web"))), java.util.Map.of(), List.of()))
                .files("src/main/java/io/acme/pal/application/port/in/Send.java", "").build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals("port-in", space.layerOfName("io.acme.pal.application.port.in.Send"));
        assertEquals("core", space.layerOfName("io.acme.pal.application.port.Other"));
        assertEquals("core", space.layerOfName("io.acme.pal.application.port.inbox.Mail"));
        assertEquals("web", space.layerOfName("io.acme.pal.adapter.in.web.Controller"));
        assertNull(space.layerOfName("io.acme.pal.adapter.in.Other"));
        assertEquals("port-in", space.layerOfPackage("application.port.in.dto"));
    }

    @Test
    void detectsTheBasePackageFromTheSiblingModulesPackagesButNotFromPackagesInsideTheirLayers() {
        Reactor reactor = new Reactor("shop-domain", List.of(
                new Reactor.Module("shop-domain", "pom.xml", List.of("com.acme.shop.domain"), List.of()),
                new Reactor.Module("shop-infrastructure", "pom.xml", List.of("com.acme.shop.infrastructure",
                        "com.acme.shop.infrastructure.cache.domain", "com.acme.shop.infrastructure.cache.application"),
                        List.of()),
                new Reactor.Module("shop-application", "pom.xml", List.of("com.acme.shop.application"), List.of())),
                Map.of());
        Project project = ProjectMother.with(Presets.maven()).reactor(reactor)
                .files("src/main/java/com/acme/shop/domain/Order.java", "").build();

        LayerSpace space = LayerSpace.of(project);

        assertEquals(Optional.of("com.acme.shop"), space.basePackage());
        assertEquals(List.of(""), space.contexts());
        assertEquals("infrastructure", space.layerOfName("com.acme.shop.infrastructure.cache.domain.Entry"));
        assertEquals(Set.of("application", "infrastructure"), space.heldBySiblings());
    }
}
