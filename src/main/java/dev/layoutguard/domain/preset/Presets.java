package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two presets the product ships: the target layout as written ({@code python}) and mapped onto Maven's
 * standard directory layout ({@code maven}). Each is written part by part in the order of the target layout's parts, every value
 * named: by a builder for the large policies, by a comment where a small record takes it in order.
 * {@code docs/presets.md} shows both side by side.
 */
public final class Presets {

    public static final String MAVEN = "maven";
    public static final String PYTHON = "python";
    public static final List<String> NAMES = List.of(MAVEN, PYTHON);

    private static final List<String> LAYER_NAMES = List.of("domain", "application", "infrastructure", "presentation",
            "shared");
    /** The target layout's dependency rule: each layer may use only the layers inside it, and {@code shared}. */
    private static final Map<String, Set<String>> CLEAN_ARCHITECTURE = Map.of(
            "domain", Set.of("shared"),
            "application", Set.of("domain", "shared"),
            "infrastructure", Set.of("application", "domain", "shared"),
            "presentation", Set.of("application", "domain", "shared"),
            "shared", Set.of());
    private static final List<String> SECRET_KEYS = List.of("password", "passwd", "pwd", "passphrase", "secret",
            "secret_key", "secret_access_key", "token", "api_key", "apikey", "private_key", "privatekey", "credential",
            "credentials");
    private static final List<String> SECRET_FILES = List.of("*.yml", "*.yaml", "*.properties", "*.env", ".env.*",
            "*.ini", "*.cfg", "*.toml", "*.json", "*.xml");
    private static final List<ProhibitedEntry> GUIDES = List.of(
            ProhibitedEntry.of("*_GUIDE.md", "docs/", "guide in the project root"),
            ProhibitedEntry.of("*_MANUAL.md", "docs/", "manual in the project root"),
            ProhibitedEntry.of("IMPLEMENTATION_*.md", "docs/developer-guides/",
                    "implementation notes in the project root"),
            ProhibitedEntry.of("TESTING_*.md", "docs/testing/", "testing document in the project root"));

    /** Surefire's and Failsafe's default includes, as test name patterns. */
    private static final List<TestNamePattern> SUREFIRE_AND_FAILSAFE = names("Test*", "*Test", "*Tests", "*TestCase",
            "IT*", "*IT", "*ITCase");
    /** The target layout's limit of files in the root. */
    private static final int MAX_ROOT_FILES = 12;
    /** The target layout's limit of directory levels, which its own target tree keeps. */
    private static final int MAX_DEPTH = 4;
    private static final List<String> DEPLOY_CATEGORIES = List.of("docker", "kubernetes", "ci-cd", "cloud");
    private static final Map<String, List<Glob>> DEPLOY_FILES = deployFiles();

    private Presets() {
    }

    /** The preset of a name. */
    public static Optional<Preset> named(String name) {
        return switch (name) {
            case MAVEN -> Optional.of(maven());
            case PYTHON -> Optional.of(python());
            default -> Optional.empty();
        };
    }

    /**
     * The preset a tree looks like: {@code python} when it has {@code pyproject.toml} or a
     * {@code src/<pkg>/__init__.py} and no {@code src/main}, else {@code maven}.
     */
    public static String detect(ProjectTree tree) {
        if (tree.contains("src/main")) {
            return MAVEN;
        }
        if (tree.contains("pyproject.toml")) {
            return PYTHON;
        }
        for (Entry entry : tree.children("src")) {
            if (entry.isDirectory() && tree.contains(entry.path() + "/__init__.py")) {
                return PYTHON;
            }
        }
        return MAVEN;
    }

    /** The target layout, literally: a Python project driven by Maven. */
    public static Preset python() {
        RootPolicy root = new RootPolicy(
                /* allowedFiles= */ Glob.all("README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "TODO.md",
                        "pyproject.toml", "requirements.txt", "package.json", "package-lock.json", ".gitignore",
                        ".gitattributes", ".pre-commit-config.yaml", "Makefile", "*.code-workspace", "pom.xml", "mvnw",
                        "mvnw.cmd"),
                /* allowedDirectories= */ Glob.all("src", "tests", "docs", "scripts", "config", "deploy", "examples",
                        "environments", "reports", "storage", ".git", ".github", ".mvn"),
                /* tools= */ RootTools.GROUPS,
                /* prohibited= */ join(List.of(
                        ProhibitedEntry.of("test_*.py", "tests/", "test module in the project root"),
                        ProhibitedEntry.of("*_test.py", "tests/", "test module in the project root"),
                        ProhibitedEntry.of("conftest.py", "tests/conftest.py",
                                "pytest configuration in the project root"),
                        ProhibitedEntry.of("setup_*.py", "scripts/dev/", "development script in the project root"),
                        ProhibitedEntry.of("install_*.py", "scripts/dev/", "development script in the project root"),
                        ProhibitedEntry.of("fix_*.py", "scripts/maintenance/",
                                "maintenance script in the project root"),
                        ProhibitedEntry.of("update_*.py", "scripts/maintenance/",
                                "maintenance script in the project root"),
                        ProhibitedEntry.of("deploy_*.py", "scripts/deploy/", "deployment script in the project root")),
                        GUIDES, List.of(
                        ProhibitedEntry.of("config_*.py", "config/", "configuration module in the project root"),
                        ProhibitedEntry.of("settings_*.py", "config/", "configuration module in the project root"),
                        ProhibitedEntry.of(".env", "config/environments/", "environment file in the project root"),
                        ProhibitedEntry.of(".env.*", "config/environments/", "environment file in the project root"),
                        ProhibitedEntry.of("*.env", "config/environments/", "environment file in the project root"),
                        ProhibitedEntry.of("dist/", "reports/builds/", "build output in the project root"),
                        ProhibitedEntry.of("build/", "reports/builds/", "build output in the project root"),
                        ProhibitedEntry.of("*.egg-info/", "reports/builds/", "build output in the project root"),
                        ProhibitedEntry.of(".coverage", "reports/coverage/", "coverage data in the project root"),
                        ProhibitedEntry.of("coverage.xml", "reports/coverage/", "coverage report in the project root"),
                        ProhibitedEntry.of("htmlcov/", "reports/coverage/", "coverage report in the project root"),
                        ProhibitedEntry.of("*.log", "storage/logs/", "log file in the project root"),
                        ProhibitedEntry.of(".venv/", "environments/.{bare}", "virtual environment in the project root"),
                        ProhibitedEntry.of("venv/", "environments/.{bare}", "virtual environment in the project root"),
                        ProhibitedEntry.of("env/", "environments/.{bare}", "virtual environment in the project root"))),
                /* preferred= */ join(RootTools.DOCKER, RootTools.PYTHON_TOOL_SETTINGS),
                MAX_ROOT_FILES);
        LayerPolicy layers = cleanArchitecture(List.of("src"));
        TestPolicy tests = TestPolicy.builder()
                .style(TestStyle.PYTEST)
                .roots(List.of("tests"))
                .categories(List.of("unit", "integration", "e2e", "performance", "ui", "fixtures"))
                .rootFiles(List.of("conftest.py", "__init__.py", "pytest.ini", "tox.ini"))
                .unitCategory("unit")
                .extensions(List.of("py"))
                .testNames(names("test_*"))
                .collectedNames(names("test_*", "*_test"))
                .unitTestNames(names("test_*"))
                .mirrorRoots(List.of("src"))
                .exempt(Glob.all("conftest.py", "__init__.py", "tests/fixtures/**", "__pycache__", ".pytest_cache",
                        "*.egg-info", "environments/**", "site-packages", "node_modules"))
                // the target layout, literally: every unit test module mirrors a module of the sources
                .strictMirror(true)
                .build();
        ConfigPolicy config = ConfigPolicy.builder()
                .scope(List.of(""))
                .locations(List.of("config"))
                .subdirectories(List.of("environments", "templates", "validation", "defaults", "README.md"))
                .files(Glob.all("*.yml", "*.yaml", "*.ini", "*.cfg", "*.toml", "*.env", ".env.*", "config_*.py",
                        "settings_*.py"))
                .allowedElsewhere(Glob.all("deploy/**", "docs/**", "tests/fixtures/**", ".github/**",
                        "environments/**", ".mvn/**"))
                .target("config/")
                .environmentTarget("config/environments/")
                .environmentFiles(Glob.all("config/environments/*"))
                .environments(List.of("development", "testing", "staging", "production"))
                .secretFiles(Glob.all(join(SECRET_FILES, List.of("config_*.py", "settings_*.py"))
                        .toArray(String[]::new)))
                .secretKeys(SECRET_KEYS)
                .strictSecrets(false)
                .build();
        DocsPolicy docs = new DocsPolicy("docs", /* optional= */ false,
                /* required= */ List.of("getting-started/", "user-guides/", "developer-guides/", "reference/",
                        "deployment/", "examples/", "index.md"),
                /* files= */ Glob.all("*.md"),
                /* allowedElsewhere= */ Glob.all(".github/**", "examples/**", "tests/fixtures/**"));
        DeployPolicy deploy = new DeployPolicy("deploy", /* optional= */ false, DEPLOY_CATEGORIES, DEPLOY_FILES,
                /* manifestCategory= */ "kubernetes",
                /* allowedElsewhere= */ Glob.all(".github/**", "config/templates/**", "docs/**", "examples/**",
                        "tests/fixtures/**"));
        StructurePolicy structure = new StructurePolicy(MAX_DEPTH, /* depthBelowBasePackage= */ false,
                Naming.SNAKE_CASE, /* sourceRoots= */ List.of("src", "tests"), /* resourceRoots= */ List.of(), docs,
                scripts(), deploy, /* environmentsDirectory= */ "environments",
                /* runtimeDirectories= */ List.of("storage", "reports"));
        return new Preset(PYTHON, root, layers, tests, config, structure);
    }

    /** The same plan on Maven's standard directory layout. */
    public static Preset maven() {
        RootPolicy root = new RootPolicy(
                /* allowedFiles= */ Glob.all("pom.xml", "mvnw", "mvnw.cmd", "README.md", "LICENSE", "CHANGELOG.md",
                        "CONTRIBUTING.md", "TODO.md", ".gitignore", ".gitattributes", ".editorconfig",
                        ".pre-commit-config.yaml", "Makefile", "*.code-workspace"),
                /* allowedDirectories= */ Glob.all("src", "docs", "config", "deploy", "scripts", "examples", ".git",
                        ".github", ".mvn", ".ci"),
                /* tools= */ RootTools.GROUPS,
                /* prohibited= */ join(List.of(
                        ProhibitedEntry.of("*Test.java", "src/test/java/", "test class in the project root"),
                        ProhibitedEntry.of("*IT.java", "src/test/java/", "integration test class in the project root"),
                        ProhibitedEntry.of("*.java", "src/main/java/", "Java source in the project root")),
                        GUIDES, List.of(
                        ProhibitedEntry.of("application*.yml", "src/main/resources/",
                                "application configuration in the project root"),
                        ProhibitedEntry.of("application*.yaml", "src/main/resources/",
                                "application configuration in the project root"),
                        ProhibitedEntry.of("application*.properties", "src/main/resources/",
                                "application configuration in the project root"),
                        ProhibitedEntry.of("*.log", null,
                                "log file in the project root; delete it and keep logs out of the repository"))),
                /* preferred= */ RootTools.DOCKER,
                MAX_ROOT_FILES);
        LayerPolicy layers = cleanArchitecture(List.of("src/main/java", "src/main/kotlin"));
        TestPolicy tests = TestPolicy.builder()
                .style(TestStyle.JVM)
                .roots(List.of("src/test/java", "src/test/kotlin"))
                .extensions(List.of("java", "kt"))
                .testNames(SUREFIRE_AND_FAILSAFE)
                .collectedNames(SUREFIRE_AND_FAILSAFE)
                .unitTestNames(names("*Test", "*Tests", "Test*"))
                .integrationNames(names("IT*", "*IT", "*ITCase"))
                .testAnnotations(List.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate"))
                .mirrorRoots(List.of("src/main/java", "src/main/kotlin"))
                .exempt(Glob.all("package-info.java", "module-info.java", "*Mother.{java,kt}", "src/test/resources/**"))
                .unmirrored(Glob.all("*ArchitectureTest.{java,kt}", "*ArchitectureTests.{java,kt}",
                        "*ArchTest.{java,kt}", "*IntegrationTest.{java,kt}", "*IntegrationTests.{java,kt}",
                        "*SystemTest.{java,kt}", "*SystemTests.{java,kt}"))
                // split, nested-type, regression and scenario tests are named for what no single class file is:
                // only a test named after exactly one class in another package is reported
                .strictMirror(false)
                .build();
        ConfigPolicy config = ConfigPolicy.builder()
                .scope(List.of("src/main/java", "src/main/kotlin", "src/test/java", "src/test/kotlin"))
                .locations(List.of("src/main/resources", "src/test/resources", "config"))
                .files(Glob.all("*.properties", "*.yml", "*.yaml", "*.xml"))
                .allowedElsewhere(Glob.all("pom.xml"))
                .environmentFiles(Glob.all("application-*.{yml,yaml,properties}"))
                .environments(List.of("dev", "test", "staging", "prod"))
                .secretFiles(Glob.all(SECRET_FILES.toArray(String[]::new)))
                .secretKeys(SECRET_KEYS)
                .strictSecrets(false)
                .build();
        DocsPolicy docs = new DocsPolicy("docs", /* optional= */ true,
                /* required= */ List.of("index.md"),
                /* files= */ Glob.all("*.md"),
                /* allowedElsewhere= */ Glob.all(".github/**", "examples/**", "src/site/**", "src/main/resources/**",
                        "src/test/resources/**", "src/it/**"));
        DeployPolicy deploy = new DeployPolicy("deploy", /* optional= */ true, DEPLOY_CATEGORIES, DEPLOY_FILES,
                /* manifestCategory= */ "kubernetes",
                /* allowedElsewhere= */ Glob.all(".github/**", ".ci/**", "docs/**", "examples/**",
                        "src/test/resources/**", "src/it/**"));
        StructurePolicy structure = new StructurePolicy(MAX_DEPTH, /* depthBelowBasePackage= */ true, Naming.JAVA,
                /* sourceRoots= */ List.of("src/main/java", "src/main/kotlin", "src/test/java", "src/test/kotlin"),
                /* resourceRoots= */ List.of("src/main/resources", "src/test/resources"), docs, scripts(), deploy,
                /* environmentsDirectory= */ null, /* runtimeDirectories= */ List.of());
        // what is left after the tools' entries is the target layout's preference (extra documents, deployment trees, images),
        // which well-kept Maven builds often keep in the root: a warning, made an error again with <severities>
        return new Preset(MAVEN, root, layers, tests, config, structure,
                /* severities= */ Map.of(RuleId.ROOT_ALLOWLIST, Severity.WARNING), /* excludes= */ List.of());
    }

    /** The target layout's five layers under the base package of the given source roots, with its dependency rule. */
    private static LayerPolicy cleanArchitecture(List<String> sourceRoots) {
        // shared holds only what truly belongs to no layer, so it may be absent
        List<Layer> layers = LAYER_NAMES.stream()
                .map(name -> name.equals("shared") ? Layer.optional(name) : Layer.named(name))
                .toList();
        return new LayerPolicy(sourceRoots, /* basePackage= */ null, layers, CLEAN_ARCHITECTURE,
                /* exceptions= */ List.of());
    }

    private static ScriptsPolicy scripts() {
        return new ScriptsPolicy("scripts",
                /* categories= */ List.of("build", "test", "deploy", "dev", "maintenance", "validation"),
                /* files= */ Glob.all("*.py", "*.sh"),
                /* header= */ List.of("Purpose:", "Usage:"));
    }

    private static Map<String, List<Glob>> deployFiles() {
        Map<String, List<Glob>> files = new LinkedHashMap<>();
        files.put("docker", Glob.all("Dockerfile*", "*.dockerfile", "docker-compose*.yml", "docker-compose*.yaml",
                "compose.yml", "compose.yaml"));
        files.put("ci-cd", Glob.all("Jenkinsfile", ".gitlab-ci.yml", "azure-pipelines.yml", ".travis.yml",
                "bitbucket-pipelines.yml"));
        return files;
    }

    private static List<TestNamePattern> names(String... patterns) {
        return Arrays.stream(patterns).map(TestNamePattern::parse).toList();
    }

    @SafeVarargs
    private static <T> List<T> join(List<T>... parts) {
        List<T> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return all;
    }
}
