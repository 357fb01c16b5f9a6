package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The two presets the product ships: the organization plan as written ({@code python}) and mapped onto Maven. */
public final class Presets {

    public static final String MAVEN = "maven";
    public static final String PYTHON = "python";
    public static final List<String> NAMES = List.of(MAVEN, PYTHON);

    private static final List<String> LAYER_NAMES = List.of("domain", "application", "infrastructure", "presentation",
            "shared");
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

    /** The organization plan, literally: a Python project driven by Maven. */
    public static Preset python() {
        List<ProhibitedEntry> prohibited = new java.util.ArrayList<>(List.of(
                ProhibitedEntry.of("test_*.py", "tests/", "test module in the project root"),
                ProhibitedEntry.of("*_test.py", "tests/", "test module in the project root"),
                ProhibitedEntry.of("conftest.py", "tests/conftest.py", "pytest configuration in the project root"),
                ProhibitedEntry.of("setup_*.py", "scripts/dev/", "development script in the project root"),
                ProhibitedEntry.of("install_*.py", "scripts/dev/", "development script in the project root"),
                ProhibitedEntry.of("fix_*.py", "scripts/maintenance/", "maintenance script in the project root"),
                ProhibitedEntry.of("update_*.py", "scripts/maintenance/", "maintenance script in the project root"),
                ProhibitedEntry.of("deploy_*.py", "scripts/deploy/", "deployment script in the project root")));
        prohibited.addAll(GUIDES);
        prohibited.addAll(List.of(
                ProhibitedEntry.of("config_*.py", "config/", "configuration module in the project root"),
                ProhibitedEntry.of("settings_*.py", "config/", "configuration module in the project root"),
                ProhibitedEntry.of(".env", "config/environments/", "environment file in the project root"),
                ProhibitedEntry.of(".env.*", "config/environments/", "environment file in the project root"),
                ProhibitedEntry.of("*.env", "config/environments/", "environment file in the project root"),
                ProhibitedEntry.of("Dockerfile*", "deploy/docker/", "Docker file in the project root"),
                ProhibitedEntry.of("docker-compose*.yml", "deploy/docker/", "Docker Compose file in the project root"),
                ProhibitedEntry.of("dist/", "reports/builds/", "build output in the project root"),
                ProhibitedEntry.of("build/", "reports/builds/", "build output in the project root"),
                ProhibitedEntry.of("*.egg-info/", "reports/builds/", "build output in the project root"),
                ProhibitedEntry.of(".coverage", "reports/coverage/", "coverage data in the project root"),
                ProhibitedEntry.of("coverage.xml", "reports/coverage/", "coverage report in the project root"),
                ProhibitedEntry.of("htmlcov/", "reports/coverage/", "coverage report in the project root"),
                ProhibitedEntry.of("*.log", "storage/logs/", "log file in the project root"),
                ProhibitedEntry.of(".venv/", "environments/.{bare}", "virtual environment in the project root"),
                ProhibitedEntry.of("venv/", "environments/.{bare}", "virtual environment in the project root"),
                ProhibitedEntry.of("env/", "environments/.{bare}", "virtual environment in the project root")));
        RootPolicy root = new RootPolicy(
                Glob.all("README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "TODO.md", "pyproject.toml",
                        "requirements.txt", "package.json", "package-lock.json", ".gitignore", ".gitattributes",
                        ".pre-commit-config.yaml", "Makefile", "*.code-workspace", "pom.xml", "mvnw", "mvnw.cmd"),
                Glob.all("src", "tests", "docs", "scripts", "config", "deploy", "examples", "environments", "reports",
                        "storage", ".git", ".github", ".mvn"),
                prohibited, 12);
        LayerPolicy layers = new LayerPolicy(List.of("src"), null, cleanArchitectureLayers(), CLEAN_ARCHITECTURE,
                List.of());
        TestPolicy tests = new TestPolicy(TestStyle.PYTEST, List.of("tests"),
                List.of("unit", "integration", "e2e", "performance", "ui", "fixtures"),
                List.of("conftest.py", "__init__.py"), "unit", List.of("py"), names("test_*"),
                names("test_*", "*_test"), names("test_*"), List.of(), List.of(), List.of("src"),
                Glob.all("conftest.py", "__init__.py", "tests/fixtures/**", "__pycache__", ".pytest_cache",
                        "*.egg-info", "environments/**", "site-packages", "node_modules"),
                List.of());
        List<String> pythonSecretFiles = new java.util.ArrayList<>(SECRET_FILES);
        pythonSecretFiles.addAll(List.of("config_*.py", "settings_*.py"));
        ConfigPolicy config = new ConfigPolicy(List.of(""), List.of("config"),
                List.of("environments", "templates", "validation", "defaults", "README.md"),
                Glob.all("*.yml", "*.yaml", "*.ini", "*.cfg", "*.toml", "*.env", ".env.*", "config_*.py",
                        "settings_*.py"),
                Glob.all("deploy/**", "docs/**", "tests/fixtures/**", ".github/**", "environments/**", ".mvn/**"),
                "config/", "config/environments/", Glob.all("config/environments/*"),
                List.of("development", "testing", "staging", "production"),
                Glob.all(pythonSecretFiles.toArray(String[]::new)), SECRET_KEYS);
        StructurePolicy structure = new StructurePolicy(4, false, Naming.SNAKE_CASE, List.of("src", "tests"),
                new DocsPolicy("docs", false, List.of("getting-started/", "user-guides/", "developer-guides/",
                        "reference/", "deployment/", "examples/", "index.md"), Glob.all("*.md"),
                        Glob.all(".github/**", "examples/**", "tests/fixtures/**")),
                scripts(),
                new DeployPolicy("deploy", false, DEPLOY_CATEGORIES, DEPLOY_FILES, "kubernetes",
                        Glob.all(".github/**", "config/templates/**", "docs/**", "examples/**", "tests/fixtures/**")),
                "environments", List.of("storage", "reports"));
        return new Preset(PYTHON, root, layers, tests, config, structure, Map.of(), List.of());
    }

    /** The same plan on Maven's standard directory layout. */
    public static Preset maven() {
        List<ProhibitedEntry> prohibited = new java.util.ArrayList<>(List.of(
                ProhibitedEntry.of("*Test.java", "src/test/java/", "test class in the project root"),
                ProhibitedEntry.of("*IT.java", "src/test/java/", "integration test class in the project root"),
                ProhibitedEntry.of("*.java", "src/main/java/", "Java source in the project root")));
        prohibited.addAll(GUIDES);
        prohibited.addAll(List.of(
                ProhibitedEntry.of("application*.yml", "src/main/resources/",
                        "application configuration in the project root"),
                ProhibitedEntry.of("application*.yaml", "src/main/resources/",
                        "application configuration in the project root"),
                ProhibitedEntry.of("application*.properties", "src/main/resources/",
                        "application configuration in the project root"),
                ProhibitedEntry.of("Dockerfile*", "deploy/docker/", "Docker file in the project root"),
                ProhibitedEntry.of("*.log", null,
                        "log file in the project root; delete it and keep logs out of the repository")));
        RootPolicy root = new RootPolicy(
                Glob.all("pom.xml", "mvnw", "mvnw.cmd", "README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md",
                        "TODO.md", ".gitignore", ".gitattributes", ".editorconfig", ".pre-commit-config.yaml",
                        "Makefile", "*.code-workspace"),
                Glob.all("src", "docs", "config", "deploy", "scripts", "examples", ".git", ".github", ".mvn", ".ci"),
                prohibited, 12);
        LayerPolicy layers = new LayerPolicy(List.of("src/main/java", "src/main/kotlin"), null,
                cleanArchitectureLayers(), CLEAN_ARCHITECTURE, List.of());
        TestPolicy tests = new TestPolicy(TestStyle.JVM, List.of("src/test/java", "src/test/kotlin"), List.of(),
                List.of(), null, List.of("java", "kt"), SUREFIRE_AND_FAILSAFE, SUREFIRE_AND_FAILSAFE,
                names("*Test", "*Tests", "Test*"), names("IT*", "*IT", "*ITCase"),
                List.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate"),
                List.of("src/main/java", "src/main/kotlin"),
                Glob.all("package-info.java", "module-info.java", "*Mother.{java,kt}", "src/test/resources/**"),
                Glob.all("*ArchitectureTest.{java,kt}", "*ArchitectureTests.{java,kt}", "*ArchTest.{java,kt}"));
        ConfigPolicy config = new ConfigPolicy(
                List.of("src/main/java", "src/main/kotlin", "src/test/java", "src/test/kotlin"),
                List.of("src/main/resources", "src/test/resources", "config"), List.of(),
                Glob.all("*.properties", "*.yml", "*.yaml", "*.xml"), Glob.all("pom.xml"), null, null,
                Glob.all("application-*.{yml,yaml,properties}"), List.of("dev", "test", "staging", "prod"),
                Glob.all(SECRET_FILES.toArray(String[]::new)), SECRET_KEYS);
        StructurePolicy structure = new StructurePolicy(4, true, Naming.JAVA,
                List.of("src/main/java", "src/main/kotlin", "src/test/java", "src/test/kotlin"),
                new DocsPolicy("docs", true, List.of("index.md"), Glob.all("*.md"),
                        Glob.all(".github/**", "examples/**", "src/site/**", "src/main/resources/**",
                                "src/test/resources/**", "src/it/**")),
                scripts(),
                new DeployPolicy("deploy", true, DEPLOY_CATEGORIES, DEPLOY_FILES, "kubernetes",
                        Glob.all(".github/**", ".ci/**", "docs/**", "examples/**", "src/test/resources/**",
                                "src/it/**")),
                null, List.of());
        return new Preset(MAVEN, root, layers, tests, config, structure, Map.of(), List.of());
    }

    private static List<TestNamePattern> names(String... patterns) {
        return java.util.Arrays.stream(patterns).map(TestNamePattern::parse).toList();
    }

    private static ScriptsPolicy scripts() {
        return new ScriptsPolicy("scripts", List.of("build", "test", "deploy", "dev", "maintenance", "validation"),
                Glob.all("*.py", "*.sh"), List.of("Purpose:", "Usage:"));
    }

    private static Map<String, List<Glob>> deployFiles() {
        Map<String, List<Glob>> files = new java.util.LinkedHashMap<>();
        files.put("docker", Glob.all("Dockerfile*", "*.dockerfile", "docker-compose*.yml", "docker-compose*.yaml",
                "compose.yml", "compose.yaml"));
        files.put("ci-cd", Glob.all("Jenkinsfile", ".gitlab-ci.yml", "azure-pipelines.yml", ".travis.yml",
                "bitbucket-pipelines.yml"));
        return files;
    }

    /** The plan's five layers; {@code shared} holds only what truly belongs to no layer, so it may be absent. */
    private static List<Layer> cleanArchitectureLayers() {
        return LAYER_NAMES.stream().map(name -> name.equals("shared") ? Layer.optional(name) : Layer.named(name))
                .toList();
    }
}
