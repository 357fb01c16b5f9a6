package dev.layoutguard.presentation;

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
import dev.layoutguard.infrastructure.ConsoleReport;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.JsonReportWriter;
import dev.layoutguard.infrastructure.ProjectScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** One check of one project: reads the parameters, walks the tree, runs the rules, reports, and decides. */
final class LayoutRun {

    /** The report formats the {@code formats} parameter accepts. */
    static final List<String> FORMATS = List.of("json", "sarif", "html");

    /** Files larger than this are not read by rules that look inside files. */
    private static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    private final AbstractLayoutMojo mojo;
    private final Log log;

    LayoutRun(AbstractLayoutMojo mojo) {
        this.mojo = mojo;
        this.log = mojo.getLog();
    }

    /** Checks the given families and fails the build as configured. */
    void check(Set<RuleFamily> families) throws MojoExecutionException, MojoFailureException {
        Selection selection = new Selection(families, ruleIds("rules", mojo.rules), ruleIds("skipRules",
                mojo.skipRules));
        Set<String> formats = formats();
        Path basedir = mojo.project.getBasedir().toPath().toAbsolutePath().normalize();
        ProjectTree tree = scan(basedir);
        Preset preset = customize(preset(tree), tree);
        Project project = new Project(tree, preset, modules(), mojo.project.isExecutionRoot(),
                new FileContents(basedir, MAX_CONTENT_BYTES));
        Report report = LayoutCheck.withAllRules(mojo.version()).run(project, selection);
        log.info("LayoutGuard " + mojo.version() + ": " + preset.name() + " preset, "
                + families.stream().map(RuleFamily::label).toList() + " rules, " + tree.fileCount() + " files");
        print(report, basedir);
        write(report, formats);
        decide(report);
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
        if (mojo.tests != null) {
            try {
                customized = customized.withTests(mojo.tests.applyTo(preset.tests(), tree));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid parameter 'tests': " + e.getMessage(), e);
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

    private void print(Report report, Path basedir) {
        for (ConsoleReport.Line line : ConsoleReport.lines(report, basedir)) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }

    private void write(Report report, Set<String> formats) throws MojoExecutionException {
        Path directory = mojo.outputDirectory.toPath();
        try {
            if (formats.contains("json")) {
                new JsonReportWriter().write(report, directory.resolve(JsonReportWriter.FILE_NAME));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the report to " + directory + ": " + e.getMessage(), e);
        }
    }

    private void decide(Report report) throws MojoFailureException {
        if (mojo.failOnViolation && report.errors() > 0) {
            throw new MojoFailureException("LayoutGuard found " + plural(report.errors(), "layout error")
                    + "; see the lines above or " + reportHint());
        }
        if (mojo.failOnWarning && report.warnings() > 0) {
            throw new MojoFailureException("LayoutGuard found " + plural(report.warnings(), "layout warning")
                    + " and failOnWarning is set; see the lines above or " + reportHint());
        }
    }

    private String reportHint() {
        return mojo.outputDirectory.toPath().resolve(JsonReportWriter.FILE_NAME).toString();
    }

    private Set<String> formats() throws MojoExecutionException {
        Set<String> chosen = new LinkedHashSet<>();
        for (String format : commaList(mojo.formats)) {
            String normalized = format.toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(normalized)) {
                throw new MojoExecutionException("Invalid value '" + format + "' for parameter 'formats' "
                        + "(layout.formats): expected a comma list of " + String.join(", ", FORMATS));
            }
            chosen.add(normalized);
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

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String slashes(Path path) {
        return path.toString().replace(java.io.File.separatorChar, '/');
    }
}
