package dev.layoutguard.application;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Combines the reports of a reactor's modules into one, with every path relative to the execution root. */
public final class AggregateReport {

    /**
     * The report of one module.
     *
     * @param directory the module's directory relative to the execution root, {@code /}-separated; empty for the
     *                  execution root itself
     * @param report    what the module's check found
     */
    public record Part(String directory, Report report) {
    }

    private AggregateReport() {
    }

    /**
     * One report of all parts: violations with their paths seen from the execution root, files and counts added up,
     * each metric combined by its meaning ({@link Metric}). A module checked twice (two goals in one build) counts its
     * files once, each of its violations once, and its metrics once.
     */
    public static Report of(List<Part> parts) {
        Set<String> presets = new LinkedHashSet<>();
        Set<Violation> violations = new LinkedHashSet<>();
        Map<String, Integer> filesByDirectory = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> metricsByDirectory = new LinkedHashMap<>();
        List<RuleId> rules = new ArrayList<>();
        LayerGraph layers = LayerGraph.NONE;
        int baselined = 0;
        long durationMs = 0;
        for (Part part : parts) {
            Report report = part.report();
            presets.add(report.preset());
            report.violations().forEach(violation -> violations.add(violation.relativeTo(part.directory())));
            filesByDirectory.merge(part.directory(), report.files(), Math::max);
            metricsByDirectory.computeIfAbsent(part.directory(), directory -> new LinkedHashMap<>())
                    .putAll(report.metrics());
            rules.addAll(report.rules());
            layers = layers.merge(report.layers());
            baselined += report.baselined();
            durationMs += report.durationMs();
        }
        String version = parts.isEmpty() ? "unknown" : parts.get(0).report().version();
        int files = filesByDirectory.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> metrics = Metric.aggregate(metricsByDirectory.entrySet().stream()
                .map(module -> new Metric.Figures(module.getKey(), module.getValue())).toList());
        return new Report(version, String.join(",", presets), files, new ArrayList<>(violations), metrics, baselined,
                durationMs, rules, layers);
    }
}
