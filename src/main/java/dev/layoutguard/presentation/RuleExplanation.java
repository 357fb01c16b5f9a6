package dev.layoutguard.presentation;

import dev.layoutguard.domain.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the explain goal prints, for any front end: a rule's documentation page made plain for the console, or the
 * list of every rule.
 */
public final class RuleExplanation {

    private RuleExplanation() {
    }

    /** Every rule id with its family, default severity and summary, under a line saying how to explain one. */
    public static List<String> rules(String howToExplainOne) {
        List<String> lines = new ArrayList<>();
        lines.add("LayoutGuard rules (explain one with " + howToExplainOne + "):");
        for (RuleId id : RuleId.values()) {
            lines.add("  " + id.id() + " (" + id.family().label() + ", " + id.defaultSeverity().label() + "): "
                    + id.summary());
        }
        return lines;
    }

    /** A rule's page as this version ships it, made plain for the console. */
    public static List<String> of(RuleId id) {
        return explanation(id, Wiring.rulePage(id));
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
