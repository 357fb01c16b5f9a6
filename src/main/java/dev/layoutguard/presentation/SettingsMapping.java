package dev.layoutguard.presentation;

import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.settings.PresetChanges;
import dev.layoutguard.application.settings.Setting;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns parameters as a front end reads them, text and the configuration shapes of the pom, into the values of
 * {@link Settings}, checking each and naming the parameter on error. It knows nothing of Maven: a front end that
 * reads the same shapes from another file uses it as it is.
 */
final class SettingsMapping {

    static final Setting PRESET = new Setting("preset", "layout.preset");
    static final Setting RULES = new Setting("rules", "layout.rules");
    static final Setting SKIP_RULES = new Setting("skipRules", "layout.skipRules");
    static final Setting FORMATS = new Setting("formats", "layout.formats");
    static final Setting BASELINE = new Setting("baseline", "layout.baseline");

    private SettingsMapping() {
    }

    /** {@code auto}, {@code maven} or {@code python}, in any case; {@code auto} when not set. */
    static String preset(String value) throws SettingsException {
        String name = value == null ? Settings.AUTO : value.trim().toLowerCase(Locale.ROOT);
        if (!name.equals(Settings.AUTO) && !Presets.NAMES.contains(name)) {
            throw PRESET.invalid(value, "expected auto, maven or python");
        }
        return name;
    }

    /** A comma list of report formats. */
    static List<ReportFormat> formats(String list) throws SettingsException {
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : Setting.commaList(list)) {
            formats.add(ReportFormat.named(name).orElseThrow(() -> FORMATS.invalid(name, "expected a comma list of "
                    + String.join(", ", ReportFormat.labels()))));
        }
        return formats;
    }

    /** The baseline file, relative to the project directory and inside it, links included. */
    static Path baseline(Path project, String value) throws SettingsException {
        String written = value == null || value.isBlank() ? Settings.DEFAULT_BASELINE : value.trim();
        try {
            Path file = project.resolve(written).normalize();
            Path existing = file;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (!file.startsWith(project) || file.equals(project)
                    || existing != null && !existing.toRealPath().startsWith(project.toRealPath())) {
                throw BASELINE.invalid(written, "the baseline file must be inside the project " + project);
            }
            return file;
        } catch (InvalidPathException | IOException e) {
            throw BASELINE.invalid(written, e.getMessage());
        }
    }

    /** What the pom's structured parameters, severities and excludes change in the preset. */
    static PresetChanges changes(RootConfiguration root, LayersConfiguration layers, TestsConfiguration tests,
            ConfigConfiguration config, StructureConfiguration structure, Map<String, String> severities,
            List<String> excludes) throws SettingsException {
        return new PresetChanges(BlockMapping.root(root), BlockMapping.layers(layers), BlockMapping.tests(tests),
                BlockMapping.config(config), BlockMapping.structure(structure), severities(severities),
                named("excludes").globs(excludes));
    }

    private static Map<RuleId, Severity> severities(Map<String, String> severities) throws SettingsException {
        Map<RuleId, Severity> parsed = new EnumMap<>(RuleId.class);
        for (Map.Entry<String, String> entry : severities == null ? Map.<String, String>of().entrySet()
                : severities.entrySet()) {
            RuleId rule = named("severities").ruleId(entry.getKey());
            parsed.put(rule, named("severities." + rule.id()).severity(entry.getValue()));
        }
        return parsed;
    }
}
