package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.ContentReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads project files as UTF-8 text: a byte-order mark is dropped, malformed bytes become U+FFFD, and files that
 * are links, unreadable or larger than the limit give nothing.
 */
public final class FileContents implements ContentReader {

    private final Path root;
    private final long maxBytes;

    /**
     * @param root     the project directory the paths are relative to
     * @param maxBytes files larger than this are not read
     */
    public FileContents(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<String> read(String path) {
        Path file = root.resolve(path);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > maxBytes) {
                return Optional.empty();
            }
            return Optional.of(decode(Files.readAllBytes(file)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** UTF-8 text of bytes, without a byte-order mark, malformed sequences replaced. */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
