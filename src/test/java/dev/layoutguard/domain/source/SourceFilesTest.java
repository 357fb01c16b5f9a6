package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourceFilesTest {

    private static final SourceWatch WATCH = new SourceWatch(List.of("domain"), List.of("Test"));

    @Test
    void readsAndLexesEachFileOnceHoweverManyThreadsAsk() {
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        SourceFiles files = new SourceFiles(path -> {
            reads.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            return Optional.of("package com.acme;\npublic class A {}\n");
        }, WATCH, 16);

        List<String> packages = IntStream.range(0, 200).parallel()
                .mapToObj(i -> files.file("src/A" + i % 4 + ".java").orElseThrow().declaredPackage())
                .distinct().toList();

        assertEquals(List.of("com.acme"), packages);
        assertEquals(4, reads.size());
        reads.values().forEach(count -> assertEquals(1, count.get()));
    }

    @Test
    void readsEachLanguageByItsExtension() {
        SourceFiles files = new SourceFiles(path -> Optional.of("# import com.acme.domain.A\n"
                + "/* /* */ import com.acme.domain.B */\nimport com.acme.domain.C\n"), WATCH, 16);

        assertEquals(List.of("1 com.acme.domain.A", "2 com.acme.domain.B", "3 com.acme.domain.C"),
                names(files.file("A.java")));
        assertEquals(List.of("1 com.acme.domain.A", "3 com.acme.domain.C"), names(files.file("A.kt")));
        assertEquals(List.of("2 com.acme.domain.B", "3 com.acme.domain.C"), names(files.file("a.py")));
    }

    @Test
    void aFileThatCannotBeReadHasNoAnalysis() {
        SourceFiles files = new SourceFiles(path -> Optional.empty(), WATCH, 16);

        assertEquals(Optional.empty(), files.file("src/Gone.java"));
    }

    @Test
    void rejectsAPathThatIsNoJavaKotlinOrPythonSource() {
        SourceFiles files = new SourceFiles(path -> Optional.of(""), WATCH, 16);

        assertEquals("not a Java, Kotlin or Python source: docs/index.md",
                assertThrows(IllegalArgumentException.class, () -> files.file("docs/index.md")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> files.file("src/.java"));
    }

    private static List<String> names(Optional<SourceFile> file) {
        return file.orElseThrow().references().stream().map(reference -> reference.line() + " " + reference.name())
                .toList();
    }
}
