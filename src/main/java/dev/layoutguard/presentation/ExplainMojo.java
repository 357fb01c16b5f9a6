package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.Setting;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            rules().forEach(getLog()::info);
            return;
        }
        RuleId id;
        try {
            id = RULE.ruleId(rule);
        } catch (SettingsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        explanation(id, Wiring.rulePage(id)).forEach(getLog()::info);
    }

    /** Every rule id with its family, default severity and summary. */
    static List<String> rules() {
        List<String> lines = new ArrayList<>();
        lines.add("LayoutGuard rules (explain one with -Dlayout.rule=<id>):");
        for (RuleId id : RuleId.values()) {
            lines.add("  " + id.id() + " (" + id.family().label() + ", " + id.defaultSeverity().label() + "): "
                    + id.summary());
        }
        return lines;
    }

    /** A rule's page made plain for the console, or its summary when this version ships no page for it. */
    static List<String> explanation(RuleId id, Optional<String> page) {
        if (page.isPresent()) {
            return Wiring.console(page.get());
        }
        return List.of(id.id() + " (" + id.family().label() + " family, default severity "
                + id.defaultSeverity().label() + "): " + id.summary() + ".",
                "This version of the plugin ships no documentation page for " + id.id() + " yet.");
    }
}
