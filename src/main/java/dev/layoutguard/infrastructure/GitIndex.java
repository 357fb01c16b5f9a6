package dev.layoutguard.infrastructure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The repository above a project and the paths its index tracks, read without JGit for the common case: a
 * {@code .git} directory in the work tree, a configuration that moves neither the work tree nor makes it bare, and an
 * index of version 2, 3 or 4 with ASCII paths and no extension git requires readers to know. Anything else (a
 * {@code .git} file of a linked work tree or submodule, a bare repository, a split or sparse index, names that are
 * not ASCII, a file that does not parse) is left to JGit, so the answer is JGit's either way. Loading JGit's
 * repository, file-system and message classes for one index cost a fresh JVM 460-1,100 ms on a 700-file project.
 */
final class GitIndex {

    /** No repository above the project: git's view is empty. */
    static final GitIndex NONE = new GitIndex(null, null, List.of());

    private static final int HEADER = 12;
    private static final int ENTRY_FIXED = 62;
    private static final int EXTENDED = 0x4000;
    private static final int NAME_MASK = 0xFFF;
    private static final int HASH = 20;

    /**
     * An index file as last read, known by the checksum git ends it with: the walk and the changed paths both read
     * the index of one repository, which is then parsed once.
     */
    private record Read(Path file, byte[] checksum, List<String> paths) {
    }

    private static volatile Read last;

    private final Path workTree;
    private final Path gitDir;
    private final List<String> paths;

    private GitIndex(Path workTree, Path gitDir, List<String> paths) {
        this.workTree = workTree;
        this.gitDir = gitDir;
        this.paths = paths;
    }

    /**
     * The plain repository holding the project and its index, {@link #NONE} when no directory above the project is a
     * repository, or empty when the repository or its index is of a kind only JGit reads.
     */
    static Optional<GitIndex> plain(Path project) throws IOException {
        for (Path current = project.toAbsolutePath(); current != null; current = current.getParent()) {
            Path dotGit = current.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return repository(dotGit) ? read(current, dotGit) : Optional.empty();
            }
            if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS) || repository(current)) {
                return Optional.empty();
            }
        }
        return Optional.of(NONE);
    }

    /** As JGit tells a repository directory: its objects and refs, and a HEAD that is a reference or an id. */
    private static boolean repository(Path directory) throws IOException {
        Path head = directory.resolve("HEAD");
        if (!Files.isDirectory(directory.resolve("objects")) || !Files.isDirectory(directory.resolve("refs"))
                || !Files.isRegularFile(head)) {
            return false;
        }
        String text = Files.readString(head, StandardCharsets.ISO_8859_1).strip();
        return text.startsWith("ref: refs/") || text.matches("[0-9a-f]{40}([0-9a-f]{24})?");
    }

    private static Optional<GitIndex> read(Path workTree, Path gitDir) throws IOException {
        Path config = gitDir.resolve("config");
        if (Files.isRegularFile(config) && !plainConfig(Files.readString(config, StandardCharsets.ISO_8859_1))) {
            return Optional.empty();
        }
        Path index = gitDir.resolve("index");
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        byte[] checksum = checksum(index);
        Read kept = last;
        List<String> paths;
        if (checksum != null && kept != null && kept.file().equals(index)
                && Arrays.equals(kept.checksum(), checksum)) {
            paths = kept.paths();
        } else {
            List<String> read = paths(Files.readAllBytes(index));
            paths = read == null ? null : Collections.unmodifiableList(read);
            last = checksum == null ? null : new Read(index, checksum, paths);
        }
        return paths == null ? Optional.empty() : Optional.of(new GitIndex(workTree, gitDir, paths));
    }

    /**
     * The checksum an index file ends with, or {@code null} when it has none (a file too short, or written with
     * {@code index.skipHash}, which leaves zeros).
     */
    private static byte[] checksum(Path index) throws IOException {
        try (FileChannel channel = FileChannel.open(index, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER + HASH) {
                return null;
            }
            ByteBuffer tail = ByteBuffer.allocate(HASH);
            while (tail.hasRemaining() && channel.read(tail, size - HASH + tail.position()) > 0) {
                // a positioned read may return fewer bytes than asked
            }
            byte[] checksum = tail.array();
            return tail.hasRemaining() || Arrays.equals(checksum, new byte[HASH]) ? null : checksum;
        }
    }

    /**
     * Whether a repository's configuration leaves the work tree where its {@code .git} directory is: no
     * {@code core.worktree}, no {@code core.bare} other than false, no included file that could set either.
     */
    static boolean plainConfig(String config) {
        for (String line : config.split("\n")) {
            String setting = line.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            if (setting.contains("worktree") || setting.startsWith("[include")
                    || setting.startsWith("bare") && !setting.startsWith("bare=false")) {
                return false;
            }
        }
        return true;
    }

    /** The paths of an index file's entries, or {@code null} when only JGit reads the file. */
    static List<String> paths(byte[] index) {
        if (index.length < HEADER + HASH || index[0] != 'D' || index[1] != 'I' || index[2] != 'R'
                || index[3] != 'C') {
            return null;
        }
        int version = number(index, 4);
        int count = number(index, 8);
        int end = index.length - HASH;
        if (version < 2 || version > 4 || count < 0) {
            return null;
        }
        List<String> paths = new ArrayList<>(count);
        String previous = "";
        int at = HEADER;
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_FIXED > end) {
                return null;
            }
            int flags = (index[at + 60] & 0xFF) << 8 | index[at + 61] & 0xFF;
            int start = at + ENTRY_FIXED + ((flags & EXTENDED) != 0 && version >= 3 ? 2 : 0);
            int pathEnd;
            String path;
            if (version == 4) {
                int pos = start;
                if (pos >= end) {
                    return null;
                }
                int b = index[pos++] & 0xFF;
                int strip = b & 0x7F;
                // git's offset varint: each continuation adds one before shifting
                while ((b & 0x80) != 0) {
                    if (pos >= end || strip > previous.length()) {
                        return null;
                    }
                    b = index[pos++] & 0xFF;
                    strip = (strip + 1) << 7 | b & 0x7F;
                }
                pathEnd = nul(index, pos, end);
                if (pathEnd < 0 || strip > previous.length() || !ascii(index, pos, pathEnd)) {
                    return null;
                }
                path = previous.substring(0, previous.length() - strip)
                        + new String(index, pos, pathEnd - pos, StandardCharsets.US_ASCII);
                at = pathEnd + 1;
            } else {
                int length = flags & NAME_MASK;
                pathEnd = length < NAME_MASK ? start + length : nul(index, start, end);
                if (pathEnd < 0 || pathEnd >= end || index[pathEnd] != 0 || !ascii(index, start, pathEnd)) {
                    return null;
                }
                path = new String(index, start, pathEnd - start, StandardCharsets.US_ASCII);
                // entries are padded with one to eight NULs to a multiple of eight bytes
                at += (pathEnd - at + 8) & ~7;
            }
            paths.add(path);
            previous = path;
        }
        // extensions: a signature starting with a lower-case letter is one a reader must understand
        while (at < end) {
            if (at + 8 > end || index[at] >= 'a' && index[at] <= 'z') {
                return null;
            }
            int size = number(index, at + 4);
            if (size < 0 || at + 8 + (long) size > end) {
                return null;
            }
            at += 8 + size;
        }
        return paths;
    }

    private static int number(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
    }

    private static int nul(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The work tree, or {@code null} for {@link #NONE}. */
    Path workTree() {
        return workTree;
    }

    /** The repository's {@code .git} directory, or {@code null} for {@link #NONE}. */
    Path gitDir() {
        return gitDir;
    }

    /** The paths of the index's entries, relative to the work tree, in the index's order. */
    List<String> paths() {
        return paths;
    }
}
