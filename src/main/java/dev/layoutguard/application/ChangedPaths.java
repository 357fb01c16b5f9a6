package dev.layoutguard.application;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paths a change touched, project-relative with {@code /} separators: a check of the whole tree reports only the
 * violations on them. A violation on a directory counts when anything below it changed (a root entry that changed);
 * one on the project as a whole counts in a full check only.
 *
 * @param paths       the files added, changed, deleted or untracked
 * @param directories the directories holding them, at any depth: asked for every entry, so looked up, not searched
 */
public record ChangedPaths(Set<String> paths, Set<String> directories) {

    public ChangedPaths {
        paths = Set.copyOf(paths);
        directories = Set.copyOf(directories);
    }

    /** Where the changed paths of a project come from (git), given the project's tree as walked. */
    @FunctionalInterface
    public interface Source {

        /** The paths of the tree that changed. */
        ChangedPaths of(ProjectTree tree) throws IOException;
    }

    /** The changed paths given, with the directories that hold them. */
    public ChangedPaths(Set<String> paths) {
        this(paths, directoriesOf(paths));
    }

    /** Whether a violation's path is a changed file or a directory with changes below it. */
    public boolean covers(String path) {
        if (path.equals(".")) {
            return false;
        }
        return paths.contains(path) || directories.contains(path);
    }

    /** The report with only the violations on changed paths; what else it says stays as it was. */
    public Report narrow(Report report) {
        List<Violation> kept = report.violations().stream().filter(violation -> covers(violation.path())).toList();
        return new Report(report.version(), report.preset(), report.files(), kept, report.metrics(),
                report.baselined(), report.durationMs(), report.rules(), report.layers());
    }

    private static Set<String> directoriesOf(Set<String> paths) {
        Set<String> directories = new HashSet<>();
        for (String path : paths) {
            for (String parent = RelativePath.parent(path); !parent.isEmpty() && directories.add(parent);
                    parent = RelativePath.parent(parent)) {
                // each ancestor once: a parent already held has its own ancestors held too
            }
        }
        return directories;
    }
}
