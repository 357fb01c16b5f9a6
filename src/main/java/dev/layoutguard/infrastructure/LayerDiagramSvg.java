package dev.layoutguard.infrastructure;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.LayerGraph.Edge;
import dev.layoutguard.application.LayerGraph.Link;
import dev.layoutguard.application.LayerGraph.Node;
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
 * left with their violation counts. With several bounded contexts, each context's layers are a framed group of the
 * column, allowed arcs within it and violating arcs between the contexts their ends lie in. Colours are presentation
 * attributes, so the drawing needs no style sheet.
 */
public final class LayerDiagramSvg {

    static final String ALLOWED = "#8a94a3";
    static final String VIOLATING = "#c62828";
    private static final int NODE_WIDTH = 190;
    private static final int NODE_HEIGHT = 34;
    private static final int STEP = 58;
    private static final int TOP = 16;
    private static final int LABEL_ROOM = 44;
    private static final int CONTEXT_HEADER = 30;

    private LayerDiagramSvg() {
    }

    /** The SVG element; empty when the graph has no layers. */
    public static String render(LayerGraph graph) {
        if (graph.isEmpty()) {
            return "";
        }
        List<Node> column = nodes(graph);
        Map<Node, Integer> row = new HashMap<>();
        int[] tops = new int[column.size()];
        int header = 0;
        for (int i = 0; i < column.size(); i++) {
            row.put(column.get(i), i);
            if (graph.contexts().contains(column.get(i).context())
                    && (i == 0 || !column.get(i - 1).context().equals(column.get(i).context()))) {
                header += CONTEXT_HEADER;
            }
            tops[i] = TOP + i * STEP + header;
        }
        List<Link> links = graph.links();
        List<Link> allowed = links.stream().filter(link -> link.edge().allowed()).toList();
        List<Link> violating = links.stream().filter(link -> !link.edge().allowed()).toList();
        Map<Link, Double> bulges = bulges(links, row);
        double leftReach = violating.stream().mapToDouble(link -> 0.75 * bulges.get(link)).max().orElse(0);
        double rightReach = allowed.stream().mapToDouble(link -> 0.75 * bulges.get(link)).max().orElse(0);
        int left = (int) Math.ceil(leftReach) + LABEL_ROOM;
        int width = left + NODE_WIDTH + (int) Math.ceil(rightReach) + 24;
        int legendTop = TOP + column.size() * STEP + header + 4;
        int height = legendTop + 30;
        Set<Node> offending = new HashSet<>();
        violating.forEach(link -> offending.add(link.from()));

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"layer-diagram\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\""
                        + " aria-labelledby=\"layer-diagram-title\">\n");
        svg.append("<title id=\"layer-diagram-title\">Layers").append(graph.contexts().isEmpty() ? ""
                : " in " + graph.contexts().size() + " contexts").append(": ").append(allowed.size())
                .append(" allowed dependencies, ").append(violating.size()).append(" violating</title>\n");
        svg.append("<defs>").append(arrowhead("arrow-allowed", ALLOWED)).append(arrowhead("arrow-violating", VIOLATING))
                .append("</defs>\n");
        for (String context : graph.contexts()) {
            frame(svg, context, column, tops, left);
        }
        for (Link link : allowed) {
            arc(svg, link, tops[row.get(link.from())], tops[row.get(link.to())], bulges.get(link), left + NODE_WIDTH,
                    1);
        }
        for (Link link : violating) {
            arc(svg, link, tops[row.get(link.from())], tops[row.get(link.to())], bulges.get(link), left, -1);
        }
        for (int i = 0; i < column.size(); i++) {
            node(svg, column.get(i), left, tops[i], offending.contains(column.get(i)));
        }
        legend(svg, left, legendTop);
        svg.append("</svg>");
        return svg.toString();
    }

    /** The drawn layers top to bottom: the column of layers, in each context in turn when there are several. */
    static List<Node> nodes(LayerGraph graph) {
        List<String> layers = column(graph);
        List<Node> nodes = new ArrayList<>();
        for (String context : graph.contexts().isEmpty() ? List.of("") : graph.contexts()) {
            layers.forEach(layer -> nodes.add(new Node(context, layer)));
        }
        graph.nodes().stream().filter(node -> !nodes.contains(node)).forEach(nodes::add);
        return nodes;
    }

    /** A frame around a context's layers, with the context's name above them. */
    private static void frame(StringBuilder svg, String context, List<Node> column, int[] tops, int left) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i).context().equals(context)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        int y = tops[first] - CONTEXT_HEADER + 4;
        svg.append("<g class=\"context\" data-context=\"").append(Markup.escape(context)).append("\"><rect x=\"")
                .append(left - 10).append("\" y=\"").append(y).append("\" width=\"").append(NODE_WIDTH + 20)
                .append("\" height=\"").append(tops[last] + NODE_HEIGHT + 10 - y)
                .append("\" rx=\"8\" fill=\"none\" stroke=\"#a0aec0\" stroke-dasharray=\"4 3\"/><text x=\"")
                .append(left - 4).append("\" y=\"").append(y + 15)
                .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#4a5568\">").append(Markup.escape(context))
                .append("</text></g>\n");
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
    private static Map<Link, Double> bulges(List<Link> links, Map<Node, Integer> row) {
        Map<Link, Double> bulges = new HashMap<>();
        Map<String, Integer> sameSpan = new HashMap<>();
        for (Link link : links) {
            int span = Math.abs(row.get(link.from()) - row.get(link.to()));
            int rank = sameSpan.merge(link.edge().allowed() + "/" + span, 1, Integer::sum) - 1;
            bulges.put(link, 18.0 + 30.0 * span + 7.0 * rank);
        }
        return bulges;
    }

    private static void arc(StringBuilder svg, Link link, int fromTop, int toTop, double bulge, int x, int side) {
        Edge edge = link.edge();
        int direction = Integer.signum(toTop - fromTop);
        double y1 = fromTop + NODE_HEIGHT / 2.0 + 6 * direction;
        double y2 = toTop + NODE_HEIGHT / 2.0 - 6 * direction;
        double control = x + side * bulge;
        String colour = edge.allowed() ? ALLOWED : VIOLATING;
        String label = named(link.from()) + " \u2192 " + named(link.to()) + (edge.allowed() ? ": allowed"
                : ": " + edge.violations() + (edge.violations() == 1 ? " violation" : " violations"));
        svg.append("<path class=\"").append(edge.allowed() ? "edge allowed" : "edge violating")
                .append("\" data-from=\"").append(Markup.escape(edge.from())).append("\" data-to=\"")
                .append(Markup.escape(edge.to())).append('"');
        if (!link.from().context().isEmpty() || !link.to().context().isEmpty()) {
            svg.append(" data-from-context=\"").append(Markup.escape(link.from().context()))
                    .append("\" data-to-context=\"").append(Markup.escape(link.to().context())).append('"');
        }
        svg.append(" d=\"M ").append(x).append(' ').append(number(y1))
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

    /** A drawn layer's name: the layer, after its context when it has one. */
    private static String named(Node node) {
        return node.context().isEmpty() ? node.layer() : node.context() + " " + node.layer();
    }

    private static void node(StringBuilder svg, Node node, int x, int y, boolean offending) {
        String layer = node.layer();
        svg.append("<g class=\"layer\"").append(node.context().isEmpty() ? ""
                : " data-context=\"" + Markup.escape(node.context()) + "\"").append("><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
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
