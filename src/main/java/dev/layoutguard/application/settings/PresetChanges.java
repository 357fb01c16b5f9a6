package dev.layoutguard.application.settings;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the settings change in a preset: one change per block, the severities and the excludes. The checks that
 * need the project (a configured directory must exist, a named layer must be one) run when the changes meet it. The
 * blocks' lists are unmodifiable, as the parsers of {@link Setting} return them.
 *
 * @param root       the {@code root} block
 * @param layers     the {@code layers} block
 * @param tests      the {@code tests} block
 * @param config     the {@code config} block
 * @param structure  the {@code structure} block
 * @param severities the severity of rules, overriding the preset's
 * @param excludes   globs of paths no rule reports, besides the preset's
 */
public record PresetChanges(RootChanges root, LayerChanges layers, TestChanges tests, ConfigChanges config,
        StructureChanges structure, Map<RuleId, Severity> severities, List<Glob> excludes) {

    /** No change: the preset as it ships. */
    public static final PresetChanges NONE = new PresetChanges(RootChanges.NONE, LayerChanges.NONE, TestChanges.NONE,
            ConfigChanges.NONE, StructureChanges.NONE, Map.of(), List.of());

    public PresetChanges {
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
        excludes = List.copyOf(excludes);
    }

    /** The preset with these changes, for the project whose tree is given. */
    public Preset applyTo(Preset preset, ProjectTree tree) throws SettingsException {
        List<Glob> allExcludes = new ArrayList<>(preset.excludes());
        allExcludes.addAll(excludes);
        return preset.withRoot(root.applyTo(preset.root()))
                .withStructure(structure.applyTo(preset.structure()))
                .withLayers(layers.applyTo(preset.layers(), tree))
                .withTests(tests.applyTo(preset.tests(), tree))
                .withConfig(config.applyTo(preset.config(), tree::hasDirectory))
                .withSeverities(severities)
                .withExcludes(allExcludes);
    }

    /**
     * Whether every list is there and empty, as in a block's {@code NONE}. The blocks tell "no change" from their
     * fields rather than by their records' {@code equals}, whose first call links method handles for the record
     * (some 20 ms in a JVM that has just started, on every build that maps its settings).
     */
    static boolean empty(List<?>... lists) {
        for (List<?> list : lists) {
            if (list == null || !list.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A preset's list and the added items it does not hold yet, in order. */
    static <T> List<T> plus(List<T> preset, List<T> added) {
        List<T> all = new ArrayList<>(preset);
        added.stream().filter(item -> !all.contains(item)).forEach(all::add);
        return all;
    }
}
