package dev.layoutguard.infrastructure;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.LayerGraph.Edge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a {@link LayerGraph} as an inline SVG arc diagram: the layers in a column, outermost first and the layers
 * everything may use at the bottom; allowed dependencies as grey arcs on the right, violating ones as red arcs on the
 * left with their violation counts. Colours are presentation attributes, so the drawing needs no style sheet.
 */
public final class LayerDiagramSvg {

    static final String ALLOWED = "#8a94a3";
    static final String VIOLATING = "#c62828";
    private static final int NODE_WIDTH = 190;
    private static final int NODE_HEIGHT = 34;
    private static final int STEP = 58;
    private static final int TOP = 16;
    private static final int LABEL_ROOM = 44;

    private LayerDiagramSvg() {
    }

    /** The SVG element; empty when the graph has no layers. */
    public static String render(LayerGraph graph) {
        if (graph.isEmpty()) {
            return "";
        }
        List<String> column = column(graph);
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            row.put(column.get(i), i);
        }
        List<Edge> allowed = graph.edges().stream().filter(Edge::allowed).toList();
        List<Edge> violating = graph.violatingEdges();
        Map<Edge, Double> bulges = bulges(graph.edges(), row);
        double leftReach = violating.stream().mapToDouble(edge -> 0.75 * bulges.get(edge)).max().orElse(0);
        double rightReach = allowed.stream().mapToDouble(edge -> 0.75 * bulges.get(edge)).max().orElse(0);
        int left = (int) Math.ceil(leftReach) + LABEL_ROOM;
        int width = left + NODE_WIDTH + (int) Math.ceil(rightReach) + 24;
        int legendTop = TOP + column.size() * STEP + 4;
        int height = legendTop + 30;
        Set<String> offending = new HashSet<>();
        violating.forEach(edge -> offending.add(edge.from()));

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"layer-diagram\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\""
                        + " aria-labelledby=\"layer-diagram-title\">\n");
        svg.append("<title id=\"layer-diagram-title\">Layers: ").append(allowed.size())
                .append(" allowed dependencies, ").append(violating.size()).append(" violating</title>\n");
        svg.append("<defs>").append(arrowhead("arrow-allowed", ALLOWED)).append(arrowhead("arrow-violating", VIOLATING))
                .append("</defs>\n");
        for (Edge edge : allowed) {
            arc(svg, edge, row, bulges.get(edge), left + NODE_WIDTH, 1);
        }
        for (Edge edge : violating) {
            arc(svg, edge, row, bulges.get(edge), left, -1);
        }
        for (int i = 0; i < column.size(); i++) {
            node(svg, column.get(i), left, TOP + i * STEP, offending.contains(column.get(i)));
        }
        legend(svg, left, legendTop);
        svg.append("</svg>");
        return svg.toString();
    }

    /** The layers top to bottom: by how long a chain of allowed dependencies leads down from them, then preset order. */
    static List<String> column(LayerGraph graph) {
        Map<String, List<String>> uses = new HashMap<>();
        graph.edges().stream().filter(Edge::allowed)
                .forEach(edge -> uses.computeIfAbsent(edge.from(), from -> new ArrayList<>()).add(edge.to()));
        Map<String, Integer> depth = new HashMap<>();
        for (String layer : graph.layers()) {
            depth(layer, uses, depth, new HashSet<>());
        }
        List<String> column = new ArrayList<>(graph.layers());
        column.sort(Comparator.comparing((String layer) -> -depth.get(layer)));
        return column;
    }

    private static int depth(String layer, Map<String, List<String>> uses, Map<String, Integer> depth,
            Set<String> visiting) {
        Integer known = depth.get(layer);
        if (known != null) {
            return known;
        }
        if (!visiting.add(layer)) {
            return 0;
        }
        int deepest = 0;
        for (String target : uses.getOrDefault(layer, List.of())) {
            deepest = Math.max(deepest, 1 + depth(target, uses, depth, visiting));
        }
        visiting.remove(layer);
        depth.put(layer, deepest);
        return deepest;
    }

    /** How far each arc bows out: wider for layers further apart, and a little wider for each arc of the same span. */
    private static Map<Edge, Double> bulges(List<Edge> edges, Map<String, Integer> row) {
        Map<Edge, Double> bulges = new HashMap<>();
        Map<String, Integer> sameSpan = new HashMap<>();
        for (Edge edge : edges) {
            int span = Math.abs(row.get(edge.from()) - row.get(edge.to()));
            int rank = sameSpan.merge(edge.allowed() + "/" + span, 1, Integer::sum) - 1;
            bulges.put(edge, 18.0 + 30.0 * span + 7.0 * rank);
        }
        return bulges;
    }

    private static void arc(StringBuilder svg, Edge edge, Map<String, Integer> row, double bulge, int x, int side) {
        int from = row.get(edge.from());
        int to = row.get(edge.to());
        int direction = Integer.signum(to - from);
        double y1 = TOP + from * STEP + NODE_HEIGHT / 2.0 + 6 * direction;
        double y2 = TOP + to * STEP + NODE_HEIGHT / 2.0 - 6 * direction;
        double control = x + side * bulge;
        String colour = edge.allowed() ? ALLOWED : VIOLATING;
        String label = edge.from() + " \u2192 " + edge.to() + (edge.allowed() ? ": allowed"
                : ": " + edge.violations() + (edge.violations() == 1 ? " violation" : " violations"));
        svg.append("<path class=\"").append(edge.allowed() ? "edge allowed" : "edge violating")
                .append("\" data-from=\"").append(Markup.escape(edge.from())).append("\" data-to=\"")
                .append(Markup.escape(edge.to())).append("\" d=\"M ").append(x).append(' ').append(number(y1))
                .append(" C ").append(number(control)).append(' ').append(number(y1)).append(", ")
                .append(number(control)).append(' ').append(number(y2)).append(", ").append(x).append(' ')
                .append(number(y2)).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(edge.allowed() ? "1.5" : "2.5").append("\" marker-end=\"url(#")
                .append(edge.allowed() ? "arrow-allowed" : "arrow-violating").append(")\"><title>")
                .append(Markup.escape(label)).append("</title></path>\n");
        if (!edge.allowed()) {
            double apexX = x - 0.75 * bulge;
            double apexY = (y1 + y2) / 2;
            svg.append("<text class=\"edge-count\" x=\"").append(number(apexX - 5)).append("\" y=\"")
                    .append(number(apexY + 4)).append("\" text-anchor=\"end\" font-size=\"12\" font-weight=\"bold\" "
                            + "fill=\"").append(VIOLATING).append("\">").append(edge.violations()).append("\u00d7")
                    .append("</text>\n");
        }
    }

    private static void node(StringBuilder svg, String layer, int x, int y, boolean offending) {
        svg.append("<g class=\"layer\"><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(NODE_WIDTH).append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"6\" fill=\"")
                .append(offending ? "#fdecea" : "#eef2f7").append("\" stroke=\"")
                .append(offending ? VIOLATING : "#4a5568").append("\" stroke-width=\"1.2\"/><text x=\"")
                .append(x + NODE_WIDTH / 2).append("\" y=\"").append(y + NODE_HEIGHT / 2 + 5)
                .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#1a202c\">").append(Markup.escape(layer))
                .append("</text></g>\n");
    }

    private static void legend(StringBuilder svg, int x, int y) {
        svg.append("<g class=\"legend\" font-size=\"12\" fill=\"#4a5568\">")
                .append("<line x1=\"").append(x).append("\" y1=\"").append(y + 10).append("\" x2=\"").append(x + 26)
                .append("\" y2=\"").append(y + 10).append("\" stroke=\"").append(ALLOWED)
                .append("\" stroke-width=\"1.5\"/><text x=\"").append(x + 32).append("\" y=\"").append(y + 14)
                .append("\">allowed</text>")
                .append("<line x1=\"").append(x + 100).append("\" y1=\"").append(y + 10).append("\" x2=\"")
                .append(x + 126).append("\" y2=\"").append(y + 10).append("\" stroke=\"").append(VIOLATING)
                .append("\" stroke-width=\"2.5\"/><text x=\"").append(x + 132).append("\" y=\"").append(y + 14)
                .append("\">violating (count)</text></g>\n");
    }

    private static String arrowhead(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" "
                + "markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"" + colour
                + "\"/></marker>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
