package dev.layoutguard.application;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health figures the rules measure, each with how a reactor's aggregate combines the figures of its modules: a
 * count adds up, a maximum takes the largest, a percentage is weighted by what it counts, and the root's own figure
 * comes from the execution root, where the root rules run.
 */
public enum Metric {

    /** Files in the project root, from the root rules; the aggregate's is the execution root's. */
    ROOT_FILES("rootFiles", Aggregation.EXECUTION_ROOT, null),
    /** The deepest directory nesting. */
    MAX_DEPTH("maxDepth", Aggregation.MAX, null),
    /** Files a placement rule reports, each once. */
    MISPLACED_FILES("misplacedFiles", Aggregation.SUM, null),
    /** The names structure-naming checked. */
    NAMES_CHECKED("namesChecked", Aggregation.SUM, null),
    /** The percentage of checked names that comply, weighted by how many names each module checked. */
    NAMING_COMPLIANCE("namingCompliance", Aggregation.WEIGHTED_PERCENT, NAMES_CHECKED),
    /** Unit tests. */
    UNIT_TESTS("unitTests", Aggregation.SUM, null),
    /** Unit tests that mirror a source. */
    MIRRORED_UNIT_TESTS("mirroredUnitTests", Aggregation.SUM, null),
    /** Sources no unit test mirrors. */
    SOURCES_WITHOUT_UNIT_TEST("sourcesWithoutUnitTest", Aggregation.SUM, null),
    /** Sources of the layers that layer-dependency read. */
    LAYERED_SOURCES("layeredSources", Aggregation.SUM, null),
    /** Main sources in the layers' source roots, in a layer or not. */
    SOURCES("sources", Aggregation.SUM, null),
    /** Sources of the layers that could not be read. */
    UNREADABLE_SOURCES("unreadableSources", Aggregation.SUM, null);

    /** How the figures of several modules become one. */
    public enum Aggregation {
        SUM,
        MAX,
        WEIGHTED_PERCENT,
        EXECUTION_ROOT
    }

    /**
     * One module's figures.
     *
     * @param directory the module's directory relative to the execution root; empty for the execution root
     * @param metrics   its figures by name
     */
    public record Figures(String directory, Map<String, Integer> metrics) {
    }

    private final String key;
    private final Aggregation aggregation;
    private final Metric weight;

    Metric(String key, Aggregation aggregation, Metric weight) {
        this.key = key;
        this.aggregation = aggregation;
        this.weight = weight;
    }

    /** The name reports carry ({@code report.json} {@code metrics}). */
    public String key() {
        return key;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** The metric of the given name, if it is one of the catalogue. */
    public static Optional<Metric> of(String key) {
        return Arrays.stream(values()).filter(metric -> metric.key.equals(key)).findFirst();
    }

    /**
     * The figures of several modules as one, in the order they first appear; a name outside the catalogue is left
     * out, since nothing says how to combine it.
     */
    public static Map<String, Integer> aggregate(List<Figures> modules) {
        Map<String, Integer> aggregate = new LinkedHashMap<>();
        for (Figures module : modules) {
            for (String name : module.metrics().keySet()) {
                of(name).ifPresent(metric -> aggregate.computeIfAbsent(name, key -> metric.combine(modules)));
            }
        }
        return aggregate;
    }

    private Integer combine(List<Figures> modules) {
        List<Figures> measured = modules.stream().filter(module -> module.metrics().containsKey(key)).toList();
        return switch (aggregation) {
            case SUM -> measured.stream().mapToInt(module -> module.metrics().get(key)).sum();
            case MAX -> measured.stream().mapToInt(module -> module.metrics().get(key)).max().orElse(0);
            case EXECUTION_ROOT -> measured.stream().filter(module -> module.directory().isEmpty())
                    .map(module -> module.metrics().get(key)).findFirst().orElse(null);
            case WEIGHTED_PERCENT -> weighted(measured);
        };
    }

    /** The percentage of all the modules' items, from each module's percentage and how many items it has. */
    private int weighted(List<Figures> measured) {
        long items = 0;
        long compliant = 0;
        for (Figures module : measured) {
            int count = module.metrics().getOrDefault(weight.key, 0);
            items += count;
            compliant += (long) module.metrics().get(key) * count;
        }
        return items == 0 ? 100 : (int) (compliant / items);
    }
}
