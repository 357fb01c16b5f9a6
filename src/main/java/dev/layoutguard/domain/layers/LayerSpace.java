package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a project's layers live: the source roots that hold anything, which together form one space, the base
 * package below which the layers are, its directory in each root, and the contexts that hold the layers (found by
 * {@link BasePackageDetector}). Without any depth the one context is the base package itself; at any depth a context
 * is a package at or below it, in no layer itself, that directly holds a layer's package ({@code billing} of
 * {@code com.acme.billing.domain} under {@code com.acme}). In a build of modules the space spans them all: the
 * packages of the siblings count when the base package is detected, and a module mapped to a layer puts its packages
 * in that layer.
 */
public final class LayerSpace {

    private final LayerPolicy policy;
    private final List<String> roots;
    private final String basePackage;
    private final List<String> baseDirectories;
    private final boolean anyDepth;
    private final Set<String> contexts;
    private final List<Renamed> renamed;
    private final Reactor reactor;
    /**
     * The packages below the base package of the modules mapped to a layer, and that layer; a package that modules of
     * another layer or of none hold too belongs to no module's layer.
     */
    private final Map<String, String> mappedPackages = new HashMap<>();
    /** The layers' packages as segments, longest first, so that the longest match is found first. */
    private final List<Owned> packages = new ArrayList<>();

    /**
     * A package beside the layers whose name says it is a layer under another name ({@code adapters} beside
     * {@code domain}).
     *
     * @param path  the package's directory
     * @param name  its name
     * @param layer the layer it seems to be
     */
    public record Renamed(String path, String name, String layer) {
    }

    /** A layer's package, as segments, and the layer that owns it. */
    private record Owned(String[] segments, String layer) {
    }

    LayerSpace(LayerPolicy policy, List<String> roots, String basePackage, List<String> baseDirectories,
            boolean anyDepth, Set<String> contexts, List<Renamed> renamed, Reactor reactor) {
        this.policy = policy;
        this.roots = List.copyOf(roots);
        this.basePackage = basePackage;
        this.baseDirectories = List.copyOf(baseDirectories);
        this.anyDepth = anyDepth;
        this.contexts = Set.copyOf(contexts);
        this.renamed = List.copyOf(renamed);
        this.reactor = reactor;
        Set<String> shared = new HashSet<>();
        for (Reactor.Module module : reactor.modules()) {
            String layer = reactor.mapped().get(module.artifactId());
            for (String pkg : module.packages()) {
                // a package below the base package, and only one layer's modules hold it
                if (layer == null || !below(pkg) || !layer.equals(mappedPackages.getOrDefault(pkg, layer))) {
                    shared.add(pkg);
                } else {
                    mappedPackages.put(pkg, layer);
                }
            }
        }
        mappedPackages.keySet().removeAll(shared);
        for (Layer layer : policy.layers()) {
            for (String pkg : layer.packages()) {
                packages.add(new Owned(pkg.split("\\."), layer.name()));
            }
        }
        packages.sort(Comparator.comparingInt((Owned owned) -> -owned.segments().length));
    }

    /** The layer space of a project, computed once per run and shared by the layer rules. */
    public static LayerSpace of(Project project) {
        return project.analysis(LayerSpace.class, BasePackageDetector::detect);
    }

    public LayerPolicy policy() {
        return policy;
    }

    /** The source roots that exist and hold anything, in the policy's order, with their globs expanded. */
    public List<String> roots() {
        return roots;
    }

    /** The dotted base package (the empty string for the unnamed package); empty when none is configured or found. */
    public Optional<String> basePackage() {
        return Optional.ofNullable(basePackage);
    }

    /** Whether layers are found at any depth below the base package, in contexts. */
    public boolean anyDepth() {
        return anyDepth;
    }

    /**
     * The packages that hold layers, dotted and relative to the base package, sorted: the empty string for the base
     * package itself; none when there is no base package.
     */
    public List<String> contexts() {
        return contexts.stream().sorted().toList();
    }

    /** The packages beside the layers that look like layers under other names; found only when not configured. */
    public List<Renamed> renamed() {
        return renamed;
    }

    /**
     * The directory of the base package in a source root; usually the package's path, but a root may leave out
     * leading segments of the package, as Kotlin's directory conventions allow.
     */
    public String baseDirectory(String root) {
        return baseDirectories.get(roots.indexOf(root));
    }

    /** A package relative to the base package, as a dotted name. */
    public String qualified(String pkg) {
        return basePackage == null || basePackage.isEmpty() ? pkg : pkg.isEmpty() ? basePackage : basePackage + "."
                + pkg;
    }

    /**
     * The layer the files of a directory of a source root lie in, or {@code null}: the layer its package names below
     * the base package, else the layer the module is mapped to, whose files are in it wherever no package says
     * otherwise.
     */
    public String layerOfDirectory(String root, String directory) {
        String base = basePackage == null ? null : baseDirectory(root);
        String layer = base == null ? null : directory.equals(base) ? layerOfPackage("")
                : directory.startsWith(base + "/")
                ? layerOfPackage(directory.substring(base.length() + 1).replace('/', '.')) : null;
        return layer != null ? layer : moduleLayer();
    }

    /**
     * Whether a source file lies in a layer, so the layer rules read it: below a source root, outside the packages of
     * tests, in a directory {@linkplain #layerOfDirectory of a layer}.
     */
    public boolean layered(String path) {
        for (String root : roots) {
            if (!root.isEmpty() && !RelativePath.isBelow(path, root)) {
                continue;
            }
            String directory = RelativePath.parent(path);
            boolean tests = false;
            for (String below = directory; !below.equals(root) && !below.isEmpty();
                    below = RelativePath.parent(below)) {
                tests |= isTests(RelativePath.name(below));
            }
            if (!tests && layerOfDirectory(root, directory) != null) {
                return true;
            }
        }
        return false;
    }

    /** The layer a package relative to the base package lies in ({@code billing.domain.model}), or {@code null}. */
    public String layerOfPackage(String pkg) {
        return pkg.isEmpty() ? null : layerOf(pkg, 0);
    }

    /**
     * The layer a dotted name (a type, a package, a module) lies in, or {@code null} when it lies in none: the layer
     * its package names, else the layer of a mapped module that holds it (as a package, or as a type in a package).
     */
    public String layerOfName(String name) {
        String layer = layerOfNamed(name);
        if (layer != null || mappedPackages.isEmpty()) {
            return layer;
        }
        int dot = name.lastIndexOf('.');
        layer = mappedPackages.get(name);
        return layer != null || dot < 0 ? layer : mappedPackages.get(name.substring(0, dot));
    }

    /** Whether a dotted package lies strictly below the base package. */
    private boolean below(String pkg) {
        return basePackage != null && (basePackage.isEmpty() || pkg.length() > basePackage.length()
                && pkg.startsWith(basePackage) && pkg.charAt(basePackage.length()) == '.');
    }

    /** The layer the module being checked is mapped to, or {@code null}: its files lie in it where no package says. */
    public String moduleLayer() {
        return reactor.self() == null ? null : reactor.mapped().get(reactor.self());
    }

    /** The modules of the build this space spans. */
    public Reactor reactor() {
        return reactor;
    }

    /**
     * The layers a module holds: the one it is mapped to, else those its packages lie in, in layer order.
     */
    public Set<String> layersOf(Reactor.Module module) {
        String mapped = reactor.mapped().get(module.artifactId());
        if (mapped != null) {
            return Set.of(mapped);
        }
        Set<String> held = new LinkedHashSet<>();
        module.packages().stream().map(this::layerOfNamed).filter(layer -> layer != null).forEach(held::add);
        return held;
    }

    /** The layers the other modules of the build hold. */
    public Set<String> heldBySiblings() {
        Set<String> held = new LinkedHashSet<>();
        reactor.siblings().forEach(module -> held.addAll(layersOf(module)));
        return held;
    }

    private String layerOfNamed(String name) {
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
        return layerOf(name, start);
    }

    /**
     * Whether a package holds tests ({@code tests}, {@code test}, as Python projects keep them beside their modules):
     * tests are no context, no layer and no source of the layers, but the tests family's concern.
     */
    public static boolean isTests(String name) {
        return name.equals("tests") || name.equals("test");
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

    /**
     * The layer of the dotted text from {@code start}: the longest layer package that starts there, or, at any depth,
     * at the first segment where one starts whose preceding segments are a context.
     */
    private String layerOf(String text, int start) {
        int segment = start;
        while (true) {
            String layer = layerAt(text, segment);
            if (layer != null) {
                if (segment == start || contexts.contains(text.substring(start, segment - 1))) {
                    return layer;
                }
                return null;
            }
            int dot = text.indexOf('.', segment);
            if (!anyDepth || dot < 0) {
                return null;
            }
            segment = dot + 1;
        }
    }

    private String layerAt(String text, int start) {
        for (Owned owned : packages) {
            int at = start;
            boolean matches = true;
            for (String part : owned.segments()) {
                int end = at + part.length();
                if (!text.regionMatches(at, part, 0, part.length()) || end < text.length() && text.charAt(end) != '.') {
                    matches = false;
                    break;
                }
                at = end + 1;
            }
            if (matches) {
                return owned.layer();
            }
        }
        return null;
    }
}
