package dev.layoutguard.application;

import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which two layers a {@code layer-dependency} violation connects: the layer of the violating file from its
 * path, and the layer it references from what it references (an imported name such as
 * {@code com.acme.shop.infrastructure.Repository}, {@code shop.infrastructure.db} or {@code ..infrastructure}).
 */
final class ViolationLayers {

    private final LayerPolicy policy;
    private final Map<String, String> layerOfPackage = new HashMap<>();

    ViolationLayers(LayerPolicy policy) {
        this.policy = policy;
        for (Layer layer : policy.layers()) {
            for (String name : layer.packages()) {
                layerOfPackage.putIfAbsent(name, layer.name());
            }
        }
    }

    /** The layers a violation connects, from first to second, when both can be told and differ. */
    Optional<List<String>> edge(Violation violation) {
        if (violation.reference() == null) {
            return Optional.empty();
        }
        List<String> directories = directoriesBelowSourceRoot(violation.path());
        List<String> referenced = Arrays.stream(violation.reference().split("[./]"))
                .filter(segment -> !segment.isEmpty()).toList();
        Optional<List<String>> edge = policy.basePackage() == null ? Optional.empty()
                : after(policy.basePackage().isEmpty() ? List.of() : List.of(policy.basePackage().split("\\.")),
                        directories, referenced);
        if (edge.isEmpty()) {
            edge = after(directories.subList(0, commonPrefix(directories, referenced)), directories, referenced);
        }
        if (edge.isEmpty()) {
            edge = firstLayer(directories).flatMap(from -> firstLayer(referenced).map(to -> List.of(from, to)));
        }
        return edge.filter(layers -> !layers.get(0).equals(layers.get(1)));
    }

    /**
     * The contexts a violation's ends lie in: the file's from its directories below the source root, the referenced
     * code's from the name it references, or the file's own when that name is relative ({@code ..infrastructure}).
     */
    List<String> contexts(Violation violation, LayerGraph.Contexts contexts) {
        String from = contexts.of(String.join(".", directoriesBelowSourceRoot(violation.path())) + ".");
        String to = violation.reference() == null ? "" : contexts.of(String.join(".", Arrays.stream(
                violation.reference().split("[./]")).filter(segment -> !segment.isEmpty()).toList()) + ".");
        return List.of(from, to.isEmpty() ? from : to);
    }

    /** The layers right after a base package in both the file's directories and the referenced name. */
    private Optional<List<String>> after(List<String> base, List<String> directories, List<String> referenced) {
        int at = base.size();
        if (at >= directories.size() || at >= referenced.size() || !directories.subList(0, at).equals(base)
                || !referenced.subList(0, at).equals(base)) {
            return Optional.empty();
        }
        String from = layerOfPackage.get(directories.get(at));
        String to = layerOfPackage.get(referenced.get(at));
        return from == null || to == null ? Optional.empty() : Optional.of(List.of(from, to));
    }

    private Optional<String> firstLayer(List<String> segments) {
        return segments.stream().filter(layerOfPackage::containsKey).findFirst().map(layerOfPackage::get);
    }

    private List<String> directoriesBelowSourceRoot(String path) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
        segments.remove(segments.size() - 1);
        for (String root : policy.sourceRoots()) {
            List<String> rootSegments = Arrays.asList(root.split("/"));
            if (segments.size() >= rootSegments.size() && segments.subList(0, rootSegments.size()).equals(rootSegments)) {
                return segments.subList(rootSegments.size(), segments.size());
            }
        }
        return segments;
    }

    private static int commonPrefix(List<String> first, List<String> second) {
        int length = 0;
        while (length < first.size() && length < second.size() && first.get(length).equals(second.get(length))) {
            length++;
        }
        return length;
    }
}
