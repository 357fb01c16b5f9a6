package dev.layoutguard.presentation;

import dev.layoutguard.application.AggregateReport;
import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.Selection;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
// Renders reports through infrastructure: one of the classes the self-check names as the composition root.
import dev.layoutguard.infrastructure.ConsoleReport;
import dev.layoutguard.infrastructure.GithubAnnotations;
import dev.layoutguard.infrastructure.ReportWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * What a run shows and leaves behind: its console lines through Maven's log, GitHub annotations, the report files, the
 * reactor's aggregate and IDE markers; and whether the build fails.
 */
final class ReportOutput {

    private final Settings settings;
    private final String version;
    private final Log log;
    private final Function<String, String> environment;
    private final BuildContext buildContext;
    private final MavenSession session;
    private final MavenProject project;

    ReportOutput(Settings settings, String version, Log log, Function<String, String> environment,
            BuildContext buildContext, MavenSession session, MavenProject project) {
        this.settings = settings;
        this.version = version;
        this.log = log;
        this.environment = environment;
        this.buildContext = buildContext;
        this.session = session;
        this.project = project;
    }

    /** Warns about rules the settings list that the goal's families do not run. */
    void selection(Selection selection) {
        for (RuleId rule : selection.only()) {
            if (!selection.families().contains(rule.family())) {
                log.warn("Rule " + rule + " is listed in 'rules' but belongs to the " + rule.family().label()
                        + " family, which this goal does not run");
            }
        }
    }

    /**
     * The run's first lines: version, preset, how many rules and files, and the baseline in force; and a warning when
     * the layer rules run on a layer graph with a cycle.
     */
    void announce(LayoutSession.Outcome outcome) {
        log.info("LayoutGuard " + version + ": " + outcome.project().preset().name() + " preset, "
                + plural(outcome.rules(), "rule") + ", " + plural(outcome.project().tree().fileCount(), "file"));
        if (!outcome.baseline().entries().isEmpty()) {
            log.info("Baseline " + Build.slashes(settings.build().directory().relativize(settings.baseline()))
                    + " accepts " + plural(outcome.baseline().size(), "violation"));
        }
        List<String> cycle = outcome.project().preset().layers().cycle();
        if (!cycle.isEmpty() && outcome.selection().families().contains(RuleFamily.LAYERS)) {
            log.warn("The layer graph has a cycle, " + String.join(" -> ", cycle) + ": layers in a cycle may use "
                    + "each other, so none of them is kept inner; remove an edge from layers.dependencies or "
                    + "layers.allow");
        }
    }

    /** Prints the violations and the summary, and writes the report files, the aggregate and the markers. */
    void publish(LayoutSession.Outcome outcome) throws MojoExecutionException {
        Report report = outcome.report();
        Path directory = settings.build().directory();
        print(report, Map.of("rootFiles", outcome.project().preset().root().maxFiles(), "maxDepth",
                outcome.project().preset().structure().maxDepth()));
        annotate(report);
        try {
            for (ReportFormat format : settings.formats()) {
                write(report, format, directory, settings.outputDirectory().resolve(format.fileName()));
            }
            aggregate(report);
            new IdeMarkers(buildContext).publish(report, directory, settings.outputDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the report to " + settings.outputDirectory() + ": "
                    + IoReason.of(e), e);
        }
    }

    /** Fails the build when the report holds errors, or warnings and {@code failOnWarning} is set. */
    void decide(Report report) throws MojoFailureException {
        if (settings.failOnViolation() && report.errors() > 0) {
            throw new MojoFailureException("LayoutGuard found " + plural(report.errors(), "layout error")
                    + "; see the lines above" + reportHint());
        }
        if (settings.failOnWarning() && report.warnings() > 0) {
            throw new MojoFailureException("LayoutGuard found " + plural(report.warnings(), "layout warning")
                    + " and failOnWarning is set; see the lines above" + reportHint());
        }
    }

    /** Writes one report file of a project's report. */
    static void write(Report report, ReportFormat format, Path projectDirectory, Path file) throws IOException {
        ReportWriter.of(format).write(report, projectDirectory, file);
    }

    private void print(Report report, Map<String, Integer> limits) {
        for (ConsoleReport.Line line : ConsoleReport.lines(report, settings.build().directory(), limits)) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }

    /**
     * GitHub Actions annotations, printed at the start of a line where the runner looks for them. They go to the
     * process's own standard output: Maven 4 routes {@code System.out} through its logger, which would put
     * {@code [INFO] [stdout]} in front of each line and hide it from the runner.
     */
    private void annotate(Report report) {
        List<String> lines = new GithubAnnotations(environment).lines(report, settings.build().directory(),
                settings.build().executionRootDirectory());
        if (lines.isEmpty()) {
            return;
        }
        System.out.flush();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
    }

    /** In a reactor, adds this module's report to the aggregate at the execution root and rewrites it. */
    private void aggregate(Report report) throws IOException {
        if (session == null || session.getProjects().size() < 2 || settings.formats().isEmpty()) {
            return;
        }
        Path directory = settings.build().directory();
        Path root = settings.build().executionRootDirectory();
        if (!directory.startsWith(root)) {
            return;
        }
        MavenProject top = session.getTopLevelProject();
        Path target = (top == null ? root.resolve("target") : Path.of(top.getBuild().getDirectory()))
                .resolve("layout").resolve("aggregate");
        int modules = ReactorAggregate.of(session).add(session.getProjects().indexOf(project),
                new AggregateReport.Part(Build.slashes(root.relativize(directory)), report), aggregate -> {
                    for (ReportFormat format : settings.formats()) {
                        write(aggregate, format, root, target.resolve(format.fileName()));
                    }
                });
        log.info("LayoutGuard aggregate of " + plural(modules, "module") + " of " + session.getProjects().size()
                + ": " + target);
    }

    private String reportHint() {
        List<ReportFormat> formats = settings.formats();
        ReportFormat format = formats.contains(ReportFormat.JSON) ? ReportFormat.JSON
                : formats.stream().findFirst().orElse(null);
        return format == null ? "" : " or " + settings.outputDirectory().resolve(format.fileName());
    }

    /** A count with its noun, plural unless the count is one. */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
