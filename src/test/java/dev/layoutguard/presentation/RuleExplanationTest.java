package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.RuleId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleExplanationTest {

    @Test
    void printsTheRulesPage() {
        List<String> lines = RuleExplanation.explanation(RuleId.ROOT_PROHIBITED,
                Optional.of("# root-prohibited\n\n## Why\n\nThe plan says so.\n"));

        assertEquals(List.of("root-prohibited", "", "WHY", "", "The plan says so."), lines);
    }

    @Test
    void saysSoWhenARuleHasNoPageYetAndPrintsItsSummary() {
        assertEquals(List.of("layer-dependency (layers family, default severity error): a source file that references "
                        + "a layer it may not depend on.",
                "This version of the plugin ships no documentation page for layer-dependency yet."),
                RuleExplanation.explanation(RuleId.LAYER_DEPENDENCY, Optional.empty()));
    }

    @Test
    void listsEveryRuleWhenNoneIsNamed() {
        List<String> lines = RuleExplanation.rules("-Dlayout.rule=<id>");

        assertEquals("  root-prohibited (root, error): a root entry matching a prohibited pattern", lines.get(1));
        assertEquals(RuleId.values().length + 1, lines.size());
    }
}
