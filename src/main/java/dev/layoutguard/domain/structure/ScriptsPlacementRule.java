package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.ScriptsPolicy;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Flags what the scripts directory holds besides its categories ({@code build/}, {@code test/}, {@code deploy/},
 * {@code dev/}, {@code maintenance/}, {@code validation/}) and a README: a script directly in {@code scripts/}, or a
 * directory that is no category, reported once as a whole.
 */
public final class ScriptsPlacementRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        ScriptsPolicy scripts = project.preset().structure().scripts();
        String directory = scripts.directory();
        if (!project.tree().hasDirectory(directory)) {
            return List.of();
        }
        String categories = scripts.categories().stream().map(category -> category + "/")
                .collect(Collectors.joining(", "));
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().children(directory)) {
            if (entry.isDirectory() && scripts.categories().contains(entry.name())
                    || entry.isFile() && entry.name().toUpperCase(Locale.ROOT).startsWith("README")) {
                continue;
            }
            if (entry.isDirectory()) {
                findings.add(Finding.at(entry.path(), "directory " + entry.name() + "/ is not a script category ("
                        + directory + "/ holds " + categories + "); move its scripts into the categories that fit"));
            } else {
                String what = Glob.anyMatches(scripts.files(), entry.path()) ? "script" : "file";
                findings.add(Finding.at(entry.path(), what + " directly in " + directory + "/, outside the script "
                        + "categories (" + categories + "); move it into the one that fits"));
            }
        }
        return findings;
    }
}
