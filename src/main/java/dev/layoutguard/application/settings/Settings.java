package dev.layoutguard.application.settings;

import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.preset.Presets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a run needs to know, parsed and checked once, whichever front end read it (the pom's parameters today, a
 * file tomorrow): nothing below the front end knows where a setting came from. {@link #builder} starts from the
 * documented defaults.
 *
 * @param build           what the build tells about the project
 * @param preset          {@code auto}, {@code maven} or {@code python}
 * @param failOnViolation whether an error-severity violation fails the build
 * @param failOnWarning   whether a warning fails the build too
 * @param rules           the rules to run; empty for every rule of the goal's families
 * @param skipRules       the rules never to run
 * @param formats         the report files to write, in order
 * @param outputDirectory where report files go
 * @param respectGitignore whether paths git ignores are left out
 * @param baseline        the baseline file, inside the project; no file means no baseline
 * @param baselineStrict  whether a stale baseline entry is an error rather than a warning
 * @param changes         what the settings change in the preset
 * @param cache           whether a check may answer from the result it kept in the output directory when nothing it
 *                        read has changed since
 */
public record Settings(Build build, String preset, boolean failOnViolation, boolean failOnWarning, Set<RuleId> rules,
        Set<RuleId> skipRules, List<ReportFormat> formats, Path outputDirectory, boolean respectGitignore,
        Path baseline, boolean baselineStrict, PresetChanges changes, boolean cache) {

    /** The preset that picks {@code python} or {@code maven} by what the project holds. */
    public static final String AUTO = "auto";
    /** The baseline file when none is named, relative to the project. */
    public static final String DEFAULT_BASELINE = "config/layout-baseline.json";
    /** The report files written when none are named. */
    public static final List<ReportFormat> DEFAULT_FORMATS = List.of(ReportFormat.JSON, ReportFormat.SARIF,
            ReportFormat.HTML);

    public Settings {
        Objects.requireNonNull(build, "build");
        if (!preset.equals(AUTO) && !Presets.NAMES.contains(preset)) {
            throw new IllegalArgumentException("unknown preset " + preset);
        }
        rules = ruleSet(rules);
        skipRules = ruleSet(skipRules);
        formats = formats.stream().distinct().toList();
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(changes, "changes");
    }

    private static Set<RuleId> ruleSet(Set<RuleId> rules) {
        return Collections.unmodifiableSet(rules.isEmpty() ? EnumSet.noneOf(RuleId.class) : EnumSet.copyOf(rules));
    }

    /** Settings with the documented defaults for a project. */
    public static Builder builder(Build build) {
        return new Builder(build);
    }

    /** Builds settings one named value at a time, from the documented defaults. */
    public static final class Builder {

        private final Build build;
        private String preset = AUTO;
        private boolean failOnViolation = true;
        private boolean failOnWarning;
        private Set<RuleId> rules = Set.of();
        private Set<RuleId> skipRules = Set.of();
        private List<ReportFormat> formats = DEFAULT_FORMATS;
        private Path outputDirectory;
        private boolean respectGitignore = true;
        private Path baseline;
        private boolean baselineStrict;
        private PresetChanges changes = PresetChanges.NONE;
        private boolean cache = true;

        private Builder(Build build) {
            this.build = Objects.requireNonNull(build, "build");
            this.outputDirectory = build.buildDirectory().resolve("layout");
            this.baseline = build.directory().resolve(DEFAULT_BASELINE);
        }

        public Builder preset(String name) {
            this.preset = name;
            return this;
        }

        public Builder failOnViolation(boolean fail) {
            this.failOnViolation = fail;
            return this;
        }

        public Builder failOnWarning(boolean fail) {
            this.failOnWarning = fail;
            return this;
        }

        public Builder rules(Set<RuleId> only) {
            this.rules = only;
            return this;
        }

        public Builder skipRules(Set<RuleId> skipped) {
            this.skipRules = skipped;
            return this;
        }

        public Builder formats(List<ReportFormat> chosen) {
            this.formats = chosen;
            return this;
        }

        public Builder outputDirectory(Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        public Builder respectGitignore(boolean respect) {
            this.respectGitignore = respect;
            return this;
        }

        public Builder baseline(Path file) {
            this.baseline = file;
            return this;
        }

        public Builder baselineStrict(boolean strict) {
            this.baselineStrict = strict;
            return this;
        }

        public Builder changes(PresetChanges changed) {
            this.changes = changed;
            return this;
        }

        public Builder cache(boolean kept) {
            this.cache = kept;
            return this;
        }

        public Settings build() {
            return new Settings(build, preset, failOnViolation, failOnWarning, rules, skipRules, formats,
                    outputDirectory, respectGitignore, baseline, baselineStrict, changes, cache);
        }
    }
}
