package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.LayerGraph.Edge;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerGraphTest {

    @Test
    void drawsThePresetsLayersAndAllowedEdgesInLayerOrder() {
        LayerGraph graph = LayerGraph.of(Presets.python().layers(), List.of());

        assertEquals(List.of("domain", "application", "infrastructure", "presentation", "shared"), graph.layers());
        assertEquals(List.of(new Edge("domain", "shared", true, 0), new Edge("application", "domain", true, 0),
                new Edge("application", "shared", true, 0), new Edge("infrastructure", "domain", true, 0),
                new Edge("infrastructure", "application", true, 0), new Edge("infrastructure", "shared", true, 0),
                new Edge("presentation", "domain", true, 0), new Edge("presentation", "application", true, 0),
                new Edge("presentation", "shared", true, 0)), graph.edges());
        assertEquals(List.of(), graph.violatingEdges());
    }

    @Test
    void countsViolatingEdgesOfLayerDependencyViolationsOnly() {
        LayerGraph graph = LayerGraph.of(Presets.python().layers(), List.of(
                layer("src/shop/domain/a.py", "shop.infrastructure.db"),
                layer("src/shop/domain/b.py", "shop.infrastructure.db"),
                layer("src/shop/shared/c.py", "shop.domain.model"),
                new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "src/shop/domain/x.txt", null, "not allowed", null,
                        "shop.presentation")));

        assertEquals(List.of(new Edge("domain", "infrastructure", false, 2), new Edge("shared", "domain", false, 1)),
                graph.violatingEdges());
    }

    @Test
    void mergesGraphsAddingUpViolations() {
        LayerGraph one = LayerGraph.of(Presets.python().layers(), List.of(layer("src/shop/domain/a.py",
                "shop.infrastructure.db")));
        LayerGraph two = LayerGraph.of(Presets.python().layers(), List.of(layer("src/shop/domain/b.py",
                "shop.infrastructure.db"), layer("src/shop/domain/c.py", "shop.presentation.api")));

        LayerGraph merged = one.merge(two).merge(LayerGraph.NONE);

        assertEquals(one.layers(), merged.layers());
        assertEquals(List.of(new Edge("domain", "infrastructure", false, 2), new Edge("domain", "presentation", false,
                1)), merged.violatingEdges());
        assertEquals(9, merged.edges().stream().filter(Edge::allowed).count());
        assertEquals(two, LayerGraph.NONE.merge(two));
    }

    private static Violation layer(String path, String reference) {
        return new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, path, 1, "imports a layer", null, reference);
    }
}
