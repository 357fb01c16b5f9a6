package dev.layoutguard.domain.tree;

/** What a path on disk is; symbolic links are entries of their own and never followed. */
public enum EntryKind {
    FILE,
    DIRECTORY,
    SYMLINK,
    /** A device, socket or pipe. */
    OTHER
}
