package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.tree.Entry;
import java.util.List;
import java.util.Map;

/** Flags a root that holds more files than the preset's limit (the plan's "at most 12 essential files"). */
public final class RootFileCountRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        int limit = project.preset().root().maxFiles();
        int files = count(project);
        if (files <= limit) {
            return List.of();
        }
        return List.of(Finding.at(".", files + " files in the project root, the limit is " + limit
                + "; move the ones that are not essential into docs/, config/ or scripts/"));
    }

    @Override
    public Map<String, Integer> metrics(Project project) {
        return Map.of("rootFiles", count(project));
    }

    /** The number of files (not directories) in the project root. */
    public static int count(Project project) {
        int files = 0;
        for (Entry entry : project.tree().rootEntries()) {
            if (entry.isFile()) {
                files++;
            }
        }
        return files;
    }
}
