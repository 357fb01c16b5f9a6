package dev.layoutguard.presentation;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.infrastructure.RuleDocs;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what a rule checks, why (citing the organization plan), how to fix a violation and how to configure the
 * rule: its documentation page, shipped inside the plugin. Without a rule, lists them all. Needs no project.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public class ExplainMojo extends AbstractMojo {

    /** The id of the rule to explain, such as {@code root-prohibited}; every rule is listed when it is not set. */
    @Parameter(property = "layout.rule")
    String rule;

    @Override
    public void execute() throws MojoExecutionException {
        if (rule == null || rule.isBlank()) {
            getLog().info("LayoutGuard rules (explain one with -Dlayout.rule=<id>):");
            for (RuleId id : RuleId.values()) {
                getLog().info("  " + id.id() + " (" + id.family().label() + ", " + id.defaultSeverity().label()
                        + "): " + id.summary());
            }
            return;
        }
        RuleId id = RuleId.of(rule).orElseThrow(() -> new MojoExecutionException("Unknown rule id '" + rule.trim()
                + "' for parameter 'rule' (layout.rule); known ids: " + RuleId.known()));
        Optional<String> page = RuleDocs.page(id);
        if (page.isEmpty()) {
            getLog().info(id.id() + " (" + id.family().label() + " family, default severity "
                    + id.defaultSeverity().label() + "): " + id.summary() + ".");
            getLog().info("This version of the plugin ships no documentation page for " + id.id() + " yet.");
            return;
        }
        RuleDocs.console(page.get()).forEach(getLog()::info);
    }
}
