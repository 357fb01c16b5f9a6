package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.PresetChanges.empty;
import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.RootPolicy;
import dev.layoutguard.domain.preset.ToolGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code root} block: changes to the preset's root directory policy.
 *
 * @param allowedFiles       globs of root files to allow besides the preset's
 * @param allowedDirectories globs of root directories to allow besides the preset's
 * @param disallowed         entries of the preset's allowlist or of its tools' groups to take away, as the preset
 *                           writes them (a directory with a trailing {@code /})
 * @param prohibited         root entries to prohibit, checked before the preset's
 * @param maxFiles           how many files the root may hold, or {@code null} for the preset's limit
 */
public record RootChanges(List<Glob> allowedFiles, List<Glob> allowedDirectories, List<String> disallowed,
        List<ProhibitedEntry> prohibited, Integer maxFiles) {

    /** No change. */
    public static final RootChanges NONE = new RootChanges(List.of(), List.of(), List.of(), List.of(), null);

    /**
     * The preset's policy with these changes; a disallowed entry that neither the preset's allowlist nor one of its
     * tools' groups holds is an error.
     */
    public RootPolicy applyTo(RootPolicy preset) throws SettingsException {
        if (unchanged()) {
            return preset;
        }
        List<Glob> files = new ArrayList<>(preset.allowedFiles());
        List<Glob> directories = new ArrayList<>(preset.allowedDirectories());
        List<ToolGroup> tools = new ArrayList<>(preset.tools());
        for (String pattern : disallowed) {
            boolean removed = pattern.endsWith("/")
                    ? directories.removeIf(glob -> glob.pattern().equals(pattern.substring(0, pattern.length() - 1)))
                    : files.removeIf(glob -> glob.pattern().equals(pattern))
                            | directories.removeIf(glob -> glob.pattern().equals(pattern));
            for (int i = 0; i < tools.size(); i++) {
                ToolGroup narrower = tools.get(i).without(pattern);
                removed |= !narrower.equals(tools.get(i));
                tools.set(i, narrower);
            }
            if (!removed) {
                throw named("root.disallow").invalid(pattern, "not in the preset's allowlist nor among the entries "
                        + "tools require");
            }
        }
        files.addAll(allowedFiles);
        directories.addAll(allowedDirectories);
        List<ProhibitedEntry> allProhibited = new ArrayList<>(prohibited);
        allProhibited.addAll(preset.prohibited());
        return new RootPolicy(files, directories, tools, allProhibited, preset.preferred(),
                maxFiles == null ? preset.maxFiles() : maxFiles);
    }

    /** Whether this changes nothing: equal to {@link #NONE}. */
    boolean unchanged() {
        return maxFiles == null && empty(allowedFiles, allowedDirectories, disallowed, prohibited);
    }
}
