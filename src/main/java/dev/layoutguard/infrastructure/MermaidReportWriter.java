package dev.layoutguard.infrastructure;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.LayerGraph.Link;
import dev.layoutguard.application.LayerGraph.Node;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code layers.mmd}: the layer graph as a Mermaid flowchart, each layer a node (in a subgraph per bounded
 * context when there are several), the allowed dependencies as thin grey arrows and the violating ones as thick red
 * arrows labelled with their violation counts. Node ids are generated; every name is written as Mermaid entity codes
 * inside a quoted label, so a package name can never add a node, an edge, a style or markup.
 */
public final class MermaidReportWriter implements ReportWriter {

    /** The file name inside the output directory. */
    public static final String FILE_NAME = ReportFormat.MERMAID.fileName();

    @Override
    public void write(Report report, Path projectDirectory, Writer out) throws IOException {
        out.write("%% LayoutGuard: the layers, the dependencies they allow (grey) and the violating ones (red, count)\n");
        out.write(diagram(report.layers()));
    }

    /** The flowchart of a layer graph, one statement a line; a single note when no layers were checked. */
    public static String diagram(LayerGraph graph) {
        StringBuilder text = new StringBuilder("flowchart TB\n");
        if (graph.isEmpty()) {
            return text.append("  none[\"No layers were checked\"]\n").toString();
        }
        List<Node> nodes = graph.nodes();
        Map<Node, String> ids = new HashMap<>();
        List<String> contexts = graph.contexts();
        for (Node node : nodes) {
            int context = contexts.indexOf(node.context());
            ids.put(node, (context < 0 ? "" : "c" + context + "_") + "l" + graph.layers().indexOf(node.layer()));
        }
        for (int c = 0; c < contexts.size(); c++) {
            text.append("  subgraph c").append(c).append("[\"").append(label(contexts.get(c))).append("\"]\n");
            for (Node node : nodes) {
                if (node.context().equals(contexts.get(c))) {
                    text.append("    ").append(ids.get(node)).append("[\"").append(label(node.layer())).append("\"]\n");
                }
            }
            text.append("  end\n");
        }
        for (Node node : nodes) {
            if (!contexts.contains(node.context())) {
                text.append("  ").append(ids.get(node)).append("[\"").append(label(node.layer())).append("\"]\n");
            }
        }
        List<Link> links = graph.links();
        List<Integer> allowed = new ArrayList<>();
        List<Integer> violating = new ArrayList<>();
        Set<String> offending = new LinkedHashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            text.append("  ").append(ids.get(link.from()));
            if (link.edge().allowed()) {
                allowed.add(i);
                text.append(" --> ");
            } else {
                violating.add(i);
                offending.add(ids.get(link.from()));
                int count = link.edge().violations();
                text.append(" ==>|\"").append(count).append(count == 1 ? " violation" : " violations").append("\"| ");
            }
            text.append(ids.get(link.to())).append('\n');
        }
        text.append("  classDef layer fill:#eef2f7,stroke:#4a5568,color:#1a202c\n");
        text.append("  classDef offending fill:#fdecea,stroke:").append(LayerDiagramSvg.VIOLATING)
                .append(",color:#1a202c\n");
        text.append("  class ").append(nodes.stream().map(ids::get).filter(id -> !offending.contains(id))
                .collect(Collectors.joining(","))).append(" layer\n");
        if (!offending.isEmpty()) {
            text.append("  class ").append(String.join(",", offending)).append(" offending\n");
        }
        for (int c = 0; c < contexts.size(); c++) {
            text.append("  style c").append(c).append(" fill:#f7fafc,stroke:#a0aec0,stroke-dasharray:4 3\n");
        }
        linkStyle(text, allowed, "stroke:" + LayerDiagramSvg.ALLOWED + ",stroke-width:1.5px");
        linkStyle(text, violating, "stroke:" + LayerDiagramSvg.VIOLATING + ",stroke-width:3px,color:"
                + LayerDiagramSvg.VIOLATING);
        return text.toString();
    }

    private static void linkStyle(StringBuilder text, List<Integer> links, String style) {
        if (!links.isEmpty()) {
            text.append("  linkStyle ").append(links.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append(' ').append(style).append('\n');
        }
    }

    /**
     * A name as the text of a quoted Mermaid label: letters, digits, {@code _ . -} and spaces as they are, every other
     * character (quotes, brackets, {@code #}, {@code ;}, {@code <}, {@code %}, line breaks) as a Mermaid entity code
     * ({@code #60;}), which Mermaid shows as the character and never reads as syntax or markup.
     */
    static String label(String name) {
        StringBuilder label = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ' ')) {
                label.append((char) c);
            } else {
                label.append('#').append(c).append(';');
            }
        });
        return label.toString();
    }
}
