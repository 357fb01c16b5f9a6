package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.RelativePath;
import java.util.List;

/**
 * Where configuration lives and what it may hold.
 *
 * @param scope             the directories searched for misplaced configuration; the empty string is the whole
 *                          project (python), source roots confine it (maven: {@code src/main/java})
 * @param locations         directories where configuration belongs ({@code config}; {@code src/main/resources})
 * @param subdirectories    what the main config directory holds (python: {@code environments}, {@code templates}, ...)
 * @param files             globs of configuration files ({@code *.yml}, {@code *.properties}, {@code config_*.py})
 * @param allowedElsewhere  globs of places where configuration files may also sit ({@code deploy/**}, {@code pom.xml});
 *                          the root's allowlisted files are always allowed where they are
 * @param target            where a misplaced configuration file moves, a directory ending in {@code /} that the file
 *                          keeps its name in; {@code null} for the sibling {@code resources} directory of the source
 *                          root it sits under, keeping its package path ({@code src/main/java/p/x.properties} to
 *                          {@code src/main/resources/p/x.properties})
 * @param environmentTarget where a misplaced environment file ({@code .env}, {@code *.env}, {@code production.yml})
 *                          moves, a directory ending in {@code /}; {@code null} to treat it like any configuration file
 * @param environmentFiles  globs of files that are environment configurations and must be named for one; the
 *                          environment is the name without its extension and without the glob's literal name prefix
 *                          ({@code application-dev.yml} under {@code application-*.yml} is {@code dev})
 * @param environments      the known environment names
 * @param secretFiles       globs of files read for literal secrets
 * @param secretKeys        words that make a key name a secret when they end it ({@code password}, {@code api_key})
 * @param strictSecrets     whether throwaway credentials (of test data, of the service containers a CI pipeline
 *                          starts) are secrets too; off in both presets
 */
public record ConfigPolicy(List<String> scope, List<String> locations, List<String> subdirectories, List<Glob> files,
        List<Glob> allowedElsewhere, String target, String environmentTarget, List<Glob> environmentFiles,
        List<String> environments, List<Glob> secretFiles, List<String> secretKeys, boolean strictSecrets) {

    public ConfigPolicy {
        scope = List.copyOf(scope);
        locations = List.copyOf(locations);
        subdirectories = List.copyOf(subdirectories);
        files = List.copyOf(files);
        allowedElsewhere = List.copyOf(allowedElsewhere);
        environmentFiles = List.copyOf(environmentFiles);
        environments = List.copyOf(environments);
        secretFiles = List.copyOf(secretFiles);
        secretKeys = List.copyOf(secretKeys);
        for (String location : locations) {
            RelativePath.require(location, "location");
        }
        if (target != null) {
            RelativePath.require(target, "target");
        }
        if (environmentTarget != null) {
            RelativePath.require(environmentTarget, "environmentTarget");
        }
    }

    /** Whether a path lies inside one of the configuration locations. */
    public boolean inLocation(String path) {
        for (String location : locations) {
            if (RelativePath.isBelow(path, location)) {
                return true;
            }
        }
        return false;
    }

    /** The scope directory a path lies under, the empty string for a whole-project scope, or {@code null}. */
    public String scopeOf(String path) {
        for (String root : scope) {
            if (root.isEmpty() || RelativePath.isBelow(path, root)) {
                return root;
            }
        }
        return null;
    }

    /** This policy with other locations, places allowed elsewhere, files, environments and secret words. */
    public ConfigPolicy with(List<String> newLocations, List<Glob> newAllowed, List<Glob> newFiles,
            List<String> newEnvironments, List<String> newSecretKeys) {
        return new ConfigPolicy(scope, newLocations, subdirectories, newFiles, newAllowed, target, environmentTarget,
                environmentFiles, newEnvironments, secretFiles, newSecretKeys, strictSecrets);
    }

    /** This policy, with throwaway credentials counted as secrets or not. */
    public ConfigPolicy withStrictSecrets(boolean strict) {
        return new ConfigPolicy(scope, locations, subdirectories, files, allowedElsewhere, target, environmentTarget,
                environmentFiles, environments, secretFiles, secretKeys, strict);
    }

    /** A builder of a configuration policy: every list empty and every other part unset until named. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names the parts of a {@link ConfigPolicy} one by one, so that a preset reads like the layout it implements. */
    public static final class Builder {

        private List<String> scope = List.of();
        private List<String> locations = List.of();
        private List<String> subdirectories = List.of();
        private List<Glob> files = List.of();
        private List<Glob> allowedElsewhere = List.of();
        private String target;
        private String environmentTarget;
        private List<Glob> environmentFiles = List.of();
        private List<String> environments = List.of();
        private List<Glob> secretFiles = List.of();
        private List<String> secretKeys = List.of();
        private boolean strictSecrets;

        private Builder() {
        }

        public Builder scope(List<String> scope) {
            this.scope = scope;
            return this;
        }

        public Builder locations(List<String> locations) {
            this.locations = locations;
            return this;
        }

        public Builder subdirectories(List<String> subdirectories) {
            this.subdirectories = subdirectories;
            return this;
        }

        public Builder files(List<Glob> files) {
            this.files = files;
            return this;
        }

        public Builder allowedElsewhere(List<Glob> allowedElsewhere) {
            this.allowedElsewhere = allowedElsewhere;
            return this;
        }

        public Builder target(String target) {
            this.target = target;
            return this;
        }

        public Builder environmentTarget(String environmentTarget) {
            this.environmentTarget = environmentTarget;
            return this;
        }

        public Builder environmentFiles(List<Glob> environmentFiles) {
            this.environmentFiles = environmentFiles;
            return this;
        }

        public Builder environments(List<String> environments) {
            this.environments = environments;
            return this;
        }

        public Builder secretFiles(List<Glob> secretFiles) {
            this.secretFiles = secretFiles;
            return this;
        }

        public Builder secretKeys(List<String> secretKeys) {
            this.secretKeys = secretKeys;
            return this;
        }

        public Builder strictSecrets(boolean strictSecrets) {
            this.strictSecrets = strictSecrets;
            return this;
        }

        public ConfigPolicy build() {
            return new ConfigPolicy(scope, locations, subdirectories, files, allowedElsewhere, target,
                    environmentTarget, environmentFiles, environments, secretFiles, secretKeys, strictSecrets);
        }
    }
}
