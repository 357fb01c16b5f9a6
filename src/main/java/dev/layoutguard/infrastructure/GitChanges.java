package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FS;

/**
 * The paths of a project that changed, as git sees them: against {@code HEAD} (staged, unstaged and untracked), or
 * since a revision (what the commits since the revision's branch point changed, and what is not committed yet).
 * Paths are relative to the project directory; changes outside it are left out.
 *
 * <p>The untracked paths are the files of the walked tree the index does not hold: the walk already left out what
 * git ignores, so no second walk over the work tree is needed. The staged and unstaged ones come from the {@code git}
 * executable when it is on the {@code PATH} and the repository is a plain one ({@code GitStatus}), and otherwise from
 * JGit, which does what {@code git status} does, but no more: the index against {@code HEAD}'s tree, by object ids
 * (the index's cached trees let whole unchanged directories pass at once); each indexed file against the index by
 * its size and modification time, its content hashed only when those cannot tell (a racily clean or smudged entry, a
 * file touched but the same size). Not seen through JGit: a change of the executable bit alone that is not staged,
 * and content that only a clean filter (line endings, LFS) makes equal to the index's, which counts as changed when
 * its time changed. With {@code --since}, JGit answers it all.
 */
public final class GitChanges {

    private final Path project;
    private final String since;
    private final Optional<GitIndex> plain;
    private final Optional<GitStatus> status;

    private GitChanges(Path project, String since, Optional<GitIndex> plain, Optional<GitStatus> status) {
        this.project = project;
        this.since = since;
        this.plain = plain;
        this.status = status;
    }

    /**
     * Starts finding the changed paths of a project: when the {@code git} executable can tell the changes against
     * {@code HEAD}, it starts now and runs beside the walk.
     *
     * @param since a revision ({@code origin/main}, a commit id), or {@code null} for the changes against
     *              {@code HEAD} only
     */
    public static GitChanges start(Path project, String since) {
        return start(project, since, "git");
    }

    /** As {@link #start(Path, String)}, with the {@code git} executable to ask. */
    static GitChanges start(Path project, String since, String git) {
        if (since == null) {
            try {
                Optional<GitIndex> plain = GitIndex.plain(project);
                if (plain.isPresent() && plain.get() != GitIndex.NONE) {
                    return new GitChanges(project, null, plain, GitStatus.start(plain.get(), project, git));
                }
            } catch (IOException unreadable) {
                // JGit reads the repository again, and says what is wrong with it
            }
        }
        return new GitChanges(project, since, Optional.empty(), Optional.empty());
    }

    /**
     * The changed paths, with the project's tree as walked: its files that git does not track are the untracked
     * ones.
     *
     * @throws IOException when the project is in no git work tree, or the revision is unknown, naming it
     */
    public Set<String> of(ProjectTree tree) throws IOException {
        Optional<Set<String>> reported = status.isPresent() ? status.get().paths() : Optional.empty();
        if (reported.isPresent()) {
            Set<String> changed = new LinkedHashSet<>(reported.get());
            Path workTree = plain.get().workTree().toRealPath();
            changed.addAll(untracked(plain.get().paths(), slashes(workTree.relativize(project.toRealPath())), tree));
            return changed;
        }
        // JGit finds the system's git configuration by running git twice (--version, config --system) when a
        // repository is opened; nothing the changed paths need comes from it, so it is named where git keeps it on
        // Linux instead (JGit is relocated into this jar: this holds for LayoutGuard's own copy only)
        FS.DETECTED.setGitSystemConfig(new File("/etc/gitconfig"));
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("the project " + project + " is in no git work tree, so nothing is known to have "
                    + "changed; run the check without --changed and --since");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                throw new IOException("the project " + project + " is in a bare repository, which has no work tree "
                        + "to compare; run the check without --changed and --since");
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            String prefix = slashes(workTree.relativize(project.toRealPath()));
            Path indexFile = repository.getIndexFile().toPath();
            DirCache index = GitIndexCache.read(repository.getIndexFile(), repository.getFS());
            Set<String> changed = new LinkedHashSet<>();
            staged(repository, index, prefix).forEach(path -> add(changed, prefix, path));
            unstaged(workTree, index, prefix, modified(indexFile)).forEach(path -> add(changed, prefix, path));
            List<String> tracked = new ArrayList<>(index.getEntryCount());
            for (int i = 0; i < index.getEntryCount(); i++) {
                tracked.add(index.getEntry(i).getPathString());
            }
            changed.addAll(untracked(tracked, prefix, tree));
            if (since != null) {
                committed(repository, since).forEach(path -> add(changed, prefix, path));
            }
            return changed;
        } catch (GitAPIException e) {
            throw new IOException("git cannot tell what changed in " + project + ": " + e.getMessage(), e);
        }
    }

    /** The paths whose index entry differs from {@code HEAD}'s (added, changed, removed), relative to the work tree. */
    private static Set<String> staged(Repository repository, DirCache index, String prefix) throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        ObjectId head = repository.resolve(Constants.HEAD + "^{tree}");
        try (TreeWalk walk = new TreeWalk(repository)) {
            if (head == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(head);
            }
            walk.addTree(new DirCacheIterator(index));
            walk.setRecursive(true);
            // subtrees whose ids agree (the index caches its trees' ids) are passed over whole
            walk.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }

    /**
     * The indexed paths whose file differs from its entry, or is gone, relative to the work tree: a file whose size
     * and modification time are the entry's is unchanged, unless the entry is racily clean (written no earlier than
     * the index itself) or smudged; then, or when only the time differs, its content's hash decides. A conflict
     * (an entry of stage 1 to 3) counts as changed.
     */
    private static Set<String> unstaged(Path workTree, DirCache index, String prefix, Instant indexTime)
            throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        String within = prefix.isEmpty() ? "" : prefix + "/";
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            String path = entry.getPathString();
            if (!path.startsWith(within) || entry.isAssumeValid() || entry.isSkipWorkTree()
                    || entry.getFileMode() == FileMode.GITLINK) {
                continue;
            }
            if (entry.getStage() != DirCacheEntry.STAGE_0
                    || differs(workTree.resolve(path), entry, indexTime, hasher)) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static boolean differs(Path file, DirCacheEntry entry, Instant indexTime, ObjectInserter.Formatter hasher)
            throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return true;
        }
        boolean link = entry.getFileMode() == FileMode.SYMLINK;
        if (attributes.isDirectory() || attributes.isSymbolicLink() != link || !link && !attributes.isRegularFile()) {
            return true;
        }
        Instant entryTime = entry.getLastModifiedInstant();
        Instant fileTime = attributes.lastModifiedTime().toInstant();
        // the index keeps 32 bits of the size; a smudged entry (size 0 for a racily clean file) says nothing
        boolean sameSize = entry.getLength() == (int) attributes.size();
        if (!sameSize && !entry.isSmudged()) {
            return true;
        }
        boolean sameTime = entryTime.equals(fileTime)
                || entryTime.getNano() == 0 && entryTime.getEpochSecond() == fileTime.getEpochSecond();
        if (sameSize && sameTime && entryTime.isBefore(indexTime)) {
            return false;
        }
        byte[] content = link ? Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8)
                : Files.readAllBytes(file);
        return !hasher.idFor(Constants.OBJ_BLOB, content).equals(entry.getObjectId());
    }

    /** The files and links of the walked tree that the index does not hold, relative to the project. */
    private static Set<String> untracked(List<String> indexed, String prefix, ProjectTree tree) {
        Set<String> tracked = new HashSet<>(indexed.size() * 2);
        String within = prefix.isEmpty() ? "" : prefix + "/";
        for (String path : indexed) {
            if (path.startsWith(within)) {
                tracked.add(path.substring(within.length()));
            }
        }
        Set<String> untracked = new LinkedHashSet<>();
        for (Entry entry : tree.entries()) {
            if (entry.kind() != EntryKind.DIRECTORY && !entry.ignored() && !tracked.contains(entry.path())) {
                untracked.add(entry.path());
            }
        }
        return untracked;
    }

    private static Instant modified(Path indexFile) throws IOException {
        try {
            return Files.getLastModifiedTime(indexFile).toInstant();
        } catch (NoSuchFileException none) {
            return Instant.MAX;
        }
    }

    /** The paths the commits since the revision's branch point changed, relative to the work tree. */
    private static Set<String> committed(Repository repository, String since) throws IOException, GitAPIException {
        ObjectId revision = repository.resolve(since + "^{commit}");
        ObjectId head = repository.resolve("HEAD^{commit}");
        if (revision == null) {
            throw new IOException("git knows no revision '" + since + "' (option --since); name a branch, a tag or "
                    + "a commit, and fetch it first in a shallow clone");
        }
        Set<String> paths = new LinkedHashSet<>();
        if (head == null) {
            return paths;
        }
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                Git git = new Git(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(revision));
            walk.markStart(walk.parseCommit(head));
            RevCommit base = walk.next();
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
            CanonicalTreeParser from = new CanonicalTreeParser();
            from.reset(reader, walk.parseCommit(base == null ? revision : base).getTree());
            CanonicalTreeParser to = new CanonicalTreeParser();
            to.reset(reader, walk.parseCommit(head).getTree());
            for (DiffEntry entry : git.diff().setOldTree(from).setNewTree(to).setShowNameAndStatusOnly(true).call()) {
                for (String path : List.of(entry.getOldPath(), entry.getNewPath())) {
                    if (!path.equals(DiffEntry.DEV_NULL)) {
                        paths.add(path);
                    }
                }
            }
        }
        return paths;
    }

    private static void add(Set<String> changed, String prefix, String path) {
        if (prefix.isEmpty()) {
            changed.add(path);
        } else if (RelativePath.isBelow(path, prefix)) {
            changed.add(path.substring(prefix.length() + 1));
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }
}
