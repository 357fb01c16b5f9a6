package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.RuleId;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ExplainMojoTest {

    @Test
    void printsTheRulesPage() {
        List<String> lines = ExplainMojo.explanation(RuleId.ROOT_PROHIBITED,
                Optional.of("# root-prohibited\n\n## Why\n\nThe plan says so.\n"));

        assertEquals(List.of("root-prohibited", "", "WHY", "", "The plan says so."), lines);
    }

    @Test
    void saysSoWhenARuleHasNoPageYetAndPrintsItsSummary() {
        assertEquals(List.of("layer-dependency (layers family, default severity error): a source file that references "
                        + "a layer it may not depend on.",
                "This version of the plugin ships no documentation page for layer-dependency yet."),
                ExplainMojo.explanation(RuleId.LAYER_DEPENDENCY, Optional.empty()));
    }

    @Test
    void listsEveryRuleWhenNoneIsNamed() {
        List<String> lines = ExplainMojo.rules();

        assertEquals("  root-prohibited (root, error): a root entry matching a prohibited pattern", lines.get(1));
        assertEquals(RuleId.values().length + 1, lines.size());
    }

    @Test
    void anUnknownRuleIdIsAnErrorNamingItAndTheKnownIds() {
        ExplainMojo mojo = new ExplainMojo();
        mojo.rule = "root-everything";

        assertEquals("Invalid value 'root-everything' for parameter 'rule' (layout.rule): unknown rule id (known ids: "
                + RuleId.known() + ")", assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }
}
