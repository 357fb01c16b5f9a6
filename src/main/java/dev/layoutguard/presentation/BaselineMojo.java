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
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current violation to the baseline file, so that {@code check} fails only on new ones; entries of rules
 * left out with {@code rules} or {@code skipRules} are kept from the file as it was.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws SettingsException, IOException {
        LayoutSession run = session();
        LayoutSession.Outcome outcome = run.checkIgnoringBaseline(run.selection(EnumSet.allOf(RuleFamily.class)));
        output(run.settings()).announce(outcome);
        LayoutSession.BaselineUpdate update = run.writeBaseline(outcome);
        if (update.unreadable() != null) {
            getLog().warn("Replacing the unreadable baseline " + update.file() + ": " + update.unreadable());
        }
        String name = Build.slashes(run.settings().build().directory().relativize(update.file()));
        getLog().info("Wrote " + name + ": " + ReportOutput.plural(update.written().size(), "violation")
                + " accepted in " + entries(update.written().entries().size()));
        Map<RuleId, Long> byRule = new EnumMap<>(RuleId.class);
        for (BaselineEntry entry : update.written().entries()) {
            byRule.merge(entry.rule(), (long) entry.count(), Long::sum);
        }
        byRule.forEach((rule, count) -> getLog().info("  " + rule.id() + ": " + count));
        if (update.kept() > 0) {
            getLog().info("Kept " + entries(update.kept()) + " of rules that did not run");
        }
        getLog().info("Commit it: the check now fails only on new violations, and warns about entries that no "
                + "longer match so that the baseline only shrinks.");
    }

    private static String entries(long count) {
        return count + (count == 1 ? " entry" : " entries");
    }
}
