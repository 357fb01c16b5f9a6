package dev.layoutguard.domain;

import dev.layoutguard.domain.layers.Reactor;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Projects that exist only in memory, for tests: entries with their text, every parent directory implied, checked
 * with a preset, as the execution root or as a module of a reactor.
 */
public final class ProjectMother {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Set<String> unreadable = new HashSet<>();
    private final List<String> modules = new ArrayList<>();
    private Preset preset;
    private boolean executionRoot = true;
    private Reactor reactor = Reactor.NONE;
    private List<String> reads;

    private ProjectMother(Preset preset) {
        this.preset = preset;
    }

    /** An empty project checked with the preset. */
    public static ProjectMother with(Preset preset) {
        return new ProjectMother(preset);
    }

    /**
     * Entries by path: a path ending in {@code /} is a directory, any other a file with no text to read; a leading
     * {@code !} marks an entry git ignores.
     */
    public ProjectMother paths(String... paths) {
        for (String written : paths) {
            boolean ignored = written.startsWith("!");
            String path = ignored ? written.substring(1) : written;
            boolean directory = path.endsWith("/");
            String clean = directory ? path.substring(0, path.length() - 1) : path;
            add(new Entry(clean, directory ? EntryKind.DIRECTORY : EntryKind.FILE, 0, false, ignored));
        }
        return this;
    }

    /** Files that read as empty text. */
    public ProjectMother emptyFiles(String... paths) {
        for (String path : paths) {
            file(path, "");
        }
        return this;
    }

    /** A file and its text; a {@code null} text is a file that cannot be read. */
    public ProjectMother file(String path, String text) {
        add(Entry.file(path, text == null ? 0 : text.length()));
        if (text != null) {
            texts.put(path, text);
        } else {
            unreadable.add(path);
        }
        return this;
    }

    /** Alternating paths and texts, as {@link #file}; a path ending in {@code /} is a directory, its text unused. */
    public ProjectMother files(String... pathsAndTexts) {
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            if (pathsAndTexts[i].endsWith("/")) {
                paths(pathsAndTexts[i]);
            } else {
                file(pathsAndTexts[i], pathsAndTexts[i + 1]);
            }
        }
        return this;
    }

    /** Entries as they are given: links, special files, nested projects, sizes. */
    public ProjectMother entries(Entry... given) {
        for (Entry entry : given) {
            add(entry);
        }
        return this;
    }

    /** The preset with its layer policy changed. */
    public ProjectMother layers(UnaryOperator<LayerPolicy> change) {
        preset = preset.withLayers(change.apply(preset.layers()));
        return this;
    }

    /** The modules of the build this project is one of, for the layer rules. */
    public ProjectMother reactor(Reactor modules) {
        reactor = modules;
        return this;
    }

    /** The build's modules: directories of this project, relative to it. */
    public ProjectMother modules(String... paths) {
        modules.addAll(List.of(paths));
        return this;
    }

    /** The project as a module of a reactor rather than the execution root. */
    public ProjectMother asModule() {
        executionRoot = false;
        return this;
    }

    /** Records, in order, each path whose text is asked for. */
    public ProjectMother recordingReadsIn(List<String> log) {
        reads = log;
        return this;
    }

    /** The project: its tree, the preset, and a reader that answers with the texts given. */
    public Project build() {
        List<String> log = reads;
        Map<String, String> contents = Map.copyOf(texts);
        Set<String> failing = Set.copyOf(unreadable);
        ContentReader reader = new ContentReader() {
            @Override
            public Optional<String> read(String path) {
                if (log != null) {
                    log.add(path);
                }
                return Optional.ofNullable(contents.get(path));
            }

            /** Only a file given with no text failed to read; the others have no contents at all. */
            @Override
            public String unreadable(String path, long size) {
                return failing.contains(path) ? "it could not be read" : null;
            }
        };
        return new Project(ProjectTree.of(new ArrayList<>(entries.values())), preset, modules, executionRoot, reader,
                reactor);
    }

    /** Adds an entry in place of one at its path, and each parent directory not there yet. */
    private void add(Entry entry) {
        entries.put(entry.path(), entry);
        for (String parent = RelativePath.parent(entry.path()); !parent.isEmpty();
                parent = RelativePath.parent(parent)) {
            entries.putIfAbsent(parent, Entry.directory(parent));
        }
    }
}
