package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.ScriptsPolicy;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags scripts in the scripts directory whose header does not name what the standard header names
 * ({@code Purpose:} and {@code Usage:}): for a Python script, its module docstring; for another script, its leading
 * comment lines. Package markers ({@code __init__.py}) are not scripts.
 */
public final class ScriptsHeaderRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        ScriptsPolicy scripts = project.preset().structure().scripts();
        if (scripts.header().isEmpty() || !project.tree().hasDirectory(scripts.directory())) {
            return List.of();
        }
        String labels = String.join(" and ", scripts.header());
        GeneratedAreas generated = GeneratedAreas.of(project);
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            if (!entry.isFile() || !RelativePath.isBelow(entry.path(), scripts.directory())
                    || entry.name().equals("__init__.py") || !Glob.anyMatches(scripts.files(), entry.path())
                    || generated.covers(entry.path()) || !project.reports(entry.path())) {
                continue;
            }
            Optional<String> source = project.read(entry.path());
            if (source.isEmpty()) {
                continue;
            }
            boolean python = entry.name().endsWith(".py");
            Optional<String> header = python ? ScriptHeader.docstring(source.get())
                    : Optional.of(ScriptHeader.comments(source.get()));
            if (header.isEmpty()) {
                findings.add(Finding.at(entry.path(), "Python script without a module docstring; start it with the "
                        + "standard header, a docstring naming " + labels));
                continue;
            }
            List<String> missing = scripts.header().stream().filter(label -> !header.get().contains(label)).toList();
            if (!missing.isEmpty()) {
                findings.add(Finding.at(entry.path(), (python ? "module docstring" : "header comment") + " lacks "
                        + String.join(" and ", missing) + " (the standard header names " + labels + ")"));
            }
        }
        return findings;
    }
}
