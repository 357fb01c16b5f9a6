package dev.layoutguard.application;

import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the check would find once a plan's moves are made: the project as the moves leave it (each entry, and whatever
 * a moved directory holds, at its new path, read from where it is now), checked with the same rules. A move that
 * fixes one rule may still leave the entry where another rule flags it (a test whose class is not in its package) or
 * bring about a finding elsewhere (a new {@code docs/} that lacks its index): the forecast names those, so that the
 * plan says what else to do.
 */
public final class MoveForecast {

    private MoveForecast() {
    }

    /**
     * The violations the check would report after the moves that it does not report now (an entry's violations follow
     * it to its new path).
     *
     * @param check     the rules to run
     * @param project   the project as it is
     * @param selection the rules selected
     * @param before    what the check finds now, ignoring any baseline
     * @param moves     the moves that will be made
     */
    public static List<Violation> of(LayoutCheck check, Project project, Selection selection, List<Violation> before,
            List<Move> moves) {
        if (moves.isEmpty()) {
            return List.of();
        }
        Project moved = new Project(moved(project.tree(), moves), project.preset(), project.modules(),
                project.executionRoot(), reading(project, moves), project.reactor());
        return brought(before, check.run(moved, selection).violations(), moves);
    }

    /** Of the violations found after the moves, those not found before them at the same (moved) path. */
    public static List<Violation> brought(List<Violation> before, List<Violation> after, List<Move> moves) {
        Map<String, Integer> now = new HashMap<>();
        before.forEach(violation -> now.merge(key(violation.rule().id(), target(violation.path(), moves)), 1,
                Integer::sum));
        List<Violation> brought = new ArrayList<>();
        for (Violation violation : after) {
            String key = key(violation.rule().id(), violation.path());
            if (now.getOrDefault(key, 0) > 0) {
                now.merge(key, -1, Integer::sum);
            } else {
                brought.add(violation);
            }
        }
        return brought;
    }

    /** The tree with each moved entry, and what a moved directory holds, at its new path; new parents are added. */
    static ProjectTree moved(ProjectTree tree, List<Move> moves) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : tree.entries()) {
            String path = target(entry.path(), moves);
            entries.put(path, path.equals(entry.path()) ? entry
                    : new Entry(path, entry.kind(), entry.size(), entry.nestedProject(), entry.ignored()));
        }
        for (String path : List.copyOf(entries.keySet())) {
            for (String parent = RelativePath.parent(path); !parent.isEmpty(); parent = RelativePath.parent(parent)) {
                entries.putIfAbsent(parent, Entry.directory(parent));
            }
        }
        return ProjectTree.of(List.copyOf(entries.values()));
    }

    /** Where a path is after the moves: moved itself, inside a moved directory, or where it was. */
    static String target(String path, List<Move> moves) {
        for (Move move : moves) {
            if (path.equals(move.from())) {
                return move.to();
            }
            if (path.startsWith(move.from() + "/")) {
                return move.to() + path.substring(move.from().length());
            }
        }
        return path;
    }

    /** Where the text of a path after the moves is now. */
    private static String origin(String path, List<Move> moves) {
        for (Move move : moves) {
            if (path.equals(move.to())) {
                return move.from();
            }
            if (path.startsWith(move.to() + "/")) {
                return move.from() + path.substring(move.to().length());
            }
        }
        return path;
    }

    private static ContentReader reading(Project project, List<Move> moves) {
        return new ContentReader() {
            @Override
            public Optional<String> read(String path) {
                return project.read(origin(path, moves));
            }

            @Override
            public Optional<String> read(String path, long size) {
                return read(path);
            }
        };
    }

    private static String key(String rule, String path) {
        return rule + " " + path;
    }
}
