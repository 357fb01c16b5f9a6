package dev.layoutguard.presentation;

import dev.layoutguard.application.ChangedPaths;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Move;
import dev.layoutguard.application.MovePlan;
import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.application.ResultCache;
import dev.layoutguard.application.SkeletonEntry;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.RuleId;
// The composition root: the goals get the infrastructure they run with here (declared in the self-check).
import dev.layoutguard.infrastructure.BaselineFile;
import dev.layoutguard.infrastructure.ContentCache;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.GitChanges;
import dev.layoutguard.infrastructure.GoalHelp;
import dev.layoutguard.infrastructure.NativeNames;
import dev.layoutguard.infrastructure.PackageDirectories;
import dev.layoutguard.infrastructure.ProjectMover;
import dev.layoutguard.infrastructure.ProjectScanner;
import dev.layoutguard.infrastructure.ResultCacheFile;
import dev.layoutguard.infrastructure.RuleDocs;
import dev.layoutguard.infrastructure.SkeletonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: picks the infrastructure each goal runs with (the file system walk, file contents, the
 * baseline file, the mover, the skeleton writer, the rule pages, git's changed paths), so that no goal and no command
 * of the command line names it.
 */
public final class Wiring {

    /** Files larger than this are not read by rules that look inside files. */
    private static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;
    /** The output directory's subdirectory where checks keep their results. */
    static final String CACHE = "cache";

    private Wiring() {
    }

    /**
     * A run with the given settings on the file system: git's ignore rules, UTF-8 contents, the baseline file, and
     * unless the settings turn it off, the results kept in the output directory's {@code cache}; its messages name
     * the front end's commands.
     */
    public static LayoutSession session(Settings settings, String version, Commands commands) {
        NativeNames natives = new NativeNames();
        ResultCache results = settings.cache()
                ? new ResultCacheFile(settings.build().directory(), settings.outputDirectory().resolve(CACHE),
                        settings.build().exempt(), List.of(settings.baseline()))
                : ResultCache.NONE;
        return session(settings, version, new FileContents(settings.build().directory(), MAX_CONTENT_BYTES, natives),
                natives, commands, results);
    }

    /**
     * Runs with the given settings that are made again and again on the same tree: each file's text is read again only
     * when its size or modification time changed.
     */
    public static LayoutSession repeatedSession(Settings settings, String version, Commands commands) {
        Path directory = settings.build().directory();
        NativeNames natives = new NativeNames();
        return session(settings, version,
                new ContentCache(directory, new FileContents(directory, MAX_CONTENT_BYTES, natives)), natives,
                commands, ResultCache.NONE);
    }

    private static LayoutSession session(Settings settings, String version, ContentReader contents,
            NativeNames natives, Commands commands, ResultCache results) {
        return new LayoutSession(settings, version,
                (directory, respectGitignore, exempt) -> new ProjectScanner(respectGitignore, exempt, natives)
                        .scan(directory),
                contents, new BaselineFile(), commands.baseline(), results);
    }

    /** A project-relative path as reported, as a path, also when the JVM's file name encoding cannot take the name. */
    static Path path(Path project, String relative) {
        return NativeNames.path(project, relative);
    }

    /** For each move, why it cannot be made now, or empty when it can; reads the disk and git's index only. */
    static List<Optional<String>> refusals(Path project, List<Move> moves) throws IOException {
        try (ProjectMover mover = ProjectMover.at(project)) {
            List<Optional<String>> refusals = new ArrayList<>();
            for (Move move : moves) {
                refusals.add(mover.refusal(move));
            }
            return refusals;
        }
    }

    /** Makes the moves in order, as {@code git mv} does for entries git tracks and by a plain move otherwise. */
    static MovePlan.Outcome move(Path project, List<Move> moves) throws IOException {
        try (ProjectMover mover = ProjectMover.at(project)) {
            return mover.apply(moves);
        }
    }

    /** Creates what is missing of a skeleton, never overwriting anything. */
    static ProjectSkeleton.Outcome createSkeleton(Path project, List<SkeletonEntry> skeleton) throws IOException {
        return new SkeletonWriter().write(project, skeleton);
    }

    /**
     * The paths of a project that changed as git sees them: against {@code HEAD}, and since a revision when one is
     * given; the files of the walked tree that git does not track count as untracked. What git can tell before the
     * walk starts now, beside it.
     */
    public static ChangedPaths.Source changes(Path project, String since) {
        GitChanges changes = GitChanges.start(project, since);
        return tree -> new ChangedPaths(changes.of(tree));
    }

    /** A rule's documentation page, when this version of the plugin ships one. */
    /** The packages the source roots of another module of the build hold, from their directories. */
    static List<String> packages(List<Path> roots) {
        return PackageDirectories.of(roots);
    }

    static Optional<String> rulePage(RuleId rule) {
        return RuleDocs.page(rule);
    }

    /** The goals of this plugin, from the goal documentation it ships. */
    static List<String> goals() throws IOException {
        return GoalHelp.shipped(80).goals();
    }

    /** The help text of this plugin's goals, or of one, with or without their parameters, filled to a width. */
    static List<String> help(String goal, boolean detail, int width) throws IOException {
        return GoalHelp.shipped(width).lines(goal, detail);
    }

    /** A documentation page made plain for the console. */
    static List<String> console(String page) {
        return RuleDocs.console(page);
    }
}
