package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.RootPolicy;
import dev.layoutguard.domain.preset.StructurePolicy;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BlockMappingTest {

    private static final ProjectTree TREE = ProjectTree.of(List.of(Entry.directory("src"),
            Entry.directory("src/it"), Entry.directory("src/it/java"), Entry.directory("tests"),
            Entry.directory("tests/contract"), Entry.directory("settings"), Entry.directory("shared"),
            Entry.directory("shared/config")));
    private static final String LAYERS = " (layers are domain, application, infrastructure, presentation, shared)";

    @Test
    void anAbsentBlockChangesNothing() throws SettingsException {
        assertEquals(Presets.maven().root(), BlockMapping.root(null).applyTo(Presets.maven().root()));
        assertEquals(Presets.maven().layers(), BlockMapping.layers(new LayersConfiguration())
                .applyTo(Presets.maven().layers(), TREE));
        assertEquals(Presets.python().tests(), BlockMapping.tests(new TestsConfiguration())
                .applyTo(Presets.python().tests(), TREE));
        assertEquals(Presets.python().config(), BlockMapping.config(new ConfigConfiguration())
                .applyTo(Presets.python().config(), TREE::hasDirectory));
        assertEquals(Presets.maven().structure(), BlockMapping.structure(new StructureConfiguration())
                .applyTo(Presets.maven().structure()));
    }

    @Test
    void rootAllowExtendsFilesAndDirectoriesAndDisallowRemovesPresetEntries() throws SettingsException {
        RootConfiguration root = new RootConfiguration();
        root.allow = List.of("NOTICE", "tools/");
        root.disallow = List.of("Makefile", "examples/");

        RootPolicy policy = BlockMapping.root(root).applyTo(Presets.maven().root());

        assertTrue(Glob.anyMatches(policy.allowedFiles(), "NOTICE"));
        assertTrue(Glob.anyMatches(policy.allowedDirectories(), "tools"));
        assertFalse(Glob.anyMatches(policy.allowedFiles(), "tools"));
        assertTrue(Glob.anyMatches(policy.allowedFiles(), "pom.xml"));
        assertFalse(Glob.anyMatches(policy.allowedFiles(), "Makefile"));
        assertFalse(Glob.anyMatches(policy.allowedDirectories(), "examples"));
    }

    @Test
    void rootDisallowTakesAnEntryToolsRequireAwayToo() throws SettingsException {
        RootConfiguration root = new RootConfiguration();
        root.disallow = List.of(".idea/", "build.gradle");

        RootPolicy policy = BlockMapping.root(root).applyTo(Presets.maven().root());

        assertFalse(policy.allows(".idea", true));
        assertFalse(policy.allows("build.gradle", false));
        assertTrue(policy.allows("build.gradle.kts", false));
        assertTrue(policy.allows(".vscode", true));
    }

    @Test
    void rootProhibitedEntriesComeFirstAndKeepTheirTargets() throws SettingsException {
        RootConfiguration root = new RootConfiguration();
        root.prohibit = List.of(prohibited("notes/", "docs/notes/"), prohibited("*.java.bak", null));
        root.maxFiles = 20;

        RootPolicy policy = BlockMapping.root(root).applyTo(Presets.maven().root());

        ProhibitedEntry entry = policy.prohibitedFor("notes", true);
        assertEquals("docs/notes", entry.fixFor("notes"));
        assertEquals("prohibited entry in the project root", policy.prohibitedFor("A.java.bak", false).description());
        assertNull(policy.prohibitedFor("A.java.bak", false).fixFor("A.java.bak"));
        assertEquals("src/main/java/", policy.prohibitedFor("A.java", false).target());
        assertEquals(20, policy.maxFiles());
    }

    @Test
    void rootRejectsBadValuesNamingTheParameter() {
        RootConfiguration glob = new RootConfiguration();
        glob.allow = List.of("{broken");
        RootConfiguration target = new RootConfiguration();
        target.prohibit = List.of(prohibited("*.txt", "../elsewhere/"));
        RootConfiguration pattern = new RootConfiguration();
        pattern.prohibit = List.of(prohibited(" ", "docs/"));
        RootConfiguration limit = new RootConfiguration();
        limit.maxFiles = -1;
        RootConfiguration disallow = new RootConfiguration();
        disallow.disallow = List.of("Rakefile");

        assertRejected("Invalid value '{broken' for parameter 'root.allow': not a valid glob: Missing '}",
                () -> BlockMapping.root(glob));
        assertRejected("Invalid value '../elsewhere/' for parameter 'root.prohibit': not a path inside the project",
                () -> BlockMapping.root(target));
        assertRejected("Invalid parameter 'root.prohibit': an entry has no <pattern>", () -> BlockMapping.root(pattern));
        assertRejected("Invalid value '-1' for parameter 'root.maxFiles': must be 0 or more",
                () -> BlockMapping.root(limit));
        assertRejected("Invalid value 'Rakefile' for parameter 'root.disallow': not in the preset's allowlist nor "
                + "among the entries tools require",
                () -> BlockMapping.root(disallow).applyTo(Presets.maven().root()));
    }

    @Test
    void layersSetTheBasePackageAndAddEdgesOptionalLayersAndExceptions() throws SettingsException {
        LayersConfiguration layers = new LayersConfiguration();
        layers.basePackage = " com/acme/shop ";
        layers.allow = List.of("presentation -> infrastructure");
        layers.optional = List.of("presentation");
        layers.exceptions = List.of(exception("com.acme.shop.domain.legacy", "infrastructure", "moving out"));

        LayerPolicy policy = BlockMapping.layers(layers).applyTo(Presets.maven().layers(), TREE);

        assertEquals("com.acme.shop", policy.basePackage());
        assertEquals(List.of("domain", "application", "infrastructure", "shared"), policy.allowedFrom("presentation"));
        assertEquals(List.of(false, false, false, true, true), policy.layers().stream().map(Layer::optional).toList());
        assertEquals(List.of(new LayerException("com.acme.shop.domain.legacy", "infrastructure", "moving out")),
                policy.exceptions());
    }

    @Test
    void layerDefinitionsAndDependenciesReplaceThePresetsForPortsAndAdapters() throws SettingsException {
        LayersConfiguration layers = new LayersConfiguration();
        layers.definitions = List.of(layer("core", "domain"), layer("port"), layer("adapter", "web", "persistence"));
        layers.dependencies = List.of("port -> core", "adapter -> port, core", "core ->");

        LayerPolicy policy = BlockMapping.layers(layers).applyTo(Presets.maven().layers(), TREE);

        assertEquals(List.of(new Layer("core", List.of("domain")), new Layer("port", List.of("port")),
                new Layer("adapter", List.of("web", "persistence"))), policy.layers());
        assertEquals(Map.of("port", Set.of("core"), "adapter", Set.of("port", "core"), "core", Set.of()),
                policy.allowed());
    }

    @Test
    void redefinedLayersKeepThePresetEdgesBetweenLayersThatStillExist() throws SettingsException {
        LayersConfiguration layers = new LayersConfiguration();
        layers.definitions = List.of(layer("domain", "domain", "model"), layer("application"), layer("infrastructure"));

        assertEquals(Map.of("domain", Set.of(), "application", Set.of("domain"), "infrastructure",
                Set.of("application", "domain")), BlockMapping.layers(layers).applyTo(Presets.maven().layers(), TREE)
                .allowed());
    }

    @Test
    void layersNameAnUnknownLayerWhereverItIsWritten() {
        assertLayerRejected("Invalid value 'presentation -> infra' for parameter 'layers.allow': unknown layer 'infra'"
                + LAYERS, layers -> layers.allow = List.of("presentation -> infra"));
        assertLayerRejected("Invalid value 'web -> domain' for parameter 'layers.dependencies': unknown layer 'web'"
                + LAYERS, layers -> layers.dependencies = List.of("web -> domain"));
        assertLayerRejected("Invalid value 'ui' for parameter 'layers.optional': unknown layer 'ui'" + LAYERS,
                layers -> layers.optional = List.of("ui"));
        assertLayerRejected("Invalid value 'com.acme.shop.presentation -> infra' for parameter 'layers.exceptions': "
                + "unknown layer 'infra'" + LAYERS, layers -> layers.exceptions = List.of(
                        exception("com.acme.shop.presentation", "infra", "wiring")));
    }

    @Test
    void layerModulesMapArtifactIdsToLayersOneEach() throws SettingsException {
        LayersConfiguration layers = new LayersConfiguration();
        layers.modules = List.of(" shop-app -> presentation ", "acme.shop-jdbc -> infrastructure");

        assertEquals(Map.of("shop-app", "presentation", "acme.shop-jdbc", "infrastructure"),
                BlockMapping.layers(layers).moduleLayers(Presets.maven().layers().layerNames()));
        assertLayerRejected("Invalid value 'shop-app -> web' for parameter 'layers.modules': unknown layer 'web'"
                + LAYERS, shape -> shape.modules = List.of("shop-app -> web"));
        assertLayerRejected("Invalid value 'shop-app -> presentation, application' for parameter 'layers.modules': a "
                + "module is mapped to one layer: 'artifactId -> layer'",
                shape -> shape.modules = List.of("shop-app -> presentation, application"));
        assertLayerRejected("Invalid value 'shop/app -> presentation' for parameter 'layers.modules': 'shop/app' is "
                + "not an artifactId", shape -> shape.modules = List.of("shop/app -> presentation"));
        assertLayerRejected("Invalid value 'shop-app -> application' for parameter 'layers.modules': module shop-app "
                + "is mapped twice", shape -> shape.modules = List.of("shop-app -> presentation",
                        "shop-app -> application"));
        assertLayerRejected("Invalid value 'shop-app' for parameter 'layers.modules': not of the form "
                + "'layer -> layer, layer'", shape -> shape.modules = List.of("shop-app"));
    }

    @Test
    void layersRejectMalformedEdgesExceptionsWithoutAReasonAndBadPackages() {
        assertLayerRejected("Invalid value 'presentation infrastructure' for parameter 'layers.allow': not of the form "
                + "'layer -> layer, layer'", layers -> layers.allow = List.of("presentation infrastructure"));
        assertLayerRejected("Invalid value 'presentation -> infrastructure' for parameter 'layers.exceptions': an "
                + "exception needs a <reason>",
                layers -> layers.exceptions = List.of(exception("presentation", "infrastructure", " ")));
        assertLayerRejected("Invalid parameter 'layers.exceptions': an exception needs a <source> and a <target> "
                + "layer", layers -> layers.exceptions = List.of(exception("presentation", null, "why")));
        assertLayerRejected("Invalid value 'com..acme' for parameter 'layers.basePackage': not a dotted package name",
                layers -> layers.basePackage = "com..acme");
        assertLayerRejected("Invalid value 'adapter/web' for parameter 'layers.definitions': not a dotted package "
                + "name under the base package (layer adapter)",
                layers -> layers.definitions = List.of(layer("adapter", "adapter/web")));
        assertLayerRejected("Invalid value 'a -> b' for parameter 'layers.definitions': a layer name is a word of "
                + "letters, digits, '_' or '-'", layers -> layers.definitions = List.of(layer("a -> b")));
        assertLayerRejected("Invalid parameter 'layers.definitions': package web belongs to two layers: a and b",
                layers -> layers.definitions = List.of(layer("a", "web"), layer("b", "web")));
    }

    @Test
    void testsExtendThePresetsListsAndMakeNewNamePatternsTestNames() throws SettingsException {
        TestsConfiguration tests = new TestsConfiguration();
        tests.roots = List.of("src/it/java/", "src/contract/java?");
        tests.unitTestNames = List.of("**/*Spec.java");
        tests.integrationTestNames = List.of("*E2E");
        tests.testAnnotations = List.of("@net.jqwik.api.Property");
        tests.exempt = List.of("**/support/**");
        tests.unmirrored = List.of("*ContractTest.java");

        TestPolicy policy = BlockMapping.tests(tests).applyTo(Presets.maven().tests(), TREE);

        assertEquals(List.of("src/test/java", "src/test/kotlin", "src/it/java", "src/contract/java"), policy.roots());
        assertTrue(policy.unitTestNames().contains(TestNamePattern.parse("*Spec")));
        assertTrue(policy.integrationNames().contains(TestNamePattern.parse("*E2E")));
        assertTrue(policy.testNames().containsAll(List.of(TestNamePattern.parse("*Spec"),
                TestNamePattern.parse("*E2E"))));
        assertTrue(policy.collectedNames().contains(TestNamePattern.parse("*Spec")));
        assertTrue(policy.testAnnotations().contains("Property"));
        assertTrue(policy.isExempt("src/test/java/com/acme/support/Stub.java"));
        assertTrue(policy.isUnmirrored("src/test/java/com/acme/RepositoryContractTest.java"));
    }

    @Test
    void testsReplaceTheUnitCategoryWithAConfiguredCategory() throws SettingsException {
        TestsConfiguration tests = new TestsConfiguration();
        tests.categories = List.of("contract", "unittests");
        tests.unitCategory = "unittests";
        tests.rootFiles = List.of("README.md");

        TestPolicy policy = BlockMapping.tests(tests).applyTo(Presets.python().tests(), TREE);

        assertEquals("unittests", policy.unitCategory());
        assertEquals(List.of("unit", "integration", "e2e", "performance", "ui", "fixtures", "contract", "unittests"),
                policy.categories());
        assertEquals(List.of("conftest.py", "__init__.py", "pytest.ini", "tox.ini", "README.md"), policy.rootFiles());
    }

    @Test
    void testsRejectBadValuesNamingTheParameterAndTheValue() {
        assertTestsRejected("Invalid value 'src/missing/java' for parameter 'tests.roots': matches no directory of the "
                + "project (create it, or end it with ? if it is optional)",
                tests -> tests.roots = List.of("src/missing/java"));
        assertTestsRejected("Invalid value '../shared/src' for parameter 'tests.mirrorRoots': not a directory inside "
                + "the project", tests -> tests.mirrorRoots = List.of("../shared/src"));
        assertTestsRejected("Invalid value '/abs/tests' for parameter 'tests.roots': not a directory inside the "
                + "project", tests -> tests.roots = List.of("/abs/tests"));
        assertTestsRejected("Invalid value '*Spec*' for parameter 'tests.unitTestNames': test name pattern '*Spec*' "
                + "must have exactly one * and no other glob syntax, such as *Test or test_*",
                tests -> tests.unitTestNames = List.of("*Spec*"));
        assertTestsRejected("Invalid value 'my-test' for parameter 'tests.testAnnotations': not an annotation name",
                tests -> tests.testAnnotations = List.of("my-test"));
        assertTestsRejected("Invalid value 'unit/domain' for parameter 'tests.categories': not a plain name",
                tests -> tests.categories = List.of("unit/domain"));
        assertTestsRejected("Invalid value 'units' for parameter 'tests.unitCategory': not a test category "
                + "(categories: unit, integration, e2e, performance, ui, fixtures)", tests -> tests.unitCategory = "units");
        assertTestsRejected("Invalid value '[a' for parameter 'tests.exempt': not a valid glob: Missing ']",
                tests -> tests.exempt = List.of("[a"));
    }

    @Test
    void configExtendsLocationsPlacesFilesAndSecretWordsAndReplacesEnvironments() throws SettingsException {
        ConfigConfiguration config = new ConfigConfiguration();
        config.locations = List.of("settings/", "./shared/config", "profiles?");
        config.allow = List.of("examples/**");
        config.files = List.of("*.conf");
        config.environments = List.of(" dev ", "qa");
        config.secretWords = List.of("signing_key");
        ConfigPolicy python = Presets.python().config();

        ConfigPolicy changed = BlockMapping.config(config).applyTo(python, TREE::hasDirectory);

        assertEquals(List.of("config", "settings", "shared/config", "profiles"), changed.locations());
        assertEquals(Glob.of("examples/**"), changed.allowedElsewhere().get(changed.allowedElsewhere().size() - 1));
        assertEquals(Glob.of("*.conf"), changed.files().get(changed.files().size() - 1));
        assertEquals(List.of("dev", "qa"), changed.environments());
        assertEquals("signing_key", changed.secretKeys().get(changed.secretKeys().size() - 1));
        assertEquals(python.secretKeys().size() + 1, changed.secretKeys().size());
    }

    @Test
    void configCountsThrowawayCredentialsOnlyWhenStrictSecretsSaysSo() throws SettingsException {
        ConfigPolicy python = Presets.python().config();
        ConfigConfiguration strict = new ConfigConfiguration();
        strict.strictSecrets = true;
        ConfigConfiguration lenient = new ConfigConfiguration();
        lenient.strictSecrets = false;

        assertFalse(python.strictSecrets());
        assertTrue(BlockMapping.config(strict).applyTo(python, TREE::hasDirectory).strictSecrets());
        assertFalse(BlockMapping.config(lenient).applyTo(python.withStrictSecrets(true), TREE::hasDirectory)
                .strictSecrets());
        assertTrue(BlockMapping.config(new ConfigConfiguration()).applyTo(python.withStrictSecrets(true),
                TREE::hasDirectory).strictSecrets());
    }

    @Test
    void configRejectsBadValuesNamingTheParameterAndTheValue() {
        assertConfigRejected("Invalid value '../shared' for parameter 'config.locations': not a directory inside the "
                + "project", config -> config.locations = List.of("../shared"));
        assertConfigRejected("Invalid value 'C:/config' for parameter 'config.locations': not a directory inside the "
                + "project", config -> config.locations = List.of("C:/config"));
        assertConfigRejected("Invalid value 'missing' for parameter 'config.locations': matches no directory of the "
                + "project (create it, or end it with ? if it is optional)",
                config -> config.locations = List.of("missing"));
        assertConfigRejected("Invalid value 'docs/[' for parameter 'config.allow': not a valid glob: Missing ']",
                config -> config.allow = List.of("docs/["));
        assertConfigRejected("Invalid value '' for parameter 'config.files': an empty glob matches nothing",
                config -> config.files = List.of(" "));
        assertConfigRejected("Invalid value 'my env' for parameter 'config.environments': not an environment name",
                config -> config.environments = List.of("my env"));
        assertConfigRejected("Invalid value '' for parameter 'config.environments': not an environment name",
                config -> config.environments = Arrays.asList((String) null));
        assertConfigRejected("Invalid value '--' for parameter 'config.secretWords': has no letters or digits to match "
                + "key names by", config -> config.secretWords = List.of("--"));
    }

    @Test
    void structureExtendsThePresetsListsAndReplacesTheRequiredDocs() throws SettingsException {
        StructureConfiguration structure = new StructureConfiguration();
        structure.maxDepth = 6;
        structure.requiredDocs = List.of("index.md", "guides/");
        structure.docsAllowedIn = List.of("notes/**");
        structure.scriptCategories = List.of("release");
        structure.deployCategories = List.of("helm");
        structure.deployAllowedIn = List.of("tools/docker/**");
        structure.runtimeDirectories = List.of("data");

        StructurePolicy policy = BlockMapping.structure(structure).applyTo(Presets.python().structure());

        assertEquals(6, policy.maxDepth());
        assertEquals(List.of("index.md", "guides/"), policy.docs().required());
        assertEquals(Glob.of("notes/**"), policy.docs().allowedElsewhere().get(policy.docs().allowedElsewhere().size()
                - 1));
        assertEquals(List.of("build", "test", "deploy", "dev", "maintenance", "validation", "release"),
                policy.scripts().categories());
        assertEquals(List.of("docker", "kubernetes", "ci-cd", "cloud", "helm"), policy.deploy().categories());
        assertEquals(Glob.of("tools/docker/**"),
                policy.deploy().allowedElsewhere().get(policy.deploy().allowedElsewhere().size() - 1));
        assertEquals(List.of("storage", "reports", "data"), policy.runtimeDirectories());
    }

    @Test
    void structureRejectsBadValuesNamingTheParameterAndTheValue() {
        assertStructureRejected("Invalid value '0' for parameter 'structure.maxDepth': must be 1 or more",
                structure -> structure.maxDepth = 0);
        assertStructureRejected("Invalid value '../README.md' for parameter 'structure.requiredDocs': not a path inside "
                + "the docs directory", structure -> structure.requiredDocs = List.of("../README.md"));
        assertStructureRejected("Invalid value 'tools/release' for parameter 'structure.scriptCategories': not a plain "
                + "name", structure -> structure.scriptCategories = List.of("tools/release"));
        assertStructureRejected("Invalid value 'notes/[' for parameter 'structure.docsAllowedIn': not a valid glob: "
                + "Missing ']", structure -> structure.docsAllowedIn = List.of("notes/["));
    }

    private static ProhibitedConfiguration prohibited(String pattern, String target) {
        ProhibitedConfiguration entry = new ProhibitedConfiguration();
        entry.pattern = pattern;
        entry.target = target;
        return entry;
    }

    private static LayerConfiguration layer(String name, String... packages) {
        LayerConfiguration layer = new LayerConfiguration();
        layer.name = name;
        layer.packages = List.of(packages);
        return layer;
    }

    private static LayerExceptionConfiguration exception(String source, String target, String reason) {
        LayerExceptionConfiguration exception = new LayerExceptionConfiguration();
        exception.source = source;
        exception.target = target;
        exception.reason = reason;
        return exception;
    }

    private static void assertLayerRejected(String message, Change<LayersConfiguration> change) {
        LayersConfiguration layers = new LayersConfiguration();
        change.apply(layers);
        assertRejected(message, () -> BlockMapping.layers(layers).applyTo(Presets.maven().layers(), TREE));
    }

    private static void assertTestsRejected(String message, Change<TestsConfiguration> change) {
        TestsConfiguration tests = new TestsConfiguration();
        change.apply(tests);
        assertRejected(message, () -> BlockMapping.tests(tests).applyTo(Presets.python().tests(), TREE));
    }

    private static void assertConfigRejected(String message, Change<ConfigConfiguration> change) {
        ConfigConfiguration config = new ConfigConfiguration();
        change.apply(config);
        assertRejected(message, () -> BlockMapping.config(config).applyTo(Presets.python().config(),
                TREE::hasDirectory));
    }

    private static void assertStructureRejected(String message, Change<StructureConfiguration> change) {
        StructureConfiguration structure = new StructureConfiguration();
        change.apply(structure);
        assertRejected(message, () -> BlockMapping.structure(structure).applyTo(Presets.python().structure()));
    }

    private static void assertRejected(String message, Executable mapping) {
        assertEquals(message, assertThrows(SettingsException.class, mapping).getMessage());
    }

    /** Sets fields of a configuration shape, as Maven's configurator would. */
    @FunctionalInterface
    private interface Change<T> {
        void apply(T shape);
    }
}
