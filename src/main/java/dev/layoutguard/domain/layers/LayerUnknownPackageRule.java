package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags the packages beside the layers that belong to no layer: directly under the base package, or at any depth
 * directly under each context that holds layers. Packages of tests ({@code tests}, {@code test}) are the tests
 * family's concern, and packages that look like layers under other names are already reported once as such; so
 * is what sits beside them where no layer is under its own name (an {@code api} of {@code routers} and
 * {@code models}): until those names are mapped, it is all one unmapped layering.
 */
public final class LayerUnknownPackageRule implements Rule {


    @Override
    public List<Finding> check(Project project) {
        LayerSpace space = LayerSpace.of(project);
        List<Finding> findings = new ArrayList<>();
        if (space.basePackage().isEmpty() || space.moduleLayer() != null) {
            // a module mapped to a layer: its packages need not say the layer
            return findings;
        }
        String layers = String.join(", ", space.policy().layerNames());
        List<String> renamed = space.renamed().stream().map(LayerSpace.Renamed::path).toList();
        for (String root : space.roots()) {
            for (String context : space.contexts()) {
                String directory = space.baseDirectory(root) + (context.isEmpty() ? "" : "/"
                        + context.replace('.', '/'));
                List<Entry> children = project.tree().children(directory);
                boolean ownLayer = children.stream().anyMatch(entry -> entry.isDirectory()
                        && space.layerOfPackage(packageOf(context, entry)) != null);
                if (!ownLayer && renamed.stream().anyMatch(path -> path.startsWith(directory + "/"))) {
                    continue;
                }
                for (Entry entry : children) {
                    String pkg = packageOf(context, entry);
                    if (!entry.isDirectory() || entry.name().startsWith(".") || entry.name().equals("__pycache__")
                            || LayerSpace.isTests(entry.name())
                            || renamed.contains(entry.path()) || space.layerOfPackage(pkg) != null
                            || leadsToLayer(space, entry.name())) {
                        continue;
                    }
                    findings.add(Finding.at(entry.path(), "package " + space.qualified(pkg) + " is not a layer "
                            + "(layers: " + layers + "); move its code into a layer, or declare it as a layer's "
                            + "package in <layers>"));
                }
            }
        }
        return findings;
    }

    private static String packageOf(String context, Entry entry) {
        return context.isEmpty() ? entry.name() : context + "." + entry.name();
    }

    /** Whether a package is the start of a nested layer package ({@code application} of {@code application.port.in}). */
    private static boolean leadsToLayer(LayerSpace space, String name) {
        return space.policy().layers().stream().flatMap(layer -> layer.packages().stream())
                .anyMatch(pkg -> pkg.startsWith(name + "."));
    }
}
