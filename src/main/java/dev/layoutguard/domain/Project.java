package dev.layoutguard.domain;

import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the rules check: the project's tree, the preset in force, the build's modules, and the file contents.
 * Analyses that several rules share (a parse of every source file, say) are computed once per run through
 * {@link #analysis}, so no file is read twice.
 */
public final class Project {

    private final ProjectTree tree;
    private final Preset preset;
    private final List<String> modules;
    private final boolean executionRoot;
    private final ContentReader contents;
    private final Map<Class<?>, Object> analyses = new ConcurrentHashMap<>();

    /**
     * @param modules       the module directories the pom declares, relative to the project, {@code /}-separated
     * @param executionRoot whether this is the project Maven was started in (root rules run only there)
     */
    public Project(ProjectTree tree, Preset preset, List<String> modules, boolean executionRoot,
            ContentReader contents) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.preset = Objects.requireNonNull(preset, "preset");
        this.modules = List.copyOf(modules);
        this.executionRoot = executionRoot;
        this.contents = Objects.requireNonNull(contents, "contents");
    }

    /** A project that is its own execution root, with no modules. */
    public static Project standalone(ProjectTree tree, Preset preset, ContentReader contents) {
        return new Project(tree, preset, List.of(), true, contents);
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

    public boolean executionRoot() {
        return executionRoot;
    }

    /** The text of a file, or empty when it cannot be read as text. */
    public Optional<String> read(String path) {
        return contents.read(path);
    }

    /** A shared analysis, computed by the first rule that asks for it and reused by the others. */
    public <T> T analysis(Class<T> type, Function<Project, T> compute) {
        Object existing = analyses.get(type);
        if (existing == null) {
            existing = compute.apply(this);
            Object raced = analyses.putIfAbsent(type, existing);
            if (raced != null) {
                existing = raced;
            }
        }
        return type.cast(existing);
    }
}
