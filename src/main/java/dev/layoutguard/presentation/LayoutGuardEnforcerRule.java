package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.Settings;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.enforcer.rule.api.AbstractEnforcerRule;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.slf4j.LoggerFactory;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * The {@code check} goal as a maven-enforcer-plugin rule, {@code <layoutGuard/>}: the same parameters under the same
 * names (set in the rule's XML, not by {@code layout.*} properties), the same console lines and report files, and the
 * build fails on the same findings. The plugin goes in as a dependency of maven-enforcer-plugin.
 */
@Named("layoutGuard")
public class LayoutGuardEnforcerRule extends AbstractEnforcerRule {

    private static final String POM_PROPERTIES =
            "/META-INF/maven/dev.layoutguard/layoutguard-maven-plugin/pom.properties";

    private final MavenProject project;
    private final MavenSession session;

    String preset = "auto";
    boolean failOnViolation = true;
    boolean failOnWarning;
    String rules;
    String skipRules;
    String formats = "json,sarif,html";
    File outputDirectory;
    boolean respectGitignore = true;
    String baseline = Settings.DEFAULT_BASELINE;
    boolean baselineStrict;
    boolean cache = true;
    RootConfiguration root;
    StructureConfiguration structure;
    LayersConfiguration layers;
    TestsConfiguration tests;
    ConfigConfiguration config;
    Map<String, String> severities;
    List<String> excludes;

    /** A rule for the project the enforcer runs on. */
    @Inject
    public LayoutGuardEnforcerRule(MavenProject project, MavenSession session) {
        this.project = project;
        this.session = session;
    }

    @Override
    public void execute() throws EnforcerRuleException {
        try {
            goal().execute();
        } catch (MojoFailureException e) {
            throw new EnforcerRuleException(e.getMessage(), e);
        } catch (MojoExecutionException e) {
            // a misconfiguration: the message names the parameter and the value, as the goal's does
            throw new EnforcerRuleError(e.getMessage(), e);
        }
    }

    /** The {@code check} goal with this rule's settings. */
    CheckMojo goal() {
        CheckMojo goal = new CheckMojo();
        goal.setLog(new Slf4jLog(LoggerFactory.getLogger(LayoutGuardEnforcerRule.class)));
        goal.project = project;
        goal.session = session;
        goal.plugin = descriptor();
        goal.buildContext = new DefaultBuildContext();
        goal.preset = preset;
        goal.failOnViolation = failOnViolation;
        goal.failOnWarning = failOnWarning;
        goal.rules = rules;
        goal.skipRules = skipRules;
        goal.formats = formats;
        goal.outputDirectory = outputDirectory != null ? outputDirectory
                : new File(project.getBuild().getDirectory(), "layout");
        goal.respectGitignore = respectGitignore;
        goal.baseline = baseline;
        goal.baselineStrict = baselineStrict;
        goal.cache = cache;
        goal.root = root;
        goal.structure = structure;
        goal.layers = layers;
        goal.tests = tests;
        goal.config = config;
        goal.severities = severities;
        goal.excludes = excludes;
        return goal;
    }

    /** The plugin's coordinates as its jar records them, so that the reports carry its version. */
    private static PluginDescriptor descriptor() {
        PluginDescriptor descriptor = new PluginDescriptor();
        Properties properties = new Properties();
        try (InputStream in = LayoutGuardEnforcerRule.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // the version is for the reports only; without it they say "unknown"
        }
        descriptor.setVersion(properties.getProperty("version", "unknown"));
        return descriptor;
    }

    @Override
    public String toString() {
        return "LayoutGuard (preset " + preset + ")";
    }
}
