package dev.layoutguard.presentation;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Move;
import dev.layoutguard.application.MovePlan;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import java.io.IOException;
import java.nio.file.Path;
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
        MovePlan.Outcome moved = null;
        try {
            if (apply) {
                moved = Wiring.move(directory, plan.moves());
            } else {
                plan(plan, Wiring.refusals(directory, plan.moves()));
            }
        } catch (IOException e) {
            throw new IOException("Cannot move entries of " + directory + ": " + IoReason.of(e), e);
        }
        if (moved != null) {
            apply(plan, moved);
        }
    }

    private void plan(MovePlan plan, List<Optional<String>> refusals) {
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
        console.info(ReportOutput.plural(planned, "move") + " planned, " + skipped + " skipped" + withoutFix(plan));
    }

    private void apply(MovePlan plan, MovePlan.Outcome outcome) throws IOException {
        console.info("Moving (as git mv does for entries git tracks, a plain move otherwise):");
        for (Move move : plan.moves()) {
            if (outcome.moved().contains(move)) {
                console.info("  moved " + move + (outcome.withGit().contains(move) ? " (git)" : ""));
            }
        }
        outcome.skipped().forEach(skip -> console.warn("  skipped " + skip.move() + ": " + skip.reason()));
        skippedInPlan(plan, "skipped");
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
