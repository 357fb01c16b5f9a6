package dev.layoutguard.application;

import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one check, which every report format renders.
 *
 * @param version    the plugin version
 * @param preset     the preset in force
 * @param files      how many files the check looked at
 * @param violations what was found, in report order
 * @param metrics    the plan's health figures ({@code rootFiles}, ...), in insertion order
 * @param baselined  how many violations the baseline accepted
 * @param durationMs how long the check took
 */
public record Report(String version, String preset, int files, List<Violation> violations,
        Map<String, Integer> metrics, int baselined, long durationMs) {

    /** The tool name reports carry. */
    public static final String TOOL = "layoutguard";

    public Report {
        violations = violations.stream().sorted(Violation.ORDER).toList();
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** How many violations have a severity. */
    public long count(Severity severity) {
        return violations.stream().filter(violation -> violation.severity() == severity).count();
    }
}
