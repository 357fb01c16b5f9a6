package dev.layoutguard.presentation;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Move;
import dev.layoutguard.application.MovePlan;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The fix goal's work for any front end: lists the moves that fix the violations carrying a {@code fix}, or makes
 * them ({@code git mv} for entries git tracks, a plain move otherwise, never overwriting a file and never leaving the
 * project). The baseline does not apply: baselined violations are fixed too.
 */
public final class FixRun {

    private final LayoutSession run;
    private final ReportOutput output;
    private final Console console;
    private final Commands commands;

    public FixRun(LayoutSession run, ReportOutput output, Console console, Commands commands) {
        this.run = run;
        this.output = output;
        this.console = console;
        this.commands = commands;
    }

    /**
     * Plans the moves, and makes them when {@code apply} is set.
     *
     * @throws IOException when a move fails, naming it: every entry is then at its old or its new place
     */
    public void run(boolean apply) throws SettingsException, IOException {
        LayoutSession.Outcome outcome = run.checkIgnoringBaseline(run.selection(EnumSet.allOf(RuleFamily.class)));
        output.announce(outcome);
        MovePlan plan = MovePlan.of(outcome.report().violations());
        if (plan.moves().isEmpty() && plan.skipped().isEmpty()) {
            console.info("Nothing to move: no violation carries a fix" + withoutFix(plan));
            return;
        }
        Path directory = run.settings().build().directory();
        if (apply) {
            MovePlan.Outcome moved = moves(directory, () -> Wiring.move(directory, plan.moves()));
            apply(plan, moved, moved.failed() == null ? run.recheck(outcome, moved.moved()) : List.of());
            return;
        }
        List<Optional<String>> refusals = moves(directory, () -> Wiring.refusals(directory, plan.moves()));
        List<Move> planned = new ArrayList<>();
        for (int i = 0; i < plan.moves().size(); i++) {
            if (refusals.get(i).isEmpty()) {
                planned.add(plan.moves().get(i));
            }
        }
        plan(plan, refusals, run.forecast(outcome, planned));
    }

    /** Moving, or looking at what a move would meet, in the project directory. */
    private static <T> T moves(Path directory, Moving<T> moving) throws IOException {
        try {
            return moving.run();
        } catch (IOException e) {
            throw new IOException("Cannot move entries of " + directory + ": " + IoReason.of(e), e);
        }
    }

    /** Work on the project's entries that may fail with an I/O error. */
    @FunctionalInterface
    private interface Moving<T> {
        T run() throws IOException;
    }

    private void plan(MovePlan plan, List<Optional<String>> refusals, List<Violation> brought) {
        console.info("Planned moves (nothing changes without " + commands.apply() + "):");
        int planned = 0;
        int skipped = plan.skipped().size();
        for (int i = 0; i < plan.moves().size(); i++) {
            Move move = plan.moves().get(i);
            if (refusals.get(i).isPresent()) {
                console.warn("  skip " + move + ": " + refusals.get(i).get());
                skipped++;
            } else {
                console.info("  " + move);
                planned++;
            }
        }
        skippedInPlan(plan, "skip");
        broughtAbout(brought, "After these moves the check would also report");
        console.info(ReportOutput.plural(planned, "move") + " planned, " + skipped + " skipped" + withoutFix(plan));
    }

    private void apply(MovePlan plan, MovePlan.Outcome outcome, List<Violation> brought) throws IOException {
        console.info("Moving (as git mv does for entries git tracks, a plain move otherwise):");
        for (Move move : plan.moves()) {
            if (outcome.moved().contains(move)) {
                console.info("  moved " + move + (outcome.withGit().contains(move) ? " (git)" : ""));
            }
        }
        outcome.skipped().forEach(skip -> console.warn("  skipped " + skip.move() + ": " + skip.reason()));
        skippedInPlan(plan, "skipped");
        broughtAbout(brought, "After these moves the check also reports");
        if (outcome.failed() != null) {
            console.error("  failed " + outcome.failed() + ": " + outcome.failure());
            outcome.notAttempted().forEach(move -> console.error("  not attempted " + move));
        }
        String summary = outcome.moved().size() + " moved (" + outcome.withGit().size() + " with git), "
                + (outcome.skipped().size() + plan.skipped().size()) + " skipped, "
                + (outcome.failed() == null ? 0 : 1) + " failed" + withoutFix(plan);
        if (outcome.failed() == null) {
            console.info(summary);
            return;
        }
        console.error(summary);
        throw new IOException("Stopped at the first failed move, " + outcome.failed() + ": " + outcome.failure()
                + ". Every entry is at its old or its new place; remove the cause and run " + commands.fix() + " "
                + commands.apply() + " again.");
    }

    /**
     * The findings the moves bring about, each with what it asks: a move lands where every rule accepts the entry, or
     * the plan says what else to do.
     */
    private void broughtAbout(List<Violation> brought, String lead) {
        if (brought.isEmpty()) {
            return;
        }
        console.warn(lead + " " + (brought.size() == 1 ? "this; do it too:" : "these; do them too:"));
        for (Violation violation : brought) {
            console.warn("  " + violation.path() + (violation.line() == null ? "" : ":" + violation.line()) + " ["
                    + violation.rule().id() + "] " + violation.message());
        }
    }

    private void skippedInPlan(MovePlan plan, String word) {
        plan.skipped().forEach(skip -> console.warn("  " + word + " " + skip.move() + ": " + skip.reason()));
    }

    private String withoutFix(MovePlan plan) {
        if (plan.withoutFix() == 0) {
            return "";
        }
        return "; " + ReportOutput.plural(plan.withoutFix(), "violation") + " without a fix "
                + (plan.withoutFix() == 1 ? "needs" : "need") + " a person (" + commands.check() + " lists them)";
    }
}
