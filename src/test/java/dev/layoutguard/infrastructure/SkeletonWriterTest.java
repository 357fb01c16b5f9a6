package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.application.SkeletonEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkeletonWriterTest {

    private static final List<SkeletonEntry> SKELETON = List.of(
            new SkeletonEntry("docs", true, Map.of(), null),
            new SkeletonEntry("docs/guides", true, Map.of("README.md", "# docs/guides\n"), null),
            new SkeletonEntry("docs/index.md", false, Map.of(), "# docs\n"),
            new SkeletonEntry("storage", true, stubs("README.md", "# storage\n", ".gitignore", "*\n"), null));

    @TempDir
    Path project;

    private static Map<String, String> stubs(String firstName, String first, String secondName, String second) {
        Map<String, String> stubs = new java.util.LinkedHashMap<>();
        stubs.put(firstName, first);
        stubs.put(secondName, second);
        return stubs;
    }

    @Test
    void createsTheMissingDirectoriesWithTheirStubs() throws IOException {
        ProjectSkeleton.Outcome outcome = new SkeletonWriter().write(project, SKELETON);

        assertEquals(new ProjectSkeleton.Outcome(List.of("docs/", "docs/guides/", "docs/guides/README.md",
                "docs/index.md", "storage/", "storage/README.md", "storage/.gitignore"), List.of(), List.of()),
                outcome);
        assertEquals("# docs/guides\n", Files.readString(project.resolve("docs/guides/README.md")));
        assertEquals("*\n", Files.readString(project.resolve("storage/.gitignore")));
    }

    @Test
    void neverTouchesWhatExists() throws IOException {
        Files.createDirectories(project.resolve("docs/guides"));
        Files.writeString(project.resolve("docs/index.md"), "ours", StandardCharsets.UTF_8);

        ProjectSkeleton.Outcome outcome = new SkeletonWriter().write(project, SKELETON);

        assertEquals(new ProjectSkeleton.Outcome(List.of("storage/", "storage/README.md", "storage/.gitignore"),
                List.of("docs/", "docs/guides/", "docs/index.md"), List.of()), outcome);
        assertEquals("ours", Files.readString(project.resolve("docs/index.md")));
        assertEquals(false, Files.exists(project.resolve("docs/guides/README.md")));
    }

    @Test
    void saysWhatAFileOfADirectorysNameBlocks() throws IOException {
        Files.writeString(project.resolve("docs"), "a file", StandardCharsets.UTF_8);

        ProjectSkeleton.Outcome outcome = new SkeletonWriter().write(project, SKELETON);

        assertEquals(List.of("docs/: a file of that name exists", "docs/guides/: docs/ is not a directory",
                "docs/index.md: docs/ is not a directory"), outcome.blocked());
        assertEquals("a file", Files.readString(project.resolve("docs")));
    }

    @Test
    void createsNothingThroughALinkThatLeavesTheProject(@TempDir Path outside) throws IOException {
        Files.createSymbolicLink(project.resolve("docs"), outside);

        ProjectSkeleton.Outcome outcome = new SkeletonWriter().write(project, SKELETON);

        assertEquals(List.of("docs/guides/: docs/ leads out of the project through a link",
                "docs/index.md: docs/ leads out of the project through a link"), outcome.blocked());
        try (var inside = Files.list(outside)) {
            assertEquals(0, inside.count());
        }
    }
}
