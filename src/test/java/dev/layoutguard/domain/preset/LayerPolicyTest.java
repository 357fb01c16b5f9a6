package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerPolicyTest {

    private static final List<String> ROOTS = List.of("src/main/java");

    private static String rejection(Runnable construction) {
        return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
    }

    @Test
    void findsACycleInTheGraphAndNoneInALayering() {
        List<Layer> layers = List.of(new Layer("domain", List.of("domain")), new Layer("application",
                List.of("application")), new Layer("infrastructure", List.of("infrastructure")));
        Map<String, Set<String>> layered = Map.of("application", Set.of("domain", "application"), "infrastructure",
                Set.of("application", "domain"));
        Map<String, Set<String>> cyclic = Map.of("application", Set.of("domain"), "infrastructure",
                Set.of("application"), "domain", Set.of("infrastructure"));

        assertEquals(List.of(), new LayerPolicy(ROOTS, null, layers, layered, List.of()).cycle());
        assertEquals(List.of("domain", "infrastructure", "application", "domain"),
                new LayerPolicy(ROOTS, null, layers, cyclic, List.of()).cycle());
    }

    @Test
    void namesAnUnknownLayerInTheGraphOrAnException() {
        List<Layer> layers = List.of(Layer.named("domain"), Layer.named("shared"));

        assertEquals("unknown layer infra (layers are domain, shared)", rejection(() -> new LayerPolicy(ROOTS, null,
                layers, Map.of("domain", Set.of("infra")), List.of())));
        assertEquals("unknown layer web (layers are domain, shared)", rejection(() -> new LayerPolicy(ROOTS, null,
                layers, Map.of(), List.of(new LayerException("domain", "web", "because")))));
    }

    @Test
    void rejectsTwiceDefinedLayersSharedPackagesAndBadNames() {
        assertEquals("layer core is defined twice", rejection(() -> new LayerPolicy(ROOTS, null,
                List.of(Layer.named("core"), Layer.named("core")), Map.of(), List.of())));
        assertEquals("package web belongs to two layers: adapter and ui", rejection(() -> new LayerPolicy(ROOTS, null,
                List.of(new Layer("adapter", List.of("web")), new Layer("ui", List.of("web"))), Map.of(), List.of())));
        assertEquals("basePackage 'com..acme' is not a dotted package name", rejection(() -> new LayerPolicy(ROOTS,
                "com..acme", List.of(Layer.named("core")), Map.of(), List.of())));
        assertEquals("layer adapter: package 'adapter/web' is not a package name directly under the base package",
                rejection(() -> new Layer("adapter", List.of("adapter/web"))));
    }

    @Test
    void letsALayerUseItselfAndWhatTheGraphAllowsInLayerOrder() {
        LayerPolicy policy = Presets.maven().layers();

        assertTrue(policy.mayUse("domain", "domain"));
        assertTrue(policy.mayUse("infrastructure", "application"));
        assertEquals(List.of("domain", "application", "shared"), policy.allowedFrom("infrastructure"));
        assertEquals(List.of(false, false, false, false, true),
                policy.layers().stream().map(Layer::optional).toList());
    }
}
