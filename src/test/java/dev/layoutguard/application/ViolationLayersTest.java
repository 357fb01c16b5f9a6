package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolationLayersTest {

    private final ViolationLayers maven = new ViolationLayers(Presets.maven().layers());
    private final ViolationLayers python = new ViolationLayers(Presets.python().layers());

    @Test
    void findsJavaLayersAfterTheCommonBasePackage() {
        assertEquals(Optional.of(List.of("domain", "infrastructure")), maven.edge(violation(
                "src/main/java/com/acme/shop/domain/model/Order.java", "com.acme.shop.infrastructure.db.Repository")));
    }

    @Test
    void findsKotlinLayersToo() {
        assertEquals(Optional.of(List.of("application", "presentation")), maven.edge(violation(
                "src/main/kotlin/shop/application/PlaceOrder.kt", "shop.presentation.Controller")));
    }

    @Test
    void aBasePackageNamedLikeALayerDoesNotConfuseIt() {
        assertEquals(Optional.of(List.of("application", "infrastructure")), maven.edge(violation(
                "src/main/java/org/domain/shop/application/PlaceOrder.java", "org.domain.shop.infrastructure.Db")));
    }

    @Test
    void findsPythonLayersForAbsoluteAndRelativeImports() {
        assertEquals(Optional.of(List.of("domain", "infrastructure")), python.edge(violation(
                "src/shop/domain/order.py", "shop.infrastructure.db")));
        assertEquals(Optional.of(List.of("domain", "presentation")), python.edge(violation(
                "src/shop/domain/order.py", "..presentation.api")));
    }

    @Test
    void usesAConfiguredBasePackage() {
        LayerPolicy policy = new LayerPolicy(List.of("src/main/java"), "com.acme", List.of(Layer.named("core"),
                new Layer("adapter", List.of("web", "persistence"))), Map.of("adapter", Set.of("core")), List.of());

        assertEquals(Optional.of(List.of("core", "adapter")), new ViolationLayers(policy).edge(violation(
                "src/main/java/com/acme/core/Order.java", "com.acme.persistence.OrderTable")));
    }

    @Test
    void usesTheUnnamedPackageAsBase() {
        LayerPolicy policy = new LayerPolicy(List.of("src/main/java"), "", List.of(Layer.named("domain"),
                Layer.named("web")), Map.of("web", Set.of("domain")), List.of());

        assertEquals(Optional.of(List.of("domain", "web")), new ViolationLayers(policy).edge(violation(
                "src/main/java/domain/Order.java", "web.Controller")));
    }

    @Test
    void tellsNothingWithoutAReferenceOrALayer() {
        assertEquals(Optional.empty(), maven.edge(new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR,
                "src/main/java/shop/domain/Order.java", 3, "imports infrastructure", null, null)));
        assertEquals(Optional.empty(), maven.edge(violation("src/main/java/shop/util/Strings.java",
                "shop.infrastructure.Db")));
        assertEquals(Optional.empty(), maven.edge(violation("src/main/java/shop/domain/Order.java",
                "java.util.List")));
    }

    private static Violation violation(String path, String reference) {
        return new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, path, 1, "imports a layer", null, reference);
    }
}
