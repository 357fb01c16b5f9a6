package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectScannerTest {

    @Test
    void marksWhatGitIgnoresWhenIgnoredPathsAreChecked(@TempDir Path root) throws Exception {
        layout(root);

        ProjectTree tree = new ProjectScanner(false, Set.of()).scan(root);

        assertEquals(List.of(".gitignore false", "README.md false", "storage true", "storage/cache true",
                "storage/cache/blob true", "storage/logs true", "storage/logs/app.log true"),
                tree.entries().stream().map(entry -> entry.path() + " " + entry.ignored()).toList());
    }

    @Test
    void leavesOutWhatGitIgnoresByDefault(@TempDir Path root) throws Exception {
        layout(root);

        ProjectTree tree = new ProjectScanner(true, Set.of()).scan(root);

        assertEquals(List.of(".gitignore", "README.md"), tree.entries().stream().map(Entry::path).toList());
    }

    private static void layout(Path root) throws Exception {
        Files.writeString(root.resolve(".gitignore"), "storage/\n");
        Files.writeString(root.resolve("README.md"), "# p\n");
        Files.createDirectories(root.resolve("storage/logs"));
        Files.createDirectories(root.resolve("storage/cache"));
        Files.writeString(root.resolve("storage/logs/app.log"), "x\n");
        Files.writeString(root.resolve("storage/cache/blob"), "x\n");
    }
}
