package dev.layoutguard.presentation;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.StructurePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the preset's structure policy, made in the pom. Every part is optional; lists add to the preset's,
 * except {@code requiredDocs}, which replaces the preset's list (an empty list requires nothing).
 *
 * <pre>{@code
 * <structure>
 *   <maxDepth>5</maxDepth>
 *   <requiredDocs>
 *     <path>index.md</path>
 *     <path>user-guides/</path>
 *   </requiredDocs>
 *   <docsAllowedIn>
 *     <pattern>src/site/**</pattern>
 *   </docsAllowedIn>
 *   <scriptCategories>
 *     <category>release</category>
 *   </scriptCategories>
 *   <deployCategories>
 *     <category>helm</category>
 *   </deployCategories>
 *   <deployAllowedIn>
 *     <pattern>tools/docker/**</pattern>
 *   </deployAllowedIn>
 *   <runtimeDirectories>
 *     <directory>data</directory>
 *   </runtimeDirectories>
 * </structure>
 * }</pre>
 */
public class StructureConfiguration {

    /** How many directory levels may sit below a depth root; the preset's (4) when not set. */
    private Integer maxDepth;

    /** What the docs directory must hold, replacing the preset's list: directories end in {@code /}. */
    private List<String> requiredDocs;

    /** Globs of places besides the docs directory where documentation files may sit. */
    private List<String> docsAllowedIn = new ArrayList<>();

    /** Directories the scripts directory may hold besides the preset's categories. */
    private List<String> scriptCategories = new ArrayList<>();

    /** Directories the deploy directory may hold besides the preset's categories. */
    private List<String> deployCategories = new ArrayList<>();

    /** Globs of places besides the deploy directory where Docker, CI and Kubernetes files may sit. */
    private List<String> deployAllowedIn = new ArrayList<>();

    /** Top-level directories of runtime data, besides the preset's, whose content git must ignore. */
    private List<String> runtimeDirectories = new ArrayList<>();

    public Integer getMaxDepth() {
        return maxDepth;
    }

    public void setMaxDepth(Integer maxDepth) {
        this.maxDepth = maxDepth;
    }

    public List<String> getRequiredDocs() {
        return requiredDocs;
    }

    public void setRequiredDocs(List<String> requiredDocs) {
        this.requiredDocs = requiredDocs;
    }

    public List<String> getDocsAllowedIn() {
        return docsAllowedIn;
    }

    public void setDocsAllowedIn(List<String> docsAllowedIn) {
        this.docsAllowedIn = docsAllowedIn;
    }

    public List<String> getScriptCategories() {
        return scriptCategories;
    }

    public void setScriptCategories(List<String> scriptCategories) {
        this.scriptCategories = scriptCategories;
    }

    public List<String> getDeployCategories() {
        return deployCategories;
    }

    public void setDeployCategories(List<String> deployCategories) {
        this.deployCategories = deployCategories;
    }

    public List<String> getDeployAllowedIn() {
        return deployAllowedIn;
    }

    public void setDeployAllowedIn(List<String> deployAllowedIn) {
        this.deployAllowedIn = deployAllowedIn;
    }

    public List<String> getRuntimeDirectories() {
        return runtimeDirectories;
    }

    public void setRuntimeDirectories(List<String> runtimeDirectories) {
        this.runtimeDirectories = runtimeDirectories;
    }

    /**
     * The preset's policy with these changes.
     *
     * @throws IllegalArgumentException naming the bad value: a depth below 1, an invalid glob, a path that leaves
     *                                  the project, a category or runtime directory that is not a plain name
     */
    StructurePolicy applyTo(StructurePolicy preset) {
        StructurePolicy policy = preset;
        if (maxDepth != null) {
            if (maxDepth < 1) {
                throw new IllegalArgumentException("maxDepth: must be 1 or more, was " + maxDepth);
            }
            policy = policy.withMaxDepth(maxDepth);
        }
        if (requiredDocs != null) {
            List<String> required = new ArrayList<>();
            for (String path : requiredDocs) {
                required.add(relative("requiredDocs", path));
            }
            policy = policy.withDocs(policy.docs().withRequired(required));
        }
        policy = policy.withDocs(policy.docs().withAllowedElsewhere(
                plus(policy.docs().allowedElsewhere(), "docsAllowedIn", docsAllowedIn)));
        policy = policy.withScripts(policy.scripts().withCategories(
                names(policy.scripts().categories(), "scriptCategories", scriptCategories)));
        policy = policy.withDeploy(policy.deploy().withCategories(
                names(policy.deploy().categories(), "deployCategories", deployCategories)));
        policy = policy.withDeploy(policy.deploy().withAllowedElsewhere(
                plus(policy.deploy().allowedElsewhere(), "deployAllowedIn", deployAllowedIn)));
        return policy.withRuntimeDirectories(names(policy.runtimeDirectories(), "runtimeDirectories",
                runtimeDirectories));
    }

    private static String relative(String part, String path) {
        String trimmed = path == null ? "" : path.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("/") || trimmed.contains("\\") || trimmed.contains(":")
                || RelativePath.leavesProject(trimmed)) {
            throw new IllegalArgumentException(part + ": '" + path + "' is not a path inside the docs directory");
        }
        return trimmed;
    }

    private static List<Glob> plus(List<Glob> preset, String part, List<String> patterns) {
        List<Glob> globs = new ArrayList<>(preset);
        for (String pattern : patterns == null ? List.<String>of() : patterns) {
            try {
                globs.add(Glob.of(pattern == null ? "" : pattern));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
            }
        }
        return globs;
    }

    private static List<String> names(List<String> preset, String part, List<String> added) {
        List<String> names = new ArrayList<>(preset);
        for (String name : added == null ? List.<String>of() : added) {
            String trimmed = name == null ? "" : name.trim();
            if (trimmed.isEmpty() || trimmed.contains("/") || trimmed.contains("\\") || trimmed.equals("..")
                    || trimmed.equals(".")) {
                throw new IllegalArgumentException(part + ": '" + name + "' is not a plain directory name");
            }
            if (!names.contains(trimmed)) {
                names.add(trimmed);
            }
        }
        return names;
    }
}
