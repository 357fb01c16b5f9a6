package dev.layoutguard.domain.tree;

import dev.layoutguard.domain.RelativePath;
import java.util.Objects;

/**
 * One file, directory or link of the project tree. A value: two entries with the same path, kind, size and marks are
 * equal. Its name and parent are cut from the path once, since every rule asks for them.
 */
public final class Entry {

    private final String path;
    private final EntryKind kind;
    private final long size;
    private final boolean nestedProject;
    private final boolean ignored;
    // every rule asks for these, many times per entry: cut once, here
    private final String name;
    private final String parent;

    /**
     * @param path          relative to the project root, {@code /}-separated, exactly as named on disk
     * @param kind          what it is
     * @param size          bytes, for files; 0 otherwise
     * @param nestedProject a directory holding a build of its own (a {@code pom.xml}): listed, never entered
     * @param ignored       an untracked path git ignores; such entries are in the tree only when git ignore rules
     *                      are not respected ({@code respectGitignore=false}), and then rules may still ask
     */
    public Entry(String path, EntryKind kind, long size, boolean nestedProject, boolean ignored) {
        this(RelativePath.require(path, "path"), RelativePath.parent(path), RelativePath.name(path), kind, size,
                nestedProject, ignored);
    }

    private Entry(String path, String parent, String name, EntryKind kind, long size, boolean nestedProject,
            boolean ignored) {
        this.path = path;
        this.parent = parent;
        this.name = name;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.size = size;
        this.nestedProject = nestedProject;
        this.ignored = ignored;
    }

    /**
     * An entry of a directory being walked, as {@link #Entry(String, EntryKind, long, boolean, boolean)}. The walk
     * has the directory's path and the entry's name at hand: the entry keeps those very strings, so every entry of a
     * directory shares one parent string instead of cutting its own from its path.
     *
     * @param path the parent and the name joined by a {@code /} (just the name at the root)
     */
    public static Entry inDirectory(String parent, String name, String path, EntryKind kind, long size,
            boolean nestedProject, boolean ignored) {
        RelativePath.require(path, "path");
        boolean joined = parent.isEmpty() ? path.equals(name)
                : path.length() == parent.length() + 1 + name.length() && path.startsWith(parent)
                        && path.charAt(parent.length()) == '/' && path.endsWith(name);
        if (!joined || name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("path " + path + " is not " + name + " in " + parent);
        }
        return new Entry(path, parent, name, kind, size, nestedProject, ignored);
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

    /** Relative to the project root, {@code /}-separated, exactly as named on disk. */
    public String path() {
        return path;
    }

    public EntryKind kind() {
        return kind;
    }

    /** Bytes, for regular files; 0 otherwise. */
    public long size() {
        return size;
    }

    /** A directory holding a build of its own (a {@code pom.xml}): listed, never entered. */
    public boolean nestedProject() {
        return nestedProject;
    }

    /** An untracked path git ignores, listed only when git ignore rules are not respected. */
    public boolean ignored() {
        return ignored;
    }

    /** The file or directory name. */
    public String name() {
        return name;
    }

    /** The directory holding this entry, or the empty string for a root entry. */
    public String parent() {
        return parent;
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
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Entry entry && path.equals(entry.path) && kind == entry.kind && size == entry.size
                && nestedProject == entry.nestedProject && ignored == entry.ignored;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, kind, size, nestedProject, ignored);
    }

    @Override
    public String toString() {
        return "Entry[path=" + path + ", kind=" + kind + ", size=" + size + ", nestedProject=" + nestedProject
                + ", ignored=" + ignored + "]";
    }
}
