package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a layout preset defines, as data: the rules read it, the pom's configuration extends or overrides it.
 *
 * @param name       {@code maven} or {@code python}
 * @param root       the root directory policy
 * @param layers     the layering policy
 * @param tests      the test policy
 * @param config     the configuration policy
 * @param structure  depth, naming, docs, scripts, deployment, environments
 * @param severities the severity of each rule
 * @param excludes   globs of paths no rule reports
 */
public record Preset(String name, RootPolicy root, LayerPolicy layers, TestPolicy tests, ConfigPolicy config,
        StructurePolicy structure, Map<RuleId, Severity> severities, List<Glob> excludes) {

    public Preset {
        EnumMap<RuleId, Severity> complete = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            complete.put(rule, rule.defaultSeverity());
        }
        complete.putAll(severities);
        severities = Map.copyOf(complete);
        excludes = List.copyOf(excludes);
    }

    /** A preset whose rules have their default severities, with no excludes. */
    public Preset(String name, RootPolicy root, LayerPolicy layers, TestPolicy tests, ConfigPolicy config,
            StructurePolicy structure) {
        this(name, root, layers, tests, config, structure, Map.of(), List.of());
    }

    /** The severity a rule's findings get. */
    public Severity severityOf(RuleId rule) {
        return severities.get(rule);
    }

    public Preset withRoot(RootPolicy changed) {
        return new Preset(name, changed, layers, tests, config, structure, severities, excludes);
    }

    public Preset withLayers(LayerPolicy changed) {
        return new Preset(name, root, changed, tests, config, structure, severities, excludes);
    }

    public Preset withTests(TestPolicy changed) {
        return new Preset(name, root, layers, changed, config, structure, severities, excludes);
    }

    public Preset withConfig(ConfigPolicy changed) {
        return new Preset(name, root, layers, tests, changed, structure, severities, excludes);
    }

    public Preset withStructure(StructurePolicy changed) {
        return new Preset(name, root, layers, tests, config, changed, severities, excludes);
    }

    public Preset withSeverities(Map<RuleId, Severity> changed) {
        EnumMap<RuleId, Severity> merged = new EnumMap<>(severities);
        merged.putAll(changed);
        return new Preset(name, root, layers, tests, config, structure, merged, excludes);
    }

    public Preset withExcludes(List<Glob> changed) {
        return new Preset(name, root, layers, tests, config, structure, severities, changed);
    }
}
