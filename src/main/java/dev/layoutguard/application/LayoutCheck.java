package dev.layoutguard.application;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.layers.LayerSpace;
import dev.layoutguard.domain.preset.Glob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the selected rules over a project: gives each finding its rule's configured severity, drops findings
 * under the preset's excludes, and builds the {@link Report}. Root rules run only for the execution root.
 */
public final class LayoutCheck {

    private static final String MISPLACED_FILES = "misplacedFiles";

    private final Map<RuleId, Rule> rules;
    private final String version;
    private final String baselineCommand;

    /** A check with the given rules, which it runs, whatever order they come in, in the contract's order. */
    public LayoutCheck(Map<RuleId, Rule> rules, String version) {
        this(rules, version, Baseline.MAVEN_COMMAND);
    }

    /**
     * A check with the given rules whose stale baseline entries name the given command that writes the baseline
     * ({@code layoutguard baseline} on the command line).
     */
    public LayoutCheck(Map<RuleId, Rule> rules, String version, String baselineCommand) {
        Map<RuleId, Rule> ordered = new EnumMap<>(RuleId.class);
        ordered.putAll(rules);
        this.rules = Collections.unmodifiableMap(ordered);
        this.version = version;
        this.baselineCommand = baselineCommand;
    }

    /** A check with every rule of the catalogue. */
    public static LayoutCheck withAllRules(String version) {
        return withAllRules(version, Baseline.MAVEN_COMMAND);
    }

    /** A check with every rule of the catalogue, naming the given command that writes the baseline. */
    public static LayoutCheck withAllRules(String version, String baselineCommand) {
        Map<RuleId, Rule> rules = new EnumMap<>(RuleId.class);
        for (RuleId id : RuleId.values()) {
            rules.put(id, id.rule());
        }
        return new LayoutCheck(rules, version, baselineCommand);
    }

    /** Checks the project with the selected rules. */
    public Report run(Project project, Selection selection) {
        return run(project, selection, Baseline.none(), Severity.WARNING);
    }

    /**
     * Checks the project with the selected rules, then holds the violations against a baseline: the ones it accepts
     * are only counted, its stale entries are reported with the given severity.
     */
    public Report run(Project project, Selection selection, Baseline baseline, Severity staleSeverity) {
        long start = System.nanoTime();
        // the rules are independent once their shared analyses exist (Project#analysis computes each once), so they
        // run side by side, on a worker per core; the results are taken in the contract's order, whatever order they
        // finished in
        try (CorePool pool = new CorePool()) {
            return runOn(pool, project, selection, baseline, staleSeverity, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
    }

    private Report runOn(CorePool pool, Project project, Selection selection, Baseline baseline,
            Severity staleSeverity, long start) throws InterruptedException {
        List<RuleId> ran = rules.keySet().stream().filter(id -> runs(id, project, selection)).toList();
        List<List<Finding>> found = pool.run(() -> ran.parallelStream().map(id -> rules.get(id).check(project))
                .toList());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < ran.size(); i++) {
            RuleId id = ran.get(i);
            for (Finding finding : found.get(i)) {
                if (!excluded(project.preset().excludes(), finding.path())) {
                    violations.add(Violation.of(id, project.preset().severityOf(id), finding));
                }
            }
        }
        Map<String, Integer> metrics = new LinkedHashMap<>();
        // a focused project looked into some files only: its metrics would describe those, not the project
        List<RuleId> measuring = rules.keySet().stream()
                .filter(id -> project.whole())
                .filter(id -> selection.families().contains(id.family()) && applies(id.family(), project))
                .toList();
        pool.run(() -> measuring.parallelStream().map(id -> rules.get(id).metrics(project)).toList())
                .forEach(metrics::putAll);
        Baseline.Filtered filtered = baseline.filter(violations, id -> runs(id, project, selection), staleSeverity,
                baselineCommand);
        // every family with a placement rule reports the misplacement figure, so each check goal has a health line
        if (measuring.stream().anyMatch(RuleId::placement)) {
            metrics.put(MISPLACED_FILES, misplaced(filtered.violations()));
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        boolean layersRan = ran.stream().anyMatch(id -> id.family() == RuleFamily.LAYERS);
        LayerGraph layers = layersRan ? LayerGraph.of(project.preset().layers(), contexts(project),
                filtered.violations()) : LayerGraph.NONE;
        return new Report(version, project.preset().name(), project.tree().fileCount(), filtered.violations(), metrics,
                filtered.baselined(), durationMs, ran, layers);
    }

    /** The bounded contexts the layers lie in, when they are found at any depth in several. */
    private static LayerGraph.Contexts contexts(Project project) {
        LayerSpace space = LayerSpace.of(project);
        return space.anyDepth() && space.contexts().size() > 1 && space.basePackage().isPresent()
                ? new LayerGraph.Contexts(space.basePackage().get(), space.contexts()) : LayerGraph.Contexts.NONE;
    }

    /** Whether a rule runs for a project: it is one of this check's, selected, and its family applies to it. */
    public boolean runs(RuleId id, Project project, Selection selection) {
        return selection.includes(id) && applies(id.family(), project) && rules.containsKey(id);
    }

    /**
     * The "file misplacement" figure counts every file a placement rule of any family reports (once, however many
     * rules report it), so the health line agrees with the violations above it; a stale baseline entry is no file
     * out of place (its file has moved), so it does not count.
     */
    private static int misplaced(List<Violation> violations) {
        return (int) violations.stream()
                .filter(violation -> violation.rule().placement() && !Baseline.isStale(violation))
                .map(Violation::path).distinct().count();
    }

    private static boolean applies(RuleFamily family, Project project) {
        return family != RuleFamily.ROOT || project.executionRoot();
    }

    /** Whether a path or one of its parent directories matches an exclude. */
    static boolean excluded(List<Glob> excludes, String path) {
        return Glob.anyMatchesPathOrParent(excludes, path);
    }
}
