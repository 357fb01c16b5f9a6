package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.PresetChanges;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckKeyTest {

    private static final Build BUILD = Build.standalone(Path.of("/work/shop").toAbsolutePath());
    private static final Selection ALL = Selection.all();

    @Test
    void equalSettingsGiveEqualKeysWhateverOrderTheirMapsWereFilledIn() {
        Map<RuleId, Severity> one = new LinkedHashMap<>();
        one.put(RuleId.ROOT_FILE_COUNT, Severity.ERROR);
        one.put(RuleId.TEST_MIRROR, Severity.WARNING);
        Map<RuleId, Severity> other = new LinkedHashMap<>();
        other.put(RuleId.TEST_MIRROR, Severity.WARNING);
        other.put(RuleId.ROOT_FILE_COUNT, Severity.ERROR);

        assertEquals(CheckKey.of(severities(one), ALL, "1.0"), CheckKey.of(severities(other), ALL, "1.0"));
    }

    @Test
    void anyChangedSettingSelectionOrVersionGivesAnotherKey() {
        Settings settings = Settings.builder(BUILD).build();
        String key = CheckKey.of(settings, ALL, "1.0");

        assertNotEquals(key, CheckKey.of(settings, ALL, "1.1"));
        assertNotEquals(key, CheckKey.of(Settings.builder(BUILD).respectGitignore(false).build(), ALL, "1.0"));
        assertNotEquals(key, CheckKey.of(Settings.builder(BUILD).skipRules(Set.of(RuleId.TEST_MIRROR)).build(), ALL,
                "1.0"));
        assertNotEquals(key, CheckKey.of(severities(Map.of(RuleId.TEST_MIRROR, Severity.WARNING)), ALL, "1.0"));
        assertNotEquals(key, CheckKey.of(settings, new Selection(EnumSet.of(RuleFamily.ROOT), Set.of(), Set.of()),
                "1.0"));
    }

    @Test
    void whetherTheCacheIsUsedIsNoPartOfTheKey() {
        assertEquals(CheckKey.of(Settings.builder(BUILD).build(), ALL, "1.0"),
                CheckKey.of(Settings.builder(BUILD).cache(false).build(), ALL, "1.0"));
    }

    @Test
    void namesTheResultOfASelectionByItsFamilies() {
        assertEquals("check-config-layers-root-structure-tests", CheckKey.name(ALL));
        assertEquals("check-layers", CheckKey.name(new Selection(EnumSet.of(RuleFamily.LAYERS), Set.of(), Set.of())));
    }

    @Test
    void writesValuesCanonically() {
        assertEquals("[String:b,String:a]", CheckKey.canonical(List.of("b", "a")));
        assertEquals("{String:a,String:b}", CheckKey.canonical(Set.of("b", "a")));
        assertEquals("null", CheckKey.canonical(null));
    }

    private static Settings severities(Map<RuleId, Severity> severities) {
        PresetChanges none = PresetChanges.NONE;
        return Settings.builder(BUILD).changes(new PresetChanges(none.root(), none.layers(), none.tests(),
                none.config(), none.structure(), severities, none.excludes())).build();
    }
}
