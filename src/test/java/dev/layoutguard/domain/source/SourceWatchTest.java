package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceWatchTest {

    private static boolean watches(SourceWatch watch, String segment) {
        String text = "x." + segment + ".y";
        return watch.watches(text, 2, 2 + segment.length());
    }

    @Test
    void watchesThePackagesOfEveryLayerOfThePreset() {
        LayerPolicy layers = Presets.maven().layers();
        Preset preset = Presets.maven().withLayers(new LayerPolicy(layers.sourceRoots(), null,
                List.of(Layer.named("domain"), new Layer("adapter", List.of("web", "persistence"))), Map.of(),
                List.of()));

        SourceWatch watch = SourceWatch.of(preset);

        assertTrue(watches(watch, "domain"));
        assertTrue(watches(watch, "persistence"));
        assertFalse(watches(watch, "adapter"));
        assertFalse(watches(watch, "domains"));
    }

    @Test
    void marksTestsByThePresetsTestAnnotationsOnly() {
        SourceWatch watch = SourceWatch.of(Presets.maven());

        assertTrue(watch.isTestAnnotation("@ParameterizedTest", 1, 18));
        assertFalse(watch.isTestAnnotation("@Tested", 1, 7));
        assertFalse(SourceWatch.NOTHING.isTestAnnotation("@Test", 1, 5));
    }
}
