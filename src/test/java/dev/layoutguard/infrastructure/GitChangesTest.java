package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitChangesTest {

    @TempDir
    Path work;

    private Git repository() throws Exception {
        Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
        write("README.md", "# shop\n");
        write("sub/project/pom.xml", "<project/>\n");
        write("sub/project/src/App.java", "class App {}\n");
        commit(git, "first");
        return git;
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(work.resolve(path).getParent());
        Files.writeString(work.resolve(path), text);
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call();
    }

    /**
     * The git executable the changes are asked of: {@code git} on the {@code PATH}, or one that does not exist, so
     * that JGit answers; each test runs with both and must get the same answer.
     */
    static final String NO_GIT = "layoutguard-test-no-such-git";

    private String executable = "git";

    /** The changes of a project, with its tree walked as a check walks it. */
    private Set<String> changes(Path project, String since) throws IOException {
        GitChanges changes = GitChanges.start(project, since, executable);
        return changes.of(new ProjectScanner(true, Set.of()).scan(project));
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void listsStagedUnstagedUntrackedAndDeletedPathsAgainstHead(String executable) throws Exception {
        this.executable = executable;
        try (Git git = repository()) {
            write("sub/project/src/App.java", "class App { }\n");
            write("sub/project/staged.txt", "x\n");
            git.add().addFilepattern("sub/project/staged.txt").call();
            write("sub/project/new/Untracked.java", "class Untracked {}\n");
            Files.delete(work.resolve("sub/project/pom.xml"));
            write("README.md", "# changed outside the project\n");

            assertEquals(Set.of("src/App.java", "staged.txt", "new/Untracked.java", "pom.xml"),
                    changes(work.resolve("sub/project"), null));
            assertTrue(changes(work, null).contains("README.md"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void aRenameCountsAtBothPathsWhetherStagedOrNot(String executable) throws Exception {
        this.executable = executable;
        try (Git git = repository()) {
            Files.move(work.resolve("sub/project/src/App.java"), work.resolve("sub/project/src/Application.java"));
            assertEquals(Set.of("src/App.java", "src/Application.java"), changes(work.resolve("sub/project"), null));

            git.add().addFilepattern("sub/project").call();
            git.rm().setCached(true).addFilepattern("sub/project/src/App.java").call();
            assertEquals(Set.of("src/App.java", "src/Application.java"), changes(work.resolve("sub/project"), null),
                    "staged as git mv stages it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void aFileRewrittenToTheSameSizeIsChangedAndOneOnlyTouchedIsNot(String executable) throws Exception {
        this.executable = executable;
        try (Git git = repository()) {
            Path app = work.resolve("sub/project/src/App.java");
            Path readme = work.resolve("README.md");
            // times well before the index, so that the entries are not racily clean and the stat data decides
            FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
            Files.setLastModifiedTime(app, past);
            Files.setLastModifiedTime(readme, past);
            git.add().addFilepattern(".").call();
            assertEquals(Set.of(), changes(work, null), "the index now holds the files' times");

            Files.writeString(app, "class Abc {}\n");
            Files.setLastModifiedTime(readme, FileTime.from(Instant.now().minusSeconds(60)));
            assertEquals(Set.of("src/App.java"), changes(work.resolve("sub/project"), null));
            assertEquals(Set.of("sub/project/src/App.java"), changes(work, null), "README.md was touched, not "
                    + "changed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void aNewRepositoryWithoutCommitsCountsEveryStagedFile(String executable) throws Exception {
        this.executable = executable;
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            write("README.md", "# shop\n");
            write("notes.txt", "x\n");
            git.add().addFilepattern("README.md").call();
            assertEquals(Set.of("README.md", "notes.txt"), changes(work, null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void nothingChangedInACleanWorkTree(String executable) throws Exception {
        this.executable = executable;
        try (Git git = repository()) {
            assertEquals(Set.of(), changes(work, null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void sinceARevisionAddsWhatTheCommitsSinceItsBranchPointChanged(String executable) throws Exception {
        this.executable = executable;
        try (Git git = repository()) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            write("sub/project/src/Feature.java", "class Feature {}\n");
            commit(git, "feature");
            git.checkout().setName("main").call();
            write("sub/project/src/Main.java", "class Main {}\n");
            commit(git, "main moves on");
            git.checkout().setName("feature").call();
            write("sub/project/wip.txt", "x\n");

            assertEquals(Set.of("wip.txt", "src/Feature.java"), changes(work.resolve("sub/project"), "main"),
                    "what main did after the branch point is no change of this branch");
            assertEquals(Set.of("wip.txt"), changes(work.resolve("sub/project"), null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"git", NO_GIT})
    void anUnknownRevisionOrAMissingWorkTreeIsAnErrorSayingSo(String executable) throws Exception {
        this.executable = executable;
        Path outside = Files.createDirectories(work.resolve("plain"));
        IOException none = assertThrows(IOException.class, () -> changes(outside, null));
        assertTrue(none.getMessage().contains("is in no git work tree"), none.getMessage());

        try (Git git = repository()) {
            IOException unknown = assertThrows(IOException.class, () -> changes(work, "origin/nowhere"));
            assertTrue(unknown.getMessage().startsWith("git knows no revision 'origin/nowhere' (option --since)"),
                    unknown.getMessage());
        }
    }
}
