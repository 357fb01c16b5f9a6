package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * What may sit in the project root.
 *
 * @param allowedFiles       globs of files allowed in the root (the target layout's list)
 * @param allowedDirectories globs of directories allowed in the root (the build's modules are always allowed)
 * @param tools              entries tools read only in the root, by group: allowed, and not counted toward the file
 *                           limit unless the target layout's list names them too
 * @param prohibited         entries that belong elsewhere, with their targets; checked before everything else
 * @param preferred          entries a tool reads in the root that the target layout keeps elsewhere, with what moving them
 *                           takes; checked after the prohibited ones
 * @param maxFiles           how many files the root may hold
 */
public record RootPolicy(List<Glob> allowedFiles, List<Glob> allowedDirectories, List<ToolGroup> tools,
        List<ProhibitedEntry> prohibited, List<PreferredHome> preferred, int maxFiles) {

    public RootPolicy {
        allowedFiles = List.copyOf(allowedFiles);
        allowedDirectories = List.copyOf(allowedDirectories);
        tools = List.copyOf(tools);
        prohibited = List.copyOf(prohibited);
        preferred = List.copyOf(preferred);
        if (maxFiles < 0) {
            throw new IllegalArgumentException("maxFiles must not be negative, was " + maxFiles);
        }
    }

    /** A policy of the target layout's lists only: no tool's entries, no preferred homes. */
    public RootPolicy(List<Glob> allowedFiles, List<Glob> allowedDirectories, List<ProhibitedEntry> prohibited,
            int maxFiles) {
        this(allowedFiles, allowedDirectories, List.of(), prohibited, List.of(), maxFiles);
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

    /** The first preferred home matching a root entry, or {@code null}. */
    public PreferredHome preferredFor(String name, boolean directory) {
        for (PreferredHome home : preferred) {
            if (home.matches(name, directory)) {
                return home;
            }
        }
        return null;
    }

    /** Whether the target layout's list or a tool allows a root entry of this name and kind where it is. */
    public boolean allows(String name, boolean directory) {
        return Glob.anyMatches(directory ? allowedDirectories : allowedFiles, name) || toolGroupOf(name, directory)
                != null;
    }

    /** Whether a root file counts toward the file limit: every file except those only tools require. */
    public boolean counts(String file) {
        return Glob.anyMatches(allowedFiles, file) || toolGroupOf(file, false) == null;
    }

    /** The group of tools that reads a root entry of this name and kind, or {@code null}. */
    public ToolGroup toolGroupOf(String name, boolean directory) {
        for (ToolGroup group : tools) {
            if (group.holds(name, directory)) {
                return group;
            }
        }
        return null;
    }

    /** This policy with other tool groups. */
    public RootPolicy withTools(List<ToolGroup> changed) {
        return new RootPolicy(allowedFiles, allowedDirectories, changed, prohibited, preferred, maxFiles);
    }
}
