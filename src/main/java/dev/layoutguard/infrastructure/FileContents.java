package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.ContentReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;

/**
 * Reads project files as UTF-8 text: a byte-order mark is dropped, malformed bytes become U+FFFD, and files that
 * are links, unreadable or larger than the limit give nothing.
 */
public final class FileContents implements ContentReader {

    private static final Set<OpenOption> READ_WITHOUT_FOLLOWING_LINKS =
            Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    private static final int SHARED_BUFFER_BYTES = 64 * 1024;
    private static final ThreadLocal<ByteBuffer> SHARED_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocate(SHARED_BUFFER_BYTES));

    private final Path root;
    private final long maxBytes;
    private final NativeNames natives;

    /**
     * @param root     the project directory the paths are relative to
     * @param maxBytes files larger than this are not read
     */
    public FileContents(Path root, long maxBytes) {
        this(root, maxBytes, new NativeNames());
    }

    /** @param natives the paths of the names the walk could not have the JVM decode */
    public FileContents(Path root, long maxBytes, NativeNames natives) {
        this.root = root;
        this.maxBytes = maxBytes;
        this.natives = natives;
    }

    /**
     * Opens the file once, without following a link, and reads it whole; the size comes from the open file.
     * Callers ask only for what the walk found to be a regular file (see {@code Project#read}), so a named pipe,
     * which would block the open, is never asked for.
     */
    @Override
    public Optional<String> read(String path) {
        return read(path, -1);
    }

    /**
     * Like {@link #read(String)}, trusting the size the walk measured so the read costs no {@code fstat}. The buffer
     * is one byte larger than the expected size. A read of a regular file returns all it has up to what was asked,
     * so a read that stops at exactly the expected size has reached the end, and no second read is spent asking. When
     * the buffer fills, the file has grown meanwhile, and reading goes on in a larger buffer up to the limit; when it
     * has shrunk, reading goes on to the end.
     */
    @Override
    public Optional<String> read(String path, long size) {
        if (size > maxBytes) {
            return Optional.empty();
        }
        try (SeekableByteChannel channel = Files.newByteChannel(natives.resolve(root, path), READ_WITHOUT_FOLLOWING_LINKS)) {
            long expected = size >= 0 ? size : channel.size();
            if (expected > maxBytes) {
                return Optional.empty();
            }
            ByteBuffer buffer = buffer((int) expected + 1);
            while (channel.read(buffer) >= 0) {
                if (!buffer.hasRemaining()) {
                    if (buffer.limit() > maxBytes) {
                        return Optional.empty();
                    }
                    int larger = (int) Math.min(maxBytes + 1, Math.max(1024L, buffer.limit() * 2L));
                    buffer = ByteBuffer.allocate(larger).put(buffer.flip());
                } else if (buffer.position() == expected) {
                    break;
                }
            }
            return Optional.of(decode(buffer.array(), buffer.position()));
        } catch (IOException | SecurityException | UnsupportedOperationException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Why a file could not be read: too large, gone, not readable, or no reason the file system tells. */
    @Override
    public String unreadable(String path, long size) {
        Path file;
        try {
            file = natives.resolve(root, path);
        } catch (InvalidPathException e) {
            return "its name cannot be written in this JVM's file name encoding";
        }
        if (size > maxBytes || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && sizeOf(file) > maxBytes) {
            return "it is larger than " + megabytes(maxBytes);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "it is no longer there";
        }
        return Files.isReadable(file) ? "it could not be read" : "permission denied";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A size as messages say it: whole megabytes when it is some, else bytes. */
    static String megabytes(long bytes) {
        long megabyte = 1024L * 1024;
        return bytes >= megabyte && bytes % megabyte == 0 ? bytes / megabyte + " MB" : bytes + " bytes";
    }

    /**
     * A buffer for one read, its limit the given size. Most source files are small: those share one buffer per
     * thread, since decoding copies the bytes out anyway.
     */
    private static ByteBuffer buffer(int size) {
        if (size > SHARED_BUFFER_BYTES) {
            return ByteBuffer.allocate(size);
        }
        return SHARED_BUFFER.get().clear().limit(size);
    }

    /** UTF-8 text of bytes, without a byte-order mark, malformed sequences replaced by U+FFFD. */
    static String decode(byte[] bytes) {
        return decode(bytes, bytes.length);
    }

    private static String decode(byte[] bytes, int length) {
        int offset = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // the String constructor replaces malformed input exactly as a REPLACE decoder does, with an ASCII fast path
        return new String(bytes, offset, length - offset, StandardCharsets.UTF_8);
    }
}
