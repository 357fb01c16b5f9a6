package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * What may sit in the project root.
 *
 * @param allowedFiles       globs of files allowed in the root
 * @param allowedDirectories globs of directories allowed in the root (the build's modules are always allowed)
 * @param prohibited         entries that belong elsewhere, with their targets; checked before the allowlist
 * @param maxFiles           how many files the root may hold
 */
public record RootPolicy(List<Glob> allowedFiles, List<Glob> allowedDirectories, List<ProhibitedEntry> prohibited,
        int maxFiles) {

    public RootPolicy {
        allowedFiles = List.copyOf(allowedFiles);
        allowedDirectories = List.copyOf(allowedDirectories);
        prohibited = List.copyOf(prohibited);
        if (maxFiles < 0) {
            throw new IllegalArgumentException("maxFiles must not be negative, was " + maxFiles);
        }
    }

    /** The first prohibited entry matching a root entry, or {@code null}. */
    public ProhibitedEntry prohibitedFor(String name, boolean directory) {
        for (ProhibitedEntry entry : prohibited) {
            if (entry.matches(name, directory)) {
                return entry;
            }
        }
        return null;
    }
}
