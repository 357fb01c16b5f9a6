package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A project that exists only in memory, for rule tests: files with their text, parent directories implied. */
final class InMemoryProject {

    private final Map<String, String> files = new LinkedHashMap<>();
    private final TreeSet<String> directories = new TreeSet<>();

    /** A project holding empty files at the paths. */
    static InMemoryProject of(String... paths) {
        InMemoryProject project = new InMemoryProject();
        for (String path : paths) {
            project.file(path, "");
        }
        return project;
    }

    InMemoryProject file(String path, String text) {
        files.put(path, text);
        addParents(path);
        return this;
    }

    InMemoryProject directory(String path) {
        directories.add(path);
        addParents(path);
        return this;
    }

    Project build(Preset preset) {
        List<Entry> entries = new ArrayList<>();
        directories.forEach(directory -> entries.add(Entry.directory(directory)));
        files.forEach((path, text) -> entries.add(Entry.file(path, text.length())));
        return Project.standalone(ProjectTree.of(entries), preset, path -> Optional.ofNullable(files.get(path)));
    }

    private void addParents(String path) {
        for (String parent = RelativePath.parent(path); !parent.isEmpty(); parent = RelativePath.parent(parent)) {
            directories.add(parent);
        }
    }
}
