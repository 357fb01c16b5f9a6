package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flags configuration files outside the configuration locations, with the place they belong: {@code config/}
 * (environment files {@code config/environments/}) in the python preset, the sibling {@code resources} directory
 * of the source root in the maven preset. Root entries are the root rules' and are never reported here; nor are a
 * tool's own configuration, which the tool looks for where it is, and the files of a project nested in this one.
 * No two files get the same fix, and no fix lands on a file that exists.
 */
public final class ConfigPlacementRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        ConfigPolicy policy = project.preset().config();
        ConfigFiles configFiles = ConfigFiles.of(project);
        GlobFilter files = new GlobFilter(policy.files());
        GlobFilter allowed = new GlobFilter(policy.allowedElsewhere());
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            if (entry.isDirectory() || entry.isRootEntry()) {
                continue;
            }
            String path = entry.path();
            String scope = policy.scopeOf(path);
            if (scope == null || !files.matches(entry) || policy.inLocation(path) || allowed.matches(entry)
                    || ToolConfigs.isToolConfig(entry.name()) || configFiles.insideVirtualEnvironment(path)
                    || configFiles.insideNestedProject(path)) {
                continue;
            }
            findings.add(finding(policy, scope, entry));
        }
        return withSafeFixes(project, findings);
    }

    /**
     * The findings with the fixes that can be applied: a target that several files would share, or that exists
     * already, is dropped, and the message says why.
     */
    private static List<Finding> withSafeFixes(Project project, List<Finding> findings) {
        Map<String, Long> sharing = findings.stream().filter(finding -> finding.fix() != null)
                .collect(Collectors.groupingBy(Finding::fix, Collectors.counting()));
        List<Finding> safe = new ArrayList<>();
        for (Finding finding : findings) {
            String target = finding.fix();
            String reason = target == null ? null
                    : sharing.get(target) > 1 ? sharing.get(target) + " files of this name would move to " + target
                    : project.tree().contains(target) ? target + " exists already" : null;
            safe.add(reason == null ? finding
                    : Finding.at(finding.path(), finding.message() + "; no fix, since " + reason));
        }
        return safe;
    }

    private static Finding finding(ConfigPolicy policy, String scope, Entry entry) {
        String name = entry.name();
        if (policy.environmentTarget() != null && isEnvironmentFile(policy, name)) {
            return Finding.at(entry.path(), "environment file outside " + policy.environmentTarget())
                    .withFix(policy.environmentTarget() + name);
        }
        if (policy.target() != null) {
            return Finding.at(entry.path(), "configuration file outside " + locations(policy))
                    .withFix(policy.target() + name);
        }
        if (scope.isEmpty()) {
            return Finding.at(entry.path(), "configuration file outside " + locations(policy));
        }
        String resources = RelativePath.join(RelativePath.parent(scope), "resources");
        String fix = resources + entry.path().substring(scope.length());
        return Finding.at(entry.path(), "configuration file among the sources of " + scope
                + "; configuration belongs in " + resources).withFix(fix);
    }

    /** A dotenv file, or one named for a known environment ({@code production.yml}). */
    private static boolean isEnvironmentFile(ConfigPolicy policy, String name) {
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return true;
        }
        int dot = name.indexOf('.');
        return dot > 0 && policy.environments().contains(name.substring(0, dot));
    }

    private static String locations(ConfigPolicy policy) {
        return String.join("/, ", policy.locations()) + "/";
    }
}
