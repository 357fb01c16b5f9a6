package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.config.secret.ConfigFormat;
import dev.layoutguard.domain.config.secret.FileRole;
import dev.layoutguard.domain.config.secret.FileSecrets;
import dev.layoutguard.domain.config.secret.SecretDetector;
import dev.layoutguard.domain.config.secret.SecretKeys;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The secrets and syntax problems of every configuration file the secret check reads, computed once per run and
 * shared by {@code config-secret} and {@code config-syntax}, so each file is read once. Symbolic links are not
 * followed and files that cannot be read as text are left out.
 */
final class ConfigScan {

    /** One file that was read, its format and what was found in it. */
    record Scanned(String path, ConfigFormat format, FileSecrets found) {
    }

    private final List<Scanned> files = new ArrayList<>();

    private ConfigScan(Project project) {
        ConfigPolicy policy = project.preset().config();
        SecretDetector detector = new SecretDetector(new SecretKeys(policy.secretKeys()));
        ConfigFiles configFiles = ConfigFiles.of(project);
        GlobFilter secretFiles = new GlobFilter(policy.secretFiles());
        for (Entry entry : project.tree().entries()) {
            if (entry.kind() != EntryKind.FILE || !secretFiles.matches(entry)
                    || configFiles.insideVirtualEnvironment(entry.path())) {
                continue;
            }
            Optional<String> text = project.read(entry.path());
            if (text.isPresent()) {
                ConfigFormat format = ConfigFormat.of(entry.name());
                files.add(new Scanned(entry.path(), format,
                        detector.scan(format, FileRole.of(entry.path()), text.get())));
            }
        }
    }

    /** The scan of a project, computed by the first rule that asks. */
    static ConfigScan of(Project project) {
        return project.analysis(ConfigScan.class, ConfigScan::new);
    }

    List<Scanned> files() {
        return files;
    }
}
