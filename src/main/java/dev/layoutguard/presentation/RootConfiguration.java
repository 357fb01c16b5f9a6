package dev.layoutguard.presentation;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.RootPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the preset's root directory policy, made in the pom. Every part is optional and extends the preset;
 * {@code disallow} takes entries of the preset's allowlist away.
 *
 * <pre>{@code
 * <root>
 *   <allow>
 *     <pattern>NOTICE</pattern>
 *     <pattern>tools/</pattern>
 *   </allow>
 *   <disallow>
 *     <pattern>Makefile</pattern>
 *   </disallow>
 *   <prohibit>
 *     <entry>
 *       <pattern>*.bak</pattern>
 *       <description>backup file in the project root</description>
 *     </entry>
 *   </prohibit>
 *   <maxFiles>15</maxFiles>
 * </root>
 * }</pre>
 */
public class RootConfiguration {

    /** Globs of root entries to allow besides the preset's; a trailing {@code /} allows a directory. */
    private List<String> allow = new ArrayList<>();

    /** Patterns of the preset's allowlist to remove, written as the preset writes them. */
    private List<String> disallow = new ArrayList<>();

    /** Root entries to prohibit, checked before the preset's own prohibited patterns. */
    private List<ProhibitedConfiguration> prohibit = new ArrayList<>();

    /** How many files the root may hold; the preset's limit (12) when not set. */
    private Integer maxFiles;

    public List<String> getAllow() {
        return allow;
    }

    public void setAllow(List<String> allow) {
        this.allow = allow;
    }

    public List<String> getDisallow() {
        return disallow;
    }

    public void setDisallow(List<String> disallow) {
        this.disallow = disallow;
    }

    public List<ProhibitedConfiguration> getProhibit() {
        return prohibit;
    }

    public void setProhibit(List<ProhibitedConfiguration> prohibit) {
        this.prohibit = prohibit;
    }

    public Integer getMaxFiles() {
        return maxFiles;
    }

    public void setMaxFiles(Integer maxFiles) {
        this.maxFiles = maxFiles;
    }

    /**
     * The preset's policy with these changes.
     *
     * @throws IllegalArgumentException naming the bad value: an invalid glob, a target leaving the project, a
     *                                  disallowed pattern the preset does not have, a negative limit
     */
    RootPolicy applyTo(RootPolicy preset) {
        List<Glob> files = new ArrayList<>(preset.allowedFiles());
        List<Glob> directories = new ArrayList<>(preset.allowedDirectories());
        for (String pattern : nonNull(disallow)) {
            String trimmed = pattern.trim();
            boolean removed = trimmed.endsWith("/")
                    ? directories.removeIf(glob -> glob.pattern().equals(trimmed.substring(0, trimmed.length() - 1)))
                    : files.removeIf(glob -> glob.pattern().equals(trimmed))
                            | directories.removeIf(glob -> glob.pattern().equals(trimmed));
            if (!removed) {
                throw new IllegalArgumentException("disallow: '" + pattern + "' is not in the preset's allowlist");
            }
        }
        for (String pattern : nonNull(allow)) {
            String trimmed = pattern.trim();
            if (trimmed.endsWith("/")) {
                directories.add(glob("allow", trimmed.substring(0, trimmed.length() - 1)));
            } else {
                files.add(glob("allow", trimmed));
            }
        }
        List<ProhibitedEntry> prohibited = new ArrayList<>();
        for (ProhibitedConfiguration entry : nonNull(prohibit)) {
            prohibited.add(prohibited(entry));
        }
        prohibited.addAll(preset.prohibited());
        if (maxFiles != null && maxFiles < 0) {
            throw new IllegalArgumentException("maxFiles: must not be negative, was " + maxFiles);
        }
        return new RootPolicy(files, directories, prohibited, maxFiles == null ? preset.maxFiles() : maxFiles);
    }

    private static ProhibitedEntry prohibited(ProhibitedConfiguration entry) {
        if (entry.getPattern() == null || entry.getPattern().isBlank()) {
            throw new IllegalArgumentException("prohibit: an entry has no <pattern>");
        }
        String target = entry.getTarget() == null || entry.getTarget().isBlank() ? null : entry.getTarget().trim();
        if (target != null && (target.startsWith("/") || target.contains(":") || target.replace('\\', '/')
                .contains("../") || target.equals(".."))) {
            throw new IllegalArgumentException("prohibit: target '" + target + "' leaves the project");
        }
        String description = entry.getDescription() == null || entry.getDescription().isBlank()
                ? "prohibited entry in the project root" : entry.getDescription().trim();
        try {
            return ProhibitedEntry.of(entry.getPattern().trim(), target, description);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prohibit: " + e.getMessage(), e);
        }
    }

    private static Glob glob(String part, String pattern) {
        try {
            return Glob.of(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
