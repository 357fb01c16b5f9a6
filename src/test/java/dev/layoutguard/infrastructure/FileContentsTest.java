package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentsTest {

    @TempDir
    Path project;

    @Test
    void readsUtf8TextWithoutItsByteOrderMark() throws IOException {
        Files.write(project.resolve("Bom.java"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'l', 'a', 's',
            's', ' ', (byte) 0xC3, (byte) 0xA9});
        Files.writeString(project.resolve("Plain.java"), "package a;\n", StandardCharsets.UTF_8);

        FileContents contents = new FileContents(project, 1024);

        assertEquals(Optional.of("class \u00e9"), contents.read("Bom.java"));
        assertEquals(Optional.of("package a;\n"), contents.read("Plain.java"));
    }

    @Test
    void malformedBytesBecomeReplacementCharactersAndTheRestIsKept() throws IOException {
        Files.write(project.resolve("Broken.java"), new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xC3});

        assertEquals(Optional.of("a\uFFFDb\uFFFD"), new FileContents(project, 1024).read("Broken.java"));
    }

    @Test
    void givesNothingForFilesOverTheLimitMissingFilesAndDirectories() throws IOException {
        Files.writeString(project.resolve("big.txt"), "12345");
        Files.writeString(project.resolve("small.txt"), "1234");
        Files.createDirectory(project.resolve("dir"));

        FileContents contents = new FileContents(project, 4);

        assertEquals(Optional.empty(), contents.read("big.txt"));
        assertEquals(Optional.of("1234"), contents.read("small.txt"));
        assertEquals(Optional.empty(), contents.read("missing.txt"));
        assertEquals(Optional.empty(), contents.read("dir"));
    }

    @Test
    void saysWhyAFileGaveNothing() throws IOException {
        Files.writeString(project.resolve("big.txt"), "12345");
        FileContents contents = new FileContents(project, 4);

        assertEquals("it is larger than 4 bytes", contents.unreadable("big.txt", 5));
        assertEquals("it is no longer there", contents.unreadable("gone.txt", 1));
        assertEquals("it is larger than 64 MB", "it is larger than " + FileContents.megabytes(64L * 1024 * 1024));
    }

    @Test
    void neverFollowsALink() throws IOException {
        Path outside = Files.writeString(project.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(project.resolve("link.txt"), outside);

        assertEquals(Optional.empty(), new FileContents(project, 1024).read("link.txt"));
    }

    @Test
    void aFileThatChangedSizeSinceTheWalkIsStillReadWhole() throws IOException {
        Files.writeString(project.resolve("Grown.java"), "class Grown { int field; }");

        FileContents contents = new FileContents(project, 1024);

        assertEquals(Optional.of("class Grown { int field; }"), contents.read("Grown.java", 5));
        assertEquals(Optional.of("class Grown { int field; }"), contents.read("Grown.java", 0));
        assertEquals(Optional.of("class Grown { int field; }"), contents.read("Grown.java", 500));
    }

    @Test
    void aFileThatGrewPastTheLimitGivesNothing() throws IOException {
        Files.writeString(project.resolve("big.txt"), "x".repeat(3000));

        FileContents contents = new FileContents(project, 2048);

        assertEquals(Optional.empty(), contents.read("big.txt", 10));
        assertEquals(Optional.empty(), contents.read("big.txt", 4096));
        assertEquals(Optional.of("x".repeat(3000)), new FileContents(project, 3000).read("big.txt", 10));
    }

    @Test
    void aShortFileReadAfterALongerOneGetsOnlyItsOwnBytes() throws IOException {
        Files.writeString(project.resolve("Long.java"), "class Long { /* " + "y".repeat(200) + " */ }");
        Files.writeString(project.resolve("A.java"), "class A {}");

        FileContents contents = new FileContents(project, 1024);
        contents.read("Long.java", 220);

        assertEquals(Optional.of("class A {}"), contents.read("A.java", 10));
        assertEquals(Optional.of("class A {}"), contents.read("A.java", 3));
    }

    @Test
    void filesLargerThanTheSharedBufferAreReadWhole() throws IOException {
        String large = "z".repeat(200_000);
        Files.writeString(project.resolve("large.txt"), large);

        FileContents contents = new FileContents(project, 1 << 20);

        assertEquals(Optional.of(large), contents.read("large.txt", large.length()));
        assertEquals(Optional.of(large), contents.read("large.txt", 100));
        assertEquals(Optional.of(large), contents.read("large.txt"));
    }

    @Test
    void threadsReadingAtOnceEachGetTheirOwnFile() throws Exception {
        int files = 200;
        List<String> expected = IntStream.range(0, files).mapToObj(i -> "class F" + i + " {}" + " ".repeat(i))
                .toList();
        for (int i = 0; i < files; i++) {
            Files.writeString(project.resolve("F" + i + ".java"), expected.get(i));
        }
        FileContents contents = new FileContents(project, 1024);

        List<String> texts = IntStream.range(0, files).parallel()
                .mapToObj(i -> contents.read("F" + i + ".java", expected.get(i).length()).orElseThrow())
                .toList();

        assertEquals(expected, texts);
    }
}
