package dev.layoutguard.application;

import dev.layoutguard.domain.preset.Preset;
import java.util.List;

/**
 * What the console tells of the preset besides the findings, kept with a check's result so that a check answered from
 * it builds no preset.
 *
 * @param cycle     the layer graph's cycle, empty when it has none
 * @param rootFiles how many files the root may hold
 * @param maxDepth  how deep the source tree may go
 */
public record PresetLimits(List<String> cycle, int rootFiles, int maxDepth) {

    public PresetLimits {
        cycle = List.copyOf(cycle);
    }

    /** The limits of a preset, with every change applied. */
    public static PresetLimits of(Preset preset) {
        return new PresetLimits(preset.layers().cycle(), preset.root().maxFiles(), preset.structure().maxDepth());
    }
}
