package dev.layoutguard.infrastructure;

import dev.layoutguard.application.CorePool;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import dev.layoutguard.domain.tree.Skipped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
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

/**
 * Builds the {@link ProjectTree} in one walk of the project directory.
 *
 * <p>Left out: {@code .git}, the exempt directories (Maven's build directory), the insides of nested projects
 * (directories holding a {@code pom.xml} or a {@code .git} of their own, which are listed but not entered), and,
 * when git ignore rules are respected, every untracked path git ignores. When they are not, those paths are listed
 * and marked {@link Entry#ignored()}, so rules about what git ignores still know. Symbolic links are listed and
 * never followed; names are read as UTF-8 whatever the locale ({@link NativeNames}).
 */
public final class ProjectScanner {

    private final boolean respectGitignore;
    private final Set<String> exempt;
    private final NativeNames natives;

    /**
     * @param respectGitignore whether paths git ignores are left out (tracked files always count)
     * @param exempt           directories relative to the project that are never walked, such as {@code target}
     */
    public ProjectScanner(boolean respectGitignore, Set<String> exempt) {
        this(respectGitignore, exempt, new NativeNames());
    }

    /**
     * @param natives where the paths of names the JVM could not decode are kept, for the reader of file contents
     */
    public ProjectScanner(boolean respectGitignore, Set<String> exempt, NativeNames natives) {
        this.respectGitignore = respectGitignore;
        this.exempt = Set.copyOf(exempt);
        this.natives = natives;
    }

    /**
     * Walks the project. A directory below the root that cannot be listed (no permission, a path too long to open)
     * is listed as an entry, left unwalked and named in {@link ProjectTree#skipped()} with the reason.
     *
     * @throws IOException when the project directory cannot be read
     */
    public ProjectTree scan(Path project) throws IOException {
        Path root = project.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        GitView git = gitView(root);
        List<Entry> entries = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        // level by level, each level's directories listed in parallel: no recursion, so no depth exhausts the stack
        List<Directory> level = List.of(new Directory(root, "", "", "", git.aboveProject(), false, false));
        try (CorePool pool = new CorePool()) {
            while (!level.isEmpty()) {
                List<Directory> listed = level;
                List<Visit> visits = pool.run(() -> listed.parallelStream().map(d -> visit(d, git)).toList());
                List<Directory> next = new ArrayList<>();
                for (Visit visit : visits) {
                    entries.addAll(visit.entries());
                    next.addAll(visit.subdirectories());
                    if (visit.skipped() != null) {
                        skipped.add(visit.skipped());
                    }
                }
                level = next;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while walking " + root, e);
        }
        return ProjectTree.of(entries, skipped);
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

    /** A directory entry as listed: its name, its path as the directory gave it, and its attributes (never a link's
     * target). */
    private record Listed(String name, Path path, BasicFileAttributes attributes, boolean exact) {
    }

    /**
     * A directory to walk.
     *
     * @param relative      the directory relative to the project, empty at the root; {@code parentRelative} and
     *                      {@code name} are its two parts, which its entry keeps
     * @param insideIgnored whether git's ignore rules match this directory, which passes to what it holds
     * @param ignored       whether this directory itself is an ignored, untracked entry
     */
    private record Directory(Path path, String parentRelative, String name, String relative,
            GitView.IgnoreFrame frame, boolean insideIgnored, boolean ignored) {
    }

    /** What one directory held: its own entry and its files', the subdirectories to walk next, or why not. */
    private record Visit(List<Entry> entries, List<Directory> subdirectories, Skipped skipped) {
    }

    /**
     * Lists one directory: its own entry, then its children's; a directory holding a build of its own is listed and
     * not entered.
     */
    private Visit visit(Directory directory, GitView git) {
        String relative = directory.relative();
        List<Listed> children;
        try {
            children = list(directory.path());
        } catch (IOException e) {
            if (relative.isEmpty()) {
                throw new UncheckedIOException(e);
            }
            return new Visit(List.of(Entry.inDirectory(directory.parentRelative(), directory.name(), relative,
                    EntryKind.DIRECTORY, 0, false, directory.ignored())), List.of(), new Skipped(relative, reason(e)));
        }
        List<Entry> entries = new ArrayList<>(children.size() + 1);
        boolean hasIgnoreFile = false;
        boolean nested = false;
        for (Listed child : children) {
            hasIgnoreFile |= child.name().equals(".gitignore") && child.attributes().isRegularFile();
            nested |= child.name().equals("pom.xml") || child.name().equals(".git");
        }
        if (!relative.isEmpty()) {
            entries.add(Entry.inDirectory(directory.parentRelative(), directory.name(), relative, EntryKind.DIRECTORY,
                    0, nested, directory.ignored()));
            if (nested) {
                return new Visit(entries, List.of(), null);
            }
        }
        String inWorkTree = git.prefix().isEmpty() ? relative
                : relative.isEmpty() ? git.prefix() : git.prefix() + "/" + relative;
        GitView.IgnoreFrame rules;
        try {
            rules = hasIgnoreFile
                    ? GitView.frame(directory.path().resolve(".gitignore"), inWorkTree, directory.frame())
                    : directory.frame();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Directory> subdirectories = new ArrayList<>();
        for (Listed child : children) {
            String name = child.name();
            String path = relative.isEmpty() ? name : relative + "/" + name;
            if (name.equals(".git") || exempt.contains(path)) {
                continue;
            }
            if (!child.exact()) {
                natives.remember(path, child.path());
            }
            BasicFileAttributes attributes = child.attributes();
            boolean isDirectory = attributes.isDirectory();
            boolean tracked = git.tracks(path, isDirectory);
            // a tracked file is never ignored; a directory's verdict also passes to what it holds
            boolean matchesIgnore = directory.insideIgnored()
                    || (isDirectory || !tracked) && git.ignores(rules, path, isDirectory);
            boolean isIgnored = matchesIgnore && !tracked;
            if (isIgnored && respectGitignore) {
                continue;
            }
            if (isDirectory) {
                subdirectories.add(new Directory(child.path(), relative, name, path, rules, matchesIgnore, isIgnored));
            } else {
                entries.add(Entry.inDirectory(relative, name, path, kind(attributes),
                        attributes.isRegularFile() ? attributes.size() : 0, false, isIgnored));
            }
        }
        return new Visit(entries, subdirectories, null);
    }

    /** Why a directory could not be listed, as the system said it. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
     * entry that vanishes meanwhile is left out.
     *
     * @throws IOException when the directory cannot be listed
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
                    String decoded = NativeNames.name(child);
                    children.add(new Listed(decoded, child, attributes, NativeNames.exact(child, decoded)));
                } catch (IOException vanished) {
                    // gone between the listing and the look-up: it is not part of the tree
                }
            }
        }
        children.sort(Comparator.comparing(Listed::name));
        return children;
    }
}
