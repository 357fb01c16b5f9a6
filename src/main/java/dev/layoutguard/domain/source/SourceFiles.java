package dev.layoutguard.domain.source;

import dev.layoutguard.domain.Memo;
import java.util.Optional;
import java.util.function.Function;

/**
 * The per-file analyses of a project's sources for one run: each Java, Kotlin and Python file a rule asks about is
 * read and lexed once, by the first thread that asks, and its {@link SourceFile} kept for every rule after. Safe to
 * ask from several threads: one that asks for a file another is reading waits for it, and no rule depends on another
 * having asked first.
 */
public final class SourceFiles {

    private final Function<String, Optional<String>> reader;
    private final SourceWatch watch;
    private final Memo<String, Optional<SourceFile>> files;

    /**
     * @param reader   the text of a file, or empty when it cannot be read
     * @param capacity about how many files the project has: room for them all up front
     */
    public SourceFiles(Function<String, Optional<String>> reader, SourceWatch watch, int capacity) {
        this.reader = reader;
        this.watch = watch;
        this.files = new Memo<>(capacity);
    }

    /**
     * The analysis of a source file; empty when it cannot be read.
     *
     * @throws IllegalArgumentException when the path is not a Java, Kotlin or Python source ({@link Language#of})
     */
    public Optional<SourceFile> file(String path) {
        Language language = Language.of(path);
        if (language == null) {
            throw new IllegalArgumentException("not a Java, Kotlin or Python source: " + path);
        }
        return files.get(path, key -> reader.apply(key).map(text -> language == Language.PYTHON
                ? PythonSourceReader.read(text)
                : JvmSourceReader.read(text, SourceFile.stem(key), watch, language == Language.KOTLIN)));
    }
}
