package dev.layoutguard.infrastructure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.util.FS;

/**
 * Git's index as last read through JGit in this process: the walk of a repository {@link GitIndex} leaves to JGit (for
 * what git tracks) and the changed paths (for what changed) both need it, and reading it checksums the whole file,
 * so a second reader of an index file whose size and modification time and file are unchanged gets the same read. Only the newest index read is kept.
 */
final class GitIndexCache {

    /**
     * An index file as read, with what identified its version then: git writes a new index under another name and
     * renames it over the old, so its file key (the inode) changes with every write, and its time and size with most.
     */
    private record Read(String file, Object key, FileTime modified, long size, DirCache index) {
    }

    private static Read last;

    private GitIndexCache() {
    }

    /** The index in the given file; an empty one when there is no file (a repository before its first add). */
    static synchronized DirCache read(File file, FS fs) throws IOException, CorruptObjectException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file.toPath(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException none) {
            return DirCache.read(file, fs);
        }
        Read now = new Read(file.getAbsolutePath(), attributes.fileKey(), attributes.lastModifiedTime(),
                attributes.size(), null);
        Read kept = last;
        if (kept != null && kept.file().equals(now.file()) && Objects.equals(kept.key(), now.key())
                && kept.modified().equals(now.modified()) && kept.size() == now.size()) {
            return kept.index();
        }
        DirCache index = DirCache.read(file, fs);
        last = new Read(now.file(), now.key(), now.modified(), now.size(), index);
        return index;
    }
}
