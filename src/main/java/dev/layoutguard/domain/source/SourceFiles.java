package dev.layoutguard.domain.source;

import dev.layoutguard.domain.Memo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The per-file analyses of a project's sources for one run: each Java, Kotlin and Python file a rule asks about is
 * read and lexed once, by the first thread that asks, and its {@link SourceFile} kept for every rule after. Safe to
 * ask from several threads: one that asks for a file another is reading waits for it, and no rule depends on another
 * having asked first.
 */
public final class SourceFiles {

    /** What the memo holds for a file that cannot be read, told apart from an empty file by identity. */
    private static final SourceFile UNREADABLE = new SourceFile("", List.of(), Optional.empty(), JvmTestClass.NONE,
            PythonTestModule.NONE);
    /** What the header memo holds for a file that cannot be read. */
    private static final SourceHeader UNREADABLE_HEADER = new SourceHeader("", Optional.empty());

    private final Function<String, Optional<String>> reader;
    private final SourceWatch watch;
    private final Memo<String, SourceFile> files;
    private final Memo<String, SourceHeader> headers;
    private final NamePool names;

    /**
     * @param reader   the text of a file, or empty when it cannot be read
     * @param capacity about how many files the project has: room for them all up front
     */
    public SourceFiles(Function<String, Optional<String>> reader, SourceWatch watch, int capacity) {
        this.reader = reader;
        this.watch = watch;
        this.files = new Memo<>(capacity);
        this.headers = new Memo<>(capacity);
        this.names = new NamePool(capacity);
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
        SourceFile file = files.get(path, key -> reader.apply(key).map(text -> language == Language.PYTHON
                ? PythonSourceReader.read(text, names)
                : JvmSourceReader.read(text, SourceFile.stem(key), watch, names, language == Language.KOTLIN))
                .orElse(UNREADABLE));
        return file == UNREADABLE ? Optional.empty() : Optional.of(file);
    }

    /**
     * The package and public type of a Java or Kotlin file, the same as its {@link #file analysis} gives; empty when
     * it cannot be read. When no rule has asked for the whole analysis yet, the file is lexed only as far as those
     * two facts ({@link SourceHeader}), which for most files ends at the public type's name, before any code.
     *
     * @throws IllegalArgumentException when the path is not a Java or Kotlin source
     */
    public Optional<SourceHeader> header(String path) {
        Language language = Language.of(path);
        if (language == null || language == Language.PYTHON) {
            throw new IllegalArgumentException("not a Java or Kotlin source: " + path);
        }
        SourceFile whole = files.peek(path);
        if (whole != null) {
            return whole == UNREADABLE ? Optional.empty()
                    : Optional.of(new SourceHeader(whole.declaredPackage(), whole.publicType()));
        }
        SourceHeader header = headers.get(path, key -> reader.apply(key)
                .map(text -> JvmSourceReader.readHeader(text, SourceFile.stem(key), watch, names,
                        language == Language.KOTLIN))
                .orElse(UNREADABLE_HEADER));
        return header == UNREADABLE_HEADER ? Optional.empty() : Optional.of(header);
    }
}
