package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.LayerGraph.Edge;
import dev.layoutguard.application.LayerGraph.Node;
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
    void framesEachContextWithItsLayersAndDrawsViolationsBetweenContexts() {
        LayerGraph graph = new LayerGraph(List.of("domain", "application"), List.of("billing", "<shipping>"),
                List.of(new Edge("application", "domain", true, 0),
                        new Edge("domain", "application", false, 2, "billing", "<shipping>")));

        String svg = LayerDiagramSvg.render(graph);

        assertEquals(List.of(new Node("billing", "application"), new Node("billing", "domain"),
                new Node("<shipping>", "application"), new Node("<shipping>", "domain")), LayerDiagramSvg.nodes(graph));
        assertEquals(2, svg.split("<g class=\"context\"", -1).length - 1);
        assertTrue(svg.contains("<g class=\"context\" data-context=\"&lt;shipping&gt;\">"), svg);
        assertTrue(svg.contains("font-weight=\"bold\" fill=\"#4a5568\">billing</text></g>"), svg);
        assertEquals(2, svg.split("<path class=\"edge allowed\"", -1).length - 1);
        assertTrue(svg.contains("<path class=\"edge violating\" data-from=\"domain\" data-to=\"application\" "
                + "data-from-context=\"billing\" data-to-context=\"&lt;shipping&gt;\""), svg);
        assertTrue(svg.contains("<title>billing domain \u2192 &lt;shipping&gt; application: 2 violations</title>"));
        assertTrue(svg.contains("<title id=\"layer-diagram-title\">Layers in 2 contexts: 2 allowed dependencies, 1 "
                + "violating</title>"));
    }

    @Test
    void drawsNothingForAnEmptyGraph() {
        assertEquals("", LayerDiagramSvg.render(LayerGraph.NONE));
    }
}
