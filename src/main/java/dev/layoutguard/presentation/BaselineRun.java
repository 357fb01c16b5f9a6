package dev.layoutguard.presentation;

import dev.layoutguard.application.BaselineEntry;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The baseline goal's work for any front end: writes every current violation to the baseline file, so that the check
 * fails only on new ones; entries of rules left out with {@code rules} or {@code skipRules} are kept.
 */
public final class BaselineRun {

    private final LayoutSession run;
    private final ReportOutput output;
    private final Console console;

    public BaselineRun(LayoutSession run, ReportOutput output, Console console) {
        this.run = run;
        this.output = output;
        this.console = console;
    }

    /** Checks every rule, ignoring the old baseline, and writes the new one. */
    public void run() throws SettingsException, IOException {
        LayoutSession.Outcome outcome = run.checkIgnoringBaseline(run.selection(EnumSet.allOf(RuleFamily.class)));
        output.announce(outcome);
        LayoutSession.BaselineUpdate update = run.writeBaseline(outcome);
        if (update.unreadable() != null) {
            console.warn("Replacing the unreadable baseline " + update.file() + ": " + update.unreadable());
        }
        String name = Build.slashes(run.settings().build().directory().relativize(update.file()));
        console.info("Wrote " + name + ": " + ReportOutput.plural(update.written().size(), "violation")
                + " accepted in " + entries(update.written().entries().size()));
        Map<RuleId, Long> byRule = new EnumMap<>(RuleId.class);
        for (BaselineEntry entry : update.written().entries()) {
            byRule.merge(entry.rule(), (long) entry.count(), Long::sum);
        }
        byRule.forEach((rule, count) -> console.info("  " + rule.id() + ": " + count));
        if (update.kept() > 0) {
            console.info("Kept " + entries(update.kept()) + " of rules that did not run");
        }
        console.info("Commit it: the check now fails only on new violations, and warns about entries that no "
                + "longer match so that the baseline only shrinks.");
    }

    private static String entries(long count) {
        return count + (count == 1 ? " entry" : " entries");
    }
}
