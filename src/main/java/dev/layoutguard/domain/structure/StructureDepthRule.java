package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.structure.DepthRoots.Depth;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags a directory nested deeper than the limit below where its depth counts from ({@link DepthRoots}): its
 * top-level directory, or in the maven preset the base package of a source, test or resource root. Only the
 * shallowest directory of a too-deep chain is reported; it also measures the deepest level ({@code maxDepth}).
 * Generated and tool-owned trees ({@link GeneratedAreas}) are not looked inside.
 */
public final class StructureDepthRule implements Rule {

    private record Survey(List<Finding> findings, int maxDepth) {
    }

    @Override
    public List<Finding> check(Project project) {
        return project.analysis(Survey.class, StructureDepthRule::survey).findings();
    }

    @Override
    public Map<String, Integer> metrics(Project project) {
        return Map.of("maxDepth", project.analysis(Survey.class, StructureDepthRule::survey).maxDepth());
    }

    private static Survey survey(Project project) {
        int limit = project.preset().structure().maxDepth();
        DepthRoots roots = DepthRoots.of(project);
        GeneratedAreas generated = GeneratedAreas.of(project);
        List<Finding> findings = new ArrayList<>();
        int deepest = 0;
        for (Entry entry : project.tree().entries()) {
            // a focused project measures nothing, so a directory whose finding would not be reported is passed over
            if (!entry.isDirectory() || !project.reports(entry.path()) || generated.covers(entry.path())
                    || Glob.anyMatchesPathOrParent(project.preset().excludes(), entry.path())) {
                continue;
            }
            Depth depth = roots.depth(entry.path());
            deepest = Math.max(deepest, depth.levels());
            if (depth.levels() > limit && (entry.isRootEntry() || roots.depth(entry.parent()).levels() <= limit)) {
                findings.add(Finding.at(entry.path(), "directory nested " + depth.levels() + " levels below "
                        + depth.below() + "/, the limit is " + limit + "; flatten it or split it into siblings"));
            }
        }
        return new Survey(findings, deepest);
    }
}
