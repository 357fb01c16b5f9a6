package dev.layoutguard.presentation;

import dev.layoutguard.application.CheckKey;
import dev.layoutguard.application.ConsoleText;
import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.Selection;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
// Renders reports through infrastructure: one of the classes the self-check names as the composition root.
import dev.layoutguard.infrastructure.ConsoleReport;
import dev.layoutguard.infrastructure.GithubAnnotations;
import dev.layoutguard.infrastructure.JobSummary;
import dev.layoutguard.infrastructure.ReportWriter;
import dev.layoutguard.infrastructure.WrittenReports;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a run shows and leaves behind, whichever front end runs it: its console lines, GitHub annotations and the
 * report files; and whether the run fails. The plugin adds what only Maven has ({@link MavenReports}).
 */
public final class ReportOutput {

    private final Settings settings;
    private final String version;
    private final Console console;
    private final Function<String, String> environment;
    private final Commands commands;
    private final String projectName;
    private final UnaryOperator<Set<String>> shownBefore;
    private final boolean summaryAtRoot;

    /**
     * @param environment where environment variables come from ({@code GITHUB_ACTIONS})
     * @param commands    how the hints name the goals
     */
    public ReportOutput(Settings settings, String version, Console console, Function<String, String> environment,
            Commands commands) {
        this(settings, version, console, environment, commands, null, hints -> Set.of(), false);
    }

    /**
     * @param projectName the project's name, which titles the reports; {@code null} for the directory's
     * @param shownBefore of the closing hints a report gives (by name), those printed before in the same build (a
     *                    reactor's earlier modules), so that each is printed once
     * @param summaryAtRoot whether the job summary is left to the reactor's aggregate ({@link MavenReports}), which
     *                    writes one for the whole build
     */
    ReportOutput(Settings settings, String version, Console console, Function<String, String> environment,
            Commands commands, String projectName, UnaryOperator<Set<String>> shownBefore, boolean summaryAtRoot) {
        this.settings = settings;
        this.version = version;
        this.console = console;
        this.environment = environment;
        this.commands = commands;
        this.projectName = projectName;
        this.shownBefore = shownBefore;
        this.summaryAtRoot = summaryAtRoot;
    }

    /** Warns about rules the settings list that the goal's families do not run. */
    public void selection(Selection selection) {
        for (RuleId rule : selection.only()) {
            if (!selection.families().contains(rule.family())) {
                console.warn("Rule " + rule + " is listed in 'rules' but belongs to the " + rule.family().label()
                        + " family, which this goal does not run");
            }
        }
    }

    /**
     * The run's first lines: version, preset, how many rules and files, and the baseline in force; and a warning when
     * the layer rules run on a layer graph with a cycle.
     */
    public void announce(LayoutSession.Outcome outcome) {
        console.info("LayoutGuard " + version + ": " + outcome.report().preset() + " preset, "
                + plural(outcome.rules(), "rule") + ", " + plural(outcome.report().files(), "file"));
        if (outcome.kept()) {
            Path cache = settings.outputDirectory().resolve(Wiring.CACHE);
            Path project = settings.build().directory();
            console.info("Nothing the check reads changed since the last one: its findings are the ones kept in "
                    + (cache.startsWith(project) ? Build.slashes(project.relativize(cache)) : cache.toString()) + " ("
                    + (commands == Commands.CLI ? "--no-cache" : "-Dlayout.cache=false") + " checks again)");
        }
        if (!outcome.baseline().entries().isEmpty()) {
            console.info("Baseline " + Build.slashes(settings.build().directory().relativize(settings.baseline()))
                    + " accepts " + plural(outcome.baseline().size(), "violation"));
        }
        List<String> cycle = outcome.limits().cycle();
        if (!cycle.isEmpty() && outcome.selection().families().contains(RuleFamily.LAYERS)) {
            console.warn("The layer graph has a cycle, " + String.join(" -> ", cycle) + ": layers in a cycle may use "
                    + "each other, so none of them is kept inner; remove an edge from layers.dependencies or "
                    + "layers.allow");
        }
    }

    /** Prints the violations and the summary, writes the report files and, under GitHub Actions, the job summary. */
    public void publish(LayoutSession.Outcome outcome) throws IOException {
        Report report = outcome.report();
        print(report, Map.of("rootFiles", outcome.limits().rootFiles(), "maxDepth", outcome.limits().maxDepth()));
        annotate(report);
        if (!summaryAtRoot) {
            Path directory = settings.build().directory();
            summarize(environment, console::warn, report, projectName == null ? String.valueOf(
                    directory.getFileName()) : projectName, directory, settings.build().executionRootDirectory(), -1);
        }
        WrittenReports written = new WrittenReports(settings.outputDirectory().resolve(Wiring.CACHE),
                CheckKey.name(outcome.selection()), settings.outputDirectory());
        List<String> what = Arrays.asList(projectName, settings.build().directory().toString(),
                settings.formats().toString());
        if (outcome.kept() && written.unchanged(what)) {
            return;
        }
        try {
            ReportWriter.writeAll(report, settings.build().directory(), projectName, settings.formats(),
                    settings.outputDirectory()).forEach(old -> console.info("Removed " + old.getFileName()
                    + ", a report format this run does not write"));
        } catch (IOException e) {
            throw new IOException(cannotWrite(settings, e), e);
        }
        if (settings.cache() && outcome.cached()) {
            written.note(what);
        }
    }

    /**
     * Why the run fails: the report holds errors, or warnings and {@code failOnWarning} is set; empty when it
     * passes.
     */
    public Optional<String> failure(Report report) {
        if (settings.failOnViolation() && report.errors() > 0) {
            return Optional.of("LayoutGuard found " + plural(report.errors(), "layout error")
                    + "; see the lines above" + reportHint());
        }
        if (settings.failOnWarning() && report.warnings() > 0) {
            return Optional.of("LayoutGuard found " + plural(report.warnings(), "layout warning")
                    + " and failOnWarning is set; see the lines above" + reportHint());
        }
        return Optional.empty();
    }

    /** One violation as the console prints it and IDEs link it. */
    public static String line(Violation violation, Path projectDirectory) {
        return ConsoleReport.format(violation, projectDirectory);
    }

    /** Writes one report file of a project's report, titled with the project's name. */
    static void write(Report report, ReportFormat format, Path projectDirectory, String projectName, Path file)
            throws IOException {
        ReportWriter.of(format, projectName).write(report, projectDirectory, file);
    }

    /**
     * Writes a report in each format into a directory and removes the report files of other formats an earlier run
     * left there ({@link ReportWriter#writeAll}).
     *
     * @return the files removed
     */
    static List<Path> writeAll(Report report, Path projectDirectory, String projectName, List<ReportFormat> formats,
            Path directory) throws IOException {
        return ReportWriter.writeAll(report, projectDirectory, projectName, formats, directory);
    }

    /** Whether a run in this environment writes a job summary: under GitHub Actions, with a summary file named. */
    static boolean summarizes(Function<String, String> environment) {
        try {
            return new JobSummary(environment).target().isPresent();
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * Under GitHub Actions, writes a report's job summary to the file {@code GITHUB_STEP_SUMMARY} names
     * ({@link JobSummary#write}); a summary that cannot be written is a warning, never the build's failure.
     *
     * @param from where this build's earlier summary starts in the file, to replace it; negative to append
     * @return where the summary starts, or {@code from} when none was written
     */
    static long summarize(Function<String, String> environment, Consumer<String> warn, Report report, String title,
            Path projectDirectory, Path executionRoot, long from) {
        JobSummary summary = new JobSummary(environment);
        try {
            Optional<Path> file = summary.target();
            if (file.isEmpty()) {
                return from;
            }
            return JobSummary.write(file.get(), summary.markdown(report, title, projectDirectory, executionRoot), from);
        } catch (IOException | InvalidPathException e) {
            warn.accept("Cannot write the job summary to " + ConsoleText.line(environment.apply("GITHUB_STEP_SUMMARY"))
                    + " (GITHUB_STEP_SUMMARY): " + (e instanceof IOException io ? IoReason.of(io) : e.getMessage()));
            return from;
        }
    }

    /** The message of a report that could not be written. */
    static String cannotWrite(Settings settings, IOException e) {
        return "Cannot write the report to " + settings.outputDirectory() + ": " + IoReason.of(e);
    }

    private void print(Report report, Map<String, Integer> limits) {
        ConsoleReport.Hints names = new ConsoleReport.Hints(commands.fix(), commands.apply(), commands.explain());
        ConsoleReport.lines(report, settings.build().directory(), limits).forEach(this::print);
        Set<String> hints = new HashSet<>();
        ConsoleReport.hints(report).forEach(hint -> hints.add(hint.name()));
        Set<ConsoleReport.Hint> shown = EnumSet.noneOf(ConsoleReport.Hint.class);
        shownBefore.apply(hints).forEach(name -> shown.add(ConsoleReport.Hint.valueOf(name)));
        ConsoleReport.hint(report, shown, names).ifPresent(this::print);
    }

    private void print(ConsoleReport.Line line) {
        switch (line.level()) {
            case ERROR -> console.error(line.text());
            case WARNING -> console.warn(line.text());
            default -> console.info(line.text());
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

    private String reportHint() {
        List<ReportFormat> formats = settings.formats();
        ReportFormat format = formats.contains(ReportFormat.JSON) ? ReportFormat.JSON
                : formats.stream().findFirst().orElse(null);
        return format == null ? "" : " or " + settings.outputDirectory().resolve(format.fileName());
    }

    /** A count with its noun, plural unless the count is one. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
