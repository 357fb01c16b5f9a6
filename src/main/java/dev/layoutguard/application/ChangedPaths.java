package dev.layoutguard.application;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Violation;
import java.util.List;
import java.util.Set;

/**
 * The paths a change touched, project-relative with {@code /} separators: a check of the whole tree reports only the
 * violations on them. A violation on a directory counts when anything below it changed (a root entry that changed);
 * one on the project as a whole counts in a full check only.
 *
 * @param paths the files added, changed, deleted or untracked
 */
public record ChangedPaths(Set<String> paths) {

    public ChangedPaths {
        paths = Set.copyOf(paths);
    }

    /** Whether a violation's path is a changed file or a directory with changes below it. */
    public boolean covers(String path) {
        if (path.equals(".")) {
            return false;
        }
        return paths.contains(path) || paths.stream().anyMatch(changed -> RelativePath.isBelow(changed, path));
    }

    /** The report with only the violations on changed paths; what else it says stays as it was. */
    public Report narrow(Report report) {
        List<Violation> kept = report.violations().stream().filter(violation -> covers(violation.path())).toList();
        return new Report(report.version(), report.preset(), report.files(), kept, report.metrics(),
                report.baselined(), report.durationMs(), report.rules(), report.layers());
    }
}
