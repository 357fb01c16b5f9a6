package dev.layoutguard.domain;

import dev.layoutguard.domain.layers.Reactor;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.source.SourceFiles;
import dev.layoutguard.domain.source.SourceWatch;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the rules check: the project's tree, the preset in force, the build's modules, the file contents, and the
 * analysis of each source file ({@link #sources}), read and lexed once per run whichever rules ask. A project can be
 * {@linkplain #focused focused} on the paths whose findings a run reports: the rules still see the whole tree, but
 * look inside a file only when a finding on it can be reported, or when their judgement of such a file needs it.
 */
public final class Project {

    private final ProjectTree tree;
    private final Preset preset;
    private final List<String> modules;
    private final boolean executionRoot;
    private final ContentReader contents;
    private final Reactor reactor;
    private final Predicate<String> reported;
    private final SourceFiles sources;
    private final Memo<Class<?>, Object> analyses = new Memo<>();

    /**
     * @param modules       the module directories the pom declares, relative to the project, {@code /}-separated
     * @param executionRoot whether this is the project Maven was started in (root rules run only there)
     */
    public Project(ProjectTree tree, Preset preset, List<String> modules, boolean executionRoot,
            ContentReader contents) {
        this(tree, preset, modules, executionRoot, contents, Reactor.NONE);
    }

    /**
     * @param modules       the module directories the pom declares, relative to the project, {@code /}-separated
     * @param executionRoot whether this is the project Maven was started in (root rules run only there)
     * @param reactor       the modules of the build the project is one of, for the layer rules
     */
    public Project(ProjectTree tree, Preset preset, List<String> modules, boolean executionRoot,
            ContentReader contents, Reactor reactor) {
        this(tree, preset, modules, executionRoot, contents, reactor, null);
    }

    private Project(ProjectTree tree, Preset preset, List<String> modules, boolean executionRoot,
            ContentReader contents, Reactor reactor, Predicate<String> reported) {
        this.reactor = Objects.requireNonNull(reactor, "reactor");
        this.reported = reported;
        this.tree = Objects.requireNonNull(tree, "tree");
        this.preset = Objects.requireNonNull(preset, "preset");
        this.modules = List.copyOf(modules);
        this.executionRoot = executionRoot;
        this.contents = Objects.requireNonNull(contents, "contents");
        this.sources = new SourceFiles(this::read, SourceWatch.of(preset), tree.entries().size());
    }

    /** A project that is its own execution root, with no modules. */
    public static Project standalone(ProjectTree tree, Preset preset, ContentReader contents) {
        return new Project(tree, preset, List.of(), true, contents);
    }

    /**
     * This project narrowed to the findings on some paths: per-file analyses of files whose findings would not be
     * reported are skipped, and no metrics are measured, since they would describe only the files looked into.
     *
     * @param reported whether a finding on a path (a file, or a directory) would be reported
     */
    public Project focused(Predicate<String> reported) {
        return new Project(tree, preset, modules, executionRoot, contents, reactor, Objects.requireNonNull(reported));
    }

    /** Whether a finding on the path would be reported: always, unless the project is {@linkplain #focused}. */
    public boolean reports(String path) {
        return reported == null || reported.test(path);
    }

    /** Whether every finding is reported, so that whole-project metrics mean something. */
    public boolean whole() {
        return reported == null;
    }

    public ProjectTree tree() {
        return tree;
    }

    public Preset preset() {
        return preset;
    }

    public List<String> modules() {
        return modules;
    }

    /** Whether a root entry is the top directory of one of the build's modules. */
    public boolean isModuleRoot(String name) {
        for (String module : modules) {
            int slash = module.indexOf('/');
            if ((slash < 0 ? module : module.substring(0, slash)).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The modules of the build the project is one of; {@link Reactor#NONE} for a project built on its own. */
    public Reactor reactor() {
        return reactor;
    }

    public boolean executionRoot() {
        return executionRoot;
    }

    /**
     * The text of a file, or empty when it cannot be read as text. Only regular files of the tree are read: a path
     * the walk left out, a directory, a link or a special file (a named pipe would block) gives nothing.
     */
    public Optional<String> read(String path) {
        Entry entry = tree.find(path).orElse(null);
        if (entry == null || entry.kind() != EntryKind.FILE) {
            return Optional.empty();
        }
        return contents.read(path, entry.size());
    }

    /**
     * Why a file {@link #read} gave nothing for could not be read, as a phrase such as {@code permission denied};
     * {@code null} for a tree in memory, which has no contents to miss.
     */
    public String unreadable(String path) {
        Entry entry = tree.find(path).orElse(null);
        if (entry == null || entry.kind() != EntryKind.FILE) {
            return "it is not a regular file";
        }
        return contents.unreadable(path, entry.size());
    }

    /** The per-file analyses of the project's Java, Kotlin and Python sources, each computed once per run. */
    public SourceFiles sources() {
        return sources;
    }

    /**
     * An analysis of the whole project that a rule's check and its metrics (or a family of rules) share, computed by
     * the first that asks; one that asks while another computes it waits for it, so each is computed once.
     */
    public <T> T analysis(Class<T> type, Function<Project, T> compute) {
        return type.cast(analyses.get(type, key -> compute.apply(this)));
    }
}
