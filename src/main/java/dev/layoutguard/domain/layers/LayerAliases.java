package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The names other architectures give the target layout's layers, as data: a package of such a name beside a layer's package
 * ({@code adapters} beside {@code domain}, as in ports and adapters or a service-layer architecture) is most likely
 * that layer under another name, so the project is told once how to map it rather than that its layers are missing.
 */
final class LayerAliases {

    /** Each name and the layer of the plan it usually stands for. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("model", "domain"), Map.entry("core", "domain"), Map.entry("entities", "domain"),
            Map.entry("service_layer", "application"), Map.entry("services", "application"),
            Map.entry("usecase", "application"), Map.entry("usecases", "application"),
            Map.entry("use_cases", "application"), Map.entry("port", "application"), Map.entry("ports", "application"),
            Map.entry("adapter", "infrastructure"), Map.entry("adapters", "infrastructure"),
            Map.entry("persistence", "infrastructure"),
            Map.entry("entrypoints", "presentation"), Map.entry("web", "presentation"),
            Map.entry("api", "presentation"), Map.entry("rest", "presentation"), Map.entry("ui", "presentation"),
            Map.entry("routers", "presentation"), Map.entry("controller", "presentation"),
            Map.entry("controllers", "presentation"));

    private LayerAliases() {
    }

    /**
     * The packages of a directory that holds layer packages whose names stand for a layer it does not hold, in the
     * tree's order.
     */
    static List<LayerSpace.Renamed> renamed(ProjectTree tree, String directory, Map<String, String> layerOfPackage) {
        List<String> held = new ArrayList<>();
        List<Entry> children = tree.children(directory);
        for (Entry child : children) {
            if (child.isDirectory() && layerOfPackage.containsKey(child.name())) {
                held.add(layerOfPackage.get(child.name()));
            }
        }
        List<LayerSpace.Renamed> renamed = new ArrayList<>();
        Collection<String> layers = layerOfPackage.values();
        for (Entry child : children) {
            String layer = ALIASES.get(child.name());
            if (child.isDirectory() && layer != null && layers.contains(layer) && !held.contains(layer)
                    && !layerOfPackage.containsKey(child.name())) {
                renamed.add(new LayerSpace.Renamed(child.path(), child.name(), layer));
            }
        }
        return renamed;
    }
}
