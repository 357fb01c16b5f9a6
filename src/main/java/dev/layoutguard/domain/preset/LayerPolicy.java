package dev.layoutguard.domain.preset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layering of the sources: where they live, which layers there are, and which may use which.
 *
 * @param sourceRoots the directories holding the layered sources ({@code src/main/java}; {@code src} for Python);
 *                    several roots form one layer space
 * @param basePackage the package holding the layers, dotted ({@code com.acme.shop}, the empty string for the unnamed
 *                    package); {@code null} to detect it
 * @param layers      the layers, in the order the reports list them
 * @param allowed     for each layer, the other layers it may use (a layer may always use itself)
 * @param exceptions  declared exceptions with their reasons
 */
public record LayerPolicy(List<String> sourceRoots, String basePackage, List<Layer> layers,
        Map<String, Set<String>> allowed, List<LayerException> exceptions) {

    public LayerPolicy {
        sourceRoots = List.copyOf(sourceRoots);
        layers = List.copyOf(layers);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        allowed.forEach((layer, targets) -> copy.put(layer, Set.copyOf(new LinkedHashSet<>(targets))));
        allowed = Map.copyOf(copy);
        exceptions = List.copyOf(exceptions);
        if (basePackage != null && !basePackage.isEmpty() && !isPackage(basePackage)) {
            throw new IllegalArgumentException("basePackage '" + basePackage + "' is not a dotted package name");
        }
        List<String> names = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Layer layer : layers) {
            if (names.contains(layer.name())) {
                throw new IllegalArgumentException("layer " + layer.name() + " is defined twice");
            }
            names.add(layer.name());
            for (String pkg : layer.packages()) {
                String owner = owners.putIfAbsent(pkg, layer.name());
                if (owner != null) {
                    throw new IllegalArgumentException("package " + pkg + " belongs to two layers: " + owner + " and "
                            + layer.name());
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        allowed.forEach((layer, targets) -> {
            if (!names.contains(layer)) {
                unknown.add(layer);
            }
            targets.stream().filter(target -> !names.contains(target)).forEach(unknown::add);
        });
        exceptions.stream().map(LayerException::target).filter(target -> !names.contains(target)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown layer " + String.join(", ", new LinkedHashSet<>(unknown))
                    + " (layers are " + String.join(", ", names) + ")");
        }
    }

    /** Whether code of one layer may use another. */
    public boolean mayUse(String from, String to) {
        return from.equals(to) || allowed.getOrDefault(from, Set.of()).contains(to);
    }

    /** The layers a layer may use, besides itself, in layer order. */
    public List<String> allowedFrom(String from) {
        Set<String> targets = allowed.getOrDefault(from, Set.of());
        return layers.stream().map(Layer::name).filter(targets::contains).toList();
    }

    /**
     * A cycle in the graph, as the layers along it with the first repeated at the end ({@code [domain, application,
     * domain]}), or empty when the graph has none. Layers in a cycle may use each other, so none of them is inner.
     */
    public List<String> cycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : layerNames()) {
            List<String> path = new ArrayList<>();
            if (cycleFrom(start, state, path)) {
                int first = path.indexOf(path.get(path.size() - 1));
                return List.copyOf(path.subList(first, path.size()));
            }
        }
        return List.of();
    }

    /** Depth first: 1 marks a layer on the current path, 2 one whose edges are all explored. */
    private boolean cycleFrom(String layer, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(layer);
        if (seen != null) {
            if (seen == 1) {
                path.add(layer);
            }
            return seen == 1;
        }
        state.put(layer, 1);
        path.add(layer);
        for (String next : allowedFrom(layer)) {
            if (!next.equals(layer) && cycleFrom(next, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(layer, 2);
        return false;
    }

    /** The names of the layers, in layer order. */
    public List<String> layerNames() {
        return layers.stream().map(Layer::name).toList();
    }

    /** The same policy with other source roots. */
    public LayerPolicy withSourceRoots(List<String> changed) {
        return new LayerPolicy(changed, basePackage, layers, allowed, exceptions);
    }

    /** The same policy with other exceptions. */
    public LayerPolicy withExceptions(List<LayerException> changed) {
        return new LayerPolicy(sourceRoots, basePackage, layers, allowed, changed);
    }

    /** Whether a text is a dotted package name: identifiers joined by single dots. */
    public static boolean isPackage(String dotted) {
        for (String segment : dotted.split("\\.", -1)) {
            if (!Layer.isIdentifier(segment)) {
                return false;
            }
        }
        return true;
    }
}
