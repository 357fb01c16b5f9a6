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
import java.util.Set;

/**
 * Flags environment configurations not named for a known environment: {@code config/environments/dev.yml} in the
 * python preset ({@code development}, {@code testing}, {@code staging}, {@code production}),
 * {@code application-local.yml} in the maven preset ({@code dev}, {@code test}, {@code staging}, {@code prod}).
 * Where a naming convention only may name an environment (a Spring profile, {@code application-mysql.yml}, may be
 * named for a database), only names that look like environments are held to the list.
 */
public final class ConfigEnvironmentRule implements Rule {

    private static final List<String> NOT_CONFIGURATION = List.of(".md", ".txt", ".rst", ".adoc");
    /** First words of names that look like an environment ({@code prod-eu}, {@code dev2}, {@code uat}). */
    private static final Set<String> ENVIRONMENT_WORDS = Set.of("dev", "devel", "develop", "development", "local",
            "test", "testing", "tst", "qa", "uat", "sit", "int", "integration", "stage", "staging", "stg", "preprod",
            "prod", "prd", "production", "live", "perf", "sandbox", "ci", "acc", "acceptance", "canary", "nonprod",
            "preview", "demo");

    @Override
    public List<Finding> check(Project project) {
        ConfigPolicy policy = project.preset().config();
        ConfigFiles configFiles = ConfigFiles.of(project);
        GlobFilter environmentFiles = new GlobFilter(policy.environmentFiles());
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            Glob glob = entry.isDirectory() || !project.reports(entry.path()) ? null : environmentFiles.matching(entry);
            if (glob == null || !isConfiguration(entry.name()) || ConfigFiles.ownedByRoot(project, entry)
                    || configFiles.insideVirtualEnvironment(entry.path())
                    || configFiles.insideNestedProject(entry.path())) {
                continue;
            }
            String environment = environment(glob, entry.name());
            if (policy.environments().contains(environment)
                    || !prefix(glob).isEmpty() && !looksLikeAnEnvironment(environment)) {
                continue;
            }
            String known = "known environments: " + String.join(", ", policy.environments());
            String message = environment.isEmpty()
                    ? "environment configuration named for no environment; " + known + "; name it for one of them"
                    : "environment configuration for '" + environment + "'; " + known + "; rename it, or add '"
                            + environment + "' to <config><environments>";
            findings.add(Finding.at(entry.path(), message).withReference(environment));
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
        String prefix = prefix(glob);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem.startsWith(prefix) ? stem.substring(prefix.length()) : stem;
    }

    /** The literal text a glob's file name starts with: {@code application-} of {@code application-*.yml}. */
    private static String prefix(Glob glob) {
        String pattern = glob.pattern().substring(glob.pattern().lastIndexOf('/') + 1);
        int wildcard = 0;
        while (wildcard < pattern.length() && "*?[{\\".indexOf(pattern.charAt(wildcard)) < 0) {
            wildcard++;
        }
        return pattern.substring(0, wildcard);
    }

    /** Whether a name's first word, without trailing digits, is an environment's: {@code prod-eu}, {@code qa2}. */
    static boolean looksLikeAnEnvironment(String name) {
        String first = name.toLowerCase(Locale.ROOT).split("[-_.]", 2)[0];
        int end = first.length();
        while (end > 0 && Character.isDigit(first.charAt(end - 1))) {
            end--;
        }
        return ENVIRONMENT_WORDS.contains(first.substring(0, end));
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
