package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the layer space of a project from its tree. In every source root (globs expanded) it collects the packages
 * that directly hold layer packages and are in no layer themselves. The base package is the configured one, or
 * detected: among the packages holding two layers or more (one when the layering is configured), their common package
 * when there are several, with layers then found at any depth; else the one holding the most layers, then the
 * shallowest, then the first by name. It is confirmed against the {@code package} declaration of one of its sources,
 * and each root finds its directory, which may leave out leading segments as Kotlin's conventions allow
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
    private final Map<String, String> layerOfPackage = new LinkedHashMap<>();
    private final Set<String> firstSegments = new LinkedHashSet<>();

    private BasePackageDetector(Project project) {
        this.project = project;
        this.tree = project.tree();
        this.policy = project.preset().layers();
        for (Layer layer : policy.layers()) {
            layer.packages().forEach(pkg -> layerOfPackage.put(pkg, layer.name()));
            layer.packages().forEach(pkg -> firstSegments.add(pkg.split("\\.")[0]));
        }
    }

    static LayerSpace detect(Project project) {
        return new BasePackageDetector(project).space();
    }

    private LayerSpace space() {
        List<String> roots = SourceRoots.expand(policy.sourceRoots(), tree).stream()
                .filter(root -> !tree.children(root).isEmpty())
                .toList();
        Map<String, Map<String, Set<String>>> candidates = new LinkedHashMap<>();
        roots.forEach(root -> candidates.put(root, candidates(root)));
        Map<String, Set<String>> merged = new HashMap<>();
        candidates.values().forEach(found -> found.forEach((pkg, held) ->
                merged.computeIfAbsent(pkg, key -> new TreeSet<>()).addAll(held)));
        Map<String, Set<String>> siblings = roots.isEmpty() ? Map.of() : siblingCandidates();
        if (!roots.isEmpty()) {
            siblings.forEach((pkg, held) -> merged.computeIfAbsent(pkg, key -> new TreeSet<>())
                    .addAll(held));
        }
        String base = policy.basePackage();
        boolean anyDepth = Boolean.TRUE.equals(policy.anyDepth());
        if (base == null) {
            List<Map.Entry<String, Set<String>>> strong = merged.entrySet().stream()
                    .filter(candidate -> candidate.getValue().size() >= 2).sorted(BEST).toList();
            List<Map.Entry<String, Set<String>>> eligible = policy.configured()
                    ? merged.entrySet().stream().sorted(BEST).toList() : strong;
            if (!eligible.isEmpty()) {
                boolean contexts = strong.size() > 1 && !Boolean.FALSE.equals(policy.anyDepth());
                String best = contexts || anyDepth && !strong.isEmpty() ? common(strong) : eligible.get(0).getKey();
                anyDepth = anyDepth || contexts;
                // a base package only the siblings hold is taken as their packages name it
                base = roots.stream().filter(candidate -> candidates.get(candidate).keySet().stream()
                        .anyMatch(pkg -> within(pkg, best))).findFirst().map(root -> declaredBase(root, best))
                        .orElse(best);
            }
        }
        List<String> directories = new ArrayList<>();
        for (String root : roots) {
            directories.add(directory(root, base, candidates.get(root)));
        }
        Set<String> contexts = new TreeSet<>();
        if (base != null) {
            for (int i = 0; i < roots.size(); i++) {
                String baseDirectory = directories.get(i);
                String root = roots.get(i);
                candidates.get(root).keySet().stream()
                        .filter(pkg -> within(join(root, pkg), baseDirectory, '/'))
                        .map(pkg -> relative(baseDirectory, join(root, pkg)))
                        .forEach(contexts::add);
            }
            String within = base;
            siblings.keySet().stream().filter(pkg -> within(pkg, within))
                    .map(pkg -> pkg.equals(within) ? "" : within.isEmpty() ? pkg : pkg.substring(within.length() + 1))
                    .forEach(contexts::add);
            if (!anyDepth) {
                contexts.clear();
                contexts.add("");
            }
        }
        List<LayerSpace.Renamed> renamed = new ArrayList<>();
        if (!policy.configured()) {
            List<String> held = new ArrayList<>();
            if (base == null) {
                candidates.forEach((root, found) -> new TreeSet<>(found.keySet())
                        .forEach(pkg -> held.add(join(root, pkg))));
            } else {
                for (int i = 0; i < roots.size(); i++) {
                    String baseDirectory = directories.get(i);
                    contexts.forEach(context -> held.add(context.isEmpty() ? baseDirectory
                            : baseDirectory + "/" + context.replace('.', '/')));
                }
            }
            held.forEach(directory -> renamed.addAll(LayerAliases.renamed(tree, directory, layerOfPackage)));
        }
        return new LayerSpace(policy, roots, base, directories, anyDepth, contexts, renamed, project.reactor());
    }

    /**
     * The packages of a root, as dotted names relative to it, that directly hold layer packages and lie in no layer
     * themselves, with the names of the layers they hold.
     */
    private Map<String, Set<String>> candidates(String root) {
        Map<String, Set<String>> held = new HashMap<>();
        Deque<String> directories = new ArrayDeque<>(List.of(root));
        while (!directories.isEmpty()) {
            String directory = directories.pop();
            String pkg = relative(root, directory);
            if (!pkg.isEmpty() && !LayerPolicy.isPackage(pkg)) {
                continue;
            }
            for (Entry child : tree.children(directory)) {
                if (!child.isDirectory()) {
                    continue;
                }
                if (firstSegments.contains(child.name())) {
                    layerOfPackage.forEach((layerPackage, layer) -> {
                        if ((layerPackage.equals(child.name()) || layerPackage.startsWith(child.name() + "."))
                                && tree.hasDirectory(join(directory, layerPackage))) {
                            held.computeIfAbsent(pkg, key -> new TreeSet<>()).add(layer);
                        }
                    });
                }
                // a package in a layer is no candidate: its layer is the first one on the way down; tests are none
                if (!layerOfPackage.containsKey(child.name()) && !LayerSpace.isTests(child.name())) {
                    directories.push(child.path());
                }
            }
        }
        return held;
    }

    /**
     * The packages of the other modules of the build that directly hold layer packages, with the layers they hold, as
     * {@link #candidates} finds them in a root; modules mapped to a layer hold none by their packages.
     */
    private Map<String, Set<String>> siblingCandidates() {
        Map<String, Set<String>> held = new HashMap<>();
        Reactor reactor = project.reactor();
        for (Reactor.Module module : reactor.siblings()) {
            if (reactor.mapped().containsKey(module.artifactId())) {
                continue;
            }
            for (String pkg : module.packages()) {
                layerOfPackage.forEach((layerPackage, layer) -> {
                    String parent = pkg.equals(layerPackage) ? "" : pkg.endsWith("." + layerPackage)
                            ? pkg.substring(0, pkg.length() - layerPackage.length() - 1) : null;
                    // as in a root, a package inside a layer or a test package is no candidate
                    if (parent != null && (parent.isEmpty() || Arrays.stream(parent.split("\\."))
                            .noneMatch(segment -> layerOfPackage.containsKey(segment) || LayerSpace.isTests(segment)))) {
                        held.computeIfAbsent(parent, key -> new TreeSet<>()).add(layer);
                    }
                });
            }
        }
        return held;
    }

    /** The longest package that every candidate lies within, dotted. */
    private static String common(List<Map.Entry<String, Set<String>>> candidates) {
        String[] common = null;
        int length = 0;
        for (Map.Entry<String, Set<String>> candidate : candidates) {
            String[] segments = candidate.getKey().isEmpty() ? new String[0] : candidate.getKey().split("\\.");
            if (common == null) {
                common = segments;
                length = segments.length;
                continue;
            }
            int same = 0;
            while (same < length && same < segments.length && common[same].equals(segments[same])) {
                same++;
            }
            length = same;
        }
        return common == null ? "" : String.join(".", List.of(common).subList(0, length));
    }

    /**
     * The base package a candidate directory stands for: its path, unless a Java or Kotlin source below it declares
     * a package that extends it at the front ({@code com.acme.shop.domain} in {@code domain/}).
     */
    private String declaredBase(String root, String pkg) {
        String baseDirectory = join(root, pkg);
        Deque<String> directories = new ArrayDeque<>(List.of(baseDirectory));
        while (!directories.isEmpty()) {
            for (Entry entry : tree.children(directories.pop())) {
                if (entry.isDirectory()) {
                    directories.push(entry.path());
                } else if (entry.path().endsWith(".java") || entry.path().endsWith(".kt")) {
                    // a file that declares no package (or cannot be read) tells nothing: look on
                    String declared = project.sources().file(entry.path()).map(file -> file.declaredPackage())
                            .orElse("");
                    if (!declared.isEmpty()) {
                        return extended(pkg, relative(baseDirectory, entry.parent()), declared);
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
        if (inside.isEmpty()) {
            return pkg.isEmpty() || declared.endsWith("." + pkg) ? declared : pkg;
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

    private static boolean within(String pkg, String base) {
        return base.isEmpty() || within(pkg, base, '.');
    }

    private static boolean within(String name, String prefix, char separator) {
        return name.equals(prefix) || name.startsWith(prefix) && name.charAt(prefix.length()) == separator;
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
