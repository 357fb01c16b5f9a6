package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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

    @Test
    void aHeaderIsReadOnItsOwnUntilTheWholeAnalysisIsThere() {
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        SourceFiles files = new SourceFiles(path -> {
            reads.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            return Optional.of("package com.acme;\npublic class A {\n  @Test void a() {}\n}\n");
        }, WATCH, 16);
        SourceHeader expected = new SourceHeader("com.acme", Optional.of(new JavaPublicType("A", 2)));

        assertEquals(Optional.of(expected), files.header("src/A.java"));
        assertEquals(Optional.of(expected), files.header("src/A.java"));
        assertEquals(1, reads.get("src/A.java").get());
        assertEquals(1, files.file("src/B.java").orElseThrow().testClass().testMethods());
        assertEquals("com.acme", files.header("src/B.java").orElseThrow().declaredPackage());
        // the whole analysis was there: its header, not a second read
        assertEquals(1, reads.get("src/B.java").get());
    }

    @Test
    void aFileThatCannotBeReadHasNoHeader() {
        SourceFiles files = new SourceFiles(path -> Optional.empty(), WATCH, 16);

        assertEquals(Optional.empty(), files.header("src/Gone.java"));
        files.file("src/Gone.kt");
        assertEquals(Optional.empty(), files.header("src/Gone.kt"));
    }

    @Test
    void asksAHeaderOfJavaAndKotlinSourcesOnly() {
        SourceFiles files = new SourceFiles(path -> Optional.of(""), WATCH, 16);

        assertEquals("not a Java or Kotlin source: src/app.py",
                assertThrows(IllegalArgumentException.class, () -> files.header("src/app.py")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> files.header("docs/index.md"));
    }

    /** Real sources: this repository's own, its test projects' and its example's, read both ways. */
    @Test
    void everySourceOfThisRepositoryHasTheHeaderItsWholeAnalysisGives() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            sources = walk.filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".kt"))
                    .toList();
        }
        SourceFiles headers = new SourceFiles(SourceFilesTest::text, WATCH, sources.size());
        SourceFiles wholes = new SourceFiles(SourceFilesTest::text, WATCH, sources.size());

        for (Path source : sources) {
            String path = source.toString().replace('\\', '/');
            SourceFile whole = wholes.file(path).orElseThrow();
            assertEquals(Optional.of(new SourceHeader(whole.declaredPackage(), whole.publicType())),
                    headers.header(path), path);
        }
        assertTrue(sources.size() > 500, "sources read: " + sources.size());
    }

    private static Optional<String> text(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Optional<SourceFile> file) {
        return file.orElseThrow().references().stream().map(reference -> reference.line() + " " + reference.name())
                .toList();
    }
}
