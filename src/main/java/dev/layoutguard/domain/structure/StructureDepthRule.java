package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags a directory nested deeper than the limit below its depth root: the top-level directory (python), or for
 * Maven's {@code src/<set>/<lang>} directories the base package directory. Only the shallowest directory of a
 * too-deep chain is reported; it also measures the deepest level ({@code maxDepth}).
 */
public final class StructureDepthRule implements Rule {

    private record Survey(List<Finding> findings, int maxDepth) {
    }

    /** How deep a directory sits, and below what. */
    record Depth(int levels, String below) {
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
        List<String> base = project.preset().structure().depthBelowBasePackage()
                ? BasePackage.of(project).segments() : null;
        GeneratedAreas generated = GeneratedAreas.of(project);
        List<Finding> findings = new ArrayList<>();
        int deepest = 0;
        for (Entry entry : project.tree().entries()) {
            if (!entry.isDirectory() || generated.covers(entry.path())
                    || Glob.anyMatchesPathOrParent(project.preset().excludes(), entry.path())) {
                continue;
            }
            Depth depth = depth(entry.path(), base);
            deepest = Math.max(deepest, depth.levels());
            if (depth.levels() > limit && depth(entry.parent(), base).levels() <= limit) {
                findings.add(Finding.at(entry.path(), "directory nested " + depth.levels() + " levels below "
                        + depth.below() + "/, the limit is " + limit + "; flatten it or split it into siblings"));
            }
        }
        return new Survey(findings, deepest);
    }

    /**
     * The depth of a directory: levels below its top-level directory, or, when {@code base} is given (maven), below
     * the base package directory of {@code src/<set>/<lang>} for paths inside it (levels below {@code src/<set>/<lang>}
     * for other paths there; the package directories leading to the base count 0).
     */
    static Depth depth(String path, List<String> base) {
        String[] segments = path.split("/");
        if (base == null || segments.length < 3 || !segments[0].equals("src")) {
            return new Depth(segments.length - 1, segments[0]);
        }
        String sourceSet = segments[0] + "/" + segments[1] + "/" + segments[2];
        int below = segments.length - 3;
        int shared = 0;
        while (shared < Math.min(below, base.size()) && segments[3 + shared].equals(base.get(shared))) {
            shared++;
        }
        if (shared == below && below <= base.size()) {
            return new Depth(0, sourceSet);
        }
        if (shared == base.size() && !base.isEmpty()) {
            return new Depth(below - base.size(), RelativePath.join(sourceSet, String.join("/", base)));
        }
        return new Depth(below, sourceSet);
    }
}
