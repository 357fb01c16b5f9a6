package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the layer space of a project from its tree: in every source root, the packages that directly hold layer
 * packages; the base package (configured, or the candidate holding the most layer packages, then the shallowest,
 * then the first by name, confirmed against the {@code package} declaration of one of its sources); and in each root
 * the directory of the base package, which may leave out leading segments, as Kotlin's conventions allow
 * ({@code src/main/kotlin/domain/} for {@code com.acme.shop.domain}).
 */
final class BasePackageDetector {

    private static final Comparator<Map.Entry<String, Set<String>>> BEST = Comparator
            .<Map.Entry<String, Set<String>>>comparingInt(candidate -> -candidate.getValue().size())
            .thenComparingInt(candidate -> depth(candidate.getKey()))
            .thenComparing(Map.Entry::getKey);

    private final Project project;
    private final ProjectTree tree;
    private final LayerPolicy policy;
    private final Set<String> layerPackages = new LinkedHashSet<>();

    private BasePackageDetector(Project project) {
        this.project = project;
        this.tree = project.tree();
        this.policy = project.preset().layers();
        policy.layers().forEach(layer -> layerPackages.addAll(layer.packages()));
    }

    static LayerSpace detect(Project project) {
        return new BasePackageDetector(project).space();
    }

    private LayerSpace space() {
        List<String> roots = policy.sourceRoots().stream()
                .filter(root -> tree.hasDirectory(root) && !tree.children(root).isEmpty())
                .toList();
        Map<String, Map<String, Set<String>>> candidates = new LinkedHashMap<>();
        roots.forEach(root -> candidates.put(root, candidates(root)));
        String base = policy.basePackage();
        if (base == null) {
            Map<String, Set<String>> merged = new HashMap<>();
            candidates.values().forEach(found -> found.forEach((pkg, held) ->
                    merged.computeIfAbsent(pkg, key -> new HashSet<>()).addAll(held)));
            String best = merged.entrySet().stream().min(BEST).map(Map.Entry::getKey).orElse(null);
            if (best != null) {
                String root = roots.stream().filter(candidate -> candidates.get(candidate).containsKey(best))
                        .findFirst().orElseThrow();
                base = declaredBase(root, best);
            }
        }
        List<String> directories = new ArrayList<>();
        for (String root : roots) {
            directories.add(directory(root, base, candidates.get(root)));
        }
        return new LayerSpace(policy, roots, base, directories);
    }

    /** The packages of a root, as dotted names relative to it, that directly hold layer packages, with those. */
    private Map<String, Set<String>> candidates(String root) {
        Map<String, Set<String>> held = new HashMap<>();
        Deque<String> directories = new ArrayDeque<>(List.of(root));
        while (!directories.isEmpty()) {
            String directory = directories.pop();
            for (Entry child : tree.children(directory)) {
                if (!child.isDirectory()) {
                    continue;
                }
                directories.push(child.path());
                if (layerPackages.contains(child.name())) {
                    String pkg = relative(root, directory);
                    if (pkg.isEmpty() || LayerPolicy.isPackage(pkg)) {
                        held.computeIfAbsent(pkg, key -> new HashSet<>()).add(child.name());
                    }
                }
            }
        }
        return held;
    }

    /**
     * The base package a candidate directory stands for: its path, unless a Java or Kotlin source in one of its
     * layers declares a package that extends it at the front ({@code com.acme.shop.domain} in {@code domain/}).
     */
    private String declaredBase(String root, String pkg) {
        String baseDirectory = join(root, pkg);
        for (String layerPackage : layerPackages) {
            Deque<String> directories = new ArrayDeque<>(List.of(baseDirectory + "/" + layerPackage));
            while (!directories.isEmpty()) {
                for (Entry entry : tree.children(directories.pop())) {
                    if (entry.isDirectory()) {
                        directories.push(entry.path());
                    } else if (entry.path().endsWith(".java") || entry.path().endsWith(".kt")) {
                        return project.sources().file(entry.path())
                                .map(file -> extended(pkg, relative(baseDirectory, entry.parent()),
                                        file.declaredPackage()))
                                .orElse(pkg);
                    }
                }
            }
        }
        return pkg;
    }

    private static String extended(String pkg, String inside, String declared) {
        if (declared.equals(inside)) {
            return "";
        }
        return declared.endsWith("." + inside) ? declared.substring(0, declared.length() - inside.length() - 1) : pkg;
    }

    /** The base package's directory in a root: its full path, or a candidate that leaves out leading segments. */
    private String directory(String root, String base, Map<String, Set<String>> found) {
        String full = join(root, base == null ? "" : base);
        if (base == null || tree.hasDirectory(full)) {
            return full;
        }
        return found.entrySet().stream()
                .filter(candidate -> candidate.getKey().isEmpty() || base.equals(candidate.getKey())
                        || base.endsWith("." + candidate.getKey()))
                .min(BEST)
                .map(candidate -> join(root, candidate.getKey()))
                .orElse(full);
    }

    private static String relative(String root, String directory) {
        return directory.equals(root) ? "" : directory.substring(root.length() + 1).replace('/', '.');
    }

    private static String join(String root, String pkg) {
        return pkg.isEmpty() ? root : root + "/" + pkg.replace('.', '/');
    }

    private static int depth(String pkg) {
        return pkg.isEmpty() ? 0 : pkg.split("\\.").length;
    }
}
