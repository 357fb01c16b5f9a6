package dev.layoutguard.application;

import dev.layoutguard.domain.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The moves that fix the violations carrying a {@code fix}, one per entry, in path order, and the ones left out
 * with the reason: rules that disagree on where an entry goes, two entries bound for one place, an entry inside a
 * directory that moves as a whole, a target inside the entry itself.
 *
 * @param moves      the moves to make
 * @param skipped    the moves left out, with why
 * @param withoutFix how many violations carry no fix and need a person
 */
public record MovePlan(List<Move> moves, List<Skipped> skipped, int withoutFix) {

    /** A move left out of the plan or refused at the time of moving, and why. */
    public record Skipped(Move move, String reason) {
    }

    /**
     * What a run of moves did.
     *
     * @param moved        the moves made, in order
     * @param withGit      those of them that renamed entries in git's index
     * @param skipped      the moves refused, with why; the run went on past them
     * @param failed       the move that failed and stopped the run, or {@code null}
     * @param failure      why it failed, or {@code null}
     * @param notAttempted the moves after the failure, left untouched
     */
    public record Outcome(List<Move> moved, List<Move> withGit, List<Skipped> skipped, Move failed,
            String failure, List<Move> notAttempted) {
    }

    public MovePlan {
        moves = List.copyOf(moves);
        skipped = List.copyOf(skipped);
    }

    /** Plans the moves for a check's violations. */
    public static MovePlan of(List<Violation> violations) {
        Map<String, Set<String>> targets = new TreeMap<>();
        int withoutFix = 0;
        for (Violation violation : violations) {
            if (violation.fix() == null) {
                withoutFix++;
            } else {
                targets.computeIfAbsent(violation.path(), path -> new LinkedHashSet<>()).add(violation.fix());
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        TreeMap<String, String> candidates = new TreeMap<>();
        for (Map.Entry<String, Set<String>> entry : targets.entrySet()) {
            String from = entry.getKey();
            List<String> to = List.copyOf(entry.getValue());
            if (to.size() > 1) {
                to.forEach(target -> skipped.add(new Skipped(new Move(from, target),
                        "rules disagree on where it belongs: " + String.join(" or ", to))));
            } else if (from.equals(".")) {
                skipped.add(new Skipped(new Move(from, to.get(0)), "the project directory itself cannot move"));
            } else if (from.equals(to.get(0))) {
                skipped.add(new Skipped(new Move(from, to.get(0)), "it is already in place"));
            } else {
                candidates.put(from, to.get(0));
            }
        }
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        candidates.forEach((from, to) -> byTarget.computeIfAbsent(to, target -> new ArrayList<>()).add(from));
        List<Move> moves = new ArrayList<>();
        for (Map.Entry<String, String> candidate : candidates.entrySet()) {
            Move move = new Move(candidate.getKey(), candidate.getValue());
            String reason = conflict(move, candidates, byTarget);
            if (reason == null) {
                moves.add(move);
            } else {
                skipped.add(new Skipped(move, reason));
            }
        }
        return new MovePlan(moves, skipped, withoutFix);
    }

    private static String conflict(Move move, TreeMap<String, String> candidates,
            Map<String, List<String>> byTarget) {
        if (move.to().startsWith(move.from() + "/")) {
            return "its target is inside the entry itself";
        }
        List<String> rivals = byTarget.get(move.to());
        if (rivals.size() > 1) {
            return "several entries would move to " + move.to() + ": " + String.join(", ", rivals);
        }
        String directory = movingAncestor(move.from(), candidates);
        if (directory != null) {
            return "its directory " + directory + " moves as a whole";
        }
        String overlap = movingAncestor(move.to(), candidates);
        if (overlap == null && candidates.containsKey(move.to())) {
            overlap = move.to();
        }
        String inside = candidates.ceilingKey(move.to() + "/");
        if (overlap == null && inside != null && inside.startsWith(move.to() + "/")) {
            overlap = inside;
        }
        return overlap == null ? null : "its target overlaps " + overlap + ", which moves too";
    }

    /** The nearest directory above a path that moves itself, or {@code null}. */
    private static String movingAncestor(String path, Map<String, String> candidates) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String ancestor = path.substring(0, slash);
            if (candidates.containsKey(ancestor)) {
                return ancestor;
            }
        }
        return null;
    }
}
