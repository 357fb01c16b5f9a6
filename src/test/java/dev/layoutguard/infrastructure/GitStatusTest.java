package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitStatusTest {

    private static final String ID = "b39523e05da9578439040012b660aeef2af349b9";

    @TempDir
    Path work;

    private static Optional<Set<String>> paths(String output) {
        return GitStatus.paths(output.getBytes(StandardCharsets.UTF_8));
    }

    private Git repository() throws Exception {
        Git git = Git.init().setDirectory(work.resolve("repo").toFile()).setInitialBranch("main").call();
        write("repo/README.md", "# shop\n");
        write("repo/sub/App.java", "class App {}\n");
        write("repo/sub/Other.java", "class Other {}\n");
        git.add().addFilepattern(".").call();
        git.commit().setMessage("first").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call();
        return git;
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(work.resolve(path).getParent());
        Files.writeString(work.resolve(path), text);
    }

    @Test
    void readsOrdinaryRenamedAndConflictedRecordsWithTheirPathsAsWritten() {
        String output = "# branch.oid " + ID + "\0"
                + "1 .M N... 100644 100644 100644 " + ID + " " + ID + " src/A.java\0"
                + "1 A. N... 000000 100644 100644 " + ID + " " + ID + " docs/with space.md\0"
                + "2 R. N... 100644 100644 100644 " + ID + " " + ID + " R100 new name.txt\0old.txt\0"
                + "u UU N... 100644 100644 100644 100644 " + ID + " " + ID + " " + ID + " conflict.txt\0"
                + "1 M. SC.. 160000 160000 160000 " + ID + " " + ID + " lib/staged\0";
        assertEquals(Optional.of(Set.of("src/A.java", "docs/with space.md", "new name.txt", "old.txt",
                "conflict.txt", "lib/staged")), paths(output));
    }

    @Test
    void aSubmoduleCountsOnlyWhenItsCommitIsStaged() {
        String output = "1 .M SC.. 160000 160000 160000 " + ID + " " + ID + " lib/moved-on\0"
                + "1 .M S.M. 160000 160000 160000 " + ID + " " + ID + " lib/dirty\0";
        assertEquals(Optional.of(Set.of()), paths(output));
    }

    @Test
    void aRecordOfAnUnknownKindOrCutShortIsNoAnswer() {
        assertEquals(Optional.empty(), paths("? untracked.txt\0"));
        assertEquals(Optional.empty(), paths("1 .M N... 100644 100644\0"));
        assertEquals(Optional.empty(), paths("2 R. N... 100644 100644 100644 " + ID + " " + ID + " R100 new.txt\0"),
                "a rename without its old path");
        assertEquals(Optional.of(Set.of()), paths(""));
    }

    private GitIndex repo() throws Exception {
        return GitIndex.plain(work.resolve("repo")).orElseThrow();
    }

    @Test
    void asksGitForTheStagedAndUnstagedChangesBelowTheProject() throws Exception {
        try (Git git = repository()) {
            write("repo/sub/App.java", "class App { }\n");
            write("repo/sub/Staged.java", "class Staged {}\n");
            git.add().addFilepattern("sub/Staged.java").call();
            write("repo/sub/Untracked.java", "class Untracked {}\n");
            Files.delete(work.resolve("repo/sub/Other.java"));
            write("repo/README.md", "# changed outside the project\n");

            assertEquals(Optional.of(Set.of("App.java", "Staged.java", "Other.java")),
                    GitStatus.of(repo(), work.resolve("repo/sub"), "git"));
            assertEquals(Optional.of(Set.of("README.md", "sub/App.java", "sub/Staged.java", "sub/Other.java")),
                    GitStatus.of(repo(), work.resolve("repo"), "git"));
        }
    }

    @Test
    void runsNoProgramTheRepositorysConfigurationNamesForGitStatus() throws Exception {
        try (Git git = repository()) {
            Path ran = work.resolve("fsmonitor-ran");
            Path monitor = work.resolve("monitor.sh");
            Files.writeString(monitor, "#!/bin/sh\ntouch '" + ran + "'\nexit 1\n");
            monitor.toFile().setExecutable(true);
            StoredConfig config = git.getRepository().getConfig();
            config.setString("core", null, "fsmonitor", monitor.toString());
            config.save();
            write("repo/sub/App.java", "class App { }\n");

            assertEquals(Optional.of(Set.of("App.java")), GitStatus.of(repo(), work.resolve("repo/sub"), "git"));
            assertFalse(Files.exists(ran), "git status ran the configured fsmonitor program");
        }
    }

    @Test
    void noAnswerWithoutGitOrWhenGitFindsAnotherRepository() throws Exception {
        try (Git git = repository()) {
            write("repo/sub/App.java", "class App { }\n");
            assertEquals(Optional.empty(), GitStatus.of(repo(), work.resolve("repo/sub"),
                    "layoutguard-test-no-such-git"), "no such executable");
            assertEquals(Optional.empty(), GitStatus.of(repo(), work, "git"), "a project outside the work tree");
            try (Git inner = Git.init().setDirectory(work.resolve("repo/inner").toFile()).call()) {
                write("repo/inner/new.txt", "x\n");
                inner.add().addFilepattern("new.txt").call();
                assertEquals(Optional.empty(), GitStatus.of(repo(), work.resolve("repo/inner"), "git"),
                        "git answers for the inner repository, whose paths are not below the project's prefix");
            }
        }
    }

    @Test
    void theEnvironmentMayNameTheRepositoryAndIndexGitFindsButNoOthers() throws Exception {
        try (Git git = repository()) {
            Path workTree = work.resolve("repo");
            Path gitDir = workTree.resolve(".git");
            assertTrue(GitStatus.whereFound(Map.of(), workTree, gitDir));
            assertTrue(GitStatus.whereFound(Map.of("GIT_INDEX_FILE", gitDir.resolve("index").toString(),
                    "GIT_DIR", gitDir.toString(), "GIT_WORK_TREE", workTree + "/"), workTree, gitDir),
                    "as a hook of a plain commit sees it");
            Files.writeString(gitDir.resolve("index.lock"), "");
            assertFalse(GitStatus.whereFound(Map.of("GIT_INDEX_FILE", gitDir.resolve("index.lock").toString()),
                    workTree, gitDir), "the temporary index of commit -a");
            assertFalse(GitStatus.whereFound(Map.of("GIT_DIR", work.resolve("elsewhere").toString()), workTree,
                    gitDir));
        }
    }
}
