package dev.layoutguard.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The staged and unstaged changes of a project as the {@code git} executable reports them, when one is on the
 * {@code PATH}: one {@code git status} costs a fresh JVM far less than JGit's classes for the same answer (on 10,000
 * files, 50 ms of git against 300 ms of loading and running JGit). Anything this does not know for sure gives an
 * empty answer, and the caller asks JGit instead: no {@code git} to run, an exit status other than 0, an output it
 * does not parse, environment variables that place the repository or its index elsewhere ({@code GIT_DIR}, the
 * temporary index of a hook's {@code git commit -a}), and a path outside the project directory, which would mean the
 * work tree was not where it was looked for.
 */
final class GitStatus {

    /** How long git may take before JGit is asked instead. */
    private static final long PATIENCE_SECONDS = 30;

    /** The environment variables that can move git's repository, work tree or index away from where it is found. */
    private static final List<String> LOCATING = List.of("GIT_DIR", "GIT_COMMON_DIR", "GIT_WORK_TREE",
            "GIT_INDEX_FILE");

    private final Process process;
    private final CompletableFuture<byte[]> output;
    private final String prefix;

    private GitStatus(Process process, CompletableFuture<byte[]> output, String prefix) {
        this.process = process;
        this.output = output;
        this.prefix = prefix;
    }

    /**
     * Starts {@code git status} for the project, or gives empty when git cannot tell for sure: it then runs beside
     * the walk, and {@link #paths()} takes its answer.
     *
     * @param repository the plain repository holding the project, as {@link GitIndex} found it
     * @param git        the executable to run, {@code git} to find it on the {@code PATH}
     */
    static Optional<GitStatus> start(GitIndex repository, Path project, String git) throws IOException {
        if (!whereFound(System.getenv(), repository.workTree(), repository.gitDir())) {
            return Optional.empty();
        }
        Path real = project.toRealPath();
        Path top = repository.workTree().toRealPath();
        if (!real.startsWith(top)) {
            return Optional.empty();
        }
        // a repository's own configuration can name a program for git status to run (core.fsmonitor): the check
        // reads, and runs nothing a repository names
        ProcessBuilder status = new ProcessBuilder(git, "-c", "core.fsmonitor=false", "--no-optional-locks", "status",
                "--porcelain=v2", "-z", "--untracked-files=no", "--ignored=no", "--no-renames", "--ignore-submodules=dirty", "--", ".");
        // they name what git finds by itself (a hook's GIT_INDEX_FILE=.git/index), but relative to another directory
        status.environment().keySet().removeAll(LOCATING);
        Process process;
        try {
            process = status.directory(real.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noGit) {
            return Optional.empty();
        }
        process.getOutputStream().close();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String prefix = top.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
        return Optional.of(new GitStatus(process, output, prefix));
    }

    /**
     * The paths git reports staged or unstaged in the project directory, relative to the project, or empty when
     * git cannot tell for sure. Untracked and ignored files are not asked for; a submodule counts only when its
     * commit is staged.
     */
    Optional<Set<String>> paths() throws IOException {
        try {
            byte[] bytes = output.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            Optional<Set<String>> paths = paths(bytes);
            return paths.isEmpty() ? paths : relative(paths.get(), prefix);
        } catch (TimeoutException | ExecutionException slowOrBroken) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git reported the changes", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** {@link #start} and {@link #paths()} in one. */
    static Optional<Set<String>> of(GitIndex repository, Path project, String git) throws IOException {
        Optional<GitStatus> started = start(repository, project, git);
        return started.isPresent() ? started.get().paths() : Optional.empty();
    }

    /**
     * Whether the environment leaves git's repository, work tree and index where they were found: each of
     * {@code GIT_DIR}, {@code GIT_COMMON_DIR}, {@code GIT_WORK_TREE} and {@code GIT_INDEX_FILE} unset or naming
     * them (a hook that {@code git commit} runs sets {@code GIT_INDEX_FILE}, to the index itself unless the commit
     * stages files of its own in a temporary one). Relative values are relative to the current directory.
     */
    static boolean whereFound(Map<String, String> environment, Path workTree, Path gitDir) {
        Map<String, Path> found = Map.of("GIT_DIR", gitDir, "GIT_COMMON_DIR", gitDir, "GIT_WORK_TREE", workTree,
                "GIT_INDEX_FILE", gitDir.resolve("index"));
        for (String name : LOCATING) {
            String value = environment.get(name);
            if (value != null && !same(value, found.get(name))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String value, Path expected) {
        try {
            return Files.isSameFile(Path.of(value).toAbsolutePath(), expected);
        } catch (IOException | InvalidPathException unknown) {
            return false;
        }
    }

    /**
     * The paths of {@code git status --porcelain=v2 -z} records, relative to the work tree, or empty when a record
     * is of a kind this does not know. A submodule's record counts only when its commit is staged.
     */
    static Optional<Set<String>> paths(byte[] output) {
        Set<String> paths = new LinkedHashSet<>();
        String[] records = new String(output, StandardCharsets.UTF_8).split("\0");
        for (int i = 0; i < records.length; i++) {
            String record = records[i];
            if (record.isEmpty() || record.startsWith("# ")) {
                continue;
            }
            int fields = switch (record.charAt(0)) {
                case '1' -> 9;
                case '2' -> 10;
                case 'u' -> 11;
                default -> 0;
            };
            String[] parts = record.split(" ", fields);
            if (fields == 0 || parts.length != fields || parts[1].length() != 2 || parts[2].length() != 4
                    || record.charAt(0) == '2' && i + 1 >= records.length) {
                return Optional.empty();
            }
            boolean submodule = parts[2].charAt(0) == 'S';
            if (submodule && parts[1].charAt(0) == '.') {
                continue;
            }
            paths.add(parts[fields - 1]);
            if (record.charAt(0) == '2') {
                paths.add(records[++i]);
            }
        }
        return Optional.of(paths);
    }

    /** The paths relative to the project, or empty when one is outside it (the prefix was guessed wrong). */
    private static Optional<Set<String>> relative(Set<String> paths, String prefix) {
        if (prefix.isEmpty()) {
            return Optional.of(paths);
        }
        Set<String> relative = new LinkedHashSet<>();
        for (String path : paths) {
            if (!path.startsWith(prefix + "/")) {
                return Optional.empty();
            }
            relative.add(path.substring(prefix.length() + 1));
        }
        return Optional.of(relative);
    }
}
