package dev.layoutguard.presentation;

import dev.layoutguard.application.ConsoleText;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Selection;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * The parameters every layout goal shares and the {@code skip} switch: the one place that reads them, with what Maven
 * tells about the project, into {@link Settings}; each goal says what it does with them. Each structured parameter's
 * javadoc holds a short XML example; the configuration reference, {@code docs/configuration.md}, has every part.
 */
public abstract class AbstractLayoutMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /**
     * Eclipse m2e's build context, which turns violations into problem markers; a no-op in plain Maven runs. Injected
     * by JSR-330 (a field, since every goal shares it), so the plugin descriptor lists no Plexus requirement and Maven
     * 3.10 and 4 have nothing to warn about.
     */
    @Inject
    BuildContext buildContext;

    /** Where environment variables come from ({@code GITHUB_ACTIONS}); tests replace it. */
    Function<String, String> environment = System::getenv;

    /** Skips the goal. */
    @Parameter(property = "layout.skip", defaultValue = "false")
    boolean skip;

    /**
     * The layout preset: {@code maven}, {@code python}, or {@code auto}, which picks {@code python} when the project
     * has a {@code pyproject.toml} or a {@code src/<pkg>/__init__.py} and no {@code src/main}, else {@code maven}.
     */
    @Parameter(property = "layout.preset", defaultValue = "auto")
    String preset;

    /** Fails the build when an error-severity violation is found. */
    @Parameter(property = "layout.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Fails the build on warnings too. */
    @Parameter(property = "layout.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** A comma-separated list of rule ids to run; all rules of the goal when empty. */
    @Parameter(property = "layout.rules")
    String rules;

    /** A comma-separated list of rule ids not to run. */
    @Parameter(property = "layout.skipRules")
    String skipRules;

    /**
     * A comma-separated list of report files to write into {@code outputDirectory}: {@code json} (report.json),
     * {@code sarif} (report.sarif), {@code html} (report.html), {@code junit} (report-junit.xml) and {@code mermaid}
     * (layers.mmd, the layer graph); empty writes none. The console report is always printed.
     */
    @Parameter(property = "layout.formats", defaultValue = "json,sarif,html")
    String formats;

    /** Where report files go. */
    @Parameter(property = "layout.outputDirectory", defaultValue = "${project.build.directory}/layout")
    File outputDirectory;

    /** Leaves out paths that git ignores; tracked files always count. */
    @Parameter(property = "layout.respectGitignore", defaultValue = "true")
    boolean respectGitignore;

    /**
     * The baseline file, relative to the project directory and inside it: the violations it lists are accepted, so
     * that only new ones fail the build. {@code layout:baseline} writes it; no file means no baseline.
     */
    @Parameter(property = "layout.baseline", defaultValue = Settings.DEFAULT_BASELINE)
    String baseline;

    /** Makes a baseline entry that no longer matches a violation an error instead of a warning. */
    @Parameter(property = "layout.baseline.strict", defaultValue = "false")
    boolean baselineStrict;

    /**
     * Keeps each check's result in {@code outputDirectory/cache}, so that a build in which no file, setting, git
     * ignore rule or baseline changed answers from it without checking again. {@code false} checks every time.
     */
    @Parameter(property = "layout.cache", defaultValue = "true")
    boolean cache = true;

    /**
     * Changes to the preset's root directory policy: entries to allow, to disallow, to prohibit, the file limit. For
     * example:
     *
     * <pre>{@code
     * <root>
     *   <allow>
     *     <pattern>NOTICE</pattern>
     *   </allow>
     *   <maxFiles>15</maxFiles>
     * </root>
     * }</pre>
     *
     * Every part is in the configuration reference ({@code docs/configuration.md}).
     */
    @Parameter
    RootConfiguration root;

    /**
     * Changes to the preset's structure policy: depth, required docs, script and deploy categories, runtime data. For
     * example:
     *
     * <pre>{@code
     * <structure>
     *   <maxDepth>5</maxDepth>
     *   <scriptCategories>
     *     <category>release</category>
     *   </scriptCategories>
     * </structure>
     * }</pre>
     *
     * Every part is in the configuration reference ({@code docs/configuration.md}).
     */
    @Parameter
    StructureConfiguration structure;

    /**
     * Changes to the preset's layering: the base package, layers and a dependency graph that replace the preset's,
     * added edges, optional layers, and exceptions with their reasons. For example:
     *
     * <pre>{@code
     * <layers>
     *   <basePackage>com.acme.shop</basePackage>
     *   <allow>
     *     <edge>presentation -> infrastructure</edge>
     *   </allow>
     *   <optional>
     *     <layer>presentation</layer>
     *   </optional>
     * </layers>
     * }</pre>
     *
     * Every part, and a ports-and-adapters graph, are in the configuration reference ({@code docs/configuration.md}).
     */
    @Parameter
    LayersConfiguration layers;

    /**
     * Changes to the preset's test policy: test roots, categories, test name patterns (as Surefire's includes name
     * them), test annotations, mirror roots, and files that are not tests. For example:
     *
     * <pre>{@code
     * <tests>
     *   <roots>
     *     <root>src/integration-test/java</root>
     *   </roots>
     *   <unitTestNames>
     *     <pattern>*Spec</pattern>
     *   </unitTestNames>
     * </tests>
     * }</pre>
     *
     * Every part is in the configuration reference ({@code docs/configuration.md}).
     */
    @Parameter
    TestsConfiguration tests;

    /**
     * Changes to the preset's configuration policy: configuration locations, places and files that count as
     * configuration, the environment names, more words that make a key a secret, and whether throwaway credentials
     * count as secrets. For example:
     *
     * <pre>{@code
     * <config>
     *   <locations>
     *     <location>settings</location>
     *   </locations>
     *   <environments>
     *     <environment>dev</environment>
     *     <environment>prod</environment>
     *   </environments>
     * </config>
     * }</pre>
     *
     * Every part is in the configuration reference ({@code docs/configuration.md}).
     */
    @Parameter
    ConfigConfiguration config;

    /**
     * The severity of rules, overriding the preset's: rule id to {@code error} or {@code warning}. For example:
     *
     * <pre>{@code
     * <severities>
     *   <root-file-count>error</root-file-count>
     * </severities>
     * }</pre>
     */
    @Parameter
    Map<String, String> severities;

    /**
     * Globs of project paths no rule reports; a pattern without {@code /} matches names, one with {@code /} whole
     * paths, and an excluded directory excludes everything inside it. For example:
     *
     * <pre>{@code
     * <excludes>
     *   <exclude>legacy/**</exclude>
     * </excludes>
     * }</pre>
     */
    @Parameter
    List<String> excludes;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("LayoutGuard skipped (layout.skip)");
            return;
        }
        try {
            run();
        } catch (SettingsException | IOException e) {
            // both carry whole sentences that name the parameter, or the path and what went wrong
            throw consoleSafe(new MojoExecutionException(e.getMessage(), e));
        } catch (MojoExecutionException e) {
            throw consoleSafe(e);
        } catch (MojoFailureException e) {
            MojoFailureException safe = new MojoFailureException(ConsoleText.line(e.getMessage()));
            throw consoleSafe(e) ? e : stackOf(e, safe);
        }
    }

    /** Every console line the goal prints is made safe: a file name cannot start a line or drive the terminal. */
    @Override
    public Log getLog() {
        return ConsoleLog.of(super.getLog());
    }

    /**
     * The failure as Maven prints it, one safe console line: Maven prints the message and then each cause's, so a
     * failure with an unsafe character anywhere in that chain becomes one with the safe message and no cause.
     */
    private static MojoExecutionException consoleSafe(MojoExecutionException e) {
        return consoleSafe((Exception) e) ? e : stackOf(e, new MojoExecutionException(ConsoleText.line(e.getMessage())));
    }

    private static boolean consoleSafe(Exception e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.equals(ConsoleText.line(message))) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Exception> E stackOf(Exception original, E safe) {
        safe.setStackTrace(original.getStackTrace());
        return safe;
    }

    /** The goal's work, once {@code skip} is known to be off. */
    protected abstract void run() throws SettingsException, IOException, MojoExecutionException,
            MojoFailureException;

    /** Checks the given families, prints and writes the report, and fails the build as configured. */
    final void check(Set<RuleFamily> families) throws SettingsException, IOException, MojoExecutionException,
            MojoFailureException {
        LayoutSession run = session();
        ReportOutput output = output(run.settings());
        Selection selection = run.selection(families);
        output.selection(selection);
        LayoutSession.Outcome outcome = run.check(selection);
        output.announce(outcome);
        output.publish(outcome);
        new MavenReports(run.settings(), getLog(), buildContext, session, project, environment)
                .publish(outcome.report());
        Optional<String> failure = output.failure(outcome.report());
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /** A run of this goal on this project, with its settings and the infrastructure it reads through. */
    final LayoutSession session() throws SettingsException {
        return Wiring.session(settings(), version(), Commands.MAVEN);
    }

    /** The console, the report files and the build's outcome of a run with these settings. */
    final ReportOutput output(Settings settings) {
        return new ReportOutput(settings, version(), console(), environment, Commands.MAVEN,
                project == null ? null : project.getName(), hints -> MavenReports.shownBefore(session, hints),
                MavenReports.reactor(session));
    }

    /** Maven's log, as the goals print to it. */
    final Console console() {
        return new Console() {
            @Override
            public void info(String line) {
                getLog().info(line);
            }

            @Override
            public void warn(String line) {
                getLog().warn(line);
            }

            @Override
            public void error(String line) {
                getLog().error(line);
            }
        };
    }

    /** The settings of this run: every parameter, read and checked once, and what Maven tells about the project. */
    final Settings settings() throws SettingsException {
        Build build = MavenBuild.of(project, session);
        return Settings.builder(build)
                .preset(SettingsMapping.preset(preset))
                .failOnViolation(failOnViolation)
                .failOnWarning(failOnWarning)
                .rules(SettingsMapping.RULES.ruleIds(rules))
                .skipRules(SettingsMapping.SKIP_RULES.ruleIds(skipRules))
                .formats(SettingsMapping.formats(formats))
                .outputDirectory(outputDirectory.toPath())
                .respectGitignore(respectGitignore)
                .baseline(SettingsMapping.baseline(build.directory(), baseline))
                .baselineStrict(baselineStrict)
                .cache(cache)
                .changes(SettingsMapping.changes(root, layers, tests, config, structure, severities, excludes))
                .build();
    }

    /** The plugin's version, as reports carry it. */
    String version() {
        return plugin == null ? "unknown" : plugin.getVersion();
    }
}
