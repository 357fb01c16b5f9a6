package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags environment configurations not named for a known environment: {@code config/environments/dev.yml} in the
 * python preset ({@code development}, {@code testing}, {@code staging}, {@code production}),
 * {@code application-local.yml} in the maven preset ({@code dev}, {@code test}, {@code staging}, {@code prod}).
 */
public final class ConfigEnvironmentRule implements Rule {

    private static final List<String> NOT_CONFIGURATION = List.of(".md", ".txt", ".rst", ".adoc");

    @Override
    public List<Finding> check(Project project) {
        ConfigPolicy policy = project.preset().config();
        ConfigFiles configFiles = ConfigFiles.of(project);
        GlobFilter environmentFiles = new GlobFilter(policy.environmentFiles());
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            Glob glob = entry.isDirectory() ? null : environmentFiles.matching(entry);
            if (glob == null || !isConfiguration(entry.name()) || ConfigFiles.ownedByRoot(project, entry)
                    || configFiles.insideVirtualEnvironment(entry.path())) {
                continue;
            }
            String environment = environment(glob, entry.name());
            if (!policy.environments().contains(environment)) {
                String known = "known environments: " + String.join(", ", policy.environments());
                String message = environment.isEmpty()
                        ? "environment configuration named for no environment; " + known
                        : "environment configuration for '" + environment + "'; " + known;
                findings.add(Finding.at(entry.path(), message).withReference(environment));
            }
        }
        return findings;
    }

    /**
     * The environment a file is for: {@code .env.production} is {@code production}; otherwise the name without its
     * extension and without the glob's literal name prefix ({@code application-dev.yml} under
     * {@code application-*.yml} is {@code dev}).
     */
    static String environment(Glob glob, String name) {
        if (name.equals(".env")) {
            return "";
        }
        if (name.startsWith(".env.")) {
            return name.substring(5);
        }
        String pattern = glob.pattern().substring(glob.pattern().lastIndexOf('/') + 1);
        int wildcard = 0;
        while (wildcard < pattern.length() && "*?[{\\".indexOf(pattern.charAt(wildcard)) < 0) {
            wildcard++;
        }
        String prefix = pattern.substring(0, wildcard);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem.startsWith(prefix) ? stem.substring(prefix.length()) : stem;
    }

    /** Documentation and hidden files other than dotenv files are not environment configurations. */
    private static boolean isConfiguration(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") && !name.startsWith(".env")) {
            return false;
        }
        return NOT_CONFIGURATION.stream().noneMatch(lower::endsWith);
    }
}
