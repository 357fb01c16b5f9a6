package dev.layoutguard.infrastructure;

import dev.layoutguard.application.Move;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The files git ignores that a move would carry to where no ignore rule covers them, so that git could commit them
 * (a secret in {@code env/secrets.env}, ignored only by the root's {@code /env/secrets.env}, moved with {@code env/}).
 */
final class MovedIgnores {

    private final Repository repository;
    private final Path root;
    private final String prefix;

    /**
     * @param root   the project directory, a real path inside the repository's work tree
     * @param prefix the project's path in the work tree with a trailing {@code /}, or the empty string
     */
    MovedIgnores(Repository repository, Path root, String prefix) {
        this.repository = repository;
        this.root = root;
        this.prefix = prefix;
    }

    /**
     * Why a move would expose ignored files, or empty when it would not: an ignored entry, or a directory holding
     * files git ignores by a rule outside it, is refused. Files that a {@code .gitignore} inside the directory
     * ignores stay ignored, since that file moves with them; so do files a rule also ignores at the new place.
     *
     * @param index git's index as read for the move
     */
    Optional<String> refusal(Move move, DirCache index) throws IOException {
        Path from = NativeNames.path(root, move.from());
        String directory = prefix + move.from();
        List<String> exposed = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(new FileTreeIterator(repository));
            walk.addTree(new DirCacheIterator(index));
            walk.setFilter(PathFilter.create(directory));
            while (walk.next()) {
                String path = walk.getPathString();
                boolean inside = path.equals(directory) || path.startsWith(directory + "/");
                WorkingTreeIterator file = walk.getTree(0, WorkingTreeIterator.class);
                boolean ignored = inside && file != null && walk.getTree(1, DirCacheIterator.class) == null
                        && file.isEntryIgnored();
                String relative = inside ? path.substring(prefix.length()) : null;
                if (ignored && !ignoredWithin(path, walk.isSubtree(), from)
                        && !ignoredAt(move.to() + relative.substring(move.from().length()), walk.isSubtree())) {
                    exposed.add(relative + (walk.isSubtree() ? "/" : ""));
                } else if (walk.isSubtree() && !ignored) {
                    walk.enterSubtree();
                }
            }
        }
        if (exposed.isEmpty()) {
            return Optional.empty();
        }
        if (exposed.equals(List.of(move.from())) || exposed.equals(List.of(move.from() + "/"))) {
            return Optional.of(move.from() + " is ignored by git, and no rule would ignore it at " + move.to()
                    + ", where git could commit it; add an ignore rule for the new place first");
        }
        String named = String.join(", ", exposed.subList(0, Math.min(3, exposed.size())))
                + (exposed.size() > 3 ? " and " + (exposed.size() - 3) + " more" : "");
        return Optional.of(named + (exposed.size() == 1 ? " is" : " are") + " ignored by git through a rule outside "
                + move.from() + ", which would not cover " + (exposed.size() == 1 ? "it" : "them") + " at " + move.to()
                + " and could let git commit " + (exposed.size() == 1 ? "it" : "them") + "; ignore "
                + (exposed.size() == 1 ? "it" : "them") + " in a .gitignore inside " + move.from()
                + ", or move " + (exposed.size() == 1 ? "it" : "them") + " out first");
    }

    /**
     * Whether a {@code .gitignore} inside the moved directory, which moves with it, ignores a path: the deepest file
     * with a rule for it decides, as in git.
     */
    private boolean ignoredWithin(String path, boolean directory, Path moved) throws IOException {
        Path entry = NativeNames.path(root, path.substring(prefix.length()));
        for (Path parent = entry.getParent(); parent.startsWith(moved); parent = parent.getParent()) {
            Boolean verdict = verdict(parent.resolve(Constants.DOT_GIT_IGNORE), parent, entry, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        return false;
    }

    /**
     * Whether the {@code .gitignore} files above a path that does not exist yet, or {@code .git/info/exclude}, ignore
     * it: an ignored file that a rule such as {@code *.env} also ignores at its new place may move.
     */
    private boolean ignoredAt(String path, boolean directory) throws IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path entry = NativeNames.path(root, path);
        for (Path parent = entry.getParent(); parent.startsWith(workTree); parent = parent.getParent()) {
            Boolean verdict = verdict(parent.resolve(Constants.DOT_GIT_IGNORE), parent, entry, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        Path exclude = repository.getDirectory().toPath().resolve("info").resolve("exclude");
        return Boolean.TRUE.equals(verdict(exclude, workTree, entry, directory));
    }

    /** The verdict of one ignore file on an entry, its patterns relative to a directory; {@code null} for none. */
    private static Boolean verdict(Path rules, Path base, Path entry, boolean directory) throws IOException {
        if (!Files.isRegularFile(rules, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(rules)) {
            node.parse(rules.toString(), in);
        }
        return node.checkIgnored(slashes(base.relativize(entry)), directory);
    }

    private static String slashes(Path path) {
        return NativeNames.relative(path);
    }
}
