package dev.layoutguard.presentation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What a project's build plugins configure about where sources and tests live and which tests run, read from their
 * configuration in the effective model: Surefire's and Failsafe's includes and {@code testSourceDirectory}, and the
 * roots that build-helper-maven-plugin and GMavenPlus add. Those add theirs in later phases than {@code validate},
 * so their configuration is read rather than the model's roots. A value in an execution's configuration wins over the
 * plugin's, as when Maven runs it.
 */
final class BuildPlugins {

    /** Surefire's includes when it names none. */
    static final List<String> SUREFIRE_DEFAULTS = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
            "**/*TestCase.java");
    /** Failsafe's includes when it names none. */
    static final List<String> FAILSAFE_DEFAULTS = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

    private static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";
    private static final String FAILSAFE = "org.apache.maven.plugins:maven-failsafe-plugin";
    private static final String BUILD_HELPER = "org.codehaus.mojo:build-helper-maven-plugin";
    private static final String GMAVENPLUS = "org.codehaus.gmavenplus:gmavenplus-plugin";

    private final Set<String> sourceRoots = new LinkedHashSet<>();
    private final Set<String> testRoots = new LinkedHashSet<>();
    private final Set<String> resourceRoots = new LinkedHashSet<>();
    private final List<String> unitIncludes;
    private final List<String> integrationIncludes;

    private BuildPlugins(List<Plugin> plugins) {
        unitIncludes = runner(find(plugins, SUREFIRE), SUREFIRE_DEFAULTS);
        integrationIncludes = runner(find(plugins, FAILSAFE), FAILSAFE_DEFAULTS);
        Plugin helper = find(plugins, BUILD_HELPER);
        for (Configuration execution : executions(helper)) {
            if (execution.runs("add-source")) {
                sourceRoots.addAll(execution.values("sources", "source"));
            }
            if (execution.runs("add-test-source")) {
                testRoots.addAll(execution.values("sources", "source"));
            }
            if (execution.runs("add-resource") || execution.runs("add-test-resource")) {
                resourceRoots.addAll(execution.values("resources", "resource", "directory"));
            }
        }
        Plugin groovy = find(plugins, GMAVENPLUS);
        for (Configuration execution : executions(groovy)) {
            if (execution.runs("addSources")) {
                sourceRoots.addAll(execution.valuesOr("src/main/groovy", "sources", "source", "directory"));
            }
            if (execution.runs("addTestSources")) {
                testRoots.addAll(execution.valuesOr("src/test/groovy", "testSources", "testSource", "directory"));
            }
        }
    }

    /** What the plugins of a project's build configure. */
    static BuildPlugins of(List<Plugin> plugins) {
        return new BuildPlugins(plugins);
    }

    List<String> sourceRoots() {
        return List.copyOf(sourceRoots);
    }

    List<String> testRoots() {
        return List.copyOf(testRoots);
    }

    List<String> resourceRoots() {
        return List.copyOf(resourceRoots);
    }

    /** The includes of every run of Surefire, its defaults where a run names none; empty when no run names its own. */
    List<String> unitIncludes() {
        return unitIncludes;
    }

    /** The includes of every run of Failsafe, as {@link #unitIncludes} are Surefire's. */
    List<String> integrationIncludes() {
        return integrationIncludes;
    }

    /**
     * A test runner's includes in all its runs, its defaults for a run that names none, or nothing when no run names
     * its own; and the test source directory each run names.
     */
    private List<String> runner(Plugin plugin, List<String> defaults) {
        List<Configuration> runs = executions(plugin);
        if (runs.isEmpty() && plugin != null) {
            runs = List.of(new Configuration(List.of(), dom(plugin.getConfiguration()), null));
        }
        Set<String> includes = new LinkedHashSet<>();
        boolean named = false;
        for (Configuration run : runs) {
            List<String> own = run.values("includes", "include");
            named |= !own.isEmpty();
            includes.addAll(own.isEmpty() ? defaults : own);
            testRoots.addAll(run.values("testSourceDirectory"));
        }
        return named ? List.copyOf(includes) : List.of();
    }

    private static Plugin find(List<Plugin> plugins, String key) {
        return plugins.stream().filter(plugin -> key.equals(plugin.getKey())).findFirst().orElse(null);
    }

    /** The plugin's executions that run goals, each with its configuration over the plugin's. */
    private static List<Configuration> executions(Plugin plugin) {
        List<Configuration> executions = new ArrayList<>();
        if (plugin != null) {
            for (PluginExecution execution : plugin.getExecutions()) {
                if (!execution.getGoals().isEmpty()) {
                    executions.add(new Configuration(execution.getGoals(), dom(plugin.getConfiguration()),
                            dom(execution.getConfiguration())));
                }
            }
        }
        return executions;
    }

    private static Xpp3Dom dom(Object configuration) {
        return configuration instanceof Xpp3Dom dom ? dom : null;
    }

    /** One run of a plugin: its goals, and its configuration with the plugin's beneath. */
    private record Configuration(List<String> goals, Xpp3Dom plugin, Xpp3Dom execution) {

        boolean runs(String goal) {
            return goals.contains(goal);
        }

        /** The texts at a path of element names, from the execution's configuration if it has any, else the plugin's. */
        List<String> values(String... path) {
            List<String> own = collect(execution, path);
            return own.isEmpty() ? collect(plugin, path) : own;
        }

        List<String> valuesOr(String fallback, String... path) {
            List<String> values = values(path);
            return values.isEmpty() ? List.of(fallback) : values;
        }

        private static List<String> collect(Xpp3Dom configuration, String... path) {
            List<Xpp3Dom> level = configuration == null ? List.of() : List.of(configuration);
            for (String name : path) {
                List<Xpp3Dom> next = new ArrayList<>();
                level.forEach(element -> next.addAll(List.of(element.getChildren(name))));
                level = next;
            }
            return level.stream().map(Xpp3Dom::getValue).filter(value -> value != null && !value.isBlank())
                    .map(String::trim).toList();
        }
    }
}
