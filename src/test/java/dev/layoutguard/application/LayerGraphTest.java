package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.layoutguard.application.LayerGraph.Edge;
import dev.layoutguard.application.LayerGraph.Link;
import dev.layoutguard.application.LayerGraph.Node;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerGraphTest {

    /** Nodes, links and edges are equal when every component is, as records are, with hash codes to match. */
    @Test
    void nodesLinksAndEdgesAreEqualComponentByComponent() {
        Edge edge = new Edge("domain", "infrastructure", false, 2, "billing", "");
        List<Edge> others = List.of(new Edge("application", "infrastructure", false, 2, "billing", ""),
                new Edge("domain", "application", false, 2, "billing", ""),
                new Edge("domain", "infrastructure", true, 2, "billing", ""),
                new Edge("domain", "infrastructure", false, 3, "billing", ""),
                new Edge("domain", "infrastructure", false, 2, "", ""),
                new Edge("domain", "infrastructure", false, 2, "billing", "shipping"));
        Node node = new Node("billing", "domain");
        Link link = new Link(node, new Node("", "infrastructure"), edge);

        assertEquals(edge, new Edge("domain", "infrastructure", false, 2, "billing", ""));
        assertEquals(edge.hashCode(), new Edge("domain", "infrastructure", false, 2, "billing", "").hashCode());
        others.forEach(other -> assertNotEquals(edge, other));
        assertEquals(node, new Node("billing", "domain"));
        assertEquals(node.hashCode(), new Node("billing", "domain").hashCode());
        assertNotEquals(node, new Node("", "domain"));
        assertNotEquals(node, new Node("billing", "application"));
        assertNotEquals(node, null);
        assertEquals(link, new Link(new Node("billing", "domain"), new Node("", "infrastructure"),
                new Edge("domain", "infrastructure", false, 2, "billing", "")));
        assertEquals(link.hashCode(), new Link(node, new Node("", "infrastructure"), edge).hashCode());
        assertNotEquals(link, new Link(node, node, edge));
        assertNotEquals(link, new Link(new Node("", "infrastructure"), new Node("", "infrastructure"), edge));
        assertNotEquals(link, new Link(node, new Node("", "infrastructure"), others.get(0)));
        assertEquals(new Node(null, null), new Node(null, null));
    }

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

    @Test
    void placesViolatingEdgesBetweenTheContextsTheirEndsLieIn() {
        LayerGraph.Contexts contexts = new LayerGraph.Contexts("com.acme", List.of("shipping.parcels",
                "billing.invoices"));

        LayerGraph graph = LayerGraph.of(Presets.maven().layers(), contexts, List.of(
                layer("src/main/java/com/acme/billing/invoices/domain/Invoice.java",
                        "com.acme.shipping.parcels.application.ShipParcel"),
                layer("src/billing/main/java/com/acme/billing/invoices/domain/Credit.java",
                        "com.acme.shipping.parcels.application.ShipParcel"),
                layer("src/main/java/com/acme/shipping/parcels/domain/Parcel.java",
                        "com.acme.shipping.parcels.infrastructure.Db")));

        assertEquals(List.of("billing.invoices", "shipping.parcels"), graph.contexts());
        assertEquals(List.of(new Edge("domain", "application", false, 2, "billing.invoices", "shipping.parcels"),
                new Edge("domain", "infrastructure", false, 1, "shipping.parcels", "shipping.parcels")),
                graph.violatingEdges());
        assertEquals("billing.invoices domain \u2192 shipping.parcels application",
                graph.violatingEdges().get(0).text());
        assertEquals(2 * 5, graph.nodes().size());
        assertEquals(2 * 9 + 2, graph.links().size());
    }

    @Test
    void drawsOneContextAsNone() {
        LayerGraph graph = LayerGraph.of(Presets.maven().layers(), new LayerGraph.Contexts("com.acme",
                List.of("billing")), List.of(layer("src/main/java/com/acme/billing/domain/Invoice.java",
                        "com.acme.billing.infrastructure.Db")));

        assertEquals(List.of(), graph.contexts());
        assertEquals(List.of(new Edge("domain", "infrastructure", false, 1)), graph.violatingEdges());
        assertEquals("domain \u2192 infrastructure", graph.violatingEdges().get(0).text());
    }

    @Test
    void mergesContextsOfModules() {
        LayerGraph one = new LayerGraph(List.of("domain"), List.of("billing", "shipping"), List.of());
        LayerGraph two = new LayerGraph(List.of("domain"), List.of("accounts", "billing"), List.of());

        assertEquals(List.of("accounts", "billing", "shipping"), one.merge(two).contexts());
    }

    private static Violation layer(String path, String reference) {
        return new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, path, 1, "imports a layer", null, reference);
    }
}
