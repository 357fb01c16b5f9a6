package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.ConfigChanges;
import dev.layoutguard.application.settings.ConfiguredDirectory;
import dev.layoutguard.application.settings.LayerChanges;
import dev.layoutguard.application.settings.LayerEdge;
import dev.layoutguard.application.settings.PresetChanges;
import dev.layoutguard.application.settings.RootChanges;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.application.settings.StructureChanges;
import dev.layoutguard.application.settings.TestChanges;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.PlexusContainer;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XML examples of the docs, fed through Maven's own configurator into the check goal, and the settings they yield:
 * each example of {@code docs/configuration.md} field by field, every other example of {@code docs/} at least without
 * an error. Maven's plugin testing harness makes the goal as Maven does, defaults from the plugin descriptor included.
 */
@MojoTest
class AbstractLayoutMojoTest {

    private static final Path REFERENCE = Path.of("docs/configuration.md");
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Build BUILD = new Build(PROJECT, PROJECT.resolve("target"), List.of(), true, PROJECT);
    private static final Pattern XML = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL);
    private static final Path JAVADOC = Path.of("src/main/java/dev/layoutguard/presentation/AbstractLayoutMojo.java");
    private static final Pattern JAVADOC_XML = Pattern.compile("<pre>\\{@code\n(.*?)\n\\s*\\* }</pre>",
            Pattern.DOTALL);
    /** The structured parameters, each with one example in the reference. */
    private static final Set<String> BLOCKS = Set.of("root", "layers", "tests", "config", "structure", "severities",
            "excludes");

    @Inject
    private PlexusContainer container;

    @Test
    void noConfigurationGivesTheDocumentedDefaults(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        assertEquals(Settings.builder(BUILD).build(), settings(mojo, "<configuration/>"));
    }

    @Test
    void theReferenceHasOneExampleForEachStructuredParameter() throws Exception {
        List<String> parameters = new ArrayList<>();
        for (String example : examples(REFERENCE)) {
            parameters.add(Xpp3DomBuilder.build(new StringReader(example)).getName());
        }

        assertEquals(BLOCKS.size(), parameters.size(), "examples: " + parameters);
        assertEquals(BLOCKS, Set.copyOf(parameters));
    }

    @Test
    void theRootExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        RootChanges root = new RootChanges(Glob.all("NOTICE"), Glob.all("tools"), List.of("Makefile"), List.of(
                ProhibitedEntry.of("*.bak", null, "backup file in the project root"),
                ProhibitedEntry.of("notes/", "docs/notes/", "notes directory in the project root")), 15);
        Settings settings = settings(mojo, reference("root"));

        assertEquals(expected(changes -> new PresetChanges(root, changes.layers(), changes.tests(), changes.config(),
                changes.structure(), changes.severities(), changes.excludes())), settings);
        Preset preset = settings.changes().applyTo(Presets.maven(), tree());
        assertEquals(15, preset.root().maxFiles());
        assertTrue(Glob.anyMatches(preset.root().allowedFiles(), "NOTICE"));
        assertFalse(Glob.anyMatches(preset.root().allowedFiles(), "Makefile"));
        assertEquals("docs/notes", preset.root().prohibitedFor("notes", true).fixFor("notes"));
    }

    @Test
    void theLayersExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        LayerChanges layers = new LayerChanges("com.acme.shop", List.of(new Layer("core", List.of("domain")),
                Layer.named("port"), Layer.named("application"), new Layer("adapter", List.of("web", "persistence"),
                        true)),
                List.of(new LayerEdge("port -> core", "port", List.of("core")),
                        new LayerEdge("application -> port, core", "application", List.of("port", "core")),
                        new LayerEdge("adapter -> port, core", "adapter", List.of("port", "core"))),
                List.of(new LayerEdge("adapter -> application", "adapter", List.of("application"))), List.of("port"),
                List.of(new LayerException("com.acme.shop.domain.legacy", "adapter", "being moved behind a port")),
                List.of(new ConfiguredDirectory("src/main/java", "src/main/java", false),
                        new ConfiguredDirectory("src/*/main/kotlin?", "src/*/main/kotlin", true)),
                true, List.of(new LayerEdge("core -> org.springframework, jakarta.persistence", "core",
                        List.of("org.springframework", "jakarta.persistence"))),
                List.of(new LayerEdge("shop-app -> adapter", "shop-app", List.of("adapter"))));
        Settings settings = settings(mojo, reference("layers"));

        assertEquals(expected(changes -> new PresetChanges(changes.root(), layers, changes.tests(), changes.config(),
                changes.structure(), changes.severities(), changes.excludes())), settings);
        Preset preset = settings.changes().applyTo(Presets.maven(), tree("src/main/java"));
        assertEquals(List.of("core", "port", "application", "adapter"), preset.layers().layerNames());
        assertEquals(List.of("core", "port", "application"), preset.layers().allowedFrom("adapter"));
        assertEquals(List.of(false, true, false, true), preset.layers().layers().stream().map(Layer::optional)
                .toList());
        assertEquals(List.of("src/main/java", "src/*/main/kotlin"), preset.layers().sourceRoots());
        assertEquals(true, preset.layers().anyDepth());
        assertEquals(List.of("org.springframework", "jakarta.persistence"), preset.layers().forbiddenFor("core"));
    }

    @Test
    void theTestsExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        TestChanges tests = new TestChanges(
                List.of(new ConfiguredDirectory("src/integration-test/java", "src/integration-test/java", false),
                        new ConfiguredDirectory("src/contract-test/java?", "src/contract-test/java", true)),
                List.of("contract"), List.of("README.md"), "unit", names("*Check"), names("*Spec"), names("*E2E"),
                List.of("Property"),
                List.of(new ConfiguredDirectory("src/main/groovy?", "src/main/groovy", true)),
                Glob.all("**/support/**"), Glob.all("*ContractTest.java"), true);
        Settings settings = settings(mojo, reference("tests"));

        assertEquals(expected(changes -> new PresetChanges(changes.root(), changes.layers(), tests, changes.config(),
                changes.structure(), changes.severities(), changes.excludes())), settings);
        Preset preset = settings.changes().applyTo(Presets.python(), tree("src/integration-test/java"));
        assertEquals(List.of("tests", "src/integration-test/java", "src/contract-test/java"), preset.tests().roots());
        assertTrue(preset.tests().categories().contains("contract"));
        assertTrue(preset.tests().testNames().containsAll(names("*Check", "*Spec", "*E2E")));
        assertTrue(preset.tests().strictMirror());
    }

    @Test
    void theConfigExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        ConfigChanges config = new ConfigChanges(List.of(new ConfiguredDirectory("settings", "settings", false),
                new ConfiguredDirectory("profiles?", "profiles", true)), Glob.all("examples/**"), Glob.all("*.conf"),
                List.of("dev", "qa", "prod"), List.of("signing_key"), true);
        Settings settings = settings(mojo, reference("config"));

        assertEquals(expected(changes -> new PresetChanges(changes.root(), changes.layers(), changes.tests(), config,
                changes.structure(), changes.severities(), changes.excludes())), settings);
        Preset preset = settings.changes().applyTo(Presets.python(), tree("settings"));
        assertEquals(List.of("config", "settings", "profiles"), preset.config().locations());
        assertEquals(List.of("dev", "qa", "prod"), preset.config().environments());
        assertTrue(preset.config().secretKeys().contains("signing_key"));
        assertTrue(preset.config().strictSecrets());
    }

    @Test
    void theStructureExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        StructureChanges structure = new StructureChanges(5, List.of("index.md", "user-guides/"),
                Glob.all("src/site/**"), List.of("release"), List.of("helm"), Glob.all("tools/docker/**"),
                List.of("data"));
        Settings settings = settings(mojo, reference("structure"));

        assertEquals(expected(changes -> new PresetChanges(changes.root(), changes.layers(), changes.tests(),
                changes.config(), structure, changes.severities(), changes.excludes())), settings);
        Preset preset = settings.changes().applyTo(Presets.python(), tree());
        assertEquals(5, preset.structure().maxDepth());
        assertEquals(List.of("index.md", "user-guides/"), preset.structure().docs().required());
        assertEquals(List.of("storage", "reports", "data"), preset.structure().runtimeDirectories());
    }

    @Test
    void theSeveritiesExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        Map<RuleId, Severity> severities = Map.of(RuleId.ROOT_FILE_COUNT, Severity.ERROR, RuleId.ROOT_ALLOWLIST,
                Severity.WARNING);
        Settings settings = settings(mojo, reference("severities"));

        assertEquals(expected(changes -> new PresetChanges(changes.root(), changes.layers(), changes.tests(),
                changes.config(), changes.structure(), severities, changes.excludes())), settings);
        assertEquals(Severity.ERROR, settings.changes().applyTo(Presets.maven(), tree())
                .severityOf(RuleId.ROOT_FILE_COUNT));
    }

    @Test
    void theExcludesExample(@InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        Settings settings = settings(mojo, reference("excludes"));

        assertEquals(expected(changes -> new PresetChanges(changes.root(), changes.layers(), changes.tests(),
                changes.config(), changes.structure(), changes.severities(), Glob.all("legacy/**",
                        "*.generated.yml"))), settings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherExamples")
    void everyOtherExampleInTheDocsConfiguresTheGoal(String page, String configuration,
            @InjectMojo(goal = "check") CheckMojo mojo) throws Exception {
        Settings settings = settings(mojo, configuration);

        List<String> directories = new ArrayList<>();
        Stream.of(settings.changes().tests().roots(), settings.changes().tests().mirrorRoots(),
                settings.changes().config().locations(), settings.changes().layers().sourceRoots())
                .flatMap(List::stream).map(ConfiguredDirectory::path)
                .forEach(directories::add);
        ProjectTree tree = tree(directories.toArray(String[]::new));
        List<String> failures = new ArrayList<>();
        for (Preset preset : List.of(Presets.maven(), Presets.python())) {
            try {
                assertNotNull(settings.changes().applyTo(preset, tree));
                return;
            } catch (SettingsException e) {
                failures.add(preset.name() + ": " + e.getMessage());
            }
        }
        fail("the example of " + page + " fits neither preset: " + failures);
    }

    /** Every XML example of the other pages that configures the plugin: its {@code <configuration>}. */
    static Stream<Arguments> otherExamples() throws Exception {
        List<Arguments> found = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(file -> file.toString().endsWith(".md") && !file.equals(REFERENCE)).sorted()
                    .forEach(pages::add);
        }
        pages.add(Path.of("README.md"));
        int javadoc = 0;
        for (String example : javadocExamples()) {
            found.add(Arguments.of(JAVADOC + " #" + ++javadoc, "<configuration>" + example + "</configuration>"));
        }
        for (Path page : pages) {
            int number = 0;
            for (String example : examples(page)) {
                Xpp3Dom configuration = configurationOf(Xpp3DomBuilder.build(new StringReader(example)));
                if (configuration != null) {
                    found.add(Arguments.of(page + " #" + ++number,
                            configuration.toString()));
                }
            }
        }
        return found.stream();
    }

    /** The XML examples of the parameters' javadoc, which {@code layout:help -Ddetail} prints. */
    static List<String> javadocExamples() throws IOException {
        List<String> examples = new ArrayList<>();
        Matcher matcher = JAVADOC_XML.matcher(Files.readString(JAVADOC, StandardCharsets.UTF_8));
        while (matcher.find()) {
            examples.add(matcher.group(1).replaceAll("(?m)^\\s*\\* ?", ""));
        }
        return examples;
    }

    @Test
    void everyStructuredParameterHasAnExampleInItsJavadoc() throws Exception {
        Set<String> parameters = new HashSet<>();
        for (String example : javadocExamples()) {
            parameters.add(Xpp3DomBuilder.build(new StringReader(example)).getName());
        }
        assertEquals(BLOCKS, parameters);
    }

    /**
     * The {@code <configuration>} of an example: the example itself, the one of this plugin inside it, or the enforcer
     * rule's {@code <layoutGuard>}, which takes the goal's parameters; never another plugin's or tool's.
     */
    private static Xpp3Dom configurationOf(Xpp3Dom example) {
        return example.getName().equals("configuration") ? example : nestedConfiguration(example);
    }

    private static Xpp3Dom nestedConfiguration(Xpp3Dom example) {
        if (example.getName().equals("plugin") && example.getChild("artifactId") != null
                && example.getChild("artifactId").getValue().equals("layoutguard-maven-plugin")) {
            return example.getChild("configuration");
        }
        if (example.getName().equals("layoutGuard")) {
            return example;
        }
        for (Xpp3Dom child : example.getChildren()) {
            Xpp3Dom found = nestedConfiguration(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The settings a configuration yields, as Maven's configurator sets it on the goal. */
    private Settings settings(CheckMojo mojo, String configuration) throws Exception {
        ComponentConfigurator configurator = container.lookup(ComponentConfigurator.class, "basic");
        configurator.configureComponent(mojo, new XmlPlexusConfiguration(Xpp3DomBuilder.build(
                new StringReader(configuration))), new LiteralValues(), container.getContainerRealm());
        MavenProject project = new MavenProject();
        project.setFile(PROJECT.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(PROJECT.resolve("target").toString());
        project.setExecutionRoot(true);
        mojo.project = project;
        mojo.session = null;
        return mojo.settings();
    }

    /** The defaults with the given changes. */
    private static Settings expected(UnaryOperator<PresetChanges> change) {
        return Settings.builder(BUILD).changes(change.apply(PresetChanges.NONE)).build();
    }

    /** The reference's example of a structured parameter, inside a {@code <configuration>}. */
    private static String reference(String parameter) throws Exception {
        Map<String, String> byParameter = new LinkedHashMap<>();
        for (String example : examples(REFERENCE)) {
            byParameter.put(Xpp3DomBuilder.build(new StringReader(example)).getName(), example);
        }
        return "<configuration>" + byParameter.get(parameter) + "</configuration>";
    }

    private static List<String> examples(Path page) throws IOException {
        List<String> examples = new ArrayList<>();
        Matcher matcher = XML.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        return examples;
    }

    private static ProjectTree tree(String... directories) {
        List<Entry> entries = new ArrayList<>();
        for (String directory : directories) {
            for (int slash = directory.indexOf('/'); slash > 0; slash = directory.indexOf('/', slash + 1)) {
                entries.add(Entry.directory(directory.substring(0, slash)));
            }
            entries.add(Entry.directory(directory));
        }
        return ProjectTree.of(entries.stream().distinct().toList());
    }

    private static List<TestNamePattern> names(String... patterns) {
        return Stream.of(patterns).map(TestNamePattern::parse).toList();
    }

    /** Expressions as written: the examples hold none, and the goal's own defaults are set by the harness. */
    private static final class LiteralValues implements ExpressionEvaluator {

        @Override
        public Object evaluate(String expression) {
            return expression;
        }

        @Override
        public File alignToBaseDirectory(File file) {
            return file;
        }
    }
}
