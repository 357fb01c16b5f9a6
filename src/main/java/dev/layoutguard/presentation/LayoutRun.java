package dev.layoutguard.presentation;

import dev.layoutguard.application.AggregateReport;
import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.ProjectTree;
// The composition root: the one place presentation reaches into infrastructure (declared in the self-check).
import dev.layoutguard.infrastructure.BaselineFile;
import dev.layoutguard.infrastructure.ConsoleReport;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.GithubAnnotations;
import dev.layoutguard.infrastructure.ProjectScanner;
import dev.layoutguard.infrastructure.ReportFormat;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** One check of one project: reads the parameters, walks the tree, runs the rules, reports, and decides. */
final class LayoutRun {

    /** The report formats the {@code formats} parameter accepts. */
    static final List<String> FORMATS = ReportFormat.labels();

    /** Files larger than this are not read by rules that look inside files. */
    private static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    private final AbstractLayoutMojo mojo;
    private final Log log;

    LayoutRun(AbstractLayoutMojo mojo) {
        this.mojo = mojo;
        this.log = mojo.getLog();
    }

    /** Checks the given families, reports, and fails the build as configured. */
    void check(Set<RuleFamily> families) throws MojoExecutionException, MojoFailureException {
        Set<ReportFormat> formats = formats();
        Path basedir = basedir();
        Selection selection = selection(families);
        Project project = project(basedir);
        Report report = run(project, selection, basedir);
        print(report, basedir, Map.of("rootFiles", project.preset().root().maxFiles(), "maxDepth",
                project.preset().structure().maxDepth()));
        annotate(report, basedir);
        write(report, formats, basedir);
        decide(report, formats);
    }

    /** Checks the given families and returns what was found, without reporting or deciding anything. */
    Report run(Set<RuleFamily> families) throws MojoExecutionException {
        Path basedir = basedir();
        Selection selection = selection(families);
        return run(project(basedir), selection, basedir);
    }

    private Report run(Project project, Selection selection, Path basedir) throws MojoExecutionException {
        Baseline baseline = baseline(basedir);
        Report report = LayoutCheck.withAllRules(mojo.version()).run(project, selection, baseline,
                mojo.baselineStrict ? Severity.ERROR : Severity.WARNING);
        announce(project, selection);
        if (!baseline.entries().isEmpty()) {
            log.info("Baseline " + slashes(basedir.relativize(baselineFile(basedir))) + " accepts "
                    + plural(baseline.size(), "violation"));
        }
        return report;
    }

    /** The project directory. */
    Path basedir() {
        return mojo.project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** The rules a goal of the given families runs, narrowed by {@code rules} and {@code skipRules}. */
    Selection selection(Set<RuleFamily> families) throws MojoExecutionException {
        Selection selection = new Selection(families, ruleIds("rules", mojo.rules), ruleIds("skipRules",
                mojo.skipRules));
        for (RuleId rule : selection.only()) {
            if (!families.contains(rule.family())) {
                log.warn("Rule " + rule + " is listed in 'rules' but belongs to the " + rule.family().label()
                        + " family, which this goal does not run");
            }
        }
        return selection;
    }

    /** The project as the rules see it: its tree, and the preset with the pom's changes. */
    Project project(Path basedir) throws MojoExecutionException {
        ProjectTree tree = scan(basedir);
        Preset preset = customize(preset(tree), tree);
        return new Project(tree, preset, modules(), mojo.project.isExecutionRoot(),
                new FileContents(basedir, MAX_CONTENT_BYTES));
    }

    /** The run's first line: version, preset, how many rules and files. */
    void announce(Project project, Selection selection) {
        long rules = EnumSet.allOf(RuleId.class).stream().filter(selection::includes).count();
        log.info("LayoutGuard " + mojo.version() + ": " + project.preset().name() + " preset, "
                + plural(rules, "rule") + ", " + plural(project.tree().fileCount(), "file"));
    }

    /**
     * The baseline file the {@code baseline} parameter names, which must stay inside the project, links included.
     */
    Path baselineFile(Path basedir) throws MojoExecutionException {
        String value = mojo.baseline == null || mojo.baseline.isBlank() ? BaselineFile.DEFAULT_PATH
                : mojo.baseline.trim();
        try {
            Path file = basedir.resolve(value).normalize();
            Path existing = file;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            boolean inside = file.startsWith(basedir) && !file.equals(basedir)
                    && (existing == null || existing.toRealPath().startsWith(basedir.toRealPath()));
            if (!inside) {
                throw new MojoExecutionException("Invalid value '" + value + "' for parameter 'baseline' "
                        + "(layout.baseline): the baseline file must be inside the project " + basedir);
            }
            return file;
        } catch (java.nio.file.InvalidPathException | IOException e) {
            throw new MojoExecutionException("Invalid value '" + value + "' for parameter 'baseline' "
                    + "(layout.baseline): " + e.getMessage(), e);
        }
    }

    /** The baseline in force: the file's, or none when there is no file. */
    Baseline baseline(Path basedir) throws MojoExecutionException {
        Path file = baselineFile(basedir);
        try {
            return new BaselineFile().read(file).orElse(Baseline.none());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot use the baseline " + file + " (parameter 'baseline', "
                    + "layout.baseline): " + e.getMessage() + "; fix the file, or write it anew with mvn layout:baseline",
                    e);
        }
    }

    private ProjectTree scan(Path basedir) throws MojoExecutionException {
        Set<String> exempt = new LinkedHashSet<>();
        Path build = Path.of(mojo.project.getBuild().getDirectory()).toAbsolutePath().normalize();
        if (build.startsWith(basedir) && !build.equals(basedir)) {
            exempt.add(slashes(basedir.relativize(build)));
        }
        try {
            return new ProjectScanner(mojo.respectGitignore, exempt).scan(basedir);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cannot read the project directory " + basedir + ": " + e.getMessage(), e);
        }
    }

    private Preset preset(ProjectTree tree) throws MojoExecutionException {
        String name = mojo.preset == null ? "auto" : mojo.preset.trim().toLowerCase(Locale.ROOT);
        if (name.equals("auto")) {
            name = Presets.detect(tree);
        }
        return Presets.named(name).orElseThrow(() -> new MojoExecutionException("Invalid value '" + mojo.preset
                + "' for parameter 'preset' (layout.preset): expected auto, maven or python"));
    }

    private Preset customize(Preset preset, ProjectTree tree) throws MojoExecutionException {
        Preset customized = preset;
        if (mojo.root != null) {
            try {
                customized = customized.withRoot(mojo.root.applyTo(preset.root()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'root': " + e.getMessage(), e);
            }
        }
        if (mojo.structure != null) {
            try {
                customized = customized.withStructure(mojo.structure.applyTo(preset.structure()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'structure': " + e.getMessage(), e);
            }
        }
        if (mojo.layers != null) {
            try {
                customized = customized.withLayers(mojo.layers.applyTo(preset.layers()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'layers': " + e.getMessage(), e);
            }
        }
        if (mojo.tests != null) {
            try {
                customized = customized.withTests(mojo.tests.applyTo(preset.tests(), tree));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'tests': " + e.getMessage(), e);
            }
        }
        if (mojo.config != null) {
            try {
                customized = customized.withConfig(mojo.config.applyTo(preset.config(), tree::hasDirectory));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'config': " + e.getMessage(), e);
            }
        }
        Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);
        for (Map.Entry<String, String> entry : nonNull(mojo.severities).entrySet()) {
            RuleId rule = RuleId.of(entry.getKey()).orElseThrow(() -> new MojoExecutionException(
                    "Invalid parameter 'severities': unknown rule id '" + entry.getKey() + "' (known ids: "
                            + RuleId.known() + ")"));
            try {
                severities.put(rule, Severity.parse(entry.getValue() == null ? "" : entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'severities' for " + rule + ": " + e.getMessage(),
                        e);
            }
        }
        List<Glob> excludes = new ArrayList<>(customized.excludes());
        for (String exclude : mojo.excludes == null ? List.<String>of() : mojo.excludes) {
            try {
                excludes.add(Glob.of(exclude == null ? "" : exclude));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'excludes': " + e.getMessage(), e);
            }
        }
        return customized.withSeverities(severities).withExcludes(excludes);
    }

    private List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (String module : mojo.project.getModules()) {
            String normalized = module.replace('\\', '/');
            while (normalized.startsWith("./")) {
                normalized = normalized.substring(2);
            }
            if (!normalized.isEmpty() && !normalized.startsWith("../") && !normalized.startsWith("/")) {
                modules.add(normalized);
            }
        }
        return modules;
    }

    private void print(Report report, Path basedir, Map<String, Integer> limits) {
        for (ConsoleReport.Line line : ConsoleReport.lines(report, basedir, limits)) {
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
    private void annotate(Report report, Path basedir) {
        Path root = mojo.session == null ? basedir : Path.of(mojo.session.getExecutionRootDirectory());
        List<String> lines = new GithubAnnotations(mojo.environment).lines(report, basedir, root);
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

    private void write(Report report, Set<ReportFormat> formats, Path basedir) throws MojoExecutionException {
        Path directory = mojo.outputDirectory.toPath();
        try {
            for (ReportFormat format : formats) {
                format.writer().write(report, basedir, directory.resolve(format.fileName()));
            }
            aggregate(report, formats, basedir);
            new IdeMarkers(mojo.buildContext).publish(report, basedir, directory);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the report to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** In a reactor, adds this module's report to the aggregate at the execution root and rewrites it. */
    private void aggregate(Report report, Set<ReportFormat> formats, Path basedir) throws IOException {
        MavenSession session = mojo.session;
        if (session == null || session.getProjects().size() < 2 || formats.isEmpty()) {
            return;
        }
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        if (!basedir.startsWith(root)) {
            return;
        }
        MavenProject top = session.getTopLevelProject();
        Path directory = (top == null ? root.resolve("target") : Path.of(top.getBuild().getDirectory()))
                .resolve("layout").resolve("aggregate");
        int modules = ReactorAggregate.of(session).add(session.getProjects().indexOf(mojo.project),
                new AggregateReport.Part(slashes(root.relativize(basedir)), report), root, directory, formats);
        log.info("LayoutGuard aggregate of " + plural(modules, "module") + " of " + session.getProjects().size()
                + ": " + directory);
    }

    private void decide(Report report, Set<ReportFormat> formats) throws MojoFailureException {
        if (mojo.failOnViolation && report.errors() > 0) {
            throw new MojoFailureException("LayoutGuard found " + plural(report.errors(), "layout error")
                    + "; see the lines above" + reportHint(formats));
        }
        if (mojo.failOnWarning && report.warnings() > 0) {
            throw new MojoFailureException("LayoutGuard found " + plural(report.warnings(), "layout warning")
                    + " and failOnWarning is set; see the lines above" + reportHint(formats));
        }
    }

    private String reportHint(Set<ReportFormat> formats) {
        ReportFormat format = formats.contains(ReportFormat.JSON) ? ReportFormat.JSON
                : formats.stream().findFirst().orElse(null);
        return format == null ? "" : " or " + mojo.outputDirectory.toPath().resolve(format.fileName());
    }

    private Set<ReportFormat> formats() throws MojoExecutionException {
        Set<ReportFormat> chosen = new LinkedHashSet<>();
        for (String format : commaList(mojo.formats)) {
            chosen.add(ReportFormat.named(format).orElseThrow(() -> new MojoExecutionException("Invalid value '"
                    + format + "' for parameter 'formats' (layout.formats): expected a comma list of "
                    + String.join(", ", FORMATS))));
        }
        return chosen;
    }

    /** Parses a comma list of rule ids, naming the parameter and the unknown id when one is not known. */
    static Set<RuleId> ruleIds(String parameter, String list) throws MojoExecutionException {
        Set<RuleId> ids = EnumSet.noneOf(RuleId.class);
        for (String id : commaList(list)) {
            ids.add(RuleId.of(id).orElseThrow(() -> new MojoExecutionException("Invalid value '" + id
                    + "' for parameter '" + parameter + "' (layout." + parameter + "): unknown rule id (known ids: "
                    + RuleId.known() + ")")));
        }
        return ids;
    }

    private static List<String> commaList(String list) {
        List<String> items = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String slashes(Path path) {
        return path.toString().replace(java.io.File.separatorChar, '/');
    }
}
