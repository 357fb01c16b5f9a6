package dev.layoutguard.domain.preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Root entries a group of tools reads only in the project root, and why: the root rules never tell them to move.
 *
 * @param name        what the tools are, as the presets page names the group ({@code Gradle})
 * @param reason      why the entries stay in the root
 * @param files       globs of root files
 * @param directories globs of root directories
 */
public record ToolGroup(String name, String reason, List<Glob> files, List<Glob> directories) {

    public ToolGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        files = List.copyOf(files);
        directories = List.copyOf(directories);
    }

    /** A group from its entries as users write them: a trailing {@code /} marks a directory. */
    public static ToolGroup of(String name, String reason, String... entries) {
        List<Glob> files = new ArrayList<>();
        List<Glob> directories = new ArrayList<>();
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                directories.add(Glob.of(entry.substring(0, entry.length() - 1)));
            } else {
                files.add(Glob.of(entry));
            }
        }
        return new ToolGroup(name, reason, files, directories);
    }

    /** Whether the group holds a root entry of this name and kind. */
    public boolean holds(String entry, boolean directory) {
        return Glob.anyMatches(directory ? directories : files, entry);
    }

    /** The group without the entry written as given ({@code gradle/} for a directory); equal to it if it has none. */
    public ToolGroup without(String written) {
        boolean directory = written.endsWith("/");
        String pattern = directory ? written.substring(0, written.length() - 1) : written;
        List<Glob> keptFiles = directory ? files : files.stream().filter(glob -> !glob.pattern().equals(pattern))
                .toList();
        List<Glob> keptDirectories = directory ? directories.stream()
                .filter(glob -> !glob.pattern().equals(pattern)).toList() : directories;
        return new ToolGroup(name, reason, keptFiles, keptDirectories);
    }

    /** The entries as users write them, directories with a trailing {@code /}. */
    public List<String> written() {
        List<String> written = new ArrayList<>();
        files.forEach(glob -> written.add(glob.pattern()));
        directories.forEach(glob -> written.add(glob.pattern() + "/"));
        return written;
    }
}
