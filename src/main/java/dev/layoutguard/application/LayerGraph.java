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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The layers of a check as the reports draw them: every layer, the dependencies the preset allows, and the
 * dependencies that {@code layer-dependency} violations took with how many violations each; with several bounded
 * contexts, the contexts too, each holding every layer, and each violating edge between the contexts its ends lie in.
 *
 * @param layers   the layer names, in the preset's order
 * @param contexts the bounded contexts, dotted and relative to the base package ({@code billing.invoices}), sorted;
 *                 empty when the layers lie in one place
 * @param edges    allowed edges in layer order, then violating edges in layer order
 */
public record LayerGraph(List<String> layers, List<String> contexts, List<Edge> edges) {

    /** A graph with nothing to draw, for checks that did not look at layers. */
    public static final LayerGraph NONE = new LayerGraph(List.of(), List.of());

    /**
     * One dependency between two layers.
     *
     * @param from        the layer whose code depends on the other
     * @param to          the layer it depends on
     * @param allowed     whether the preset allows it
     * @param violations  how many violations took it (0 for an allowed edge)
     * @param fromContext the context of the depending code; empty for an allowed edge (it holds in every context) or
     *                    when the graph has no contexts or the code lies in none
     * @param toContext   the context of the code depended on, likewise
     */
    public record Edge(String from, String to, boolean allowed, int violations, String fromContext,
            String toContext) {

        /** An edge of a graph without contexts. */
        public Edge(String from, String to, boolean allowed, int violations) {
            this(from, to, allowed, violations, "", "");
        }

        /** The edge in words: {@code domain → infrastructure}, {@code billing domain → shipping application}. */
        public String text() {
            return (fromContext.isEmpty() ? "" : fromContext + " ") + from + " \u2192 "
                    + (toContext.isEmpty() ? "" : toContext + " ") + to;
        }

        // equals and hashCode written out, as for Node and Link: the diagrams key maps by them on every build
        // that writes the HTML report, and a record's own link method handles on their first call (see Node)
        @Override
        public boolean equals(Object other) {
            return other instanceof Edge edge && allowed == edge.allowed && violations == edge.violations
                    && Objects.equals(from, edge.from) && Objects.equals(to, edge.to)
                    && Objects.equals(fromContext, edge.fromContext) && Objects.equals(toContext, edge.toContext);
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, to, allowed, violations, fromContext, toContext);
        }
    }

    public LayerGraph {
        layers = List.copyOf(layers);
        contexts = List.copyOf(contexts);
        edges = List.copyOf(edges);
    }

    /** A graph without contexts. */
    public LayerGraph(List<String> layers, List<Edge> edges) {
        this(layers, List.of(), edges);
    }

    /** The policy's layers and allowed edges, and the violating edges of the {@code layer-dependency} violations. */
    public static LayerGraph of(LayerPolicy policy, List<Violation> violations) {
        return of(policy, Contexts.NONE, violations);
    }

    /**
     * The policy's layers and allowed edges, and the violating edges of the {@code layer-dependency} violations, each
     * between the contexts its ends lie in when there are several.
     */
    public static LayerGraph of(LayerPolicy policy, Contexts contexts, List<Violation> violations) {
        List<String> names = policy.layers().stream().map(Layer::name).toList();
        List<Edge> edges = new ArrayList<>();
        for (String from : names) {
            for (String to : policy.allowedFrom(from)) {
                edges.add(new Edge(from, to, true, 0));
            }
        }
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        ViolationLayers locate = new ViolationLayers(policy);
        boolean several = contexts.names().size() > 1;
        for (Violation violation : violations) {
            if (violation.rule() == RuleId.LAYER_DEPENDENCY) {
                locate.edge(violation).ifPresent(edge -> {
                    List<String> key = new ArrayList<>(edge);
                    key.addAll(several ? locate.contexts(violation, contexts) : List.of("", ""));
                    counts.merge(key, 1, Integer::sum);
                });
            }
        }
        for (String from : names) {
            for (String to : names) {
                counts.forEach((key, count) -> {
                    if (key.get(0).equals(from) && key.get(1).equals(to)) {
                        edges.add(new Edge(from, to, false, count, key.get(2), key.get(3)));
                    }
                });
            }
        }
        return new LayerGraph(names, several ? contexts.names() : List.of(), edges);
    }

    /** Whether there is anything to draw. */
    public boolean isEmpty() {
        return layers.isEmpty();
    }

    /** The edges no rule allows, which violations took. */
    public List<Edge> violatingEdges() {
        return edges.stream().filter(edge -> !edge.allowed()).toList();
    }

    /**
     * A layer as the diagrams draw it: in one context, or in none when the graph has no contexts.
     *
     * @param context the context, empty for none
     * @param layer   the layer
     */
    public record Node(String context, String layer) {

        // written out rather than the record's own, whose first call links method handles for the class: the
        // diagrams put nodes in sets and maps on every build that writes the HTML report, and in a JVM that has just
        // started that linking (java.lang.runtime.ObjectMethods and its lambda forms) cost some 20 ms
        @Override
        public boolean equals(Object other) {
            return other instanceof Node node && Objects.equals(context, node.context)
                    && Objects.equals(layer, node.layer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(context, layer);
        }
    }

    /**
     * An edge between two drawn layers.
     *
     * @param from the node of the depending code
     * @param to   the node it depends on
     * @param edge the edge of the graph it draws
     */
    public record Link(Node from, Node to, Edge edge) {

        // written out, as for Node
        @Override
        public boolean equals(Object other) {
            return other instanceof Link link && Objects.equals(from, link.from) && Objects.equals(to, link.to)
                    && Objects.equals(edge, link.edge);
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, to, edge);
        }
    }

    /**
     * The layers to draw: each layer once without contexts; with contexts, each layer in each context, context by
     * context, then the layers of violating edges whose code lies in no context.
     */
    public List<Node> nodes() {
        Set<Node> nodes = new LinkedHashSet<>();
        for (String context : contexts.isEmpty() ? List.of("") : contexts) {
            layers.forEach(layer -> nodes.add(new Node(context, layer)));
        }
        for (Link link : links()) {
            nodes.add(link.from());
            nodes.add(link.to());
        }
        return List.copyOf(nodes);
    }

    /** The edges to draw: the allowed edges (in each context, when there are several), then the violating edges. */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (String context : contexts.isEmpty() ? List.of("") : contexts) {
            edges.stream().filter(Edge::allowed).forEach(edge -> links.add(new Link(new Node(context, edge.from()),
                    new Node(context, edge.to()), edge)));
        }
        violatingEdges().forEach(edge -> links.add(new Link(new Node(edge.fromContext(), edge.from()),
                new Node(edge.toContext(), edge.to()), edge)));
        return links;
    }

    /** This graph and another, as one: the union of layers, contexts and edges, violation counts added up. */
    public LayerGraph merge(LayerGraph other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Set<String> names = new LinkedHashSet<>(layers);
        names.addAll(other.layers);
        Set<String> allContexts = new TreeSet<>(contexts);
        allContexts.addAll(other.contexts);
        Map<Edge, Integer> merged = new LinkedHashMap<>();
        for (Edge edge : edges) {
            merged.merge(withoutCount(edge), edge.violations(), Integer::sum);
        }
        for (Edge edge : other.edges) {
            merged.merge(withoutCount(edge), edge.violations(), Integer::sum);
        }
        List<Edge> edges = new ArrayList<>();
        merged.forEach((key, count) -> edges.add(new Edge(key.from(), key.to(), key.allowed(), count,
                key.fromContext(), key.toContext())));
        List<Edge> ordered = new ArrayList<>(edges.stream().filter(Edge::allowed).toList());
        ordered.addAll(edges.stream().filter(edge -> !edge.allowed()).toList());
        return new LayerGraph(List.copyOf(names), List.copyOf(allContexts), ordered);
    }

    private static Edge withoutCount(Edge edge) {
        return new Edge(edge.from(), edge.to(), edge.allowed(), 0, edge.fromContext(), edge.toContext());
    }

    /**
     * The bounded contexts of a layer space: the base package and the packages below it that hold the layers.
     *
     * @param basePackage the dotted base package; empty for the unnamed package
     * @param names       the contexts, dotted and relative to the base package, sorted
     */
    public record Contexts(String basePackage, List<String> names) {

        /** No contexts: the layers lie in one place. */
        public static final Contexts NONE = new Contexts("", List.of());

        public Contexts {
            names = names.stream().sorted().toList();
        }

        /**
         * The context a dotted name lies in (the longest that holds it), or empty when it lies in none. The name may
         * carry directories before the base package ({@code src.billing.main.java.com.acme.billing.domain.}).
         */
        String of(String dotted) {
            String text = "." + dotted;
            int base = basePackage.isEmpty() ? 0 : text.indexOf("." + basePackage + ".");
            if (base < 0) {
                return "";
            }
            String relative = basePackage.isEmpty() ? text : text.substring(base + basePackage.length() + 1);
            String found = "";
            for (String name : names) {
                boolean holds = basePackage.isEmpty() ? relative.contains("." + name + ".")
                        : relative.startsWith("." + name + ".");
                if (holds && name.length() > found.length()) {
                    found = name;
                }
            }
            return found;
        }
    }
}
