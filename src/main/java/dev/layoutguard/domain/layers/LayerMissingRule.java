package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags each layer that is not optional and has no package in any context of any source root, and layers that cover
 * fewer than half of the sources. A project that neither configures layers nor holds a package of one is not
 * layered and has nothing to miss; one whose layers go by other names ({@code adapters}, {@code service_layer}) is
 * told once how to map them instead. In a build of modules, a layer another module holds is not missing.
 */
public final class LayerMissingRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        LayerSpace space = LayerSpace.of(project);
        List<Finding> findings = new ArrayList<>();
        if (space.roots().isEmpty()) {
            return findings;
        }
        String first = space.roots().get(0);
        String roots = String.join(" or ", space.roots());
        if (!space.renamed().isEmpty()) {
            findings.add(renamed(space));
        } else if (space.basePackage().isEmpty() && space.policy().configured()) {
            for (Layer layer : required(space)) {
                findings.add(Finding.at(first, "layer " + layer.name() + " has no package: no package in " + roots
                        + " holds a layer; create " + layer.packages().get(0)
                        + " in your base package, or set <layers><basePackage>").withReference(layer.name()));
            }
        } else if (space.basePackage().isPresent()) {
            String context = ownContext(project, space);
            for (Layer layer : required(space)) {
                if (exists(project, space, layer)) {
                    continue;
                }
                List<String> expected = layer.packages().stream()
                        .map(pkg -> space.qualified(context.isEmpty() ? pkg : context + "." + pkg)).toList();
                String where = !space.anyDepth() ? "" : " in any context" + (space.qualified("").isEmpty() ? ""
                        : " of " + space.qualified("")) + " (" + String.join(", ", space.contexts().stream()
                        .map(space::qualified).toList()) + ")";
                findings.add(Finding.at(space.baseDirectory(first) + "/" + (context.isEmpty() ? "" : context
                        .replace('.', '/') + "/") + layer.packages().get(0).replace('.', '/'), "layer " + layer.name()
                        + " has no package: expected " + (expected.size() == 1 ? "" : "one of ")
                        + String.join(", ", expected) + where + " in " + roots
                        + "; create it, or mark the layer optional in <layers>").withReference(layer.name()));
            }
        }
        if (space.renamed().isEmpty()) {
            // layers under other names are the likelier reason, and that finding says so
            coverage(project, space).ifPresent(findings::add);
        }
        return findings;
    }

    /** The layers that must be present, less those another module of the build holds or this one is mapped to. */
    private static List<Layer> required(LayerSpace space) {
        Set<String> elsewhere = space.heldBySiblings();
        return space.policy().layers().stream().filter(layer -> !layer.optional())
                .filter(layer -> !elsewhere.contains(layer.name()) && !layer.name().equals(space.moduleLayer()))
                .toList();
    }

    /** Once for all the packages that look like layers under other names: how to map them. */
    private static Finding renamed(LayerSpace space) {
        LayerSpace.Renamed first = space.renamed().get(0);
        String directory = first.path().substring(0, first.path().lastIndexOf('/'));
        String names = space.renamed().stream().map(LayerSpace.Renamed::name).distinct()
                .collect(Collectors.joining(", "));
        String mapping = space.renamed().stream().map(renamed -> renamed.name() + " as " + renamed.layer())
                .distinct().collect(Collectors.joining(", "));
        return Finding.at(directory, "the layers go by other names here (" + names + "), so they are not checked: "
                + "name their packages once in <layers><definitions> (such as " + mapping
                + "), or rename the packages").withReference("definitions");
    }

    /** Layers cover fewer than half of the sources of the roots: most of the code is not checked. */
    private static Optional<Finding> coverage(Project project, LayerSpace space) {
        LayerDependencyScan scan = LayerDependencyScan.of(project);
        if (space.basePackage().isEmpty() || scan.total() == 0 || scan.sources() * 2 >= scan.total()) {
            return Optional.empty();
        }
        return Optional.of(Finding.at(space.roots().get(0), "layers cover " + scan.sources() + " of "
                + scan.total() + " sources: configure <layers><sourceRoots> or <anyDepth>, or set <basePackage> to "
                + "the package that holds them all").withReference("coverage"));
    }

    /**
     * The context a missing layer is expected in: the first that this project's own roots hold, so that in a build of
     * modules a module is not pointed at a context only a sibling holds; the first of all when none is here.
     */
    private static String ownContext(Project project, LayerSpace space) {
        for (String context : space.contexts()) {
            for (String root : space.roots()) {
                if (project.tree().hasDirectory(space.baseDirectory(root) + (context.isEmpty() ? ""
                        : "/" + context.replace('.', '/')))) {
                    return context;
                }
            }
        }
        return space.contexts().isEmpty() ? "" : space.contexts().get(0);
    }

    /** Whether a package of the layer exists in some context of some root. */
    private static boolean exists(Project project, LayerSpace space, Layer layer) {
        for (String root : space.roots()) {
            for (String context : space.contexts()) {
                String directory = space.baseDirectory(root) + (context.isEmpty() ? "" : "/" + context.replace('.', '/'));
                for (String pkg : layer.packages()) {
                    if (project.tree().hasDirectory(directory + "/" + pkg.replace('.', '/'))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
