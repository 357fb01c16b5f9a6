package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Presets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ConfigConfigurationTest {

    private final ConfigPolicy python = Presets.python().config();
    private final Predicate<String> existing = Set.of("settings", "shared/config")::contains;

    @Test
    void nothingConfiguredKeepsThePreset() {
        assertEquals(python, new ConfigConfiguration().applyTo(python, existing));
    }

    @Test
    void extendsLocationsPlacesFilesAndSecretWordsAndReplacesEnvironments() {
        ConfigConfiguration config = new ConfigConfiguration();
        config.setLocations(List.of("settings/", "./shared/config", "profiles?"));
        config.setAllow(List.of("examples/**"));
        config.setFiles(List.of("*.conf"));
        config.setEnvironments(List.of(" dev ", "qa"));
        config.setSecretWords(List.of("signing_key"));

        ConfigPolicy changed = config.applyTo(python, existing);

        assertEquals(List.of("config", "settings", "shared/config", "profiles"), changed.locations());
        assertEquals(Glob.of("examples/**"), changed.allowedElsewhere().get(changed.allowedElsewhere().size() - 1));
        assertEquals(Glob.of("*.conf"), changed.files().get(changed.files().size() - 1));
        assertEquals(List.of("dev", "qa"), changed.environments());
        assertEquals("signing_key", changed.secretKeys().get(changed.secretKeys().size() - 1));
        assertEquals(python.secretKeys().size() + 1, changed.secretKeys().size());
    }

    @Test
    void strictSecretsCountThrowawayCredentials() {
        ConfigConfiguration config = new ConfigConfiguration();
        config.setStrictSecrets(true);

        assertEquals(false, python.strictSecrets());
        assertEquals(true, config.applyTo(python, existing).strictSecrets());
    }

    @Test
    void rejectsLocationsThatLeaveTheProjectOrDoNotExist() {
        assertEquals("locations: '../shared' is not a directory inside the project", rejected(c -> c.setLocations(
                List.of("../shared"))));
        assertEquals("locations: '/etc' is not a directory inside the project", rejected(c -> c.setLocations(
                List.of("/etc"))));
        assertEquals("locations: 'C:/config' is not a directory inside the project", rejected(c -> c.setLocations(
                List.of("C:/config"))));
        assertEquals("locations: 'missing' matches no directory in the project (create it, or write 'missing?' to "
                + "mark it optional)", rejected(c -> c.setLocations(List.of("missing"))));
    }

    @Test
    void rejectsInvalidGlobsEnvironmentNamesAndSecretWords() {
        assertEquals("allow: invalid glob 'docs/[': Missing ']", rejected(c -> c.setAllow(List.of("docs/["))));
        assertEquals("files: empty glob", rejected(c -> c.setFiles(List.of(" "))));
        assertEquals("environments: 'my env' is not an environment name", rejected(c -> c.setEnvironments(
                List.of("my env"))));
        assertEquals("environments: '' is not an environment name", rejected(c -> c.setEnvironments(
                Arrays.asList((String) null))));
        assertEquals("secretWords: '--' has no letters or digits to match key names by", rejected(c -> c.setSecretWords(
                List.of("--"))));
    }

    private String rejected(java.util.function.Consumer<ConfigConfiguration> change) {
        ConfigConfiguration config = new ConfigConfiguration();
        change.accept(config);
        return assertThrows(IllegalArgumentException.class, () -> config.applyTo(python, existing)).getMessage();
    }
}
