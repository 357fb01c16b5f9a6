package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.PresetChanges.empty;
import static dev.layoutguard.application.settings.PresetChanges.plus;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.StructurePolicy;
import java.util.List;

/**
 * The {@code structure} block: changes to the preset's structure policy. Lists add to the preset's, except
 * {@code requiredDocs}, which replaces it.
 *
 * @param maxDepth           how many directory levels may sit below a depth root, or {@code null} for the preset's
 * @param requiredDocs       what the docs directory must hold (directories end in {@code /}), or {@code null} for the
 *                           preset's list
 * @param docsAllowedIn      globs of places besides the docs directory where documentation may sit
 * @param scriptCategories   directories the scripts directory may hold besides the preset's
 * @param deployCategories   directories the deploy directory may hold besides the preset's
 * @param deployAllowedIn    globs of places besides the deploy directory for Docker, CI and Kubernetes files
 * @param runtimeDirectories top-level directories of runtime data besides the preset's
 */
public record StructureChanges(Integer maxDepth, List<String> requiredDocs, List<Glob> docsAllowedIn,
        List<String> scriptCategories, List<String> deployCategories, List<Glob> deployAllowedIn,
        List<String> runtimeDirectories) {

    /** No change. */
    public static final StructureChanges NONE = new StructureChanges(null, null, List.of(), List.of(), List.of(),
            List.of(), List.of());

    /** The preset's policy with these changes. */
    public StructurePolicy applyTo(StructurePolicy preset) {
        if (unchanged()) {
            return preset;
        }
        StructurePolicy policy = maxDepth == null ? preset : preset.withMaxDepth(maxDepth);
        if (requiredDocs != null) {
            policy = policy.withDocs(policy.docs().withRequired(requiredDocs));
        }
        policy = policy.withDocs(policy.docs().withAllowedElsewhere(plus(policy.docs().allowedElsewhere(),
                docsAllowedIn)));
        policy = policy.withScripts(policy.scripts().withCategories(plus(policy.scripts().categories(),
                scriptCategories)));
        policy = policy.withDeploy(policy.deploy().withCategories(plus(policy.deploy().categories(),
                deployCategories)).withAllowedElsewhere(plus(policy.deploy().allowedElsewhere(), deployAllowedIn)));
        return policy.withRuntimeDirectories(plus(policy.runtimeDirectories(), runtimeDirectories));
    }

    /** Whether this changes nothing: equal to {@link #NONE}. */
    boolean unchanged() {
        return maxDepth == null && requiredDocs == null
                && empty(docsAllowedIn, scriptCategories, deployCategories, deployAllowedIn, runtimeDirectories);
    }
}
