package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RelativePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What git knows about a project directory, through JGit: the tracked paths of the index and the ignore rules of
 * {@code .git/info/exclude} and of the {@code .gitignore} files above the project (those inside it are read by the
 * walk). A project outside any work tree gets an empty view: only its own {@code .gitignore} files decide.
 */
final class GitView {

    /** Ignore rules that apply at one directory, with that directory's path relative to the work tree. */
    record IgnoreFrame(String directory, IgnoreNode rules, IgnoreFrame parent) {

        /** Whether the rules of this frame or its parents ignore a path, given relative to the work tree. */
        Boolean ignored(String path, boolean directory) {
            for (IgnoreFrame frame = this; frame != null; frame = frame.parent) {
                if (!frame.directory.isEmpty() && !RelativePath.isBelow(path, frame.directory)) {
                    continue;
                }
                String local = frame.directory.isEmpty() ? path : path.substring(frame.directory.length() + 1);
                Boolean verdict = frame.rules.checkIgnored(local, directory);
                if (verdict != null) {
                    return verdict;
                }
            }
            return null;
        }
    }

    private final String prefix;
    private final Set<String> tracked;
    private final Set<String> trackedDirectories;
    private final IgnoreFrame aboveProject;
    private final IgnoreNode excludes;

    private GitView(String prefix, Set<String> tracked, Set<String> trackedDirectories, IgnoreFrame aboveProject,
            IgnoreNode excludes) {
        this.prefix = prefix;
        this.tracked = tracked;
        this.trackedDirectories = trackedDirectories;
        this.aboveProject = aboveProject;
        this.excludes = excludes;
    }

    /** The view of a directory that is no git work tree. */
    static GitView none() {
        return new GitView("", Set.of(), Set.of(), null, new IgnoreNode());
    }

    /**
     * Reads the index and ignore files of the work tree holding the project, if any. A plain repository's index is
     * read directly ({@link GitIndex}); for any other, JGit's builder only locates the repository: building a
     * {@code Repository} would also load the user's and the system's git configuration, for
     * which JGit runs the {@code git} executable twice, and nothing here needs a configuration value.
     */
    static GitView of(Path project) throws IOException {
        Optional<GitIndex> plain = GitIndex.plain(project);
        if (plain.isPresent()) {
            GitIndex index = plain.get();
            return index == GitIndex.NONE ? none() : of(project, index.workTree(), index.gitDir(), index.paths());
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            return none();
        }
        builder.setup();
        if (builder.isBare() || builder.getWorkTree() == null) {
            return none();
        }
        DirCache index = GitIndexCache.read(builder.getIndexFile(), builder.getFS());
        List<String> paths = new ArrayList<>(index.getEntryCount());
        for (int i = 0; i < index.getEntryCount(); i++) {
            paths.add(index.getEntry(i).getPathString());
        }
        return of(project, builder.getWorkTree().toPath(), builder.getGitDir().toPath(), paths);
    }

    private static GitView of(Path project, Path workTreeDirectory, Path gitDir, List<String> paths)
            throws IOException {
        Path workTree = workTreeDirectory.toRealPath();
        Path real = project.toRealPath();
        if (!real.startsWith(workTree)) {
            return none();
        }
        String prefix = slashes(workTree.relativize(real).toString());
        Set<String> tracked = new HashSet<>();
        Set<String> trackedDirectories = new HashSet<>();
        String within = prefix.isEmpty() ? "" : prefix + "/";
        for (String path : paths) {
            if (!path.startsWith(within)) {
                continue;
            }
            String relative = path.substring(within.length());
            tracked.add(relative);
            for (int slash = relative.lastIndexOf('/'); slash > 0; slash = relative.lastIndexOf('/', slash - 1)) {
                if (!trackedDirectories.add(relative.substring(0, slash))) {
                    break;
                }
            }
        }
        IgnoreFrame above = null;
        Path directory = workTree;
        String relative = "";
        for (Path segment : workTree.relativize(real)) {
            if (segment.toString().isEmpty()) {
                continue;
            }
            Path ignoreFile = directory.resolve(".gitignore");
            if (Files.isRegularFile(ignoreFile, LinkOption.NOFOLLOW_LINKS)) {
                above = frame(ignoreFile, relative, above);
            }
            directory = directory.resolve(segment);
            relative = relative.isEmpty() ? segment.toString() : relative + "/" + segment;
        }
        IgnoreNode excludes = parse(gitDir.resolve("info").resolve("exclude"));
        GitView view = new GitView(prefix, tracked, trackedDirectories, above, excludes);
        return tracked.isEmpty() && view.ignoredInWorkTree() ? none() : view;
    }

    /**
     * The ignore frame of a directory's {@code .gitignore} on top of a parent frame.
     *
     * @param ignoreFile         the directory's {@code .gitignore}, a regular file
     * @param relativeToWorkTree the directory's path relative to the work tree
     */
    static IgnoreFrame frame(Path ignoreFile, String relativeToWorkTree, IgnoreFrame parent) throws IOException {
        return new IgnoreFrame(relativeToWorkTree, parse(ignoreFile), parent);
    }

    private static IgnoreNode parse(Path file) throws IOException {
        IgnoreNode node = new IgnoreNode();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                node.parse(file.toString(), in);
            }
        }
        return node;
    }

    /**
     * Whether the enclosing work tree ignores the project directory itself (a generated or test project under an
     * ignored {@code target/}, say). Git's view then says nothing about this project, which is checked as a
     * directory of its own.
     */
    private boolean ignoredInWorkTree() {
        if (prefix.isEmpty()) {
            return false;
        }
        String path = "";
        for (String segment : prefix.split("/")) {
            path = path.isEmpty() ? segment : path + "/" + segment;
            Boolean verdict = aboveProject == null ? null : aboveProject.ignored(path, true);
            if (verdict == null) {
                verdict = excludes.checkIgnored(path, true);
            }
            if (Boolean.TRUE.equals(verdict)) {
                return true;
            }
        }
        return false;
    }

    /** The project's path relative to the work tree, or the empty string. */
    String prefix() {
        return prefix;
    }

    /** The ignore rules that apply at the project root from the directories above it. */
    IgnoreFrame aboveProject() {
        return aboveProject;
    }

    /** Whether git tracks a file, or a directory holds tracked files; paths relative to the project. */
    boolean tracks(String path, boolean directory) {
        return directory ? trackedDirectories.contains(path) : tracked.contains(path);
    }

    /** Whether git ignores an untracked path, relative to the project, under the given frame of ignore rules. */
    boolean ignores(IgnoreFrame frame, String path, boolean directory) {
        String inWorkTree = prefix.isEmpty() ? path : prefix + "/" + path;
        Boolean verdict = frame == null ? null : frame.ignored(inWorkTree, directory);
        if (verdict == null) {
            verdict = excludes.checkIgnored(inWorkTree, directory);
        }
        return Boolean.TRUE.equals(verdict);
    }

    private static String slashes(String path) {
        return java.io.File.separatorChar == '/' ? path : path.replace(java.io.File.separatorChar, '/');
    }
}
