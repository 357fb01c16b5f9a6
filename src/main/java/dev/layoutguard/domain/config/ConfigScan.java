package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.config.secret.ComposeEnvFiles;
import dev.layoutguard.domain.config.secret.ConfigFormat;
import dev.layoutguard.domain.config.secret.FileRole;
import dev.layoutguard.domain.config.secret.FileSecrets;
import dev.layoutguard.domain.config.secret.SecretDetector;
import dev.layoutguard.domain.config.secret.SecretKeys;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.Skipped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets and syntax problems of every configuration file the secret check reads, computed once per run and
 * shared by {@code config-secret} and {@code config-syntax}, so each file is read once. The files a Compose file
 * names under {@code env_file} are read as dotenv files, whatever their names. Symbolic links are not followed; files
 * that cannot be read, or are too large to, are named with the reason.
 */
final class ConfigScan {

    /**
     * Configuration files larger than this are not read: more is data rather than configuration, and the scan of a
     * 60 MB file needed more than a default heap.
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** One file that was read, its format and what was found in it. */
    record Scanned(String path, ConfigFormat format, FileSecrets found) {
    }

    private final List<Scanned> files = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    /** What became of one file: read and scanned, or skipped; and the env files a Compose file names. */
    private record Outcome(Scanned scanned, Skipped skipped, Collection<String> envFiles) {
    }

    private ConfigScan(Project project) {
        ConfigPolicy policy = project.preset().config();
        SecretDetector detector = new SecretDetector(new SecretKeys(policy.secretKeys()));
        ConfigFiles configFiles = ConfigFiles.of(project);
        GlobFilter secretFiles = new GlobFilter(policy.secretFiles());
        List<Entry> read = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            if (entry.kind() != EntryKind.FILE || !secretFiles.matches(entry)
                    || configFiles.insideVirtualEnvironment(entry.path())) {
                continue;
            }
            // a Compose file is read even when its findings are not reported: the env files it names are scanned
            if (project.reports(entry.path()) || ComposeEnvFiles.isComposeFile(entry.name())) {
                read.add(entry);
            }
        }
        // each file is read and scanned on its own: spread over the cores (one large file can take as long as the
        // rest), the outcomes kept in the tree's order
        List<Outcome> outcomes = read.parallelStream().map(entry -> outcome(project, detector, entry)).toList();
        Set<String> scanned = new HashSet<>();
        Set<String> envFiles = new LinkedHashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.skipped() != null) {
                skipped.add(outcome.skipped());
            }
            if (outcome.scanned() != null) {
                files.add(outcome.scanned());
                scanned.add(outcome.scanned().path());
            }
            envFiles.addAll(outcome.envFiles());
        }
        // a Compose file's env_file is a dotenv file, whatever it is named
        for (String path : envFiles) {
            if (!scanned.contains(path) && !configFiles.insideVirtualEnvironment(path) && project.reports(path)) {
                project.read(path).ifPresent(text -> files.add(scanned(detector, path, ConfigFormat.DOTENV, text)));
            }
        }
    }

    private static Outcome outcome(Project project, SecretDetector detector, Entry entry) {
        if (entry.size() > MAX_BYTES) {
            return new Outcome(null, new Skipped(entry.path(), "it is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB"), List.of());
        }
        Optional<String> text = project.read(entry.path());
        if (text.isEmpty()) {
            String unreadable = project.unreadable(entry.path());
            return new Outcome(null, unreadable == null ? null : new Skipped(entry.path(), unreadable), List.of());
        }
        String path = entry.path();
        ConfigFormat format = ConfigFormat.of(entry.name());
        Collection<String> envFiles = ComposeEnvFiles.isComposeFile(entry.name())
                ? ComposeEnvFiles.named(path, text.get()) : List.of();
        return new Outcome(scanned(detector, path, format, text.get()), null, envFiles);
    }

    private static Scanned scanned(SecretDetector detector, String path, ConfigFormat format, String text) {
        return new Scanned(path, format, detector.scan(format, FileRole.of(path), text));
    }

    /** The scan of a project, computed by the first rule that asks. */
    static ConfigScan of(Project project) {
        return project.analysis(ConfigScan.class, ConfigScan::new);
    }

    List<Scanned> files() {
        return files;
    }

    /** The configuration files the secret check should have read and could not, each with why. */
    List<Skipped> skipped() {
        return skipped;
    }
}
