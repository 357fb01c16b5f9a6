package dev.layoutguard.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * A finding with its rule and the severity the runner applied.
 *
 * @param rule      the rule that found it
 * @param severity  error or warning, from configuration
 * @param path      relative to the project root, {@code /}-separated
 * @param line      1-based line, or {@code null}
 * @param message   what was found against what is allowed
 * @param fix       the relative path it should move to, or {@code null}
 * @param reference what was referenced, or {@code null}
 */
public record Violation(RuleId rule, Severity severity, String path, Integer line, String message, String fix,
        String reference) {

    /** Report order: by rule as the contract lists them, then path, then line. */
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::rule)
            .thenComparing(Violation::path)
            .thenComparing(Violation::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Violation::message);

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        new Finding(path, line, message, fix, reference);
    }

    /** Gives a finding its rule and severity. */
    public static Violation of(RuleId rule, Severity severity, Finding finding) {
        return new Violation(rule, severity, finding.path(), finding.line(), finding.message(), finding.fix(),
                finding.reference());
    }

    /** The same violation with its path seen from a directory above the project, for aggregate reports. */
    public Violation relativeTo(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String moved = path.equals(".") ? prefix : prefix + "/" + path;
        return new Violation(rule, severity, moved, line, message, fix == null ? null : prefix + "/" + fix, reference);
    }
}
