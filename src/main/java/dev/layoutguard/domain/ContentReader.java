package dev.layoutguard.domain;

import java.util.Optional;

/** Reads the text of a project file for the rules that look inside files. */
@FunctionalInterface
public interface ContentReader {

    /** The file's text, or empty when it cannot be read as text. */
    Optional<String> read(String path);

    /**
     * The text of a file whose size the walk has just measured; a reader may use the size to skip measuring it
     * again. A file that changed size since is still read whole.
     */
    default Optional<String> read(String path, long size) {
        return read(path);
    }

    /**
     * Why a file this reader gave nothing for could not be read, as a phrase ({@code it is larger than 64 MB},
     * {@code permission denied}); asked only after a read failed. {@code null} when the reader holds no contents at
     * all, so there is nothing a check missed.
     */
    default String unreadable(String path, long size) {
        return "it could not be read";
    }

    /** A reader for trees that exist only in memory, where no file has content. */
    static ContentReader none() {
        return new ContentReader() {
            @Override
            public Optional<String> read(String path) {
                return Optional.empty();
            }

            @Override
            public String unreadable(String path, long size) {
                return null;
            }
        };
    }
}
