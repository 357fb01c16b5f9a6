package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.ContentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the text of the files a reader read, and reads a file again only when its size or modification time changed:
 * for checks that run again and again on the same tree (watch mode), where most files stay as they were.
 */
public final class ContentCache implements ContentReader {

    private record Kept(long size, long modified, Optional<String> text) {
    }

    private final Path root;
    private final ContentReader reader;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /**
     * @param root   the project directory the paths are relative to
     * @param reader what reads a file that is not kept, or changed
     */
    public ContentCache(Path root, ContentReader reader) {
        this.root = root;
        this.reader = reader;
    }

    @Override
    public Optional<String> read(String path) {
        return read(path, -1);
    }

    @Override
    public Optional<String> read(String path, long size) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(NativeNames.path(root, path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            kept.remove(path);
            return reader.read(path, size);
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Kept known = kept.get(path);
        if (known != null && known.size() == attributes.size() && known.modified() == modified) {
            return known.text();
        }
        Optional<String> text = reader.read(path, size);
        kept.put(path, new Kept(attributes.size(), modified, text));
        return text;
    }

    /** How many files are kept. */
    public int size() {
        return kept.size();
    }
}
