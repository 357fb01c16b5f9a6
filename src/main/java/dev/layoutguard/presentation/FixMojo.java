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
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the moves that fix the violations carrying a {@code fix} ({@code from -> to}), and with
 * {@code -Dlayout.apply=true} makes them: {@code git mv} for entries git tracks, a plain move otherwise, never
 * overwriting a file and never leaving the project. The baseline does not apply: baselined violations are fixed too.
 */
@Mojo(name = "fix", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class FixMojo extends AbstractLayoutMojo {

    /** Makes the planned moves; without it nothing on disk changes. */
    @Parameter(property = "layout.apply", defaultValue = "false")
    boolean apply;

    @Override
    protected void run() throws SettingsException, IOException, MojoExecutionException {
        LayoutSession run = session();
        LayoutSession.Outcome outcome = run.checkIgnoringBaseline(run.selection(EnumSet.allOf(RuleFamily.class)));
        output(run.settings()).announce(outcome);
        MovePlan plan = MovePlan.of(outcome.report().violations());
        if (plan.moves().isEmpty() && plan.skipped().isEmpty()) {
            getLog().info("Nothing to move: no violation carries a fix" + withoutFix(plan));
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
    private static <T> T moves(Path directory, Moving<T> moving) throws MojoExecutionException {
        try {
            return moving.run();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot move entries of " + directory + ": " + IoReason.of(e), e);
        }
    }

    /** Work on the project's entries that may fail with an I/O error. */
    @FunctionalInterface
    private interface Moving<T> {
        T run() throws IOException;
    }

    private void plan(MovePlan plan, List<Optional<String>> refusals, List<Violation> brought) {
        getLog().info("Planned moves (nothing changes without -Dlayout.apply=true):");
        int planned = 0;
        int skipped = plan.skipped().size();
        for (int i = 0; i < plan.moves().size(); i++) {
            Move move = plan.moves().get(i);
            if (refusals.get(i).isPresent()) {
                getLog().warn("  skip " + move + ": " + refusals.get(i).get());
                skipped++;
            } else {
                getLog().info("  " + move);
                planned++;
            }
        }
        skippedInPlan(plan, "skip");
        broughtAbout(brought, "After these moves the check would also report");
        getLog().info(ReportOutput.plural(planned, "move") + " planned, " + skipped + " skipped" + withoutFix(plan));
    }

    private void apply(MovePlan plan, MovePlan.Outcome outcome, List<Violation> brought)
            throws MojoExecutionException {
        getLog().info("Moving (as git mv does for entries git tracks, a plain move otherwise):");
        for (Move move : plan.moves()) {
            if (outcome.moved().contains(move)) {
                getLog().info("  moved " + move + (outcome.withGit().contains(move) ? " (git)" : ""));
            }
        }
        outcome.skipped().forEach(skip -> getLog().warn("  skipped " + skip.move() + ": " + skip.reason()));
        skippedInPlan(plan, "skipped");
        broughtAbout(brought, "After these moves the check also reports");
        if (outcome.failed() != null) {
            getLog().error("  failed " + outcome.failed() + ": " + outcome.failure());
            outcome.notAttempted().forEach(move -> getLog().error("  not attempted " + move));
        }
        String summary = outcome.moved().size() + " moved (" + outcome.withGit().size() + " with git), "
                + (outcome.skipped().size() + plan.skipped().size()) + " skipped, "
                + (outcome.failed() == null ? 0 : 1) + " failed" + withoutFix(plan);
        if (outcome.failed() == null) {
            getLog().info(summary);
            return;
        }
        getLog().error(summary);
        throw new MojoExecutionException("Stopped at the first failed move, " + outcome.failed() + ": "
                + outcome.failure() + ". Every entry is at its old or its new place; remove the cause and run "
                + "mvn layout:fix -Dlayout.apply=true again.");
    }

    /**
     * The findings the moves bring about, each with what it asks: a move lands where every rule accepts the entry, or
     * the plan says what else to do.
     */
    private void broughtAbout(List<Violation> brought, String lead) {
        if (brought.isEmpty()) {
            return;
        }
        getLog().warn(lead + " " + (brought.size() == 1 ? "this; do it too:" : "these; do them too:"));
        for (Violation violation : brought) {
            getLog().warn("  " + violation.path() + (violation.line() == null ? "" : ":" + violation.line()) + " ["
                    + violation.rule().id() + "] " + violation.message());
        }
    }

    private void skippedInPlan(MovePlan plan, String word) {
        plan.skipped().forEach(skip -> getLog().warn("  " + word + " " + skip.move() + ": " + skip.reason()));
    }

    private static String withoutFix(MovePlan plan) {
        if (plan.withoutFix() == 0) {
            return "";
        }
        return "; " + ReportOutput.plural(plan.withoutFix(), "violation") + " without a fix "
                + (plan.withoutFix() == 1 ? "needs" : "need") + " a person (mvn layout:check lists them)";
    }
}
