package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerDependencyMessageTest {

    private final LayerPolicy layers = Presets.maven().layers();

    @Test
    void givesEveryForbiddenDirectionOfTheDefaultGraphAdviceThatFitsIt() {
        Map<String, String> advice = new LinkedHashMap<>();
        for (String from : layers.layerNames()) {
            for (String target : layers.layerNames()) {
                if (!layers.mayUse(from, target)) {
                    advice.put(from + " -> " + target, LayerDependencyMessage.advice(layers, from, target));
                }
            }
        }

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("domain -> application", "application builds on domain, not the other way: move what domain "
                + "needs into domain");
        expected.put("domain -> infrastructure", "invert it: let domain own an interface that infrastructure "
                + "implements");
        expected.put("domain -> presentation", "presentation calls domain, not the other way: move what domain needs "
                + "into domain, and let presentation pass in the rest");
        expected.put("application -> infrastructure", "invert it: let application own an interface that "
                + "infrastructure implements");
        expected.put("application -> presentation", "presentation calls application, not the other way: move what "
                + "application needs into application, and let presentation pass in the rest");
        expected.put("infrastructure -> presentation", "move what both need into a layer both may use (domain, "
                + "application or shared)");
        expected.put("presentation -> infrastructure", "move what both need into a layer both may use (domain, "
                + "application or shared)");
        expected.put("shared -> domain", "move this code into domain, or move what "
                + "it needs into shared");
        expected.put("shared -> application", "move this code into application, or "
                + "move what it needs into shared");
        expected.put("shared -> infrastructure", "move this code into infrastructure, "
                + "or move what it needs into shared");
        expected.put("shared -> presentation", "move this code into presentation, or "
                + "move what it needs into shared");
        assertEquals(expected, advice);
    }

    @Test
    void neverTellsALayerToOwnAnInterfaceItsCallerImplements() {
        for (String from : layers.layerNames()) {
            if (!layers.mayUse(from, "presentation")) {
                String advice = LayerDependencyMessage.advice(layers, from, "presentation");
                assertEquals(false, advice.contains("interface"), advice);
            }
        }
    }

    @Test
    void saysWhenTwoLayersShareNoThirdOne() {
        LayerPolicy two = new LayerPolicy(List.of("src/main/java"), null, List.of(Layer.named("left"),
                Layer.named("right")), Map.of("left", Set.of(), "right", Set.of()), List.of());

        assertEquals("move what both need into one of them, or allow the edge in <layers>",
                LayerDependencyMessage.advice(two, "left", "right"));
    }
}
