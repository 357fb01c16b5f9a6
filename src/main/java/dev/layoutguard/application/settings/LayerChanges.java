package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.Setting.named;

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
 * The {@code layers} block: changes to the preset's layering. {@code definitions} replace the preset's layers,
 * {@code dependencies} its graph (without them the preset's edges between layers that still exist are kept),
 * {@code allow} adds edges, {@code optional} lets layers be absent, {@code exceptions} are added to the preset's.
 * Every layer named must exist once the layers are known.
 *
 * @param basePackage  the dotted package holding the layers, or {@code null} for the preset's (detected)
 * @param definitions  the layers replacing the preset's, or empty for the preset's
 * @param dependencies the graph replacing the preset's, or empty for the preset's
 * @param allow        edges added to the graph
 * @param optional     names of layers that may be absent
 * @param exceptions   declared exceptions, each with a reason
 */
public record LayerChanges(String basePackage, List<Layer> definitions, List<LayerEdge> dependencies,
        List<LayerEdge> allow, List<String> optional, List<LayerException> exceptions) {

    /** No change. */
    public static final LayerChanges NONE = new LayerChanges(null, List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** The preset's policy with these changes. */
    public LayerPolicy applyTo(LayerPolicy preset) throws SettingsException {
        if (equals(NONE)) {
            return preset;
        }
        List<Layer> layers = definitions.isEmpty() ? preset.layers() : definitions;
        List<String> names = layers.stream().map(Layer::name).toList();
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        if (dependencies.isEmpty()) {
            preset.allowed().forEach((from, targets) -> {
                if (names.contains(from)) {
                    graph.computeIfAbsent(from, key -> new LinkedHashSet<>());
                    targets.stream().filter(names::contains).forEach(to -> graph.get(from).add(to));
                }
            });
        } else {
            addEdges(graph, named("layers.dependencies"), dependencies, names);
        }
        addEdges(graph, named("layers.allow"), allow, names);
        for (String name : optional) {
            known(named("layers.optional"), name, name, names);
        }
        List<Layer> marked = layers.stream().map(layer -> optional.contains(layer.name())
                ? new Layer(layer.name(), layer.packages(), true) : layer).toList();
        List<LayerException> declared = new ArrayList<>(preset.exceptions());
        for (LayerException exception : exceptions) {
            known(named("layers.exceptions"), exception.target(), exception.source() + " -> "
                    + exception.target(), names);
            declared.add(exception);
        }
        try {
            return new LayerPolicy(preset.sourceRoots(), basePackage == null ? preset.basePackage() : basePackage,
                    marked, graph, declared);
        } catch (IllegalArgumentException e) {
            throw named("layers.definitions").invalid(e.getMessage());
        }
    }

    private static void addEdges(Map<String, Set<String>> graph, Setting parameter, List<LayerEdge> edges,
            List<String> names) throws SettingsException {
        for (LayerEdge edge : edges) {
            Set<String> targets = graph.computeIfAbsent(known(parameter, edge.from(), edge.written(), names),
                    key -> new LinkedHashSet<>());
            for (String to : edge.to()) {
                targets.add(known(parameter, to, edge.written(), names));
            }
        }
    }

    private static String known(Setting parameter, String layer, String written, List<String> names)
            throws SettingsException {
        if (!names.contains(layer)) {
            throw parameter.invalid(written, "unknown layer '" + layer + "' (layers are " + String.join(", ", names)
                    + ")");
        }
        return layer;
    }
}
