package dev.layoutguard.application;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.config.ConfigEnvironmentRule;
import dev.layoutguard.domain.config.ConfigPlacementRule;
import dev.layoutguard.domain.config.ConfigSecretRule;
import dev.layoutguard.domain.config.ConfigSyntaxRule;
import dev.layoutguard.domain.layers.LayerDependencyRule;
import dev.layoutguard.domain.layers.LayerMissingRule;
import dev.layoutguard.domain.layers.LayerUnknownPackageRule;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.root.RootFileCountRule;
import dev.layoutguard.domain.root.RootAllowlistRule;
import dev.layoutguard.domain.root.RootProhibitedRule;
import dev.layoutguard.domain.structure.DeployPlacementRule;
import dev.layoutguard.domain.structure.DocsPlacementRule;
import dev.layoutguard.domain.structure.DocsRequiredRule;
import dev.layoutguard.domain.structure.EnvPlacementRule;
import dev.layoutguard.domain.structure.RuntimeIgnoredRule;
import dev.layoutguard.domain.structure.ScriptsHeaderRule;
import dev.layoutguard.domain.structure.ScriptsPlacementRule;
import dev.layoutguard.domain.structure.StructureDepthRule;
import dev.layoutguard.domain.structure.StructureNamingRule;
import dev.layoutguard.domain.testing.TestCategoryRule;
import dev.layoutguard.domain.testing.TestMirrorRule;
import dev.layoutguard.domain.testing.TestNamingRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the selected rules over a project: gives each finding its rule's configured severity, drops findings
 * under the preset's excludes, and builds the {@link Report}. Root rules run only for the execution root.
 */
public final class LayoutCheck {

    private static final String MISPLACED_FILES = "misplacedFiles";
    /** The rules whose family reports the plan's misplacement figure (the structure family's placement rules). */
    private static final Set<RuleId> MISPLACEMENT_FIGURE_RULES = EnumSet.of(
            RuleId.DOCS_PLACEMENT, RuleId.SCRIPTS_PLACEMENT, RuleId.DEPLOY_PLACEMENT, RuleId.ENV_PLACEMENT);
    private static final Set<RuleId> PLACEMENT_RULES = EnumSet.of(RuleId.ROOT_PROHIBITED,
            RuleId.CONFIG_PLACEMENT, RuleId.TEST_CATEGORY, RuleId.DOCS_PLACEMENT, RuleId.SCRIPTS_PLACEMENT,
            RuleId.DEPLOY_PLACEMENT, RuleId.ENV_PLACEMENT);

    private final List<Rule> rules;
    private final String version;

    public LayoutCheck(List<Rule> rules, String version) {
        this.rules = List.copyOf(rules);
        this.version = version;
    }

    /** A check with every rule implemented so far. */
    public static LayoutCheck withAllRules(String version) {
        return new LayoutCheck(allRules(), version);
    }

    /** Every implemented rule, in the order of the contract. */
    public static List<Rule> allRules() {
        return List.of(new RootProhibitedRule(), new RootAllowlistRule(), new RootFileCountRule(),
                new LayerDependencyRule(), new LayerUnknownPackageRule(), new LayerMissingRule(),
                new TestCategoryRule(), new TestMirrorRule(), new TestNamingRule(),
                new ConfigPlacementRule(), new ConfigEnvironmentRule(), new ConfigSecretRule(), new ConfigSyntaxRule(),
                new StructureDepthRule(), new StructureNamingRule(), new DocsRequiredRule(), new DocsPlacementRule(),
                new ScriptsPlacementRule(), new ScriptsHeaderRule(), new DeployPlacementRule(), new EnvPlacementRule(),
                new RuntimeIgnoredRule());
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
        List<Rule> running = rules.stream().filter(rule -> runs(rule.id(), project, selection)).toList();
        // the rules are independent once their shared analyses exist (Project#analysis computes each once), so they
        // run side by side; the results are taken in the contract's order, whatever order they finished in
        List<List<Finding>> found = running.parallelStream().map(rule -> rule.check(project)).toList();
        List<Violation> violations = new ArrayList<>();
        List<RuleId> ran = new ArrayList<>();
        for (int i = 0; i < running.size(); i++) {
            RuleId id = running.get(i).id();
            ran.add(id);
            for (Finding finding : found.get(i)) {
                if (!excluded(project.preset().excludes(), finding.path())) {
                    violations.add(Violation.of(id, project.preset().severityOf(id), finding));
                }
            }
        }
        Map<String, Integer> metrics = new LinkedHashMap<>();
        List<Rule> measuring = rules.stream()
                .filter(rule -> selection.families().contains(rule.id().family())
                        && applies(rule.id().family(), project))
                .toList();
        measuring.parallelStream().map(rule -> rule.metrics(project)).toList().forEach(metrics::putAll);
        Baseline.Filtered filtered = baseline.filter(violations, id -> runs(id, project, selection), staleSeverity);
        if (measuring.stream().anyMatch(rule -> MISPLACEMENT_FIGURE_RULES.contains(rule.id()))) {
            metrics.put(MISPLACED_FILES, misplaced(filtered.violations()));
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        boolean layersRan = ran.stream().anyMatch(id -> id.family() == RuleFamily.LAYERS);
        LayerGraph layers = layersRan ? LayerGraph.of(project.preset().layers(), filtered.violations())
                : LayerGraph.NONE;
        return new Report(version, project.preset().name(), project.tree().fileCount(), filtered.violations(), metrics,
                filtered.baselined(), durationMs, ran, layers);
    }

    /** Whether a rule runs for a project: it is implemented, selected, and its family applies to the project. */
    public boolean runs(RuleId id, Project project, Selection selection) {
        return selection.includes(id) && applies(id.family(), project)
                && rules.stream().anyMatch(rule -> rule.id() == id);
    }

    /**
     * The plan's "file misplacement" figure counts every file a placement rule of any family reports (once, however
     * many rules report it), so the health line agrees with the violations above it.
     */
    private static int misplaced(List<Violation> violations) {
        return (int) violations.stream().filter(violation -> PLACEMENT_RULES.contains(violation.rule()))
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
