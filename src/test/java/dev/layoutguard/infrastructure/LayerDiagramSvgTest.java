package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.LayerGraph.Edge;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerDiagramSvgTest {

    @Test
    void putsOuterLayersOnTopAndLayersEveryoneUsesAtTheBottom() {
        LayerGraph graph = LayerGraph.of(Presets.maven().layers(), List.of());

        assertEquals(List.of("infrastructure", "presentation", "application", "domain", "shared"),
                LayerDiagramSvg.column(graph));
    }

    @Test
    void survivesAllowedCycles() {
        LayerGraph graph = new LayerGraph(List.of("a", "b"), List.of(new Edge("a", "b", true, 0),
                new Edge("b", "a", true, 0)));

        assertEquals(2, LayerDiagramSvg.column(graph).size());
        assertTrue(LayerDiagramSvg.render(graph).startsWith("<svg"));
    }

    @Test
    void escapesLayerNames() {
        LayerGraph graph = new LayerGraph(List.of("<b>", "x&y"), List.of(new Edge("<b>", "x&y", false, 3)));

        String svg = LayerDiagramSvg.render(graph);

        assertTrue(svg.contains(">&lt;b&gt;</text>"));
        assertTrue(svg.contains("data-from=\"&lt;b&gt;\" data-to=\"x&amp;y\""));
        assertTrue(svg.contains("<title>&lt;b&gt; \u2192 x&amp;y: 3 violations</title>"));
    }

    @Test
    void drawsNothingForAnEmptyGraph() {
        assertEquals("", LayerDiagramSvg.render(LayerGraph.NONE));
    }
}
