package dev.layoutguard.domain.preset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Docker, Kubernetes and CI pipeline files live.
 *
 * @param directory          the deployment directory ({@code deploy})
 * @param optional           whether the deploy rule applies only when the project has that directory (maven)
 * @param categories         the directories it holds ({@code docker}, {@code kubernetes}, {@code ci-cd}, {@code cloud})
 * @param files              for each category, globs of the files that belong there ({@code docker}: {@code Dockerfile*})
 * @param manifestCategory   the category of Kubernetes manifests (YAML with top-level {@code apiVersion} and
 *                           {@code kind}), or {@code null} not to look for them
 * @param allowedElsewhere   globs of other places such files may sit ({@code .github/**}, where GitHub wants workflows)
 */
public record DeployPolicy(String directory, boolean optional, List<String> categories, Map<String, List<Glob>> files,
        String manifestCategory, List<Glob> allowedElsewhere) {

    public DeployPolicy {
        categories = List.copyOf(categories);
        Map<String, List<Glob>> copy = new LinkedHashMap<>();
        files.forEach((category, globs) -> copy.put(category, List.copyOf(globs)));
        files = Collections.unmodifiableMap(copy);
        allowedElsewhere = List.copyOf(allowedElsewhere);
    }

    /** The category whose globs match a file name, or {@code null}. */
    public String categoryOf(String path) {
        for (Map.Entry<String, List<Glob>> category : files.entrySet()) {
            if (Glob.anyMatches(category.getValue(), path)) {
                return category.getKey();
            }
        }
        return null;
    }

    public DeployPolicy withCategories(List<String> changed) {
        return new DeployPolicy(directory, optional, changed, files, manifestCategory, allowedElsewhere);
    }

    public DeployPolicy withAllowedElsewhere(List<Glob> changed) {
        return new DeployPolicy(directory, optional, categories, files, manifestCategory, changed);
    }
}
