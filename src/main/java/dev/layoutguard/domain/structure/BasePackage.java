package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The base package of a Maven project's sources, as a directory path below a source root ({@code dev/layoutguard}):
 * the configured one, else the shallowest package holding a layer package ({@code domain}, {@code application}, ...),
 * else the end of the chain of packages that hold nothing but one package. The structure rules count depth below it.
 */
public final class BasePackage {

    private final List<String> segments;

    private BasePackage(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The base package of a project, found once per run. */
    public static BasePackage of(Project project) {
        return project.analysis(BasePackage.class, BasePackage::detect);
    }

    private static BasePackage detect(Project project) {
        String configured = project.preset().layers().basePackage();
        if (configured != null && !configured.isBlank()) {
            return new BasePackage(List.of(configured.trim().split("\\.")));
        }
        Set<String> layerPackages = new HashSet<>();
        for (Layer layer : project.preset().layers().layers()) {
            layerPackages.addAll(layer.packages());
        }
        ProjectTree tree = project.tree();
        for (String root : project.preset().structure().sourceRoots()) {
            if (!tree.hasDirectory(root)) {
                continue;
            }
            String found = holdingLayers(tree, root, layerPackages).orElseGet(() -> singlePackageChain(tree, root));
            if (!found.equals(root)) {
                return new BasePackage(List.of(found.substring(root.length() + 1).split("/")));
            }
        }
        return new BasePackage(List.of());
    }

    private static Optional<String> holdingLayers(ProjectTree tree, String root, Set<String> layerPackages) {
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            String directory = queue.removeFirst();
            List<Entry> children = tree.children(directory);
            for (Entry child : children) {
                if (child.isDirectory() && layerPackages.contains(child.name())) {
                    return Optional.of(directory);
                }
            }
            for (Entry child : children) {
                if (child.isDirectory()) {
                    queue.addLast(child.path());
                }
            }
        }
        return Optional.empty();
    }

    private static String singlePackageChain(ProjectTree tree, String root) {
        String current = root;
        while (true) {
            List<Entry> children = tree.children(current);
            if (children.size() != 1 || !children.get(0).isDirectory()) {
                return current;
            }
            current = children.get(0).path();
        }
    }

    /** The package path segments ({@code dev}, {@code layoutguard}); empty when there is none. */
    public List<String> segments() {
        return segments;
    }

    /** The package as a directory path ({@code dev/layoutguard}), or the empty string. */
    public String path() {
        return String.join("/", segments);
    }
}
