package dev.layoutguard.application;

import dev.layoutguard.domain.RelativePath;

/**
 * A directory or file that {@code init} creates when it is missing.
 *
 * @param path      relative to the project, {@code /}-separated
 * @param directory whether it is a directory
 * @param files     for a directory, the stub files it gets when init creates it, name to text (a {@code README.md},
 *                  a {@code .gitignore}); for a file, empty
 * @param text      for a file, its text; for a directory, {@code null}
 */
public record SkeletonEntry(String path, boolean directory, java.util.Map<String, String> files, String text) {

    public SkeletonEntry {
        RelativePath.require(path, "path");
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }
}
