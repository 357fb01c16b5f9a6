package dev.layoutguard.infrastructure;

import dev.layoutguard.application.IoReason;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the plugin writes its files (reports, the baseline): UTF-8 text goes to a temporary file in the target's own
 * directory, which is then moved over the target in one step. A reader never sees half a file, a link at the target
 * is replaced rather than followed (nothing outside is written), a pipe cannot block the build, and the file keeps
 * the permissions it had, or gets {@code rw-r--r--} when new. A target that is a link, a directory, a pipe or a
 * device is refused before anything is written.
 */
public final class FileReplacement {

    /** The permissions of a file the plugin creates: readable by all, writable by its owner. */
    static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private FileReplacement() {
    }

    /**
     * Writes a file, creating its directory.
     *
     * @throws IOException naming the path and the reason: the target is no regular file, or the system refused
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Set<PosixFilePermission> permissions;
        Path temporary;
        try {
            Files.createDirectories(directory);
            permissions = permissionsOf(target);
            temporary = temporaryBeside(target);
        } catch (FileSystemException e) {
            Path blocking = directory;
            while (blocking != null && !Files.exists(blocking, LinkOption.NOFOLLOW_LINKS)) {
                blocking = blocking.getParent();
            }
            if (blocking != null && !Files.isDirectory(blocking)) {
                throw new IOException(blocking + " is a file, not a directory", e);
            }
            throw new IOException(IoReason.of(e), e);
        }
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(permissions == null ? NEW_FILE : permissions);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw new IOException(IoReason.of(e), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new, empty file beside the target, readable by its owner only until it is complete: named from the process,
     * the time and a counter rather than by {@link Files#createTempFile}, whose random names need a
     * {@code SecureRandom} seeded first (its digest, VarHandle and constant classes, 3 to 4 ms of a first build's
     * class-loading timeline); a name another writer took first is never opened ({@code CREATE_NEW}), the next one
     * is tried.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        Path directory = target.getParent();
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + "." + TEMPORARIES.incrementAndGet() + ".tmp");
            try {
                if (posix) {
                    Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createFile(temporary);
                }
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * The permissions of the file at a path, or {@code null} when there is none (or the file system has no POSIX
     * permissions).
     *
     * @throws IOException when the path holds something other than a regular file
     */
    static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (attributes.isSymbolicLink()) {
            throw new IOException(target + " is a symbolic link; LayoutGuard does not write through links, so remove "
                    + "it or write elsewhere");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(target + " is " + (attributes.isDirectory() ? "a directory" : "a pipe, socket or "
                    + "device") + ", not a regular file; LayoutGuard replaces only regular files, so remove it or "
                    + "write elsewhere");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return posix == null ? null : posix.readAttributes().permissions();
    }
}
