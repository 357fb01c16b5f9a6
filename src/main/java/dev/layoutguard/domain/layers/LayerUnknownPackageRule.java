package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/** Flags the packages directly under the base package that belong to no layer. */
public final class LayerUnknownPackageRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        LayerSpace space = LayerSpace.of(project);
        List<Finding> findings = new ArrayList<>();
        if (space.basePackage().isEmpty()) {
            return findings;
        }
        String layers = String.join(", ", space.policy().layerNames());
        for (String root : space.roots()) {
            for (Entry entry : project.tree().children(space.baseDirectory(root))) {
                String name = entry.name();
                if (!entry.isDirectory() || name.startsWith(".") || name.equals("__pycache__")
                        || space.layerOfPackage(name) != null) {
                    continue;
                }
                findings.add(Finding.at(entry.path(), "package " + space.qualified(name) + " is not a layer (layers: "
                        + layers + "); move its code into a layer, or declare it as a layer's package in <layers>"));
            }
        }
        return findings;
    }
}
