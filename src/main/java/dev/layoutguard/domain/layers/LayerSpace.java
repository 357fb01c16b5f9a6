package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a project's layers live: the source roots that hold anything, which together form one space, and the base
 * package whose packages are the layers: the configured one, or the package that holds the most layer packages
 * (then the shallowest, then the first by name).
 */
public final class LayerSpace {

    private final LayerPolicy policy;
    private final List<String> roots;
    private final String basePackage;
    private final List<String> baseDirectories;

    private LayerSpace(LayerPolicy policy, List<String> roots, String basePackage) {
        this.policy = policy;
        this.roots = List.copyOf(roots);
        this.basePackage = basePackage;
        List<String> directories = new ArrayList<>();
        for (String root : roots) {
            directories.add(basePackage == null || basePackage.isEmpty() ? root
                    : root + "/" + basePackage.replace('.', '/'));
        }
        this.baseDirectories = List.copyOf(directories);
    }

    /** The layer space of a project, computed once per run and shared by the layer rules. */
    public static LayerSpace of(Project project) {
        return project.analysis(LayerSpace.class, LayerSpace::find);
    }

    private static LayerSpace find(Project project) {
        ProjectTree tree = project.tree();
        LayerPolicy policy = project.preset().layers();
        List<String> roots = policy.sourceRoots().stream()
                .filter(root -> tree.hasDirectory(root) && !tree.children(root).isEmpty())
                .toList();
        String base = policy.basePackage() != null ? policy.basePackage() : detect(tree, policy, roots);
        return new LayerSpace(policy, roots, base);
    }

    private static String detect(ProjectTree tree, LayerPolicy policy, List<String> roots) {
        Set<String> layerPackages = new HashSet<>();
        policy.layers().forEach(layer -> layerPackages.addAll(layer.packages()));
        Map<String, Set<String>> held = new HashMap<>();
        for (String root : roots) {
            Deque<String> directories = new ArrayDeque<>(List.of(root));
            while (!directories.isEmpty()) {
                String directory = directories.pop();
                for (Entry child : tree.children(directory)) {
                    if (!child.isDirectory()) {
                        continue;
                    }
                    directories.push(child.path());
                    if (!layerPackages.contains(child.name())) {
                        continue;
                    }
                    String pkg = directory.equals(root) ? "" : directory.substring(root.length() + 1).replace('/', '.');
                    if (pkg.isEmpty() || LayerPolicy.isPackage(pkg)) {
                        held.computeIfAbsent(pkg, key -> new HashSet<>()).add(child.name());
                    }
                }
            }
        }
        Comparator<Map.Entry<String, Set<String>>> best = Comparator
                .<Map.Entry<String, Set<String>>>comparingInt(candidate -> -candidate.getValue().size())
                .thenComparingInt(candidate -> depth(candidate.getKey()))
                .thenComparing(Map.Entry::getKey);
        return held.entrySet().stream().min(best).map(Map.Entry::getKey).orElse(null);
    }

    private static int depth(String pkg) {
        return pkg.isEmpty() ? 0 : pkg.split("\\.").length;
    }

    public LayerPolicy policy() {
        return policy;
    }

    /** The source roots that exist and hold anything, in the policy's order. */
    public List<String> roots() {
        return roots;
    }

    /** The dotted base package (the empty string for the unnamed package); empty when none is configured or found. */
    public Optional<String> basePackage() {
        return Optional.ofNullable(basePackage);
    }

    /** The directory of the base package in a source root. */
    public String baseDirectory(String root) {
        return baseDirectories.get(roots.indexOf(root));
    }

    /** A package directly under the base package, as a dotted name. */
    public String qualified(String pkg) {
        return basePackage == null || basePackage.isEmpty() ? pkg : basePackage + "." + pkg;
    }

    /** The layer a package directly under the base package belongs to, or {@code null}. */
    public String layerOfPackage(String pkg) {
        return layerOf(pkg, 0, pkg.length());
    }

    /** The layer a dotted name (a type, a package, a module) lies in, or {@code null} when it lies in none. */
    public String layerOfName(String name) {
        if (basePackage == null) {
            return null;
        }
        int start = 0;
        if (!basePackage.isEmpty()) {
            if (name.length() <= basePackage.length() || !name.startsWith(basePackage)
                    || name.charAt(basePackage.length()) != '.') {
                return null;
            }
            start = basePackage.length() + 1;
        }
        int end = name.indexOf('.', start);
        return layerOf(name, start, end < 0 ? name.length() : end);
    }

    /**
     * The dotted module a source file is, relative to its source root and without its extension
     * ({@code com.acme.shop.domain.Order}, {@code shop.domain.model}); a Python {@code __init__.py} is its package.
     */
    public static String moduleOf(String root, String path) {
        String relative = path.substring(root.length() + 1);
        int dot = relative.lastIndexOf('.');
        String module = (dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative).replace('/', '.');
        return module.equals("__init__") ? "" : module.endsWith(".__init__")
                ? module.substring(0, module.length() - ".__init__".length()) : module;
    }

    private String layerOf(String text, int start, int end) {
        for (Layer layer : policy.layers()) {
            for (String pkg : layer.packages()) {
                if (pkg.length() == end - start && text.regionMatches(start, pkg, 0, pkg.length())) {
                    return layer.name();
                }
            }
        }
        return null;
    }
}
