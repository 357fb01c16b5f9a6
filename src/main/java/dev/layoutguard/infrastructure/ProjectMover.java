package dev.layoutguard.infrastructure;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.Move;
import dev.layoutguard.application.MovePlan;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Makes the moves a fix plans, safely: an entry git tracks moves as {@code git mv} moves it (the file on disk, and
 * its index entries renamed with their staged content), any other entry by a plain move; target directories are
 * created; nothing is overwritten and nothing leaves the project, links included; a directory moves as a whole, unless
 * it holds files git ignores that would not stay ignored; an entry whose git marks the move would drop is refused;
 * and the first failure stops the run with every entry at its old or its new place.
 */
public final class ProjectMover implements AutoCloseable {

    /** How an entry moves on disk: {@link Files#move}, which never replaces an existing target. */
    @FunctionalInterface
    interface Transfer {
        void move(Path from, Path to) throws IOException;
    }

    private final Path root;
    private final Transfer transfer;
    private final Repository repository;
    private final String prefix;
    /** The index as last read, so that planning many moves reads it once; dropped when a move changes it. */
    private DirCache snapshot;

    private ProjectMover(Path root, Transfer transfer, Repository repository, String prefix) {
        this.root = root;
        this.transfer = transfer;
        this.repository = repository;
        this.prefix = prefix;
    }

    /**
     * A mover for the project at a directory, with git's index when the project is inside a git work tree.
     *
     * @throws IOException when the directory or its git repository cannot be read
     */
    public static ProjectMover at(Path project) throws IOException {
        return at(project, (from, to) -> Files.move(from, to));
    }

    static ProjectMover at(Path project, Transfer transfer) throws IOException {
        Path root = project.toRealPath();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return new ProjectMover(root, transfer, null, "");
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare() || !root.startsWith(repository.getWorkTree().toPath().toRealPath())) {
            repository.close();
            return new ProjectMover(root, transfer, null, "");
        }
        String prefix = slashes(repository.getWorkTree().toPath().toRealPath().relativize(root));
        return new ProjectMover(root, transfer, repository, prefix.isEmpty() ? "" : prefix + "/");
    }

    /** Whether the project is inside a git work tree, so that tracked entries move with git. */
    public boolean inGitWorkTree() {
        return repository != null;
    }

    /** Why a move cannot be made now, or empty when it can; reads the disk and git's index, changes nothing. */
    public Optional<String> refusal(Move move) throws IOException {
        Path from = NativeNames.path(root, move.from());
        Path to = NativeNames.path(root, move.to());
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(move.from() + " is no longer there");
        }
        if (inGitDirectory(move.to()) || inGitDirectory(move.from())) {
            return Optional.of((inGitDirectory(move.to()) ? move.to() : move.from()) + " is inside a .git "
                    + "directory, which belongs to git alone; nothing is moved into or out of it");
        }
        if (!inside(from.getParent())) {
            return Optional.of(relative(from.getParent()) + " leads out of the project through a link");
        }
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(move.to() + " already exists; nothing is overwritten");
        }
        Path existing = to.getParent();
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!Files.exists(existing)) {
            return Optional.of(relative(existing) + " is a link to nothing, so " + move.to() + " cannot be made");
        }
        if (!inside(existing)) {
            return Optional.of(relative(existing) + " leads out of the project through a link");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(relative(existing) + " is a file, so " + move.to() + " cannot be made");
        }
        for (DirCacheEntry entry : tracked(index(), move.from())) {
            if (entry.getStage() != DirCacheEntry.STAGE_0) {
                return Optional.of(move.from() + " has unresolved merge conflicts in git");
            }
            if (entry.getFileMode() == FileMode.GITLINK) {
                return Optional.of(entry.getPathString().substring(prefix.length())
                        + " is a git submodule; move it with git mv");
            }
            // JGit can set neither flag on a renamed entry, and dropping one would stage an empty file (intent-to-add)
            // or show a user's local changes (skip-worktree)
            if (entry.isIntentToAdd()) {
                return Optional.of(entry.getPathString().substring(prefix.length()) + " is added to git with "
                        + "--intent-to-add, a mark this move would lose; move it with git mv");
            }
            if (entry.isSkipWorkTree()) {
                return Optional.of(entry.getPathString().substring(prefix.length()) + " is marked skip-worktree in "
                        + "git, a mark this move would lose; move it with git mv");
            }
        }
        return repository == null ? Optional.empty()
                : new MovedIgnores(repository, root, prefix).refusal(move, index());
    }

    /** Whether a project path lies in a {@code .git} directory (or is one), whatever the case of its letters. */
    private static boolean inGitDirectory(String path) {
        for (String segment : path.split("/")) {
            if (segment.equalsIgnoreCase(Constants.DOT_GIT)) {
                return true;
            }
        }
        return false;
    }

    /** Makes the moves in order: refused ones are skipped, the first failure stops the run. */
    public MovePlan.Outcome apply(List<Move> moves) {
        List<Move> moved = new ArrayList<>();
        List<Move> withGit = new ArrayList<>();
        List<MovePlan.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            try {
                Optional<String> refusal = refusal(move);
                if (refusal.isPresent()) {
                    skipped.add(new MovePlan.Skipped(move, refusal.get()));
                    continue;
                }
                if (move(move)) {
                    withGit.add(move);
                }
                moved.add(move);
            } catch (IOException e) {
                return new MovePlan.Outcome(moved, withGit, skipped, move, relativeIn(IoReason.of(e)),
                        moves.subList(i + 1, moves.size()));
            }
        }
        return new MovePlan.Outcome(moved, withGit, skipped, null, null, List.of());
    }

    /** Moves one entry; whether git's index was updated. */
    private boolean move(Move move) throws IOException {
        Path from = NativeNames.path(root, move.from());
        Path to = NativeNames.path(root, move.to());
        DirCache index = null;
        List<DirCacheEntry> entries = List.of();
        if (!tracked(index(), move.from()).isEmpty()) {
            snapshot = null;
            try {
                index = repository.lockDirCache();
            } catch (IOException e) {
                throw new IOException("the git index is locked: another git command is running, or it left "
                        + ".git/index.lock behind; nothing was moved");
            }
            entries = tracked(index, move.from());
        }
        try {
            Files.createDirectories(to.getParent());
            transfer.move(from, to);
        } catch (IOException e) {
            if (index != null) {
                index.unlock();
            }
            throw new IOException(describe(e) + "; " + move.from() + " stays where it was");
        }
        if (index == null) {
            return false;
        }
        IOException indexFailure = rename(index, entries, move);
        if (indexFailure == null) {
            return true;
        }
        index.unlock();
        try {
            transfer.move(to, from);
        } catch (IOException back) {
            throw new IOException("could not update the git index (" + describe(indexFailure) + "); " + move.from()
                    + " is now at " + move.to() + ", which git sees as deleted and untracked: run git add on both");
        }
        throw new IOException("could not update the git index (" + describe(indexFailure) + "); " + move.from()
                + " is back at its old place");
    }

    /**
     * Renames a move's index entries, keeping their staged content, mode and assume-unchanged mark, as {@code git mv}
     * does; entries with the other marks were refused before.
     */
    private IOException rename(DirCache index, List<DirCacheEntry> entries, Move move) {
        String oldPrefix = prefix + move.from();
        String newPrefix = prefix + move.to();
        DirCacheEditor editor = index.editor();
        for (DirCacheEntry entry : entries) {
            String path = entry.getPathString();
            editor.add(new DirCacheEditor.DeletePath(path));
            editor.add(new DirCacheEditor.PathEdit(newPrefix + path.substring(oldPrefix.length())) {
                @Override
                public void apply(DirCacheEntry renamed) {
                    renamed.setFileMode(entry.getFileMode());
                    renamed.setObjectId(entry.getObjectId());
                    renamed.setLength(entry.getLength());
                    renamed.setLastModified(entry.getLastModifiedInstant());
                    renamed.setAssumeValid(entry.isAssumeValid());
                }
            });
        }
        try {
            return editor.commit() ? null : new IOException("the new index could not replace the old one");
        } catch (IOException e) {
            return e;
        }
    }

    /** Git's index, or {@code null} outside a work tree. */
    private DirCache index() throws IOException {
        if (repository != null && snapshot == null) {
            snapshot = repository.readDirCache();
        }
        return snapshot;
    }

    /** The index entries of a path: the file itself, or everything git tracks inside the directory. */
    private List<DirCacheEntry> tracked(DirCache index, String path) {
        if (index == null) {
            return List.of();
        }
        String inWorkTree = prefix + path;
        List<DirCacheEntry> entries = new ArrayList<>();
        int at = index.findEntry(inWorkTree);
        if (at >= 0) {
            for (int i = at; i < index.getEntryCount() && index.getEntry(i).getPathString().equals(inWorkTree); i++) {
                entries.add(index.getEntry(i));
            }
        }
        entries.addAll(List.of(index.getEntriesWithin(inWorkTree)));
        return entries;
    }

    private boolean inside(Path directory) throws IOException {
        return directory.toRealPath().startsWith(root);
    }

    private String relative(Path path) {
        return path.equals(root) ? "." : slashes(root.relativize(path));
    }

    /**
     * An I/O failure in words, with project paths relative; no class names. A move the system refused names the
     * directory that is not writable (the JDK names only the entry moved), or both paths when neither is to blame.
     */
    private String describe(IOException e) {
        if (e instanceof AccessDeniedException denied && denied.getFile() != null
                && denied.getOtherFile() != null) {
            for (Path parent : List.of(Path.of(denied.getOtherFile()).getParent(), Path.of(denied.getFile()).getParent())) {
                if (Files.isDirectory(parent) && !Files.isWritable(parent)) {
                    return "permission denied: " + relative(parent) + "/ is not writable";
                }
            }
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a directory cannot move as a whole to another file system";
        }
        return relativeIn(IoReason.of(e));
    }

    private String relativeIn(String message) {
        return message.replace(root + java.io.File.separator, "").replace(root.toString(), ".");
    }

    private static String slashes(Path path) {
        return path.toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public void close() {
        if (repository != null) {
            repository.close();
        }
    }
}
