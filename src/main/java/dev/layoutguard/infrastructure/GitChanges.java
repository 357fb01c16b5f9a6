package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RelativePath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * The paths of a project that changed, as git sees them through JGit: against {@code HEAD} (staged, unstaged and
 * untracked), or since a revision (what the commits since the revision's branch point changed, and what is not
 * committed yet). Paths are relative to the project directory; changes outside it are left out.
 */
public final class GitChanges {

    private GitChanges() {
    }

    /**
     * The changed paths of a project.
     *
     * @param since a revision ({@code origin/main}, a commit id), or {@code null} for the changes against
     *              {@code HEAD} only
     * @throws IOException when the project is in no git work tree, or the revision is unknown, naming it
     */
    public static Set<String> of(Path project, String since) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("the project " + project + " is in no git work tree, so nothing is known to have "
                    + "changed; run the check without --changed and --since");
        }
        try (Repository repository = builder.setMustExist(true).build(); Git git = new Git(repository)) {
            File workTree = repository.getWorkTree();
            String prefix = slashes(workTree.toPath().toRealPath().relativize(project.toRealPath()));
            Set<String> changed = new LinkedHashSet<>();
            StatusCommand status = git.status();
            if (!prefix.isEmpty()) {
                status.addPath(prefix);
            }
            Status state = status.call();
            for (Collection<String> paths : List.of(state.getAdded(), state.getChanged(), state.getModified(),
                    state.getUntracked(), state.getRemoved(), state.getMissing(), state.getConflicting())) {
                paths.forEach(path -> add(changed, prefix, path));
            }
            if (since != null) {
                committed(repository, since).forEach(path -> add(changed, prefix, path));
            }
            return changed;
        } catch (GitAPIException e) {
            throw new IOException("git cannot tell what changed in " + project + ": " + e.getMessage(), e);
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
