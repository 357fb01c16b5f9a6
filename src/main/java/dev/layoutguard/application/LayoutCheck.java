package dev.layoutguard.application;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.root.RootFileCountRule;
import dev.layoutguard.domain.root.RootAllowlistRule;
import dev.layoutguard.domain.root.RootProhibitedRule;
import dev.layoutguard.domain.testing.TestCategoryRule;
import dev.layoutguard.domain.testing.TestMirrorRule;
import dev.layoutguard.domain.testing.TestNamingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the selected rules over a project: gives each finding its rule's configured severity, drops findings
 * under the preset's excludes, and builds the {@link Report}. Root rules run only for the execution root.
 */
public final class LayoutCheck {

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
                new TestCategoryRule(), new TestMirrorRule(), new TestNamingRule());
    }

    /** Checks the project with the selected rules. */
    public Report run(Project project, Selection selection) {
        long start = System.nanoTime();
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : rules) {
            if (!selection.includes(rule.id()) || !applies(rule.id().family(), project)) {
                continue;
            }
            for (Finding finding : rule.check(project)) {
                if (!excluded(project.preset().excludes(), finding.path())) {
                    violations.add(Violation.of(rule.id(), project.preset().severityOf(rule.id()), finding));
                }
            }
        }
        Map<String, Integer> metrics = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (selection.families().contains(rule.id().family()) && applies(rule.id().family(), project)) {
                metrics.putAll(rule.metrics(project));
            }
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        return new Report(version, project.preset().name(), project.tree().fileCount(), violations, metrics, 0,
                durationMs);
    }

    private static boolean applies(RuleFamily family, Project project) {
        return family != RuleFamily.ROOT || project.executionRoot();
    }

    /** Whether a path or one of its parent directories matches an exclude. */
    static boolean excluded(List<Glob> excludes, String path) {
        if (excludes.isEmpty()) {
            return false;
        }
        String current = path;
        while (true) {
            if (Glob.anyMatches(excludes, current)) {
                return true;
            }
            int slash = current.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            current = current.substring(0, slash);
        }
    }
}
