package dev.layoutguard.domain.tree;

import dev.layoutguard.domain.RelativePath;

/**
 * One file, directory or link of the project tree.
 *
 * @param path          relative to the project root, {@code /}-separated, exactly as named on disk
 * @param kind          what it is
 * @param size          bytes, for files; 0 otherwise
 * @param nestedProject a directory holding a build of its own (a {@code pom.xml}): listed, never entered
 * @param ignored       an untracked path git ignores; such entries are in the tree only when git ignore rules are
 *                      not respected ({@code respectGitignore=false}), and then rules may still ask
 */
public record Entry(String path, EntryKind kind, long size, boolean nestedProject, boolean ignored) {

    public Entry {
        RelativePath.require(path, "path");
    }

    /** An entry git does not ignore. */
    public Entry(String path, EntryKind kind, long size, boolean nestedProject) {
        this(path, kind, size, nestedProject, false);
    }

    public static Entry file(String path, long size) {
        return new Entry(path, EntryKind.FILE, size, false);
    }

    public static Entry directory(String path) {
        return new Entry(path, EntryKind.DIRECTORY, 0, false);
    }

    /** The file or directory name. */
    public String name() {
        return RelativePath.name(path);
    }

    /** The directory holding this entry, or the empty string for a root entry. */
    public String parent() {
        return RelativePath.parent(path);
    }

    public boolean isDirectory() {
        return kind == EntryKind.DIRECTORY;
    }

    /** Everything that is not a directory counts as a file: regular files, links and special files. */
    public boolean isFile() {
        return kind != EntryKind.DIRECTORY;
    }

    /** Whether the entry sits directly in the project root. */
    public boolean isRootEntry() {
        return path.indexOf('/') < 0;
    }

    /** The name's extension without the dot, or the empty string. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }
}
