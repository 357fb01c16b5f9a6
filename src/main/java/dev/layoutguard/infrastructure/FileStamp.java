package dev.layoutguard.infrastructure;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a path without reading it, as git's index keeps it: its type, size, modification time
 * and, where the system has them, its status change time and inode. A content change that puts the size and the
 * modification time back (as {@code touch -d} can) still moves the status change time. Links are never followed.
 *
 * @param type     what the path is: {@code f} a file, {@code d} a directory, {@code l} a link, {@code o} anything else,
 *                 {@code -} nothing, {@code ?} a path that could not be looked up
 * @param size     bytes
 * @param modified the modification time, in nanoseconds since the epoch
 * @param changed  the status change time in nanoseconds since the epoch, or 0 where the system has none
 * @param inode    the inode, or 0 where the system has none
 */
record FileStamp(char type, long size, long modified, long changed, long inode) {

    /** A path where nothing is. */
    static final FileStamp ABSENT = new FileStamp('-', 0, 0, 0, 0);

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,isRegularFile,isDirectory,"
            + "isSymbolicLink";

    /** The stamp of a path as it is now; never fails: an error gives a stamp that matches no other. */
    static FileStamp of(Path path) {
        try {
            if (UNIX) {
                Map<String, Object> unix = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return new FileStamp(type((Boolean) unix.get("isRegularFile"), (Boolean) unix.get("isDirectory"),
                        (Boolean) unix.get("isSymbolicLink")), (Long) unix.get("size"),
                        nanos((FileTime) unix.get("lastModifiedTime")), nanos((FileTime) unix.get("ctime")),
                        ((Number) unix.get("ino")).longValue());
            }
            BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(type(basic.isRegularFile(), basic.isDirectory(), basic.isSymbolicLink()), basic.size(),
                    nanos(basic.lastModifiedTime()), 0, 0);
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException | RuntimeException e) {
            return new FileStamp('?', 0, 0, 0, 0);
        }
    }

    /** The stamp written as {@link #toString()} writes it, or {@code null} when the text is no stamp. */
    static FileStamp parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 5 || parts[0].length() != 1) {
            return null;
        }
        try {
            return new FileStamp(parts[0].charAt(0), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]), Long.parseLong(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the stamp can vouch for the path: it was looked up, and the path has not changed since. */
    boolean known() {
        return type != '?';
    }

    /**
     * Whether the path may have changed at the given time or after, within the file system's clock's resolution: a
     * change made then could leave the same stamp, so the stamp says nothing about what was read (git's "racily
     * clean" entries).
     */
    boolean racy(long since) {
        return type != '-' && (modified >= since || changed >= since);
    }

    /** Whether a stamp taken now vouches that the path is as it was when this stamp was taken. */
    boolean sameAs(FileStamp now) {
        // field by field rather than the record's equals, whose first call links method handles: a check answered
        // from the kept result compares a thousand stamps in a fresh JVM, and compares nothing else
        return known() && now != null && type == now.type && size == now.size && modified == now.modified
                && changed == now.changed && inode == now.inode;
    }

    @Override
    public String toString() {
        return type + "," + size + "," + modified + "," + changed + "," + inode;
    }

    private static char type(boolean file, boolean directory, boolean link) {
        return file ? 'f' : directory ? 'd' : link ? 'l' : 'o';
    }

    private static long nanos(FileTime time) {
        return time == null ? 0 : time.to(TimeUnit.NANOSECONDS);
    }
}
