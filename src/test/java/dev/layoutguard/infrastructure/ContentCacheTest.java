package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCacheTest {

    @TempDir
    Path project;

    @Test
    void readsAFileAgainOnlyWhenItsSizeOrTimeChanged() throws Exception {
        Files.writeString(project.resolve("a.properties"), "x=1\n");
        List<String> reads = new ArrayList<>();
        FileContents files = new FileContents(project, 1024);
        ContentCache cache = new ContentCache(project, path -> {
            reads.add(path);
            return files.read(path);
        });

        assertEquals(Optional.of("x=1\n"), cache.read("a.properties"));
        assertEquals(Optional.of("x=1\n"), cache.read("a.properties"));
        assertEquals(List.of("a.properties"), reads);

        Files.writeString(project.resolve("a.properties"), "x=22\n");
        assertEquals(Optional.of("x=22\n"), cache.read("a.properties"));
        Files.writeString(project.resolve("a.properties"), "x=33\n");
        Files.setLastModifiedTime(project.resolve("a.properties"), FileTime.fromMillis(1_000_000));
        assertEquals(Optional.of("x=33\n"), cache.read("a.properties"), "same size, another time");
        assertEquals(3, reads.size());
    }

    @Test
    void aFileThatIsGoneIsAskedOfTheReaderAndForgotten() throws Exception {
        Files.writeString(project.resolve("a.properties"), "x=1\n");
        ContentCache cache = new ContentCache(project, new FileContents(project, 1024));
        cache.read("a.properties");
        Files.delete(project.resolve("a.properties"));

        assertEquals(Optional.empty(), cache.read("a.properties"));
        assertEquals(0, cache.size());
    }
}
