package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;

/**
 * Builds the {@link ProjectTree} in one walk of the project directory.
 *
 * <p>Left out: {@code .git}, the exempt directories (Maven's build directory), the insides of nested projects
 * (directories holding a {@code pom.xml} or a {@code .git} of their own, which are listed but not entered), and,
 * when git ignore rules are respected, every untracked path git ignores. When they are not, those paths are listed
 * and marked {@link Entry#ignored()}, so rules about what git ignores still know. Symbolic links are listed and
 * never followed; names are taken as the file system gives them.
 */
public final class ProjectScanner {

    private final boolean respectGitignore;
    private final Set<String> exempt;

    /**
     * @param respectGitignore whether paths git ignores are left out (tracked files always count)
     * @param exempt           directories relative to the project that are never walked, such as {@code target}
     */
    public ProjectScanner(boolean respectGitignore, Set<String> exempt) {
        this.respectGitignore = respectGitignore;
        this.exempt = Set.copyOf(exempt);
    }

    /**
     * Walks the project.
     *
     * @throws IOException when the project directory cannot be read
     */
    public ProjectTree scan(Path project) throws IOException {
        Path root = project.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        GitView git = gitView(root);
        // a pool of its own with a worker per core: the common pool has one worker fewer than the machine has cores
        // (the caller is meant to be the last), but a caller of invoke only waits, so on two cores the walk ran on one
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return ProjectTree.of(pool.invoke(new Walk(root, "", "", "", git, git.aboveProject(), false, false)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    private GitView gitView(Path root) throws IOException {
        if (respectGitignore) {
            return GitView.of(root);
        }
        try {
            return GitView.of(root);
        } catch (IOException | RuntimeException unreadable) {
            // nothing is left out either way; only the ignored marks are lost
            return GitView.none();
        }
    }

    /** A directory entry as listed, with its attributes (the link itself, never its target). */
    private record Listed(String name, BasicFileAttributes attributes) {
    }

    /**
     * One directory of the walk: its own entry, then its children's, each subdirectory walked as a task of its own so
     * the work spreads over the cores. A directory holding a build of its own is listed and not entered.
     */
    private final class Walk extends RecursiveTask<List<Entry>> {

        private final Path directory;
        private final String parentRelative;
        private final String directoryName;
        private final String relative;
        private final GitView git;
        private final GitView.IgnoreFrame frame;
        private final boolean insideIgnored;
        private final boolean ignored;

        /**
         * @param relative      the directory relative to the project, empty at the root; {@code parentRelative} and
         *                      {@code directoryName} are its two parts, which its entry keeps
         * @param insideIgnored whether git's ignore rules match this directory, which passes to what it holds
         * @param ignored       whether this directory itself is an ignored, untracked entry
         */
        Walk(Path directory, String parentRelative, String directoryName, String relative, GitView git,
                GitView.IgnoreFrame frame, boolean insideIgnored, boolean ignored) {
            this.directory = directory;
            this.parentRelative = parentRelative;
            this.directoryName = directoryName;
            this.relative = relative;
            this.git = git;
            this.frame = frame;
            this.insideIgnored = insideIgnored;
            this.ignored = ignored;
        }

        @Override
        protected List<Entry> compute() {
            try {
                return walk();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<Entry> walk() throws IOException {
            List<Listed> children = list(directory);
            List<Entry> entries = new ArrayList<>(children.size() + 1);
            boolean hasIgnoreFile = false;
            boolean nested = false;
            for (Listed child : children) {
                hasIgnoreFile |= child.name().equals(".gitignore") && child.attributes().isRegularFile();
                nested |= child.name().equals("pom.xml") || child.name().equals(".git");
            }
            if (!relative.isEmpty()) {
                entries.add(Entry.inDirectory(parentRelative, directoryName, relative, EntryKind.DIRECTORY, 0, nested,
                        ignored));
                if (nested) {
                    return entries;
                }
            }
            String inWorkTree = git.prefix().isEmpty() ? relative
                    : relative.isEmpty() ? git.prefix() : git.prefix() + "/" + relative;
            GitView.IgnoreFrame rules = hasIgnoreFile
                    ? GitView.frame(directory.resolve(".gitignore"), inWorkTree, frame) : frame;
            List<Walk> subdirectories = new ArrayList<>();
            for (Listed child : children) {
                String name = child.name();
                String path = relative.isEmpty() ? name : relative + "/" + name;
                if (name.equals(".git") || exempt.contains(path)) {
                    continue;
                }
                BasicFileAttributes attributes = child.attributes();
                boolean isDirectory = attributes.isDirectory();
                boolean tracked = git.tracks(path, isDirectory);
                // a tracked file is never ignored; a directory's verdict also passes to what it holds
                boolean matchesIgnore = insideIgnored
                        || (isDirectory || !tracked) && git.ignores(rules, path, isDirectory);
                boolean isIgnored = matchesIgnore && !tracked;
                if (isIgnored && respectGitignore) {
                    continue;
                }
                if (isDirectory) {
                    subdirectories.add(new Walk(directory.resolve(name), relative, name, path, git, rules,
                            matchesIgnore, isIgnored));
                } else {
                    entries.add(Entry.inDirectory(relative, name, path, kind(attributes),
                            attributes.isRegularFile() ? attributes.size() : 0, false, isIgnored));
                }
            }
            for (Walk subdirectory : ForkJoinTask.invokeAll(subdirectories)) {
                entries.addAll(subdirectory.join());
            }
            return entries;
        }
    }

    private static EntryKind kind(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return EntryKind.SYMLINK;
        }
        return attributes.isRegularFile() ? EntryKind.FILE : EntryKind.OTHER;
    }

    /**
     * A directory's entries in name order, each with its attributes. Where the platform allows, each entry is looked
     * up relative to the open directory ({@code fstatat}), so the kernel does not resolve the whole path again. An
     * entry that vanishes meanwhile is left out; a directory that may not be read is empty.
     */
    private static List<Listed> list(Path directory) throws IOException {
        List<Listed> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            SecureDirectoryStream<Path> secure = stream instanceof SecureDirectoryStream<Path> opened ? opened : null;
            for (Path child : stream) {
                Path name = child.getFileName();
                try {
                    BasicFileAttributes attributes = secure != null
                            ? secure.getFileAttributeView(name, BasicFileAttributeView.class,
                                    LinkOption.NOFOLLOW_LINKS).readAttributes()
                            : Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    children.add(new Listed(name.toString(), attributes));
                } catch (IOException vanished) {
                    // gone between the listing and the look-up: it is not part of the tree
                }
            }
        } catch (AccessDeniedException e) {
            return children;
        }
        children.sort(Comparator.comparing(Listed::name));
        return children;
    }
}
