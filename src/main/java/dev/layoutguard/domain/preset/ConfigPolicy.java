package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * Where configuration lives and what it may hold.
 *
 * @param scope             the directories searched for misplaced configuration; the empty string is the whole
 *                          project (python), source roots confine it (maven: {@code src/main/java})
 * @param locations         directories where configuration belongs ({@code config}; {@code src/main/resources})
 * @param subdirectories    what the main config directory holds (python: {@code environments}, {@code templates}, ...)
 * @param files             globs of configuration files ({@code *.yml}, {@code *.properties}, {@code config_*.py})
 * @param allowedElsewhere  globs of places where configuration files may also sit ({@code deploy/**}, {@code pom.xml})
 * @param target            where a misplaced configuration file should move, a directory ending in {@code /};
 *                          under a maven source root, the sibling {@code resources} directory keeps the package path
 * @param environmentFiles  globs of files that are environment configurations and must be named for one
 * @param environments      the known environment names
 * @param secretKeys        words that make a key name a secret ({@code password}, {@code token})
 */
public record ConfigPolicy(List<String> scope, List<String> locations, List<String> subdirectories, List<Glob> files,
        List<Glob> allowedElsewhere, String target, List<Glob> environmentFiles, List<String> environments,
        List<String> secretKeys) {

    public ConfigPolicy {
        scope = List.copyOf(scope);
        locations = List.copyOf(locations);
        subdirectories = List.copyOf(subdirectories);
        files = List.copyOf(files);
        allowedElsewhere = List.copyOf(allowedElsewhere);
        environmentFiles = List.copyOf(environmentFiles);
        environments = List.copyOf(environments);
        secretKeys = List.copyOf(secretKeys);
    }
}
