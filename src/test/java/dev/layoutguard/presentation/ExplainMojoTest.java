package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.RuleId;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ExplainMojoTest {

    @Test
    void anUnknownRuleIdIsAnErrorNamingItAndTheKnownIds() {
        ExplainMojo mojo = new ExplainMojo();
        mojo.rule = "root-everything";

        assertEquals("Invalid value 'root-everything' for parameter 'rule' (layout.rule): unknown rule id (known ids: "
                + RuleId.known() + ")", assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }
}
