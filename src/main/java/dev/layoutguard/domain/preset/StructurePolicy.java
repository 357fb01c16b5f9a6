package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * The rest of the organization plan: depth, naming, docs, scripts, deployment, environments, runtime data.
 *
 * @param maxDepth            how many directory levels may sit below a depth root
 * @param depthBelowBasePackage whether depth counts below the base package (maven) or below each top-level
 *                            directory (python)
 * @param naming              the naming convention of sources
 * @param docsDirectory       where documentation lives
 * @param requiredDocs        paths below the docs directory that must exist (directories, and {@code index.md})
 * @param docFiles            globs of documentation files that belong in the docs directory
 * @param scriptsDirectory    where scripts live
 * @param scriptCategories    the directories of the scripts directory
 * @param scriptFiles         globs of script files
 * @param scriptHeader        what a script's header must name ({@code Purpose:}, {@code Usage:})
 * @param deployDirectory     where deployment configuration lives
 * @param deployCategories    the directories of the deploy directory
 * @param deployFiles         globs of Docker, Kubernetes and CI pipeline files
 * @param environmentsDirectory where virtual environments live
 * @param runtimeDirectories  directories holding runtime data that git must ignore
 */
public record StructurePolicy(int maxDepth, boolean depthBelowBasePackage, Naming naming, String docsDirectory,
        List<String> requiredDocs, List<Glob> docFiles, String scriptsDirectory, List<String> scriptCategories,
        List<Glob> scriptFiles, List<String> scriptHeader, String deployDirectory, List<String> deployCategories,
        List<Glob> deployFiles, String environmentsDirectory, List<String> runtimeDirectories) {

    public StructurePolicy {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be 1 or more, was " + maxDepth);
        }
        requiredDocs = List.copyOf(requiredDocs);
        docFiles = List.copyOf(docFiles);
        scriptCategories = List.copyOf(scriptCategories);
        scriptFiles = List.copyOf(scriptFiles);
        scriptHeader = List.copyOf(scriptHeader);
        deployCategories = List.copyOf(deployCategories);
        deployFiles = List.copyOf(deployFiles);
        runtimeDirectories = List.copyOf(runtimeDirectories);
    }
}
