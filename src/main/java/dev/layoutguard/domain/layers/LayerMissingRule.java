package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags each layer that is not optional and has no package in any source root. A project with no sources at all has
 * no layers to miss; one with sources but no package that holds a layer misses them all.
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
        for (Layer layer : space.policy().layers()) {
            if (layer.optional()) {
                continue;
            }
            if (space.basePackage().isEmpty()) {
                findings.add(Finding.at(first, "layer " + layer.name() + " has no package: no package in " + roots
                        + " holds a layer; create " + layer.packages().get(0)
                        + " in your base package, or set <layers><basePackage>").withReference(layer.name()));
            } else if (!exists(project, space, layer)) {
                List<String> expected = layer.packages().stream().map(space::qualified).toList();
                findings.add(Finding.at(space.baseDirectory(first) + "/" + layer.packages().get(0), "layer "
                        + layer.name() + " has no package: expected " + (expected.size() == 1 ? "" : "one of ")
                        + String.join(", ", expected) + " in " + roots
                        + "; create it, or mark the layer optional in <layers>").withReference(layer.name()));
            }
        }
        return findings;
    }

    private static boolean exists(Project project, LayerSpace space, Layer layer) {
        for (String root : space.roots()) {
            for (String pkg : layer.packages()) {
                if (project.tree().hasDirectory(space.baseDirectory(root) + "/" + pkg)) {
                    return true;
                }
            }
        }
        return false;
    }
}
