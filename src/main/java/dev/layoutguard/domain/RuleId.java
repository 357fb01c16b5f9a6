package dev.layoutguard.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every rule id of the product contract, with its family, default severity and one-line summary. */
public enum RuleId {
    ROOT_PROHIBITED("root-prohibited", RuleFamily.ROOT, Severity.ERROR,
            "a root entry matching a prohibited pattern"),
    ROOT_ALLOWLIST("root-allowlist", RuleFamily.ROOT, Severity.ERROR,
            "a root entry that is not in the preset's allowlist"),
    ROOT_FILE_COUNT("root-file-count", RuleFamily.ROOT, Severity.WARNING,
            "more files in the root than the limit"),
    LAYER_DEPENDENCY("layer-dependency", RuleFamily.LAYERS, Severity.ERROR,
            "a source file that references a layer it may not depend on"),
    LAYER_UNKNOWN_PACKAGE("layer-unknown-package", RuleFamily.LAYERS, Severity.ERROR,
            "a package directly under the base package that is not a layer"),
    LAYER_MISSING("layer-missing", RuleFamily.LAYERS, Severity.WARNING,
            "a configured layer that does not exist"),
    TEST_CATEGORY("test-category", RuleFamily.TESTS, Severity.ERROR,
            "a test outside the allowed test categories"),
    TEST_MIRROR("test-mirror", RuleFamily.TESTS, Severity.ERROR,
            "a unit test with no matching source module or class"),
    TEST_NAMING("test-naming", RuleFamily.TESTS, Severity.ERROR,
            "a test file or class not named by the convention"),
    CONFIG_PLACEMENT("config-placement", RuleFamily.CONFIG, Severity.ERROR,
            "a configuration file outside the configuration locations"),
    CONFIG_ENVIRONMENT("config-environment", RuleFamily.CONFIG, Severity.ERROR,
            "an environment configuration not named for a known environment"),
    CONFIG_SECRET("config-secret", RuleFamily.CONFIG, Severity.ERROR,
            "a literal secret in a configuration file"),
    CONFIG_SYNTAX("config-syntax", RuleFamily.CONFIG, Severity.WARNING,
            "a configuration file the secret check cannot parse"),
    STRUCTURE_DEPTH("structure-depth", RuleFamily.STRUCTURE, Severity.WARNING,
            "a directory nested deeper than the limit"),
    STRUCTURE_NAMING("structure-naming", RuleFamily.STRUCTURE, Severity.WARNING,
            "a file or directory name against the naming convention"),
    DOCS_REQUIRED("docs-required", RuleFamily.STRUCTURE, Severity.WARNING,
            "a required documentation directory is missing"),
    DOCS_PLACEMENT("docs-placement", RuleFamily.STRUCTURE, Severity.WARNING,
            "documentation outside docs/"),
    SCRIPTS_PLACEMENT("scripts-placement", RuleFamily.STRUCTURE, Severity.WARNING,
            "a script outside the script categories"),
    SCRIPTS_HEADER("scripts-header", RuleFamily.STRUCTURE, Severity.WARNING,
            "a script without the standard header"),
    DEPLOY_PLACEMENT("deploy-placement", RuleFamily.STRUCTURE, Severity.WARNING,
            "Docker, Kubernetes or CI pipeline files outside deploy/"),
    ENV_PLACEMENT("env-placement", RuleFamily.STRUCTURE, Severity.ERROR,
            "a virtual environment outside environments/"),
    RUNTIME_IGNORED("runtime-ignored", RuleFamily.STRUCTURE, Severity.WARNING,
            "storage/ or reports/ content that git does not ignore");

    private final String id;
    private final RuleFamily family;
    private final Severity defaultSeverity;
    private final String summary;

    RuleId(String id, RuleFamily family, Severity defaultSeverity, String summary) {
        this.id = id;
        this.family = family;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    /** The id as users write it, such as {@code root-prohibited}. */
    public String id() {
        return id;
    }

    public RuleFamily family() {
        return family;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String summary() {
        return summary;
    }

    /** Finds a rule by the id users write. */
    public static Optional<RuleId> of(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id.trim())).findFirst();
    }

    /** All ids, comma separated, for error messages that list what is known. */
    public static String known() {
        return Arrays.stream(values()).map(RuleId::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
