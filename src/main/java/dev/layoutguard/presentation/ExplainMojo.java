package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.Setting;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleId;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what a rule checks, why it matters, how to fix a violation and how to configure the
 * rule: its documentation page, shipped inside the plugin. Without a rule, lists them all. Needs no project.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public class ExplainMojo extends AbstractMojo {

    private static final Setting RULE = new Setting("rule", "layout.rule");

    /** The id of the rule to explain, such as {@code root-prohibited}; every rule is listed when it is not set. */
    @Parameter(property = "layout.rule")
    String rule;

    @Override
    public void execute() throws MojoExecutionException {
        if (rule == null || rule.isBlank()) {
            RuleExplanation.rules("-Dlayout.rule=<id>").forEach(getLog()::info);
            return;
        }
        RuleId id;
        try {
            id = RULE.ruleId(rule);
        } catch (SettingsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        RuleExplanation.of(id).forEach(getLog()::info);
    }
}
