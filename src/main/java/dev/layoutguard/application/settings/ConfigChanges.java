package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.PresetChanges.empty;
import static dev.layoutguard.application.settings.PresetChanges.plus;
import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.Glob;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code config} block: changes to the preset's configuration policy. {@code environments} replaces the preset's
 * list, the others extend it.
 *
 * @param locations     directories where configuration belongs besides the preset's
 * @param allow         globs of places where configuration files may also sit
 * @param files         globs of more files that count as configuration
 * @param environments  the known environment names, or empty for the preset's
 * @param secretWords   more words that make a key a secret when they end it
 * @param strictSecrets whether throwaway credentials (of test data, of a CI pipeline's service containers) are
 *                      secrets too, or {@code null} for the preset's choice
 */
public record ConfigChanges(List<ConfiguredDirectory> locations, List<Glob> allow, List<Glob> files,
        List<String> environments, List<String> secretWords, Boolean strictSecrets) {

    /** No change. */
    public static final ConfigChanges NONE = new ConfigChanges(List.of(), List.of(), List.of(), List.of(), List.of(),
            null);

    /** The preset's policy with these changes; a location that is not optional must exist. */
    public ConfigPolicy applyTo(ConfigPolicy preset, Predicate<String> directoryExists) throws SettingsException {
        if (unchanged()) {
            return preset;
        }
        List<String> existing = named("config.locations").requireIn(locations, directoryExists);
        return preset.with(plus(preset.locations(), existing),
                plus(preset.allowedElsewhere(), allow), plus(preset.files(), files),
                environments.isEmpty() ? preset.environments() : environments,
                plus(preset.secretKeys(), secretWords))
                .withStrictSecrets(strictSecrets == null ? preset.strictSecrets() : strictSecrets);
    }

    /** Whether this changes nothing: equal to {@link #NONE}. */
    boolean unchanged() {
        return strictSecrets == null && empty(locations, allow, files, environments, secretWords);
    }
}
