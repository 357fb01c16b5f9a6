package dev.layoutguard.presentation;

import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to the preset's layering, made in the pom. Every part is optional: {@code definitions} replace the
 * preset's layers, {@code dependencies} replace its dependency graph (without them, the preset's edges between layers
 * that still exist are kept), {@code allow} adds edges, {@code optional} lets layers be absent, and
 * {@code exceptions} declare, with a reason, where a layer may be used anyway.
 *
 * <pre>{@code
 * <layers>
 *   <basePackage>com.acme.shop</basePackage>
 *   <definitions>
 *     <layer><name>core</name><packages><package>domain</package></packages></layer>
 *     <layer><name>port</name></layer>
 *     <layer><name>adapter</name><packages><package>web</package><package>persistence</package></packages></layer>
 *   </definitions>
 *   <dependencies>
 *     <dependency>port -> core</dependency>
 *     <dependency>adapter -> port, core</dependency>
 *   </dependencies>
 *   <exceptions>
 *     <exception>
 *       <source>com.acme.shop.Application</source>
 *       <target>adapter</target>
 *       <reason>the composition root wires the adapters</reason>
 *     </exception>
 *   </exceptions>
 * </layers>
 * }</pre>
 */
public class LayersConfiguration {

    /** The dotted package that holds the layers; detected when not set (the package holding the most layers). */
    private String basePackage;

    /** Layers that replace the preset's, in the order reports list them. */
    private List<LayerConfiguration> definitions = new ArrayList<>();

    /** The dependency graph that replaces the preset's: one {@code layer -> layer, layer} per entry. */
    private List<String> dependencies = new ArrayList<>();

    /** Edges added to the graph, written like {@code dependencies}: {@code presentation -> infrastructure}. */
    private List<String> allow = new ArrayList<>();

    /** Names of layers that may be absent without a {@code layer-missing} warning. */
    private List<String> optional = new ArrayList<>();

    /** Declared exceptions, each with a source, a target layer and a reason. */
    private List<LayerExceptionConfiguration> exceptions = new ArrayList<>();

    public String getBasePackage() {
        return basePackage;
    }

    public void setBasePackage(String basePackage) {
        this.basePackage = basePackage;
    }

    public List<LayerConfiguration> getDefinitions() {
        return definitions;
    }

    public void setDefinitions(List<LayerConfiguration> definitions) {
        this.definitions = definitions;
    }

    public List<String> getDependencies() {
        return dependencies;
    }

    public void setDependencies(List<String> dependencies) {
        this.dependencies = dependencies;
    }

    public List<String> getAllow() {
        return allow;
    }

    public void setAllow(List<String> allow) {
        this.allow = allow;
    }

    public List<String> getOptional() {
        return optional;
    }

    public void setOptional(List<String> optional) {
        this.optional = optional;
    }

    public List<LayerExceptionConfiguration> getExceptions() {
        return exceptions;
    }

    public void setExceptions(List<LayerExceptionConfiguration> exceptions) {
        this.exceptions = exceptions;
    }

    /**
     * The preset's policy with these changes.
     *
     * @throws IllegalArgumentException naming the bad value: an unknown layer in a dependency, an edge, an optional
     *                                  layer or an exception; a malformed edge; an invalid base package or package;
     *                                  an exception without a reason
     */
    LayerPolicy applyTo(LayerPolicy preset) {
        String base = basePackage == null || basePackage.isBlank() ? preset.basePackage()
                : basePackage.trim().replace('/', '.');
        List<Layer> layers = nonNull(definitions).isEmpty() ? preset.layers() : definedLayers();
        List<String> names = layers.stream().map(Layer::name).toList();
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        if (nonNull(dependencies).isEmpty()) {
            preset.allowed().forEach((from, targets) -> {
                if (names.contains(from)) {
                    graph.computeIfAbsent(from, key -> new LinkedHashSet<>());
                    targets.stream().filter(names::contains).forEach(to -> add(graph, from, to));
                }
            });
        } else {
            addEdges(graph, "dependencies", dependencies, names);
        }
        addEdges(graph, "allow", allow, names);
        Set<String> absent = new LinkedHashSet<>();
        for (String name : nonNull(optional)) {
            absent.add(known("optional", name.trim(), name, names));
        }
        List<Layer> marked = layers.stream().map(layer -> absent.contains(layer.name())
                ? new Layer(layer.name(), layer.packages(), true) : layer).toList();
        List<LayerException> declared = new ArrayList<>(preset.exceptions());
        for (LayerExceptionConfiguration exception : nonNull(exceptions)) {
            declared.add(exception(exception, names));
        }
        return new LayerPolicy(preset.sourceRoots(), base, marked, graph, declared);
    }

    private List<Layer> definedLayers() {
        List<Layer> layers = new ArrayList<>();
        for (LayerConfiguration definition : definitions) {
            String name = definition.getName() == null ? "" : definition.getName().trim();
            if (!name.matches("[\\p{L}\\p{N}_-]+")) {
                throw new IllegalArgumentException("definitions: layer name '" + name
                        + "' must be a word of letters, digits, '_' or '-'");
            }
            List<String> packages = nonNull(definition.getPackages()).stream().map(String::trim).toList();
            layers.add(new Layer(name, packages.isEmpty() ? List.of(name) : packages, definition.isOptional()));
        }
        return layers;
    }

    private static void addEdges(Map<String, Set<String>> graph, String part, List<String> edges, List<String> names) {
        for (String edge : nonNull(edges)) {
            String written = edge == null ? "" : edge.trim();
            int arrow = written.indexOf("->");
            if (arrow <= 0) {
                throw new IllegalArgumentException(part + ": '" + written
                        + "' is not of the form 'layer -> layer, layer'");
            }
            String from = known(part, written.substring(0, arrow).trim(), written, names);
            graph.computeIfAbsent(from, key -> new LinkedHashSet<>());
            for (String to : written.substring(arrow + 2).split(",")) {
                if (!to.isBlank()) {
                    add(graph, from, known(part, to.trim(), written, names));
                }
            }
        }
    }

    private static LayerException exception(LayerExceptionConfiguration exception, List<String> names) {
        String source = exception.getSource() == null ? "" : exception.getSource().trim();
        String target = exception.getTarget() == null ? "" : exception.getTarget().trim();
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("exceptions: an exception needs a <source> and a <target> layer");
        }
        known("exceptions", target, source + " -> " + target, names);
        try {
            return new LayerException(source, target, exception.getReason());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("exceptions: " + e.getMessage(), e);
        }
    }

    private static String known(String part, String layer, String written, List<String> names) {
        if (!names.contains(layer)) {
            throw new IllegalArgumentException(part + ": unknown layer '" + layer + "' in '" + written
                    + "' (layers are " + String.join(", ", names) + ")");
        }
        return layer;
    }

    private static void add(Map<String, Set<String>> graph, String from, String to) {
        graph.computeIfAbsent(from, key -> new LinkedHashSet<>()).add(to);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
