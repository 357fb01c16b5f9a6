package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitIndexTest {

    @TempDir
    Path project;

    @Test
    void readsTheSamePathsAsJgitFromTheIndexJgitWrites() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            add(git, "pom.xml", "a.txt", "src/main/java/dev/App.java", "src/main/java/dev/abcdefg/LongerName1.java",
                    "docs/x", "docs/xy", "docs/xyz");
            assertEquals(jgitPaths(), GitIndex.plain(project).orElseThrow().paths());
        }
    }

    @Test
    void parsesAnUnchangedIndexOnceAndAChangedOneAgain() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            add(git, "a.txt");
            List<String> first = GitIndex.plain(project).orElseThrow().paths();
            assertSame(first, GitIndex.plain(project).orElseThrow().paths(), "the same checksum: the same read");
            add(git, "b.txt");
            assertEquals(List.of("a.txt", "b.txt"), GitIndex.plain(project).orElseThrow().paths());
        }
    }

    @Test
    void readsPrefixCompressedPathsOfAVersion4Index() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setInt("index", null, "version", 4);
            config.save();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                names.add("src/main/java/dev/layoutguard/deep/package" + i % 3 + "/Type" + i + ".java");
            }
            names.add("README.md");
            add(git, names.toArray(String[]::new));
            assertEquals(4, version());
            assertEquals(jgitPaths(), GitIndex.plain(project).orElseThrow().paths());
        }
    }

    @Test
    void readsTheExtendedFlagsOfAVersion3Index() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            add(git, "a.txt");
            byte[] written = Files.readAllBytes(project.resolve(".git/index"));
            // the same entry with an extended flag (intent to add): two bytes more, three NULs of padding
            // instead of five, so the entry keeps its 72 bytes
            byte[] v3 = written.clone();
            v3[7] = 3;
            v3[12 + 60] |= 0x40;
            v3[12 + 62] = 0x20;
            v3[12 + 63] = 0;
            System.arraycopy("a.txt".getBytes(StandardCharsets.US_ASCII), 0, v3, 12 + 64, 5);
            Arrays.fill(v3, 12 + 69, 12 + 72, (byte) 0);
            assertEquals(List.of("a.txt"), GitIndex.paths(v3));
        }
    }

    @Test
    void leavesNamesThatAreNotAsciiToJgit() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            add(git, "configuración.properties");
            assertEquals(Optional.empty(), GitIndex.plain(project));
        }
    }

    @Test
    void leavesALinkedWorkTreeToJgit() throws Exception {
        Files.writeString(project.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/one\n");
        assertEquals(Optional.empty(), GitIndex.plain(project));
    }

    @Test
    void leavesARequiredExtensionAndACutFileToJgit() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            add(git, "a.txt");
            byte[] index = Files.readAllBytes(project.resolve(".git/index"));
            byte[] linked = new byte[index.length + 8];
            System.arraycopy(index, 0, linked, 0, index.length - 20);
            System.arraycopy("link".getBytes(StandardCharsets.US_ASCII), 0, linked, index.length - 20, 4);
            assertNull(GitIndex.paths(linked));
            assertNull(GitIndex.paths(Arrays.copyOf(index, 40)));
            assertEquals(List.of("a.txt"), GitIndex.paths(index));
        }
    }

    @Test
    void aConfigurationThatMovesTheWorkTreeIsNotPlain() {
        assertTrue(GitIndex.plainConfig("[core]\n\trepositoryformatversion = 0\n\tbare = false\n"));
        assertFalse(GitIndex.plainConfig("[core]\n\tbare = true\n"));
        assertFalse(GitIndex.plainConfig("[core]\n\tbare\n"));
        assertFalse(GitIndex.plainConfig("[core]\n\tworktree = ../elsewhere\n"));
        assertFalse(GitIndex.plainConfig("[include]\n\tpath = more.config\n"));
    }

    private void add(Git git, String... paths) throws Exception {
        var add = git.add();
        for (String path : paths) {
            Path file = project.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, path);
            add.addFilepattern(path);
        }
        add.call();
    }

    private int version() throws IOException {
        byte[] index = Files.readAllBytes(project.resolve(".git/index"));
        return index[7];
    }

    private List<String> jgitPaths() throws Exception {
        DirCache cache = DirCache.read(project.resolve(".git/index").toFile(), FS.DETECTED);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < cache.getEntryCount(); i++) {
            paths.add(cache.getEntry(i).getPathString());
        }
        return paths;
    }
}
