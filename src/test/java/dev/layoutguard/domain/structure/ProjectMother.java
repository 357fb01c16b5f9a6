package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory projects for the structure rule tests: paths ending in {@code /} are directories, others files, every
 * parent directory is added, and a path starting with {@code !} is an entry git ignores.
 */
final class ProjectMother {

    private final Preset preset;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> contents = new LinkedHashMap<>();
    private boolean executionRoot = true;

    private ProjectMother(Preset preset) {
        this.preset = preset;
    }

    static ProjectMother with(Preset preset) {
        return new ProjectMother(preset);
    }

    ProjectMother paths(String... paths) {
        for (String written : paths) {
            boolean ignored = written.startsWith("!");
            String path = ignored ? written.substring(1) : written;
            boolean directory = path.endsWith("/");
            String clean = directory ? path.substring(0, path.length() - 1) : path;
            entries.put(clean, new Entry(clean, directory ? EntryKind.DIRECTORY : EntryKind.FILE, 0, false, ignored));
            for (String parent = RelativePath.parent(clean); !parent.isEmpty(); parent = RelativePath.parent(parent)) {
                entries.putIfAbsent(parent, Entry.directory(parent));
            }
        }
        return this;
    }

    ProjectMother file(String path, String text) {
        paths(path);
        contents.put(path, text);
        return this;
    }

    /** The project as a module of a reactor rather than the execution root. */
    ProjectMother module() {
        executionRoot = false;
        return this;
    }

    Project project() {
        return new Project(ProjectTree.of(new ArrayList<>(entries.values())), preset, List.of(), executionRoot,
                path -> Optional.ofNullable(contents.get(path)));
    }
}
