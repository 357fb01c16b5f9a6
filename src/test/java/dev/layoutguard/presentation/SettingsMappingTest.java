package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.settings.PresetChanges;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class SettingsMappingTest {

    @TempDir
    Path project;

    @Test
    void readsThePresetInAnyCaseAndAutoWhenNotSet() throws SettingsException {
        assertEquals("python", SettingsMapping.preset(" Python "));
        assertEquals("auto", SettingsMapping.preset(null));
        assertEquals("Invalid value 'gradle' for parameter 'preset' (layout.preset): expected auto, maven or python",
                message(() -> SettingsMapping.preset("gradle")));
    }

    @Test
    void readsACommaListOfFormats() throws SettingsException {
        assertEquals(List.of(ReportFormat.JUNIT, ReportFormat.JSON), SettingsMapping.formats("junit, JSON"));
        assertEquals(List.of(), SettingsMapping.formats(""));
        assertEquals("Invalid value 'pdf' for parameter 'formats' (layout.formats): expected a comma list of json, "
                + "sarif, html, junit, mermaid", message(() -> SettingsMapping.formats("json,pdf")));
    }

    @Test
    void theBaselineFileStaysInsideTheProjectLinksIncluded() throws Exception {
        Path root = project.toRealPath();
        Files.createDirectories(root.resolve("elsewhere"));
        Files.createDirectories(root.resolve("shop/config"));
        Path shop = root.resolve("shop");
        Files.createSymbolicLink(shop.resolve("linked"), root.resolve("elsewhere"));

        assertEquals(shop.resolve("config/layout-baseline.json"), SettingsMapping.baseline(shop, null));
        assertEquals(shop.resolve("config/accepted.json"), SettingsMapping.baseline(shop, " config/./accepted.json "));
        for (String outside : List.of("../shared.json", root.resolve("elsewhere/b.json").toString(), ".",
                "linked/b.json")) {
            assertEquals("Invalid value '" + outside + "' for parameter 'baseline' (layout.baseline): the baseline file "
                    + "must be inside the project " + shop, message(() -> SettingsMapping.baseline(shop, outside)));
        }
    }

    @Test
    void readsSeveritiesAndExcludesNamingTheEntryAtFault() throws SettingsException {
        PresetChanges changes = SettingsMapping.changes(null, null, null, null, null,
                Map.of("root-file-count", "ERROR"), List.of("legacy/**"));

        assertEquals(Map.of(RuleId.ROOT_FILE_COUNT, Severity.ERROR), changes.severities());
        assertEquals(List.of(Glob.of("legacy/**")), changes.excludes());
        assertEquals("Invalid value 'root-everything' for parameter 'severities': unknown rule id (known ids: "
                + RuleId.known() + ")", message(() -> SettingsMapping.changes(null, null, null, null, null,
                        Map.of("root-everything", "error"), null)));
        assertEquals("Invalid value 'fatal' for parameter 'severities.root-file-count': expected error or warning",
                message(() -> SettingsMapping.changes(null, null, null, null, null, Map.of("root-file-count",
                        "fatal"), null)));
    }

    private static String message(Executable mapping) {
        return assertThrows(SettingsException.class, mapping).getMessage();
    }
}
