package dev.layoutguard.domain;

import static dev.layoutguard.domain.RuleFamily.CONFIG;
import static dev.layoutguard.domain.RuleFamily.LAYERS;
import static dev.layoutguard.domain.RuleFamily.ROOT;
import static dev.layoutguard.domain.RuleFamily.STRUCTURE;
import static dev.layoutguard.domain.RuleFamily.TESTS;
import static dev.layoutguard.domain.RuleId.Kind.OTHER;
import static dev.layoutguard.domain.RuleId.Kind.PLACEMENT;
import static dev.layoutguard.domain.Severity.ERROR;
import static dev.layoutguard.domain.Severity.WARNING;

import dev.layoutguard.domain.config.ConfigEnvironmentRule;
import dev.layoutguard.domain.config.ConfigPlacementRule;
import dev.layoutguard.domain.config.ConfigSecretRule;
import dev.layoutguard.domain.config.ConfigSyntaxRule;
import dev.layoutguard.domain.layers.LayerDependencyRule;
import dev.layoutguard.domain.layers.LayerForbiddenImportRule;
import dev.layoutguard.domain.layers.LayerMissingRule;
import dev.layoutguard.domain.layers.LayerUnknownPackageRule;
import dev.layoutguard.domain.root.RootAllowlistRule;
import dev.layoutguard.domain.root.RootFileCountRule;
import dev.layoutguard.domain.root.RootPreferredHomeRule;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule catalogue: every rule id of the product contract, in the contract's order, with what is known about it
 * (family, default severity, whether it is a placement rule, the class that checks it, a one-line summary). A new
 * rule is one constant here, its class, its page {@code docs/rules/<id>.md} and its test.
 */
public enum RuleId {
    ROOT_PROHIBITED("root-prohibited", ROOT, ERROR, PLACEMENT, "a root entry matching a prohibited pattern"),
    ROOT_ALLOWLIST("root-allowlist", ROOT, ERROR, OTHER, "a root entry that is not in the preset's allowlist"),
    ROOT_FILE_COUNT("root-file-count", ROOT, WARNING, OTHER, "more files in the root than the limit"),
    ROOT_PREFERRED_HOME("root-preferred-home", ROOT, WARNING, OTHER,
            "a root entry a tool reads there that the target layout keeps elsewhere"),
    LAYER_DEPENDENCY("layer-dependency", LAYERS, ERROR, OTHER,
            "a source file that references a layer it may not depend on"),
    LAYER_FORBIDDEN_IMPORT("layer-forbidden-import", LAYERS, ERROR, OTHER,
            "a source file that imports a package or module its layer must stay free of"),
    LAYER_UNKNOWN_PACKAGE("layer-unknown-package", LAYERS, ERROR, OTHER,
            "a package directly under the base package that is not a layer"),
    LAYER_MISSING("layer-missing", LAYERS, WARNING, OTHER, "a configured layer that does not exist"),
    TEST_CATEGORY("test-category", TESTS, ERROR, PLACEMENT, "a test outside the allowed test categories"),
    TEST_MIRROR("test-mirror", TESTS, ERROR, OTHER, "a unit test with no matching source module or class"),
    TEST_NAMING("test-naming", TESTS, ERROR, OTHER, "a test file or class not named by the convention"),
    CONFIG_PLACEMENT("config-placement", CONFIG, ERROR, PLACEMENT,
            "a configuration file outside the configuration locations"),
    CONFIG_ENVIRONMENT("config-environment", CONFIG, ERROR, OTHER,
            "an environment configuration not named for a known environment"),
    CONFIG_SECRET("config-secret", CONFIG, ERROR, OTHER, "a literal secret in a configuration file"),
    CONFIG_SYNTAX("config-syntax", CONFIG, WARNING, OTHER, "a configuration file the secret check cannot parse"),
    STRUCTURE_DEPTH("structure-depth", STRUCTURE, WARNING, OTHER, "a directory nested deeper than the limit"),
    STRUCTURE_NAMING("structure-naming", STRUCTURE, WARNING, OTHER,
            "a file or directory name against the naming convention"),
    DOCS_REQUIRED("docs-required", STRUCTURE, WARNING, OTHER, "a required documentation directory is missing"),
    DOCS_PLACEMENT("docs-placement", STRUCTURE, WARNING, PLACEMENT, "documentation outside docs/"),
    SCRIPTS_PLACEMENT("scripts-placement", STRUCTURE, WARNING, PLACEMENT, "a script outside the script categories"),
    SCRIPTS_HEADER("scripts-header", STRUCTURE, WARNING, OTHER, "a script without the standard header"),
    DEPLOY_PLACEMENT("deploy-placement", STRUCTURE, WARNING, PLACEMENT,
            "Docker, Kubernetes or CI pipeline files outside deploy/"),
    ENV_PLACEMENT("env-placement", STRUCTURE, ERROR, PLACEMENT, "a virtual environment outside environments/"),
    RUNTIME_IGNORED("runtime-ignored", STRUCTURE, WARNING, OTHER,
            "storage/ or reports/ content that git does not ignore");

    /** Whether a rule's findings are files that belong elsewhere. */
    enum Kind {
        /** The rule reports files at the wrong place; the target layout's misplacement figure counts them. */
        PLACEMENT,
        /** Anything else: names, contents, depth, what is missing. */
        OTHER
    }

    private final String id;
    private final RuleFamily family;
    private final Severity defaultSeverity;
    private final Kind kind;
    private final String summary;

    RuleId(String id, RuleFamily family, Severity defaultSeverity, Kind kind, String summary) {
        this.id = id;
        this.family = family;
        this.defaultSeverity = defaultSeverity;
        this.kind = kind;
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

    /**
     * Whether this is a placement rule: one that reports files belonging elsewhere. Each file the placement rules
     * report counts once toward the target layout's misplacement figure.
     */
    public boolean placement() {
        return kind == PLACEMENT;
    }

    /**
     * A new instance of the class that checks this rule. A switch rather than a factory per constant: a lambda each
     * would be spun as a class when the catalogue loads, in every build, and a check answered from the kept result
     * makes no rule at all; a rule's class loads only when its case runs.
     */
    public Rule rule() {
        return switch (this) {
            case ROOT_PROHIBITED -> new RootProhibitedRule();
            case ROOT_ALLOWLIST -> new RootAllowlistRule();
            case ROOT_FILE_COUNT -> new RootFileCountRule();
            case ROOT_PREFERRED_HOME -> new RootPreferredHomeRule();
            case LAYER_DEPENDENCY -> new LayerDependencyRule();
            case LAYER_FORBIDDEN_IMPORT -> new LayerForbiddenImportRule();
            case LAYER_UNKNOWN_PACKAGE -> new LayerUnknownPackageRule();
            case LAYER_MISSING -> new LayerMissingRule();
            case TEST_CATEGORY -> new TestCategoryRule();
            case TEST_MIRROR -> new TestMirrorRule();
            case TEST_NAMING -> new TestNamingRule();
            case CONFIG_PLACEMENT -> new ConfigPlacementRule();
            case CONFIG_ENVIRONMENT -> new ConfigEnvironmentRule();
            case CONFIG_SECRET -> new ConfigSecretRule();
            case CONFIG_SYNTAX -> new ConfigSyntaxRule();
            case STRUCTURE_DEPTH -> new StructureDepthRule();
            case STRUCTURE_NAMING -> new StructureNamingRule();
            case DOCS_REQUIRED -> new DocsRequiredRule();
            case DOCS_PLACEMENT -> new DocsPlacementRule();
            case SCRIPTS_PLACEMENT -> new ScriptsPlacementRule();
            case SCRIPTS_HEADER -> new ScriptsHeaderRule();
            case DEPLOY_PLACEMENT -> new DeployPlacementRule();
            case ENV_PLACEMENT -> new EnvPlacementRule();
            case RUNTIME_IGNORED -> new RuntimeIgnoredRule();
        };
    }

    /** The file name of the rule's page: {@code docs/rules/<page>} in the repository, shipped in the plugin too. */
    public String page() {
        return id + ".md";
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
