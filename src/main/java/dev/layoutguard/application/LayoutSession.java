package dev.layoutguard.application;

import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.layers.Reactor;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of LayoutGuard on one project, with its settings and the infrastructure it reads through: the steps every
 * goal is made of. {@link #project} walks the tree and applies the settings to the preset; {@link #check} runs the
 * rules; the baseline goal then {@linkplain #writeBaseline writes} what they found. It prints nothing and decides
 * nothing: its results go back to the front end. Its I/O errors carry whole sentences, naming the path.
 */
public final class LayoutSession {

    private final Settings settings;
    private final String version;
    private final TreeSource trees;
    private final ContentReader contents;
    private final BaselineStore baselines;
    private final String baselineCommand;
    private final ResultCache results;
    private LayoutCheck check;

    /**
     * @param version   the plugin version, as reports carry it
     * @param trees     how the project directory is walked
     * @param contents  how the project's files are read
     * @param baselines where the baseline file is read and written
     */
    public LayoutSession(Settings settings, String version, TreeSource trees, ContentReader contents,
            BaselineStore baselines) {
        this(settings, version, trees, contents, baselines, Baseline.MAVEN_COMMAND, ResultCache.NONE);
    }

    /**
     * As {@link #LayoutSession(Settings, String, TreeSource, ContentReader, BaselineStore)}, for a front end whose
     * users write the baseline with another command than Maven's, and with a place to keep results.
     *
     * @param baselineCommand the command messages name to write the baseline ({@code layoutguard baseline})
     * @param results         where checks keep their results, so that a check on unchanged inputs answers from the
     *                        kept one
     */
    public LayoutSession(Settings settings, String version, TreeSource trees, ContentReader contents,
            BaselineStore baselines, String baselineCommand, ResultCache results) {
        this.settings = settings;
        this.version = version;
        this.trees = trees;
        this.contents = contents;
        this.baselines = baselines;
        this.baselineCommand = baselineCommand;
        this.results = results;
    }

    public Settings settings() {
        return settings;
    }

    public String version() {
        return version;
    }

    /** The rules a goal of the given families runs, narrowed by the settings' {@code rules} and {@code skipRules}. */
    public Selection selection(Set<RuleFamily> families) {
        return new Selection(families, settings.rules(), settings.skipRules());
    }

    /**
     * The project as the rules see it: its tree, and the preset with what the build configures and then the settings'
     * changes on top.
     *
     * @throws SettingsException when a change does not fit the project (a configured directory that is missing)
     * @throws IOException       when the project directory cannot be read
     */
    public Project project() throws SettingsException, IOException {
        return project(tree(), contents);
    }

    private Project project(ProjectTree tree, ContentReader contents) throws SettingsException {
        Preset preset = settings.changes().applyTo(settings.build().layout().applyTo(preset(tree), tree), tree);
        Reactor reactor = settings.build().reactor()
                .withMapped(settings.changes().layers().moduleLayers(preset.layers().layerNames()));
        return new Project(tree, preset, settings.build().modules(), settings.build().executionRoot(), contents,
                reactor);
    }

    /**
     * Checks the selected rules, holding the violations against the baseline; when the result of the same check is
     * kept and nothing it was made from has changed, answers with that result instead.
     */
    public Outcome check(Selection selection) throws SettingsException, IOException {
        long start = System.nanoTime();
        String name = CheckKey.name(selection);
        String key = CheckKey.of(settings, selection, version);
        Optional<ResultCache.Kept> kept = results.find(name, key);
        if (kept.isPresent()) {
            Report was = kept.get().report();
            Report report = new Report(was.version(), was.preset(), was.files(), was.violations(), was.metrics(),
                    was.baselined(), (System.nanoTime() - start) / 1_000_000, was.rules(), was.layers());
            return new Outcome(null, selection, rules(selection), report, baseline(), true, true,
                    kept.get().limits());
        }
        ResultCache.Recording recording = results.start(name, key, contents);
        Project project = project(tree(), recording.contents());
        Baseline baseline = baseline();
        Report report = check().run(project, selection, baseline,
                settings.baselineStrict() ? Severity.ERROR : Severity.WARNING);
        PresetLimits limits = PresetLimits.of(project.preset());
        boolean cached = recording.keep(project.tree(), report, limits);
        return new Outcome(project, selection, rules(selection), report, baseline, false, cached, limits);
    }

    /**
     * Checks the selected rules on the whole tree and reports only the violations on changed paths: the rules look
     * inside a file only when a finding on it can be reported, or when their judgement of such a file needs it, so
     * the check costs about what the changes hold, not what the project holds. No metrics are measured.
     */
    public Outcome check(Selection selection, ChangedPaths.Source changes) throws SettingsException, IOException {
        Project whole = project();
        ChangedPaths changed = changes.of(whole.tree());
        Project project = whole.focused(changed::covers);
        Baseline baseline = baseline();
        Report report = changed.narrow(check().run(project, selection, baseline,
                settings.baselineStrict() ? Severity.ERROR : Severity.WARNING));
        return new Outcome(project, selection, report, baseline);
    }

    /** Checks the selected rules and reports every violation, whatever the baseline accepts. */
    public Outcome checkIgnoringBaseline(Selection selection) throws SettingsException, IOException {
        Project project = project();
        return new Outcome(project, selection, check().run(project, selection), Baseline.none());
    }

    /**
     * What a check would report after the given moves that it does not report now, such as a finding a move brings
     * about elsewhere or one of another rule where the entry lands.
     */
    public List<Violation> forecast(Outcome outcome, List<Move> moves) {
        if (outcome.kept()) {
            throw new IllegalArgumentException("A check answered from the kept result has no project to forecast on");
        }
        return MoveForecast.of(check(), outcome.project(), outcome.selection(), outcome.report().violations(), moves);
    }

    /**
     * What the check reports, once moves are made, that it did not report before them: the project is read anew from
     * disk and checked again with the same rules.
     */
    public List<Violation> recheck(Outcome before, List<Move> moved) throws SettingsException, IOException {
        if (moved.isEmpty()) {
            return List.of();
        }
        return MoveForecast.brought(before.report().violations(),
                checkIgnoringBaseline(before.selection()).report().violations(), moved);
    }

    /**
     * Writes a check's violations to the baseline file; the entries of rules that did not run are kept from the file
     * as it was. An unreadable old baseline is replaced; the store refuses a file that is no baseline at all.
     */
    public BaselineUpdate writeBaseline(Outcome outcome) throws IOException {
        Path file = settings.baseline();
        Baseline older = Baseline.none();
        String unreadable = null;
        try {
            older = baselines.read(file).orElse(Baseline.none());
        } catch (IOException e) {
            unreadable = e.getMessage();
        }
        Baseline written = Baseline.accepting(outcome.report().violations()).keeping(older, outcome::ran);
        try {
            baselines.write(written, file);
        } catch (IOException e) {
            throw new IOException("Cannot write the baseline " + file + ": " + IoReason.of(e), e);
        }
        long kept = older.entries().stream().filter(entry -> !outcome.ran(entry.rule())).count();
        return new BaselineUpdate(file, written, kept, unreadable);
    }

    /** The rules, made when a check first runs them: a check answered from the kept result loads none of them. */
    private LayoutCheck check() {
        if (check == null) {
            check = LayoutCheck.withAllRules(version, baselineCommand);
        }
        return check;
    }

    /** The baseline in force: the file's, or none when there is no file. */
    private Baseline baseline() throws IOException {
        try {
            return baselines.read(settings.baseline()).orElse(Baseline.none());
        } catch (IOException e) {
            throw new IOException("Cannot use the baseline " + settings.baseline() + " (parameter 'baseline', "
                    + "layout.baseline): " + IoReason.of(e) + "; fix the file, or write it anew with "
                    + baselineCommand, e);
        }
    }

    private ProjectTree tree() throws IOException {
        Path directory = settings.build().directory();
        try {
            return trees.scan(directory, settings.respectGitignore(), settings.build().exempt());
        } catch (IOException e) {
            throw new IOException("Cannot read the project directory " + directory + ": " + IoReason.of(e), e);
        } catch (RuntimeException e) {
            throw new IOException("Cannot read the project directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private Preset preset(ProjectTree tree) {
        String name = settings.preset().equals(Settings.AUTO) ? Presets.detect(tree) : settings.preset();
        return Presets.named(name).orElseThrow();
    }

    /** How many rules a selection includes, whether or not they apply to the project. */
    private static long rules(Selection selection) {
        return EnumSet.allOf(RuleId.class).stream().filter(selection::includes).count();
    }

    /**
     * What a check found.
     *
     * @param project   the project as the rules saw it; {@code null} when the report is the kept one, which is
     *                  answered without building the project
     * @param selection the rules selected
     * @param rules     how many implemented rules the selection includes
     * @param report    the report of the violations
     * @param baseline  the baseline the violations were held against ({@link Baseline#none()} when ignored)
     * @param kept      whether the report is the one kept from an earlier check on the same, unchanged inputs
     * @param cached    whether the report is the one the result cache holds now: answered from it, or kept by this
     *                  check for the next run
     * @param limits    what the console tells of the preset besides the findings
     */
    public record Outcome(Project project, Selection selection, long rules, Report report, Baseline baseline,
            boolean kept, boolean cached, PresetLimits limits) {

        /** The outcome of a check that ran on the project. */
        public Outcome(Project project, Selection selection, Report report, Baseline baseline) {
            this(project, selection, LayoutSession.rules(selection), report, baseline, false, false,
                    PresetLimits.of(project.preset()));
        }

        /** Whether a rule ran in this check. */
        public boolean ran(RuleId rule) {
            return report.rules().contains(rule);
        }
    }

    /**
     * What the baseline goal wrote.
     *
     * @param file       the baseline file
     * @param written    the baseline written
     * @param kept       how many entries of rules that did not run were kept from the old file
     * @param unreadable why the old file could not be read, or {@code null} when it could (or there was none)
     */
    public record BaselineUpdate(Path file, Baseline written, long kept, String unreadable) {
    }
}
