package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.tree.Entry;
import java.util.List;
import java.util.Map;

/**
 * Flags a root that holds more files than the preset's limit (the target layout's "at most 12 essential files"). Files only
 * tools require there (the Gradle wrapper, a license under another spelling, a CI file) do not count.
 */
public final class RootFileCountRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        int limit = project.preset().root().maxFiles();
        int files = count(project);
        if (files <= limit) {
            return List.of();
        }
        int tools = files(project) - files;
        String besides = tools == 0 ? "" : " (besides " + tools + " that only tools require there)";
        return List.of(Finding.at(".", files + " files in the project root" + besides + ", the limit is " + limit
                + "; move the ones that are not essential into docs/, config/ or scripts/"));
    }

    @Override
    public Map<String, Integer> metrics(Project project) {
        return Map.of("rootFiles", count(project));
    }

    /** The number of files (not directories) in the project root that count toward the limit. */
    public static int count(Project project) {
        int files = 0;
        for (Entry entry : project.tree().rootEntries()) {
            if (entry.isFile() && project.preset().root().counts(entry.name())) {
                files++;
            }
        }
        return files;
    }

    private static int files(Project project) {
        return (int) project.tree().rootEntries().stream().filter(Entry::isFile).count();
    }
}
