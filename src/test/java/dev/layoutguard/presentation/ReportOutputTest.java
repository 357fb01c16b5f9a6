package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.ProjectTree;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

class ReportOutputTest {

    private static final Path PROJECT = Path.of("/work/shop").toAbsolutePath();

    private final List<String> lines = new ArrayList<>();

    @Test
    void warnsWhenTheLayerRulesRunOnAGraphWithACycle() {
        LayerPolicy layers = Presets.maven().layers();
        Map<String, Set<String>> cyclic = new HashMap<>(layers.allowed());
        cyclic.put("domain", Set.of("infrastructure"));
        Preset preset = Presets.maven().withLayers(new LayerPolicy(layers.sourceRoots(), layers.basePackage(),
                layers.layers(), cyclic, layers.exceptions()));

        announce(preset, EnumSet.of(RuleFamily.LAYERS));
        announce(preset, EnumSet.of(RuleFamily.ROOT));
        announce(Presets.maven(), EnumSet.of(RuleFamily.LAYERS));

        assertEquals(1, lines.stream().filter(line -> line.startsWith("WARN")).count(), String.join("\n", lines));
        assertEquals("WARN The layer graph has a cycle, domain -> infrastructure -> domain: layers in "
                + "a cycle may use each other, so none of them is kept inner; remove an edge from layers.dependencies "
                + "or layers.allow", lines.get(1));
    }

    private void announce(Preset preset, Set<RuleFamily> families) {
        Build build = new Build(PROJECT, PROJECT.resolve("target"), List.of(), true, PROJECT);
        Project project = new Project(ProjectTree.of(List.of()), preset, List.of(), true, ContentReader.none());
        Report report = new Report("1.0", preset.name(), 0, List.of(), Map.of(), 0, 1);
        LayoutSession.Outcome outcome = new LayoutSession.Outcome(project, new Selection(families, Set.of(), Set.of()),
                1, report, Baseline.none());
        new ReportOutput(Settings.builder(build).build(), "1.0", recording(), name -> null, null, null, null)
                .announce(outcome);
    }

    /** A log that keeps each message with its level. */
    private Log recording() {
        return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    if (arguments != null && arguments[0] instanceof CharSequence text) {
                        lines.add(method.getName().toUpperCase(Locale.ROOT) + " " + text);
                    }
                    return null;
                });
    }
}
