package dev.layoutguard.application;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layers of a check as the reports draw them: every layer, the dependencies the preset allows, and the
 * dependencies that {@code layer-dependency} violations took with how many violations each.
 *
 * @param layers the layer names, in the preset's order
 * @param edges  allowed edges in layer order, then violating edges in layer order
 */
public record LayerGraph(List<String> layers, List<Edge> edges) {

    /** A graph with nothing to draw, for checks that did not look at layers. */
    public static final LayerGraph NONE = new LayerGraph(List.of(), List.of());

    /**
     * One dependency between two layers.
     *
     * @param from       the layer whose code depends on the other
     * @param to         the layer it depends on
     * @param allowed    whether the preset allows it
     * @param violations how many violations took it (0 for an allowed edge)
     */
    public record Edge(String from, String to, boolean allowed, int violations) {
    }

    public LayerGraph {
        layers = List.copyOf(layers);
        edges = List.copyOf(edges);
    }

    /** The policy's layers and allowed edges, and the violating edges of the {@code layer-dependency} violations. */
    public static LayerGraph of(LayerPolicy policy, List<Violation> violations) {
        List<String> names = policy.layers().stream().map(Layer::name).toList();
        List<Edge> edges = new ArrayList<>();
        for (String from : names) {
            for (String to : policy.allowedFrom(from)) {
                edges.add(new Edge(from, to, true, 0));
            }
        }
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        ViolationLayers locate = new ViolationLayers(policy);
        for (Violation violation : violations) {
            if (violation.rule() == RuleId.LAYER_DEPENDENCY) {
                locate.edge(violation).ifPresent(edge -> counts.merge(edge, 1, Integer::sum));
            }
        }
        for (String from : names) {
            for (String to : names) {
                Integer count = counts.get(List.of(from, to));
                if (count != null) {
                    edges.add(new Edge(from, to, false, count));
                }
            }
        }
        return new LayerGraph(names, edges);
    }

    /** Whether there is anything to draw. */
    public boolean isEmpty() {
        return layers.isEmpty();
    }

    /** The edges no rule allows, which violations took. */
    public List<Edge> violatingEdges() {
        return edges.stream().filter(edge -> !edge.allowed()).toList();
    }

    /** This graph and another, as one: the union of layers and edges, violation counts added up. */
    public LayerGraph merge(LayerGraph other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Set<String> names = new LinkedHashSet<>(layers);
        names.addAll(other.layers);
        Map<List<Object>, Integer> merged = new LinkedHashMap<>();
        for (Edge edge : edges) {
            merged.merge(List.of(edge.from(), edge.to(), edge.allowed()), edge.violations(), Integer::sum);
        }
        for (Edge edge : other.edges) {
            merged.merge(List.of(edge.from(), edge.to(), edge.allowed()), edge.violations(), Integer::sum);
        }
        List<Edge> edges = new ArrayList<>();
        merged.forEach((key, count) -> edges.add(new Edge((String) key.get(0), (String) key.get(1),
                (Boolean) key.get(2), count)));
        List<Edge> ordered = new ArrayList<>(edges.stream().filter(Edge::allowed).toList());
        ordered.addAll(edges.stream().filter(edge -> !edge.allowed()).toList());
        return new LayerGraph(List.copyOf(names), ordered);
    }
}
