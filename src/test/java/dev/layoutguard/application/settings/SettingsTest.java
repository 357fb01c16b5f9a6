package dev.layoutguard.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.domain.RuleId;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path PROJECT = Path.of("/work/shop");

    @Test
    void startsFromTheDocumentedDefaults() {
        Settings settings = Settings.builder(Build.standalone(PROJECT)).build();

        assertEquals("auto", settings.preset());
        assertEquals(true, settings.failOnViolation());
        assertEquals(false, settings.failOnWarning());
        assertEquals(Set.of(), settings.rules());
        assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.HTML), settings.formats());
        assertEquals(PROJECT.resolve("target/layout"), settings.outputDirectory());
        assertEquals(true, settings.respectGitignore());
        assertEquals(PROJECT.resolve("config/layout-baseline.json"), settings.baseline());
        assertEquals(false, settings.baselineStrict());
        assertEquals(PresetChanges.NONE, settings.changes());
    }

    @Test
    void keepsRulesInTheContractsOrderAndFormatsOnce() {
        Settings settings = Settings.builder(Build.standalone(PROJECT))
                .rules(Set.of(RuleId.TEST_MIRROR, RuleId.ROOT_ALLOWLIST))
                .formats(List.of(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.SARIF))
                .build();

        assertEquals(List.of(RuleId.ROOT_ALLOWLIST, RuleId.TEST_MIRROR), List.copyOf(settings.rules()));
        assertEquals(List.of(ReportFormat.SARIF, ReportFormat.JSON), settings.formats());
    }

    @Test
    void knowsOnlyTheShippedPresets() {
        assertEquals("unknown preset gradle", assertThrows(IllegalArgumentException.class,
                () -> Settings.builder(Build.standalone(PROJECT)).preset("gradle").build()).getMessage());
    }
}
