package dev.layoutguard.domain.preset;

import java.util.List;
import java.util.Objects;

/**
 * The rest of the target layout: depth, naming, docs, scripts, deployment, environments, runtime data.
 *
 * @param maxDepth              how many directory levels may sit below a depth root
 * @param depthBelowBasePackage whether depth counts below the base package directory in each source, test and
 *                              resource root (maven) or below each top-level directory (python)
 * @param naming                the naming convention of sources
 * @param sourceRoots           the directories whose subdirectories are packages ({@code src}, {@code tests};
 *                              {@code src/main/java}, ...), the main ones first
 * @param resourceRoots         the directories of resources, which often mirror the packages
 *                              ({@code src/main/resources}); depth counts below the base package there too
 * @param docs                  where documentation lives and what it must hold
 * @param scripts               where scripts live and how they start
 * @param deploy                where Docker, Kubernetes and CI pipeline files live
 * @param environmentsDirectory where virtual environments live, as {@code <dir>/.<name>/}; {@code null} when they
 *                              have no place in the repository (maven: keep them out, or ignored)
 * @param runtimeDirectories    top-level directories holding runtime data that git must ignore
 */
public record StructurePolicy(int maxDepth, boolean depthBelowBasePackage, Naming naming, List<String> sourceRoots,
        List<String> resourceRoots, DocsPolicy docs, ScriptsPolicy scripts, DeployPolicy deploy,
        String environmentsDirectory, List<String> runtimeDirectories) {

    public StructurePolicy {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be 1 or more, was " + maxDepth);
        }
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(docs, "docs");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(deploy, "deploy");
        sourceRoots = List.copyOf(sourceRoots);
        resourceRoots = List.copyOf(resourceRoots);
        runtimeDirectories = List.copyOf(runtimeDirectories);
    }

    public StructurePolicy withMaxDepth(int changed) {
        return new StructurePolicy(changed, depthBelowBasePackage, naming, sourceRoots, resourceRoots, docs, scripts,
                deploy, environmentsDirectory, runtimeDirectories);
    }

    /** The policy with other source and resource roots (the build's own, besides the preset's). */
    public StructurePolicy withRoots(List<String> sources, List<String> resources) {
        return new StructurePolicy(maxDepth, depthBelowBasePackage, naming, sources, resources, docs, scripts, deploy,
                environmentsDirectory, runtimeDirectories);
    }

    public StructurePolicy withDocs(DocsPolicy changed) {
        return new StructurePolicy(maxDepth, depthBelowBasePackage, naming, sourceRoots, resourceRoots, changed,
                scripts, deploy, environmentsDirectory, runtimeDirectories);
    }

    public StructurePolicy withScripts(ScriptsPolicy changed) {
        return new StructurePolicy(maxDepth, depthBelowBasePackage, naming, sourceRoots, resourceRoots, docs, changed,
                deploy, environmentsDirectory, runtimeDirectories);
    }

    public StructurePolicy withDeploy(DeployPolicy changed) {
        return new StructurePolicy(maxDepth, depthBelowBasePackage, naming, sourceRoots, resourceRoots, docs, scripts,
                changed, environmentsDirectory, runtimeDirectories);
    }

    public StructurePolicy withRuntimeDirectories(List<String> changed) {
        return new StructurePolicy(maxDepth, depthBelowBasePackage, naming, sourceRoots, resourceRoots, docs, scripts,
                deploy, environmentsDirectory, changed);
    }
}
