package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
        List<Entry> entries = new ArrayList<>();
        try {
            walk(root, "", list(root), git, git.aboveProject(), false, entries);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ProjectTree.of(entries);
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

    private void walk(Path directory, String relative, List<Path> children, GitView git, GitView.IgnoreFrame frame,
            boolean insideIgnored, List<Entry> entries) throws IOException {
        String inWorkTree = git.prefix().isEmpty() ? relative
                : relative.isEmpty() ? git.prefix() : git.prefix() + "/" + relative;
        GitView.IgnoreFrame rules = GitView.frame(directory, inWorkTree, frame);
        for (Path child : children) {
            String name = child.getFileName().toString();
            String path = relative.isEmpty() ? name : relative + "/" + name;
            if (name.equals(".git") || exempt.contains(path)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException vanished) {
                continue;
            }
            boolean isDirectory = attributes.isDirectory();
            boolean tracked = git.tracks(path, isDirectory);
            // a tracked file is never ignored; a directory's verdict also passes to what it holds
            boolean matchesIgnore = insideIgnored || (isDirectory || !tracked) && git.ignores(rules, path, isDirectory);
            boolean ignored = matchesIgnore && !tracked;
            if (ignored && respectGitignore) {
                continue;
            }
            if (!isDirectory) {
                entries.add(new Entry(path, kind(attributes), attributes.isRegularFile() ? attributes.size() : 0, false,
                        ignored));
                continue;
            }
            List<Path> grandchildren = list(child);
            boolean nested = grandchildren.stream().map(Path::getFileName).map(Path::toString)
                    .anyMatch(inner -> inner.equals("pom.xml") || inner.equals(".git"));
            entries.add(new Entry(path, EntryKind.DIRECTORY, 0, nested, ignored));
            if (!nested) {
                walk(child, path, grandchildren, git, rules, matchesIgnore, entries);
            }
        }
    }

    private static EntryKind kind(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return EntryKind.SYMLINK;
        }
        return attributes.isRegularFile() ? EntryKind.FILE : EntryKind.OTHER;
    }

    private static List<Path> list(Path directory) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path child : stream) {
                children.add(child);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            return children;
        }
        children.sort(Comparator.comparing(child -> child.getFileName().toString()));
        return children;
    }
}
