package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags each reference from a layer's source to a layer it may not use, at its line, and in a build of modules each
 * pom dependency of a module on a module of a layer its layer may not use, at the line of the dependency.
 */
public final class LayerDependencyRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>(LayerDependencyScan.of(project).findings());
        findings.addAll(ModuleDependencies.of(project, LayerSpace.of(project)));
        return findings;
    }

    /**
     * {@code layeredSources}: the source files of the layers that were checked; {@code sources}: all the source files
     * of the source roots, in a layer or not; {@code unreadableSources}: the layers' files that could not be read, so
     * were not checked.
     */
    @Override
    public Map<String, Integer> metrics(Project project) {
        LayerDependencyScan scan = LayerDependencyScan.of(project);
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("layeredSources", scan.sources());
        metrics.put("sources", scan.total());
        metrics.put("unreadableSources", scan.unreadable());
        return metrics;
    }
}
