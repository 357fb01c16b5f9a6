package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** In-memory projects for the layer rule tests: paths with their text; a null text is a file that cannot be read. */
final class LayeredProjectMother {

    private LayeredProjectMother() {
    }

    /** A maven-preset project of alternating paths and texts. */
    static Project maven(String... pathsAndTexts) {
        return project(Presets.maven(), UnaryOperator.identity(), pathsAndTexts);
    }

    /** A python-preset project of alternating paths and texts. */
    static Project python(String... pathsAndTexts) {
        return project(Presets.python(), UnaryOperator.identity(), pathsAndTexts);
    }

    /** A project whose preset's layer policy is changed first. */
    static Project project(Preset preset, UnaryOperator<LayerPolicy> layers, String... pathsAndTexts) {
        Map<String, String> texts = new HashMap<>();
        Set<String> directories = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            String path = pathsAndTexts[i];
            String text = pathsAndTexts[i + 1];
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
                directories.add(path);
            } else {
                entries.add(Entry.file(path, text == null ? 0 : text.length()));
                if (text != null) {
                    texts.put(path, text);
                }
            }
            for (String parent = RelativePath.parent(path); !parent.isEmpty(); parent = RelativePath.parent(parent)) {
                directories.add(parent);
            }
        }
        directories.forEach(directory -> entries.add(Entry.directory(directory)));
        return Project.standalone(ProjectTree.of(entries), preset.withLayers(layers.apply(preset.layers())),
                path -> Optional.ofNullable(texts.get(path)));
    }
}
