package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.StructurePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureConfigurationTest {

    @Test
    void extendsThePresetsListsAndReplacesTheRequiredDocs() {
        StructureConfiguration configuration = new StructureConfiguration();
        configuration.setMaxDepth(6);
        configuration.setRequiredDocs(List.of("index.md", "guides/"));
        configuration.setDocsAllowedIn(List.of("notes/**"));
        configuration.setScriptCategories(List.of("release"));
        configuration.setDeployCategories(List.of("helm"));
        configuration.setDeployAllowedIn(List.of("tools/docker/**"));
        configuration.setRuntimeDirectories(List.of("data"));

        StructurePolicy policy = configuration.applyTo(Presets.python().structure());

        assertEquals(6, policy.maxDepth());
        assertEquals(List.of("index.md", "guides/"), policy.docs().required());
        assertEquals(Glob.of("notes/**"), policy.docs().allowedElsewhere().get(policy.docs().allowedElsewhere().size() - 1));
        assertEquals(List.of("build", "test", "deploy", "dev", "maintenance", "validation", "release"),
                policy.scripts().categories());
        assertEquals(List.of("docker", "kubernetes", "ci-cd", "cloud", "helm"), policy.deploy().categories());
        assertEquals(Glob.of("tools/docker/**"),
                policy.deploy().allowedElsewhere().get(policy.deploy().allowedElsewhere().size() - 1));
        assertEquals(List.of("storage", "reports", "data"), policy.runtimeDirectories());
    }

    @Test
    void keepsThePresetWhenNothingIsConfigured() {
        StructurePolicy preset = Presets.maven().structure();

        assertEquals(preset, new StructureConfiguration().applyTo(preset));
    }

    @Test
    void rejectsBadValuesNamingThem() {
        assertEquals("maxDepth: must be 1 or more, was 0", failure(configuration -> configuration.setMaxDepth(0)));
        assertEquals("requiredDocs: '../README.md' is not a path inside the docs directory",
                failure(configuration -> configuration.setRequiredDocs(List.of("../README.md"))));
        assertEquals("scriptCategories: 'tools/release' is not a plain directory name",
                failure(configuration -> configuration.setScriptCategories(List.of("tools/release"))));
        assertEquals("docsAllowedIn: invalid glob 'notes/[': Missing ']", failure(configuration ->
                configuration.setDocsAllowedIn(List.of("notes/["))));
    }

    private static String failure(java.util.function.Consumer<StructureConfiguration> setting) {
        StructureConfiguration configuration = new StructureConfiguration();
        setting.accept(configuration);
        return assertThrows(IllegalArgumentException.class,
                () -> configuration.applyTo(Presets.python().structure())).getMessage();
    }
}
