package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class BuildPluginsTest {

    @Test
    void surefiresIncludesReplaceItsDefaults() {
        Plugin surefire = plugin("org.apache.maven.plugins", "maven-surefire-plugin",
                "<includes><include>**/*Check.java</include></includes>");
        surefire.addExecution(execution("default-test", List.of("test"), null));

        BuildPlugins plugins = BuildPlugins.of(List.of(surefire));

        assertEquals(List.of("**/*Check.java"), plugins.unitIncludes());
        assertEquals(List.of(), plugins.integrationIncludes());
    }

    @Test
    void aRunThatNamesNoIncludesRunsTheDefaultsBesideTheOnesThatDo() {
        Plugin surefire = plugin("org.apache.maven.plugins", "maven-surefire-plugin", null);
        surefire.addExecution(execution("default-test", List.of("test"), null));
        surefire.addExecution(execution("checks", List.of("test"),
                "<includes><include>**/*Check.java</include></includes>"));

        assertEquals(List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java",
                "**/*Check.java"), BuildPlugins.of(List.of(surefire)).unitIncludes());
    }

    @Test
    void anExecutionThatRunsNoGoalChangesNothing() {
        // commons-lang: an execution "plain" with includes and no goal never runs; default-test runs the defaults
        Plugin surefire = plugin("org.apache.maven.plugins", "maven-surefire-plugin", null);
        surefire.addExecution(execution("default-test", List.of("test"), null));
        surefire.addExecution(execution("plain", List.of(), "<includes><include>**/*Test.java</include></includes>"));

        assertEquals(List.of(), BuildPlugins.of(List.of(surefire)).unitIncludes());
    }

    @Test
    void failsafesIncludesAndTheRunnersTestSourceDirectories() {
        Plugin failsafe = plugin("org.apache.maven.plugins", "maven-failsafe-plugin",
                "<testSourceDirectory>/p/src/it/java</testSourceDirectory>");
        failsafe.addExecution(execution("it", List.of("integration-test", "verify"),
                "<includes><include>**/*IntegrationTest.java</include></includes>"));
        Plugin surefire = plugin("org.apache.maven.plugins", "maven-surefire-plugin",
                "<testSourceDirectory>src</testSourceDirectory>");

        BuildPlugins plugins = BuildPlugins.of(List.of(failsafe, surefire));

        assertEquals(List.of("**/*IntegrationTest.java"), plugins.integrationIncludes());
        assertEquals(List.of("src", "/p/src/it/java"), plugins.testRoots());
    }

    @Test
    void rootsThatBuildHelperAndGmavenplusAddInLaterPhases() {
        // ddd-by-examples/library: gmavenplus adds src/test/groovy and src/integration-test/groovy as test roots
        Plugin groovy = plugin("org.codehaus.gmavenplus", "gmavenplus-plugin", "<testSources>"
                + "<testSource><directory>src/test/groovy</directory></testSource>"
                + "<testSource><directory>src/integration-test/groovy</directory></testSource></testSources>");
        groovy.addExecution(execution("default", List.of("compileTests", "addTestSources"), null));
        groovy.addExecution(execution("main", List.of("addSources"), null));
        Plugin helper = plugin("org.codehaus.mojo", "build-helper-maven-plugin", null);
        helper.addExecution(execution("it", List.of("add-test-source"),
                "<sources><source>src/it/java</source></sources>"));
        helper.addExecution(execution("gen", List.of("add-source"), "<sources><source>src/gen/java</source></sources>"));
        helper.addExecution(execution("res", List.of("add-test-resource"),
                "<resources><resource><directory>src/integration-test/resources</directory></resource></resources>"));
        // the look-alike: the same configuration under another plugin says nothing
        Plugin other = plugin("org.acme", "groovy-plugin", "<testSources><testSource><directory>x</directory>"
                + "</testSource></testSources>");
        other.addExecution(execution("default", List.of("addTestSources"), null));

        BuildPlugins plugins = BuildPlugins.of(List.of(groovy, helper, other));

        assertEquals(List.of("src/it/java", "src/test/groovy", "src/integration-test/groovy"), plugins.testRoots());
        assertEquals(List.of("src/gen/java", "src/main/groovy"), plugins.sourceRoots());
        assertEquals(List.of("src/integration-test/resources"), plugins.resourceRoots());
    }

    @Test
    void aBuildWithoutTheRunnersNamesNoIncludes() {
        BuildPlugins plugins = BuildPlugins.of(new ArrayList<>());

        assertEquals(List.of(), plugins.unitIncludes());
        assertEquals(List.of(), plugins.integrationIncludes());
        assertEquals(List.of(), plugins.testRoots());
    }

    private static Plugin plugin(String group, String artifact, String configuration) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(group);
        plugin.setArtifactId(artifact);
        plugin.setConfiguration(dom(configuration));
        return plugin;
    }

    private static PluginExecution execution(String id, List<String> goals, String configuration) {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setGoals(new ArrayList<>(goals));
        execution.setConfiguration(dom(configuration));
        return execution;
    }

    private static Xpp3Dom dom(String configuration) {
        if (configuration == null) {
            return null;
        }
        try {
            return Xpp3DomBuilder.build(new StringReader("<configuration>" + configuration + "</configuration>"));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
