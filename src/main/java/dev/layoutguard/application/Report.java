package dev.layoutguard.application;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.Collections;
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
 * @param metrics    the target layout's health figures ({@code rootFiles}, ...), in insertion order
 * @param baselined  how many violations the baseline accepted
 * @param durationMs how long the check took
 * @param rules      the rules that ran, in the order of the contract
 * @param layers     the layers with their allowed and violating dependencies; {@link LayerGraph#NONE} when the
 *                   layers family did not run
 */
public record Report(String version, String preset, int files, List<Violation> violations,
        Map<String, Integer> metrics, int baselined, long durationMs, List<RuleId> rules, LayerGraph layers) {

    /** The tool name reports carry. */
    public static final String TOOL = "layoutguard";

    public Report {
        violations = violations.stream().sorted(Violation.ORDER).toList();
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        rules = rules.stream().distinct().sorted().toList();
        layers = layers == null ? LayerGraph.NONE : layers;
    }

    /** A report whose rules are those that found something, with no layer graph. */
    public Report(String version, String preset, int files, List<Violation> violations, Map<String, Integer> metrics,
            int baselined, long durationMs) {
        this(version, preset, files, violations, metrics, baselined, durationMs,
                violations.stream().map(Violation::rule).toList(), LayerGraph.NONE);
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

    /** The violations of one rule, in report order. */
    public List<Violation> violationsOf(RuleId rule) {
        return violations.stream().filter(violation -> violation.rule() == rule).toList();
    }
}
