package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.Move;
import dev.layoutguard.application.MovePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectMoverTest {

    private static final Move DOCKERFILE = new Move("Dockerfile", "deploy/docker/Dockerfile");

    @TempDir
    Path project;

    @Test
    void movesAFileAndCreatesItsTargetDirectoriesOutsideGit() throws Exception {
        write("Dockerfile", "FROM scratch\n");

        try (ProjectMover mover = ProjectMover.at(project)) {
            assertFalse(mover.inGitWorkTree());
            assertEquals(new MovePlan.Outcome(List.of(DOCKERFILE), List.of(), List.of(), null, null, List.of()),
                    mover.apply(List.of(DOCKERFILE)));
        }

        assertFalse(Files.exists(project.resolve("Dockerfile")));
        assertEquals("FROM scratch\n", read("deploy/docker/Dockerfile"));
    }

    @Test
    void movesADirectoryAsAWhole() throws Exception {
        write("build/lib/a.whl", "a");
        write("build/b.txt", "b");
        Move build = new Move("build", "reports/builds/build");

        try (ProjectMover mover = ProjectMover.at(project)) {
            assertEquals(List.of(build), mover.apply(List.of(build)).moved());
        }

        assertEquals(List.of("reports/builds/build/b.txt", "reports/builds/build/lib/a.whl"), files());
    }

    @Test
    void neverOverwritesAnExistingTargetAndGoesOnWithTheOtherMoves() throws Exception {
        write("Dockerfile", "ours\n");
        write("deploy/docker/Dockerfile", "theirs\n");
        write("USER_GUIDE.md", "guide\n");
        Move guide = new Move("USER_GUIDE.md", "docs/USER_GUIDE.md");

        MovePlan.Outcome outcome;
        try (ProjectMover mover = ProjectMover.at(project)) {
            outcome = mover.apply(List.of(DOCKERFILE, guide));
        }

        assertEquals(new MovePlan.Outcome(List.of(guide), List.of(), List.of(new MovePlan.Skipped(DOCKERFILE,
                "deploy/docker/Dockerfile already exists; nothing is overwritten")), null, null, List.of()), outcome);
        assertEquals("ours\n", read("Dockerfile"));
        assertEquals("theirs\n", read("deploy/docker/Dockerfile"));
        assertEquals("guide\n", read("docs/USER_GUIDE.md"));
    }

    @Test
    void refusesMovesThatCannotBeMadeAndSaysWhy(@TempDir Path outside) throws Exception {
        write("Dockerfile", "x");
        write("deploy", "a file where a directory belongs");
        write("app.log", "x");
        Files.createSymbolicLink(project.resolve("storage"), outside);
        Files.createDirectories(outside.resolve("data"));
        Files.writeString(outside.resolve("data/x.yml"), "x");
        Files.createSymbolicLink(project.resolve("dangling"), project.resolve("nowhere"));

        try (ProjectMover mover = ProjectMover.at(project)) {
            assertEquals(Optional.of("deploy is a file, so deploy/docker/Dockerfile cannot be made"),
                    mover.refusal(DOCKERFILE));
            assertEquals(Optional.of("storage leads out of the project through a link"),
                    mover.refusal(new Move("app.log", "storage/logs/app.log")));
            assertEquals(Optional.of("storage/data leads out of the project through a link"),
                    mover.refusal(new Move("storage/data/x.yml", "config/x.yml")));
            assertEquals(Optional.of("dangling is a link to nothing, so dangling/app.log cannot be made"),
                    mover.refusal(new Move("app.log", "dangling/app.log")));
            assertEquals(Optional.of("gone.txt is no longer there"), mover.refusal(new Move("gone.txt", "docs/gone.txt")));
        }
        try (Stream<Path> inside = Files.list(outside)) {
            assertEquals(List.of(outside.resolve("data")), inside.toList());
        }
    }

    @Test
    void neverMovesAnythingIntoOrOutOfAGitDirectory() throws Exception {
        write("notes.txt", "n\n");
        write("hooks/pre-commit", "#!/bin/sh\n");
        Move intoGit = new Move("hooks", ".git/hooks");
        Move intoNested = new Move("notes.txt", "lib/.GIT/notes.txt");
        MovePlan.Outcome outcome;
        try (Git git = commitAll(); ProjectMover mover = ProjectMover.at(project)) {
            outcome = mover.apply(List.of(intoGit, intoNested));
        }

        assertEquals(List.of(new MovePlan.Skipped(intoGit, ".git/hooks is inside a .git directory, which belongs to "
                        + "git alone; nothing is moved into or out of it"),
                new MovePlan.Skipped(intoNested, "lib/.GIT/notes.txt is inside a .git directory, which belongs to git "
                        + "alone; nothing is moved into or out of it")), outcome.skipped());
        assertEquals(List.of(), outcome.moved());
        assertEquals("#!/bin/sh\n", read("hooks/pre-commit"));
    }

    @Test
    void stopsAtTheFirstFailureWithEveryFileAtItsOldOrItsNewPlace() throws Exception {
        write("a.log", "a");
        write("b.log", "b");
        write("c.log", "c");
        List<Move> moves = List.of(new Move("a.log", "storage/logs/a.log"), new Move("b.log", "storage/logs/b.log"),
                new Move("c.log", "storage/logs/c.log"));
        ProjectMover.Transfer failingOnB = (from, to) -> {
            if (from.getFileName().toString().equals("b.log")) {
                throw new AccessDeniedException(to.toString());
            }
            Files.move(from, to);
        };

        MovePlan.Outcome outcome;
        try (ProjectMover mover = ProjectMover.at(project, failingOnB)) {
            outcome = mover.apply(moves);
        }

        assertEquals(new MovePlan.Outcome(List.of(moves.get(0)), List.of(), List.of(), moves.get(1),
                "permission denied: storage/logs/b.log; b.log stays where it was", List.of(moves.get(2))), outcome);
        assertEquals(List.of("b.log", "c.log", "storage/logs/a.log"), files());
    }

    @Test
    void aRefusedMoveNamesBothPlacesNotOnlyTheEntryMoved() throws Exception {
        write("USER_GUIDE.md", "guide\n");
        Move guide = new Move("USER_GUIDE.md", "docs/USER_GUIDE.md");
        // what the JDK throws when rename(2) fails with EACCES: the entry, the target and no reason
        ProjectMover.Transfer refused = (from, to) -> {
            throw new AccessDeniedException(from.toString(), to.toString(), null);
        };

        MovePlan.Outcome outcome;
        try (ProjectMover mover = ProjectMover.at(project, refused)) {
            outcome = mover.apply(List.of(guide));
        }

        assertEquals("permission denied: USER_GUIDE.md -> docs/USER_GUIDE.md; USER_GUIDE.md stays where it was",
                outcome.failure());
    }

    @Test
    void movesATrackedFileAsGitMvDoesSoThatGitSeesARename() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write("pom.xml", "<project/>\n");
        try (Git git = commitAll()) {
            try (ProjectMover mover = ProjectMover.at(project)) {
                assertTrue(mover.inGitWorkTree());
                MovePlan.Outcome outcome = mover.apply(List.of(DOCKERFILE));
                assertEquals(List.of(DOCKERFILE), outcome.withGit());
            }

            assertEquals(List.of("RENAME Dockerfile -> deploy/docker/Dockerfile"), stagedChanges(git));
            Status status = git.status().call();
            assertEquals(Set.of(), status.getUntracked());
            assertEquals(Set.of(), status.getModified());
            assertEquals(Set.of(), status.getMissing());
        }
    }

    @Test
    void movesAnUntrackedFileInAWorkTreePlainlyWithoutAddingIt() throws Exception {
        write("pom.xml", "<project/>\n");
        try (Git git = commitAll()) {
            write("app.log", "x");
            Move log = new Move("app.log", "storage/logs/app.log");
            try (ProjectMover mover = ProjectMover.at(project)) {
                assertEquals(new MovePlan.Outcome(List.of(log), List.of(), List.of(), null, null, List.of()),
                        mover.apply(List.of(log)));
            }

            assertEquals(List.of(), stagedChanges(git));
            assertEquals(Set.of("storage/logs/app.log"), git.status().call().getUntracked());
        }
    }

    @Test
    void movesADirectoryWithGitRenamingOnlyWhatGitTracks() throws Exception {
        write("build/a.txt", "a");
        write("build/lib/b.txt", "b");
        try (Git git = commitAll()) {
            write("build/scratch.tmp", "untracked");
            Move build = new Move("build", "reports/builds/build");
            try (ProjectMover mover = ProjectMover.at(project)) {
                assertEquals(List.of(build), mover.apply(List.of(build)).withGit());
            }

            assertEquals(List.of("RENAME build/a.txt -> reports/builds/build/a.txt",
                    "RENAME build/lib/b.txt -> reports/builds/build/lib/b.txt"), stagedChanges(git));
            assertEquals(Set.of("reports/builds/build/scratch.tmp"), git.status().call().getUntracked());
        }
    }

    @Test
    void refusesToDropGitsIntentToAddAndSkipWorktreeMarksAndKeepsAssumeUnchanged() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write("config/local.properties", "port=1\n");
        write("CONTRIBUTING_NOTES.md", "notes\n");
        try (Git git = commitAll()) {
            write("USER_GUIDE.md", "guide\n");
            git("add", "--intent-to-add", "USER_GUIDE.md");
            git("update-index", "--skip-worktree", "Dockerfile");
            git("update-index", "--assume-unchanged", "CONTRIBUTING_NOTES.md");
            Move guide = new Move("USER_GUIDE.md", "docs/USER_GUIDE.md");
            Move notes = new Move("CONTRIBUTING_NOTES.md", "docs/CONTRIBUTING_NOTES.md");
            MovePlan.Outcome outcome;
            try (ProjectMover mover = ProjectMover.at(project)) {
                outcome = mover.apply(List.of(DOCKERFILE, guide, notes));
            }

            assertEquals(new MovePlan.Outcome(List.of(notes), List.of(notes), List.of(
                    new MovePlan.Skipped(DOCKERFILE, "Dockerfile is marked skip-worktree in git, a mark this move "
                            + "would lose; move it with git mv"),
                    new MovePlan.Skipped(guide, "USER_GUIDE.md is added to git with --intent-to-add, a mark this "
                            + "move would lose; move it with git mv")), null, null, List.of()), outcome);
            // git ls-files -v: S is skip-worktree, h assume-unchanged; the intent-to-add entry is still unstaged
            assertEquals("S Dockerfile\nH USER_GUIDE.md\nH config/local.properties\nh docs/CONTRIBUTING_NOTES.md\n",
                    git("ls-files", "-v"));
            assertEquals(" A USER_GUIDE.md\n", git("status", "--porcelain", "--", "USER_GUIDE.md"));
        }
    }

    @Test
    void refusesToCarryFilesGitIgnoresByARuleThatWouldNotFollowThem() throws Exception {
        write(".gitignore", "/env/secrets.env\n/env/cache/\n");
        write("env/pyvenv.cfg", "home = /usr/bin\n");
        try (Git git = commitAll()) {
            write("env/secrets.env", "TOKEN=planted\n");
            write("env/cache/a.bin", "a");
            Move env = new Move("env", "environments/.env");
            MovePlan.Outcome outcome;
            try (ProjectMover mover = ProjectMover.at(project)) {
                outcome = mover.apply(List.of(env));
            }

            assertEquals(List.of(new MovePlan.Skipped(env, "env/cache/, env/secrets.env are ignored by git through a "
                    + "rule outside env, which would not cover them at environments/.env and could let git commit "
                    + "them; ignore them in a .gitignore inside env, or move them out first")), outcome.skipped());
            assertEquals(List.of(".gitignore", "env/cache/a.bin", "env/pyvenv.cfg", "env/secrets.env"),
                    files().stream().filter(path -> !path.startsWith(".git/")).toList());
            assertEquals(Set.of(), git.status().call().getUntracked());
        }
    }

    @Test
    void refusesToMoveAnIgnoredFileWhereNoRuleIgnoresIt() throws Exception {
        write(".gitignore", "/.env\n*.log\n");
        write("pom.xml", "<project/>\n");
        try (Git git = commitAll()) {
            write(".env", "TOKEN=planted\n");
            write("app.log", "log");
            Move env = new Move(".env", "config/environments/.env");
            Move log = new Move("app.log", "storage/logs/app.log");
            MovePlan.Outcome outcome;
            try (ProjectMover mover = ProjectMover.at(project)) {
                outcome = mover.apply(List.of(env, log));
            }

            assertEquals(new MovePlan.Outcome(List.of(log), List.of(), List.of(new MovePlan.Skipped(env, ".env is "
                    + "ignored by git, and no rule would ignore it at config/environments/.env, where git could commit "
                    + "it; add an ignore rule for the new place first")), null, null, List.of()), outcome);
            assertEquals(Set.of(), git.status().call().getUntracked());
        }
    }

    @Test
    void movesADirectoryWhoseIgnoredFilesStayIgnoredAtTheNewPlace() throws Exception {
        write(".gitignore", "*.log\n");
        write("env/.gitignore", "secrets.env\n");
        write("env/pyvenv.cfg", "home = /usr/bin\n");
        try (Git git = commitAll()) {
            write("env/secrets.env", "TOKEN=planted\n");
            write("env/pip.log", "log");
            Move env = new Move("env", "environments/.env");
            try (ProjectMover mover = ProjectMover.at(project)) {
                assertEquals(List.of(env), mover.apply(List.of(env)).moved());
            }

            assertEquals("TOKEN=planted\n", read("environments/.env/secrets.env"));
            Status status = git.status().call();
            assertEquals(Set.of(), status.getUntracked());
            assertEquals(Set.of("environments/.env/pip.log", "environments/.env/secrets.env"),
                    status.getIgnoredNotInIndex());
        }
    }

    @Test
    void keepsUnstagedChangesUnstagedAsGitMvDoes() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        try (Git git = commitAll()) {
            write("Dockerfile", "FROM alpine\n");
            try (ProjectMover mover = ProjectMover.at(project)) {
                mover.apply(List.of(DOCKERFILE));
            }

            assertEquals(List.of("RENAME Dockerfile -> deploy/docker/Dockerfile"), stagedChanges(git));
            assertEquals(Set.of("deploy/docker/Dockerfile"), git.status().call().getModified());
            assertEquals("FROM alpine\n", read("deploy/docker/Dockerfile"));
        }
    }

    @Test
    void renamesTheIndexEntriesOfAProjectInsideALargerWorkTree() throws Exception {
        Path workTree = project;
        project = workTree.resolve("app");
        write("Dockerfile", "FROM scratch\n");
        try (Git git = Git.init().setDirectory(workTree.toFile()).call()) {
            commit(git);
            try (ProjectMover mover = ProjectMover.at(project)) {
                mover.apply(List.of(DOCKERFILE));
            }

            assertEquals(List.of("RENAME app/Dockerfile -> app/deploy/docker/Dockerfile"), stagedChanges(git));
        }
    }

    @Test
    void aLockedGitIndexStopsTheRunBeforeAnythingMoves() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        try (Git git = commitAll()) {
            Files.writeString(project.resolve(".git/index.lock"), "");
            MovePlan.Outcome outcome;
            try (ProjectMover mover = ProjectMover.at(project)) {
                outcome = mover.apply(List.of(DOCKERFILE));
            }

            assertEquals(DOCKERFILE, outcome.failed());
            assertEquals("the git index is locked: another git command is running, or it left .git/index.lock "
                    + "behind; nothing was moved", outcome.failure());
            assertEquals("FROM scratch\n", read("Dockerfile"));
            assertFalse(Files.exists(project.resolve("deploy")));
        }
    }

    @Test
    void movesAnEntryBackWhenGitsIndexCannotBeUpdated() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        try (Git git = commitAll()) {
            Path lock = project.resolve(".git/index.lock");
            boolean[] first = {true};
            ProjectMover.Transfer breakingTheIndex = (from, to) -> {
                Files.move(from, to);
                if (first[0]) {
                    first[0] = false;
                    Files.delete(lock);
                    Files.createDirectory(lock);
                }
            };
            MovePlan.Outcome outcome;
            try (ProjectMover mover = ProjectMover.at(project, breakingTheIndex)) {
                outcome = mover.apply(List.of(DOCKERFILE));
            }

            assertEquals(List.of(), outcome.moved());
            assertEquals(DOCKERFILE, outcome.failed());
            assertTrue(outcome.failure().startsWith("could not update the git index ("), outcome.failure());
            assertTrue(outcome.failure().endsWith("); Dockerfile is back at its old place"), outcome.failure());
            assertEquals("FROM scratch\n", read("Dockerfile"));
            assertFalse(Files.exists(project.resolve("deploy/docker/Dockerfile")));
        }
    }

    @Test
    void planningChangesNothingOnDiskOrInGit() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write("build/a.txt", "a");
        write("deploy/docker/Dockerfile", "exists\n");
        try (Git git = commitAll()) {
            String before = hash(project);
            try (ProjectMover mover = ProjectMover.at(project)) {
                mover.refusal(DOCKERFILE);
                mover.refusal(new Move("build", "reports/builds/build"));
            }

            assertEquals(before, hash(project));
        }
    }

    private Git commitAll() throws Exception {
        Git git = Git.init().setDirectory(project.toFile()).call();
        commit(git);
        return git;
    }

    private static void commit(Git git) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage("initial").setAuthor("Test", "test@example.com")
                .setCommitter("Test", "test@example.com").setSign(false).call();
    }

    /** What {@code git status} lists as staged, with renames detected as git does. */
    private static List<String> stagedChanges(Git git) throws Exception {
        RenameDetector renames = new RenameDetector(git.getRepository());
        renames.addAll(git.diff().setCached(true).call());
        return renames.compute().stream().map(ProjectMoverTest::describe).sorted().toList();
    }

    private static String describe(DiffEntry change) {
        return switch (change.getChangeType()) {
            case RENAME -> "RENAME " + change.getOldPath() + " -> " + change.getNewPath();
            case DELETE -> "DELETE " + change.getOldPath();
            default -> change.getChangeType() + " " + change.getNewPath();
        };
    }

    /** Runs the git command line in the project, as a user would, and returns what it printed. */
    private String git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", project.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(project.resolve(path), StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile).map(file -> project.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** A digest of every path and every file's bytes under a directory, .git included. */
    private static String hash(Path root) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted().toList()) {
                digest.update(root.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(path)) {
                    digest.update(Files.readAllBytes(path));
                    digest.update(Long.toString(Files.getLastModifiedTime(path).toMillis()).getBytes());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
