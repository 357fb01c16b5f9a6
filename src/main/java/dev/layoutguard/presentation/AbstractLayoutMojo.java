package dev.layoutguard.presentation;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/** The parameters every check goal shares, and the {@code skip} switch; each goal says what it checks. */
public abstract class AbstractLayoutMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** Eclipse m2e's build context, which turns violations into problem markers; a no-op in plain Maven runs. */
    @Component
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
     * {@code sarif} (report.sarif), {@code html} (report.html) and {@code junit} (report-junit.xml); empty writes
     * none. The console report is always printed.
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
    @Parameter(property = "layout.baseline", defaultValue = "config/layout-baseline.json")
    String baseline;

    /** Makes a baseline entry that no longer matches a violation an error instead of a warning. */
    @Parameter(property = "layout.baseline.strict", defaultValue = "false")
    boolean baselineStrict;

    /**
     * Changes to the preset's root directory policy: entries to allow, allowlist entries to remove, entries to
     * prohibit with their targets, and the file limit.
     *
     * <pre>{@code
     * <root>
     *   <allow>
     *     <pattern>NOTICE</pattern>
     *     <pattern>tools/</pattern>
     *   </allow>
     *   <prohibit>
     *     <entry>
     *       <pattern>*.bak</pattern>
     *       <description>backup file in the project root</description>
     *     </entry>
     *   </prohibit>
     *   <maxFiles>15</maxFiles>
     * </root>
     * }</pre>
     */
    @Parameter
    RootConfiguration root;

    /**
     * Changes to the preset's structure policy (depth, docs, scripts, deployment, runtime data); lists add to the
     * preset's, {@code requiredDocs} replaces it.
     *
     * <pre>{@code
     * <structure>
     *   <maxDepth>5</maxDepth>
     *   <requiredDocs>
     *     <path>index.md</path>
     *     <path>user-guides/</path>
     *   </requiredDocs>
     *   <scriptCategories>
     *     <category>release</category>
     *   </scriptCategories>
     *   <runtimeDirectories>
     *     <directory>data</directory>
     *   </runtimeDirectories>
     * </structure>
     * }</pre>
     */
    @Parameter
    StructureConfiguration structure;

    /**
     * Changes to the preset's layering: the base package (detected when not set), layers that replace the preset's
     * (each with its packages), a dependency graph that replaces the preset's, extra allowed edges, layers that may
     * be absent, and exceptions, each with a reason. An unknown layer named anywhere fails the build.
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
     *   <exceptions>
     *     <exception>
     *       <source>com.acme.shop.domain.legacy</source>
     *       <target>infrastructure</target>
     *       <reason>being moved out, see issue 42</reason>
     *     </exception>
     *   </exceptions>
     * </layers>
     * }</pre>
     *
     * See {@code docs/layering.md} for {@code definitions} and {@code dependencies} (a ports-and-adapters example).
     */
    @Parameter
    LayersConfiguration layers;

    /**
     * Changes to the preset's test policy: more test roots, categories, test name patterns (as Surefire's
     * {@code <includes>} name them), test annotations, mirror roots, and files that are not tests. Lists extend the
     * preset's; a directory ending in {@code ?} is optional.
     *
     * <pre>{@code
     * <tests>
     *   <roots>
     *     <root>src/integration-test/java</root>
     *   </roots>
     *   <unitTestNames>
     *     <pattern>*Spec</pattern>
     *   </unitTestNames>
     *   <testAnnotations>
     *     <annotation>Property</annotation>
     *   </testAnnotations>
     *   <exempt>
     *     <pattern>*Fixtures.java</pattern>
     *   </exempt>
     *   <unmirrored>
     *     <pattern>*ContractTest.java</pattern>
     *   </unmirrored>
     * </tests>
     * }</pre>
     */
    @Parameter
    TestsConfiguration tests;

    /**
     * Changes to the preset's configuration policy: more configuration locations (a trailing {@code ?} marks one
     * that may be absent), more places where configuration may sit, more configuration file patterns, the
     * environment names (replacing the preset's), more words that make a key a secret, and whether throwaway
     * credentials (of test data, of a CI pipeline's service containers) are secrets too.
     *
     * <pre>{@code
     * <config>
     *   <locations>
     *     <location>settings</location>
     *   </locations>
     *   <allow>
     *     <pattern>examples/**</pattern>
     *   </allow>
     *   <files>
     *     <pattern>*.conf</pattern>
     *   </files>
     *   <environments>
     *     <environment>dev</environment>
     *     <environment>qa</environment>
     *     <environment>prod</environment>
     *   </environments>
     *   <secretWords>
     *     <secretWord>signing_key</secretWord>
     *   </secretWords>
     *   <strictSecrets>true</strictSecrets>
     * </config>
     * }</pre>
     */
    @Parameter
    ConfigConfiguration config;

    /**
     * The severity of rules, overriding the preset's: rule id to {@code error} or {@code warning}.
     *
     * <pre>{@code
     * <severities>
     *   <root-file-count>error</root-file-count>
     *   <root-allowlist>warning</root-allowlist>
     * </severities>
     * }</pre>
     */
    @Parameter
    Map<String, String> severities = new LinkedHashMap<>();

    /**
     * Globs of project paths no rule reports; a pattern without {@code /} matches names, one with {@code /} whole
     * paths, and an excluded directory excludes everything inside it.
     *
     * <pre>{@code
     * <excludes>
     *   <exclude>legacy/**</exclude>
     *   <exclude>*.generated.yml</exclude>
     * </excludes>
     * }</pre>
     */
    @Parameter
    List<String> excludes = new ArrayList<>();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("LayoutGuard skipped (layout.skip)");
            return;
        }
        run();
    }

    /** The goal's work, once {@code skip} is known to be off. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The plugin's version, as reports carry it. */
    String version() {
        return plugin == null ? "unknown" : plugin.getVersion();
    }
}
