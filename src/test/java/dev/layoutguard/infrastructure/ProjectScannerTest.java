package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import dev.layoutguard.domain.tree.Skipped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectScannerTest {

    @TempDir
    Path project;

    private final ProjectScanner scanner = new ProjectScanner(true, Set.of("target"));

    @Test
    void listsFilesAndDirectoriesSortedWithSlashSeparatedPaths() throws IOException {
        write("pom.xml");
        write("src/main/java/App.java");

        assertEquals(List.of("pom.xml", "src", "src/main", "src/main/java", "src/main/java/App.java"),
                paths(scanner.scan(project)));
    }

    @Test
    void leavesOutGitDirectoryAndBuildDirectory() throws IOException {
        write(".git/HEAD");
        write("target/classes/App.class");
        write("README.md");

        assertEquals(List.of("README.md"), paths(scanner.scan(project)));
    }

    @Test
    void untrackedFilesMatchingGitignoreAreLeftOut() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "*.log\nbuild/\n");
            write("app.log");
            write("build/out.txt");
            write("notes.md");
        }

        assertEquals(List.of(".gitignore", "notes.md"), paths(scanner.scan(project)));
    }

    @Test
    void trackedFilesCountEvenWhenGitignoreMatchesThem() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write("kept.log");
            write("build/keep.txt");
            write("build/untracked.txt");
            git.add().addFilepattern("kept.log").addFilepattern("build/keep.txt").call();
            write(".gitignore", "*.log\nbuild/\n");
        }

        assertEquals(List.of(".gitignore", "build", "build/keep.txt", "kept.log"), paths(scanner.scan(project)));
    }

    @Test
    void negationReincludesAFileTheEarlierPatternIgnored() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "*.log\n!keep.log\n");
            write("drop.log");
            write("keep.log");
        }

        assertEquals(List.of(".gitignore", "keep.log"), paths(scanner.scan(project)));
    }

    @Test
    void negationCannotReincludeAFileInsideAnIgnoredDirectory() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "out/\n!out/keep.txt\n");
            write("out/keep.txt");
        }

        assertEquals(List.of(".gitignore"), paths(scanner.scan(project)));
    }

    @Test
    void nestedGitignoreAppliesBelowItsDirectoryAndOverridesTheRoot() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "*.tmp\n");
            write("docs/.gitignore", "*.draft\n!wanted.tmp\n");
            write("docs/a.draft");
            write("docs/wanted.tmp");
            write("docs/other.tmp");
            write("b.draft");
        }

        assertEquals(List.of(".gitignore", "b.draft", "docs", "docs/.gitignore", "docs/wanted.tmp"),
                paths(scanner.scan(project)));
    }

    @Test
    void infoExcludeIgnoresUntrackedFiles() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".git/info/exclude", "secret-notes.txt\n");
            write("secret-notes.txt");
            write("README.md");
        }

        assertEquals(List.of("README.md"), paths(scanner.scan(project)));
    }

    @Test
    void aWorkTreeWhoseGitIsAFileUsesTheIndexAndExcludesOfTheDirectoryItNames(@TempDir Path elsewhere)
            throws Exception {
        Path gitDirectory = elsewhere.resolve("project.git");
        try (Git git = Git.init().setDirectory(project.toFile()).setGitDir(gitDirectory.toFile()).call()) {
            write("kept.log");
            write("other.log");
            write("secret.txt");
            write("README.md");
            git.add().addFilepattern("kept.log").call();
            write(".gitignore", "*.log\n");
            Files.createDirectories(gitDirectory.resolve("info"));
            Files.writeString(gitDirectory.resolve("info").resolve("exclude"), "secret.txt\n");
        }

        assertTrue(Files.isRegularFile(project.resolve(".git")), "git writes a .git file naming its directory");
        assertEquals(List.of(".gitignore", "README.md", "kept.log"), paths(scanner.scan(project)));
    }

    @Test
    void anchoredDirectoryPatternIgnoresOnlyAtItsLevel() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "/dist/\n");
            write("dist/app.js");
            write("web/dist/app.js");
        }

        assertEquals(List.of(".gitignore", "web", "web/dist", "web/dist/app.js"), paths(scanner.scan(project)));
    }

    @Test
    void gitignoreDecidesInADirectoryThatIsNoWorkTree() throws IOException {
        write(".gitignore", "*.log\n");
        write("app.log");
        write("README.md");

        assertEquals(List.of(".gitignore", "README.md"), paths(scanner.scan(project)));
    }

    @Test
    void ignoredFilesAreCheckedWhenGitignoreIsNotRespected() throws IOException {
        write(".gitignore", "*.log\n");
        write("app.log");

        assertEquals(List.of(".gitignore", "app.log"), paths(new ProjectScanner(false, Set.of()).scan(project)));
    }

    @Test
    void projectInsideAWorkTreeUsesTheIgnoreRulesAboveIt() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "*.log\n");
            write("module/app.log");
            write("module/README.md");
        }

        ProjectTree tree = scanner.scan(project.resolve("module"));

        assertEquals(List.of("README.md"), paths(tree));
    }

    @Test
    void projectInAnIgnoredDirectoryOfAnEnclosingWorkTreeIsCheckedOnItsOwn() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(".gitignore", "target/\n");
            write("target/it/sample/.gitignore", "*.log\n");
            write("target/it/sample/README.md");
            write("target/it/sample/app.log");
        }

        ProjectTree tree = new ProjectScanner(true, Set.of()).scan(project.resolve("target/it/sample"));

        assertEquals(List.of(".gitignore", "README.md"), paths(tree));
    }

    @Test
    void symbolicLinksAreEntriesAndNeverFollowed() throws IOException {
        write("real/inside.txt");
        Files.createSymbolicLink(project.resolve("link-to-dir"), project.resolve("real"));
        Files.createSymbolicLink(project.resolve("dangling"), project.resolve("does-not-exist"));
        Files.createSymbolicLink(project.resolve("outside"), Path.of("/etc"));

        ProjectTree tree = scanner.scan(project);

        assertEquals(List.of("dangling", "link-to-dir", "outside", "real", "real/inside.txt"), paths(tree));
        assertEquals(EntryKind.SYMLINK, tree.find("link-to-dir").orElseThrow().kind());
        assertEquals(EntryKind.SYMLINK, tree.find("dangling").orElseThrow().kind());
        assertTrue(tree.find("outside").orElseThrow().isFile());
    }

    @Test
    void oddNamesAreReportedExactly() throws IOException {
        write("with space.txt");
        write("C:\\Windows\\sam");
        write("café/naïve.md");

        assertEquals(List.of("C:\\Windows\\sam", "café", "café/naïve.md", "with space.txt"),
                paths(scanner.scan(project)));
    }

    @Test
    void namesThatAreNotValidUtf8NeverStopTheWalk() throws Exception {
        write("ok.txt");
        // A file name holding the single byte 0xFF, made by the shell since Java cannot express it.
        Process process = new ProcessBuilder("sh", "-c", "touch \"$(printf 'bad\\377name')\"")
                .directory(project.toFile()).start();
        assertEquals(0, process.waitFor());

        List<String> paths = paths(scanner.scan(project));

        assertEquals(2, paths.size());
        assertTrue(paths.contains("ok.txt"));
        assertTrue(paths.stream().anyMatch(path -> path.startsWith("bad") && path.endsWith("name")), paths::toString);
    }

    @Test
    void walksNestingDeeperThanTheStackWithoutRecursion() throws Exception {
        // 1,500 levels threw StackOverflowError, which killed Maven's JVM (a shell makes and removes them: JUnit's own
        // clean-up resolves every level's real path and takes minutes)
        String deepest = String.join("/", Collections.nCopies(1500, "d"));
        shell("mkdir -p " + deepest + " && touch " + deepest + "/f.yml");
        try {
            ProjectTree tree = scanner.scan(project);

            assertEquals(1501, tree.entries().size());
            assertTrue(tree.contains(deepest + "/f.yml"));
            assertEquals(List.of(), tree.skipped());
        } finally {
            shell("rm -rf d");
        }
    }

    /** Runs a command in the project directory. */
    private void shell(String command) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", command).directory(project.toFile()).start();
        assertEquals(0, process.waitFor(), command);
    }

    @Test
    void aDirectoryThatCannotBeListedIsNamedWithTheReasonAndTheWalkGoesOn() throws IOException {
        write("ok.txt");
        Path locked = Files.createDirectories(project.resolve("locked"));
        write("locked/secret.env");
        assertTrue(locked.toFile().setReadable(false, false) && locked.toFile().setExecutable(false, false));
        try {
            assumeFalse(Files.isReadable(locked), "the user may read anything");

            ProjectTree tree = scanner.scan(project);

            assertEquals(List.of("locked", "ok.txt"), paths(tree));
            assertEquals(List.of(new Skipped("locked", "permission denied")), tree.skipped());
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aDirectoryWhosePathIsTooLongToOpenIsNamedAndTheWalkGoesOn() throws Exception {
        write("ok.txt");
        // two chains of 12 levels of 200-character names, each within PATH_MAX (4,096 bytes), the second moved into
        // the first: the deepest directories lie past PATH_MAX and cannot be opened by their path
        String name = "n".repeat(200);
        String chain = String.join("/", Collections.nCopies(12, name));
        shell("mkdir -p a/" + chain + " b/" + chain + " && mv b/" + name + " a/" + chain + "/");
        try {
            ProjectTree tree = scanner.scan(project);

            assertFalse(tree.skipped().isEmpty());
            Skipped skipped = tree.skipped().get(0);
            assertEquals("File name too long", skipped.reason(), skipped::toString);
            assertTrue(skipped.path().startsWith("a/" + chain + "/" + name), skipped::toString);
            assertTrue(tree.contains("ok.txt"));
        } finally {
            shell("rm -rf a b");
        }
    }

    @Test
    void aNameThatIsNotUtf8IsReportedWithItsByteAndItsFileIsStillRead() throws Exception {
        // a secret in hidden\xff.properties was hidden: the name decoded to U+FFFD, which named no file
        shell("mkdir \"$(printf 'd\\377')\" && printf 'password=Hx7LpQ2sNv4T\\n' > "
                + "\"$(printf 'd\\377/hidden\\377.properties')\"");
        NativeNames natives = new NativeNames();

        ProjectTree tree = new ProjectScanner(true, Set.of("target"), natives).scan(project);

        assertEquals(List.of("d\\xFF", "d\\xFF/hidden\\xFF.properties"), paths(tree));
        assertEquals(Optional.of("password=Hx7LpQ2sNv4T\n"),
                new FileContents(project, 1024, natives).read("d\\xFF/hidden\\xFF.properties"));
    }

    @Test
    void nestedProjectsAreListedButNotEntered() throws IOException {
        write("pom.xml");
        write("examples/demo/pom.xml");
        write("examples/demo/Stray.java");
        write("sub/.git");
        write("sub/file.txt");

        ProjectTree tree = scanner.scan(project);

        assertEquals(List.of("examples", "examples/demo", "pom.xml", "sub"), paths(tree));
        assertTrue(tree.find("examples/demo").orElseThrow().nestedProject());
        assertFalse(tree.find("examples").orElseThrow().nestedProject());
    }

    @Test
    void sizesOfRegularFilesAreRecorded() throws IOException {
        write("five.txt", "12345");

        Entry entry = scanner.scan(project).find("five.txt").orElseThrow();

        assertEquals(5, entry.size());
        assertEquals(EntryKind.FILE, entry.kind());
    }

    @Test
    void aMissingProjectDirectoryIsAnError() {
        IOException error = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> scanner.scan(project.resolve("missing")));
        assertTrue(error.getMessage().contains("missing"), error.getMessage());
    }

    private void write(String path) throws IOException {
        write(path, "x\n");
    }

    private void write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static List<String> paths(ProjectTree tree) {
        return tree.entries().stream().map(Entry::path).toList();
    }


    @Test
    void marksWhatGitIgnoresWhenIgnoredPathsAreChecked(@TempDir Path root) throws Exception {
        storageLayout(root);

        ProjectTree tree = new ProjectScanner(false, Set.of()).scan(root);

        assertEquals(List.of(".gitignore false", "README.md false", "storage true", "storage/cache true",
                "storage/cache/blob true", "storage/logs true", "storage/logs/app.log true"),
                tree.entries().stream().map(entry -> entry.path() + " " + entry.ignored()).toList());
    }

    @Test
    void leavesOutWhatGitIgnoresByDefault(@TempDir Path root) throws Exception {
        storageLayout(root);

        ProjectTree tree = new ProjectScanner(true, Set.of()).scan(root);

        assertEquals(List.of(".gitignore", "README.md"), tree.entries().stream().map(Entry::path).toList());
    }

    private static void storageLayout(Path root) throws Exception {
        Files.writeString(root.resolve(".gitignore"), "storage/\n");
        Files.writeString(root.resolve("README.md"), "# p\n");
        Files.createDirectories(root.resolve("storage/logs"));
        Files.createDirectories(root.resolve("storage/cache"));
        Files.writeString(root.resolve("storage/logs/app.log"), "x\n");
        Files.writeString(root.resolve("storage/cache/blob"), "x\n");
    }
}
