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
        try {
            if (apply) {
                apply(plan, Wiring.move(directory, plan.moves()));
            } else {
                plan(plan, Wiring.refusals(directory, plan.moves()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot move entries of " + directory + ": " + IoReason.of(e), e);
        }
    }

    private void plan(MovePlan plan, List<Optional<String>> refusals) {
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
        getLog().info(ReportOutput.plural(planned, "move") + " planned, " + skipped + " skipped" + withoutFix(plan));
    }

    private void apply(MovePlan plan, MovePlan.Outcome outcome) throws MojoExecutionException {
        getLog().info("Moving (as git mv does for entries git tracks, a plain move otherwise):");
        for (Move move : plan.moves()) {
            if (outcome.moved().contains(move)) {
                getLog().info("  moved " + move + (outcome.withGit().contains(move) ? " (git)" : ""));
            }
        }
        outcome.skipped().forEach(skip -> getLog().warn("  skipped " + skip.move() + ": " + skip.reason()));
        skippedInPlan(plan, "skipped");
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
