package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.PresetChanges.empty;
import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.domain.layers.SourceRoots;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code layers} block: changes to the preset's layering. {@code definitions} replace the preset's layers,
 * {@code dependencies} its graph (without them the preset's edges between layers that still exist are kept),
 * {@code allow} adds edges, {@code optional} lets layers be absent, {@code exceptions} are added to the preset's,
 * {@code sourceRoots} replace the preset's and the build's, {@code forbidden} lists what a layer may not import,
 * {@code modules} maps modules of the build to layers. Every
 * layer named must exist once the layers are known, and every source root must match a directory. Any change makes
 * the layering configured: the project is then held to its layers even where none is found.
 *
 * @param basePackage  the dotted package holding the layers, or {@code null} for the preset's (detected)
 * @param definitions  the layers replacing the preset's, or empty for the preset's
 * @param dependencies the graph replacing the preset's, or empty for the preset's
 * @param allow        edges added to the graph
 * @param optional     names of layers that may be absent
 * @param exceptions   declared exceptions, each with a reason
 * @param sourceRoots  the source roots replacing the preset's and the build's (globs, {@code *} one directory), or
 *                     empty for those
 * @param anyDepth     whether layers are found at any depth below the base package, or {@code null} to detect it
 * @param forbidden    for a layer, the package or module prefixes it may not import: {@code domain -> org.springframework}
 * @param modules      modules of the build mapped to a layer by artifactId, for those whose packages do not say it:
 *                     {@code shop-app -> presentation}
 */
public record LayerChanges(String basePackage, List<Layer> definitions, List<LayerEdge> dependencies,
        List<LayerEdge> allow, List<String> optional, List<LayerException> exceptions,
        List<ConfiguredDirectory> sourceRoots, Boolean anyDepth, List<LayerEdge> forbidden, List<LayerEdge> modules) {

    /** No change. */
    public static final LayerChanges NONE = new LayerChanges(null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), null, List.of(), List.of());

    /** The layering blocks before modules could be mapped to layers. */
    public LayerChanges(String basePackage, List<Layer> definitions, List<LayerEdge> dependencies,
            List<LayerEdge> allow, List<String> optional, List<LayerException> exceptions,
            List<ConfiguredDirectory> sourceRoots, Boolean anyDepth, List<LayerEdge> forbidden) {
        this(basePackage, definitions, dependencies, allow, optional, exceptions, sourceRoots, anyDepth, forbidden,
                List.of());
    }

    /** The layering blocks of earlier versions: no source roots, depth or forbidden imports. */
    public LayerChanges(String basePackage, List<Layer> definitions, List<LayerEdge> dependencies,
            List<LayerEdge> allow, List<String> optional, List<LayerException> exceptions) {
        this(basePackage, definitions, dependencies, allow, optional, exceptions, List.of(), null, List.of(),
                List.of());
    }

    /**
     * The layer of each module mapped by artifactId, checked against the layers: one known layer per module, each
     * module once.
     */
    public Map<String, String> moduleLayers(List<String> names) throws SettingsException {
        Map<String, String> layers = new LinkedHashMap<>();
        for (LayerEdge module : modules) {
            if (!module.from().matches("[\\p{L}\\p{N}_.-]+")) {
                throw named("layers.modules").invalid(module.written(), "'" + module.from() + "' is not an artifactId");
            }
            if (module.to().size() != 1) {
                throw named("layers.modules").invalid(module.written(), "a module is mapped to one layer: "
                        + "'artifactId -> layer'");
            }
            if (layers.put(module.from(), known(named("layers.modules"), module.to().get(0), module.written(),
                    names)) != null) {
                throw named("layers.modules").invalid(module.written(), "module " + module.from()
                        + " is mapped twice");
            }
        }
        return layers;
    }

    /** The preset's policy with these changes, for the project whose tree is given. */
    public LayerPolicy applyTo(LayerPolicy preset, ProjectTree tree) throws SettingsException {
        if (unchanged()) {
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
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        for (LayerEdge rule : forbidden) {
            List<String> listed = prefixes.computeIfAbsent(known(named("layers.forbidden"), rule.from(),
                    rule.written(), names), key -> new ArrayList<>());
            for (String prefix : rule.to()) {
                String dotted = prefix.endsWith(".*") ? prefix.substring(0, prefix.length() - 2) : prefix;
                if (!LayerPolicy.isPackage(dotted)) {
                    throw named("layers.forbidden").invalid(rule.written(), "'" + prefix + "' is not a package or "
                            + "module name");
                }
                listed.add(dotted);
            }
        }
        moduleLayers(names);
        List<String> roots = preset.sourceRoots();
        if (!sourceRoots.isEmpty()) {
            roots = named("layers.sourceRoots").requireIn(sourceRoots,
                    root -> !SourceRoots.expand(List.of(root), tree).isEmpty());
        }
        try {
            return new LayerPolicy(roots, basePackage == null ? preset.basePackage() : basePackage, marked, graph,
                    declared, anyDepth == null ? preset.anyDepth() : anyDepth, prefixes, true);
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

    /** Whether this changes nothing: equal to {@link #NONE}. */
    boolean unchanged() {
        return basePackage == null && anyDepth == null
                && empty(definitions, dependencies, allow, optional, exceptions, sourceRoots, forbidden, modules);
    }
}
