package dev.layoutguard.presentation;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.BaselineEntry;
import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.infrastructure.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current violation to the baseline file, so that {@code check} fails only on new ones; entries of rules
 * left out with {@code rules} or {@code skipRules} are kept from the file as it was.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws MojoExecutionException {
        LayoutRun run = new LayoutRun(this);
        Path basedir = run.basedir();
        Selection selection = run.selection(EnumSet.allOf(RuleFamily.class));
        Path file = run.baselineFile(basedir);
        Project checked = run.project(basedir);
        LayoutCheck check = LayoutCheck.withAllRules(version());
        Report report = check.run(checked, selection);
        run.announce(checked, selection);
        BaselineFile store = new BaselineFile();
        Baseline older = Baseline.none();
        try {
            older = store.read(file).orElse(Baseline.none());
        } catch (IOException e) {
            getLog().warn("Replacing the unreadable baseline " + file + ": " + e.getMessage());
        }
        Baseline written = Baseline.accepting(report.violations())
                .keeping(older, id -> check.runs(id, checked, selection));
        try {
            store.write(written, file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
        String name = basedir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        getLog().info("Wrote " + name + ": " + LayoutRun.plural(written.size(), "violation") + " accepted in "
                + entries(written.entries().size()));
        Map<RuleId, Integer> byRule = new EnumMap<>(RuleId.class);
        for (BaselineEntry entry : written.entries()) {
            byRule.merge(entry.rule(), entry.count(), Integer::sum);
        }
        byRule.forEach((rule, count) -> getLog().info("  " + rule.id() + ": " + count));
        long kept = older.entries().stream().filter(entry -> !check.runs(entry.rule(), checked, selection)).count();
        if (kept > 0) {
            getLog().info("Kept " + entries(kept) + " of rules that did not run");
        }
        getLog().info("Commit it: the check now fails only on new violations, and warns about entries that no "
                + "longer match so that the baseline only shrinks.");
    }

    private static String entries(long count) {
        return count + (count == 1 ? " entry" : " entries");
    }
}
